"""Screenshots of Send later: queue-scheduled-en.png / -ar.png (the Broadcasts page with a scheduled broadcast
and its countdown) and missed-time-en.png / -ar.png (the choice shown at start for a broadcast whose time passed).

    python docs/screenshots/make_schedule_screenshots.py [--out docs/screenshots] [--lang en|ar|both]

Runs offscreen against the demo simulator, in a throw-away data folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

_SCREEN = Path(__file__).resolve().parents[2] / "tests" / "data" / "offscreen-1366x768.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

NUMBERS = [f"9655{i:07d}" for i in range(1, 251)]
MESSAGES = {
    "en": ("Reminder: the school trip leaves at 7:30 tomorrow morning.", "Parents' meeting tonight at 6 pm."),
    "ar": ("تذكير: تنطلق الرحلة المدرسية غدًا الساعة 7:30 صباحًا.", "اجتماع أولياء الأمور الليلة الساعة 6 مساءً."),
}


def wait_until(condition, timeout_ms: int = 20_000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def journal(folder: str, lang: str) -> int:
    from kwtsms_desktop.core.plan import make_plan
    from kwtsms_desktop.core.schedule import utc_text
    from kwtsms_desktop.store import Store

    now = datetime.now(UTC).replace(second=0, microsecond=0)
    upcoming, missed = MESSAGES[lang]
    with Store.open(folder) as store:
        store.broadcasts.create(
            make_plan(NUMBERS[:40], missed, "KWT-SMS", test=True),
            source="window",
            due_utc=utc_text(now - timedelta(hours=3)),
        )
        return store.broadcasts.create(
            make_plan(NUMBERS, upcoming, "KWT-SMS", test=True),
            source="window",
            due_utc=utc_text(now + timedelta(hours=13, minutes=5)),
        )


def shots(out: Path, lang: str) -> list[Path]:
    from kwtsms_desktop.app import build_main_window
    from kwtsms_desktop.ui.main_window import PAGE_BROADCASTS
    from kwtsms_desktop.ui.schedule.missed_dialog import MissedTimeDialog

    missed_shot = out / f"missed-time-{lang}.png"

    def grab_and_decide_later(dialog: MissedTimeDialog) -> int:
        dialog.adjustSize()
        dialog.show()
        wait_until(dialog.isVisible, 2_000)
        dialog.grab().save(str(missed_shot))
        dialog.hide()
        return QDialog.DialogCode.Rejected

    MissedTimeDialog.exec = grab_and_decide_later  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder:
        scheduled_id = journal(folder, lang)
        window = build_main_window(["--demo", "--data-dir", folder, "--lang", lang])
        window.resize(1366 - 16, 768 - 40)  # a laptop screen, room left for the frame
        window.show()
        wait_until(lambda: window.is_ready)
        wait_until(missed_shot.exists, 10_000)
        window.show_page(PAGE_BROADCASTS)
        window.queue.refresh()
        window.queue.show_broadcast(scheduled_id)
        wait_until(lambda: False, 1_200)  # the countdown ticks once
        queue_shot = out / f"queue-scheduled-{lang}.png"
        window.grab().save(str(queue_shot))
        window.session.close()
        window.close()
    return [queue_shot, missed_shot]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(Path(__file__).parent))
    parser.add_argument("--lang", choices=["en", "ar", "both"], default="both")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    for lang in ["en", "ar"] if args.lang == "both" else [args.lang]:
        for path in shots(Path(args.out), lang):
            print(path)


if __name__ == "__main__":
    main()
