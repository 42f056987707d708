"""Screenshots of the whole window in demo mode, each state reached the way a person would reach it.

    python docs/screenshots/make_screenshots.py [--out docs/screenshots]

Runs offscreen (QWidget.grab). Writes:
  window-empty.png, window-empty-ar.png   the window as it opens (English, Arabic)
  compose-arabic-ar.png                   an Arabic message composed for 1,250 recipients
  five-recipients.png, five-recipients-ar.png
                                          5 pasted recipients (plus one invalid, one duplicate) and a
                                          message whose curly quotes are highlighted
  settings.png                            the settings dialog after Test connection
  broadcast-in-progress.png               a 2,000-number test broadcast being sent (Broadcasts page)
  broadcast-paused-uncertain.png, broadcast-paused-uncertain-ar.png
                                          a broadcast paused (balance ran out) with an uncertain batch
  live-mode.png                           the Send page with test mode off: the red LIVE badge
The window is 1350x728, what a 1366x768 laptop leaves inside a window manager's frame.
The recipients-100k and queue-uncertain panel shots come from make_panel_screenshots.py;
laptop-1366x768.png (a real window under Xvfb and openbox) from make_laptop_screenshot.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

# A 1366x768 screen: the window fits itself into the screen it opens on.
_SCREEN = Path(__file__).resolve().parents[2] / "tests" / "data" / "offscreen-1366x768.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

SIZE = (1350, 728)
ARABIC_MESSAGE = (
    "تذكير: اجتماع أولياء الأمور يوم الأحد الساعة 6 مساءً في قاعة المدرسة. نرجو الحضور في الموعد، وشكراً لتعاونكم."
)


def settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError("state not reached")


def numbers(count: int, start: int = 0) -> str:
    return "\n".join(f"965{'569'[i % 3]}{(start + i) * 7919 % 10_000_000:07d}" for i in range(count))


class Shots:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.folder = Path(tempfile.mkdtemp(prefix="kwtsms-shots-"))
        self.count = 0

    def window(self, lang: str = "en"):
        from kwtsms_desktop.app import build_main_window

        self.count += 1
        window = build_main_window(["--demo", "--lang", lang, "--data-dir", str(self.folder / f"d{self.count}")])
        window.resize(*SIZE)
        window.show()
        wait_until(lambda: window.is_ready)
        settle()
        return window

    def save(self, widget, name: str) -> None:
        settle(250)
        path = self.out / name
        widget.grab().save(str(path), "PNG")
        print(f"wrote {path}")

    def add_recipients(self, window, text: str, count: int) -> None:
        window.recipients.paste_text(text)
        wait_until(lambda: not window.recipients.is_importing() and window.recipients.valid_count() >= count)

    def empty(self, lang: str) -> None:
        window = self.window(lang)
        self.save(window, "window-empty.png" if lang == "en" else "window-empty-ar.png")
        window.close()

    def compose_arabic(self) -> None:
        window = self.window("ar")
        self.add_recipients(window, numbers(1250), 1250)
        window.compose.editor.setPlainText(ARABIC_MESSAGE)
        window.compose.editor.setFocus()
        self.save(window, "compose-arabic-ar.png")
        window.close()

    def five_recipients(self, lang: str) -> None:
        window = self.window(lang)
        pasted = "98765432\n+965 6000 0001\n0096598765432\n9.65988E+10\n٩٦٥٥٠٠٠٠٠٠٢\n(965) 5123-4567\n99001122\n"
        window.recipients.paste_text(pasted)
        wait_until(lambda: not window.recipients.is_importing() and window.recipients.valid_count() >= 5)
        window.compose.editor.setPlainText("The school’s “open day” is on Thursday – please come.")
        window.compose.editor.setFocus()
        self.save(window, "five-recipients.png" if lang == "en" else "five-recipients-ar.png")
        window.close()

    def settings(self) -> None:
        from kwtsms_desktop.ui.settings.dialog import SettingsDialog

        window = self.window("en")
        dialog = SettingsDialog(window.session, parent=window)
        dialog.show()
        dialog.password_edit.setText("demo")
        dialog.test_connection()
        wait_until(lambda: dialog.result_label.property("state") == "ok")
        self.save(dialog, "settings.png")
        dialog.reject()
        window.close()

    def _send(self, window, count: int, message: str) -> int:
        from kwtsms_desktop.ui.compose.send_dialog import SendConfirmDialog

        self.add_recipients(window, numbers(count, 10_000), count)
        window.compose.editor.setPlainText(message)
        SendConfirmDialog.exec = lambda dialog: QDialog.DialogCode.Accepted  # the user clicks Send
        window.send_flow.start()  # plans and journals off the GUI thread
        wait_until(lambda: window.send_flow.last_broadcast_id is not None)
        return window.send_flow.last_broadcast_id

    def in_progress(self) -> None:
        window = self.window("en")
        broadcast_id = self._send(window, 2000, "Reminder: parents' meeting on Sunday at 6 pm in the school hall.")
        store = window.session.store
        wait_until(lambda: store.batches.counts(broadcast_id).get("accepted", (0, 0))[0] >= 4)
        window.compose.editor.setPlainText("Next message: bus 12 will be 15 minutes late today.")
        self.save(window, "broadcast-in-progress.png")
        window.close()

    def live_mode(self) -> None:
        window = self.window("en")
        self.add_recipients(window, numbers(40), 40)
        window.compose.editor.setPlainText("The school is closed tomorrow because of the weather.")
        window.compose.set_test_mode(False)
        self.save(window, "live-mode.png")
        window.close()

    def paused_uncertain(self, lang: str = "en") -> None:
        window = self.window(lang)
        simulator = window.session.simulator
        controller = window.session.controller
        faults = {"step": 0}

        def inject(broadcast_id: int, seq: int, state: str) -> None:
            # After batch 2 is accepted, batch 3's answer is lost (uncertain); then the balance runs out.
            if state == "accepted" and seq == 2 and faults["step"] == 0:
                faults["step"] = 1
                simulator.add_fault({"endpoint": "send", "kind": "reset", "accepted": True})
            elif state == "uncertain" and faults["step"] == 1:
                faults["step"] = 2
                simulator.set_balance(0)
                simulator.add_fault({"endpoint": "send", "kind": "error", "code": "ERR010"})

        controller.batchChanged.connect(inject)
        broadcast_id = self._send(window, 1600, "Exam results are published on the school portal today.")
        store = window.session.store
        wait_until(lambda: store.broadcasts.get(broadcast_id).state == "paused")
        window.queue.refresh()
        window.queue.show_broadcast(broadcast_id)
        settle(300)
        self.save(window, "broadcast-paused-uncertain.png" if lang == "en" else "broadcast-paused-uncertain-ar.png")
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    shots = Shots(Path(args.out))
    shots.empty("en")
    shots.empty("ar")
    shots.compose_arabic()
    shots.five_recipients("en")
    shots.five_recipients("ar")
    shots.settings()
    shots.in_progress()
    shots.paused_uncertain("en")
    shots.paused_uncertain("ar")
    shots.live_mode()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
