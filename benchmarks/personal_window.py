"""The window stays responsive while 100,000 personal messages are planned (issue 15, the window's half).

    QT_QPA_PLATFORM=offscreen python benchmarks/personal_window.py [--rows 100000]

A demo window gets 100,000 pasted rows with a name and a class column (some names empty), then
the message "Dear parent of {name} ({class}) …" with a fallback for {name}. A 10 ms QTimer records
the longest gap between its ticks (the GUI thread's longest stall) while: the recipients list
changes (the Insert field menu is refilled), the live counter's plan is made (off the GUI thread)
and the preview opens, and Send plans the broadcast up to the confirmation; the time each plan takes
is printed. Goal: the window keeps painting (gaps of a few frames, not seconds): the GUI thread's own
part of Send is about 15 ms (reading the list and the fields), the rest of a gap is the planning
thread holding the GIL.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402


class Heartbeat:
    """A 10 ms timer; ``longest`` is the longest gap between two ticks since ``reset()``."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.clock = QElapsedTimer()
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.clock.start()
        self.last = 0
        self.longest = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def wait(app: QApplication, done, timeout: float = 120.0) -> float:
    start = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError
        time.sleep(0.001)  # a benchmark's own loop, not a test: lets the worker threads run
    return time.perf_counter() - start


def rows_text(count: int) -> str:
    rng = random.Random(15)
    names = ["Ali", "Sara", "نورة", "Fahad", "", "Mariam", "عبدالله"]
    lines = ["Name,Phone,Class"]
    for i in range(count):
        lines.append(f"{rng.choice(names)},9{i:07d},{rng.choice(['3A', '4B', '5C'])}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from kwtsms_desktop.app import build_main_window
    from kwtsms_desktop.ui.compose.send_dialog import SendConfirmDialog

    asked: list[SendConfirmDialog] = []
    SendConfirmDialog.exec = lambda dialog: asked.append(dialog) or QDialog.DialogCode.Rejected  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder:
        window = build_main_window(["--demo", "--data-dir", folder])
        window.session.simulator.set_balance(1_000_000)  # the demo account's 5,000 do not cover 100,000
        window.show()
        wait(app, lambda: window.is_ready)
        beat = Heartbeat()
        window.recipients.paste_text(rows_text(args.rows))
        wait(app, lambda: window.recipients.valid_count() >= args.rows * 0.99)
        print(f"import of {args.rows:,} rows: longest GUI stall {beat.longest} ms (the import itself, not planning)")

        personal = window.personal
        beat.reset()
        window.compose.editor.setPlainText("Dear parent of {name} ({class}), the meeting is on Thursday at 6 pm.")
        personal.missing.set_choice("name", "ولي الأمر")
        started = time.perf_counter()
        wait(app, lambda: personal.last_plan is not None)
        plan = personal.last_plan
        print(
            f"live counter plan: {time.perf_counter() - started:.2f} s (including the {300} ms typing pause), "
            f"{len(plan.recipients):,} recipients, {plan.distinct_texts:,} texts, counter "
            f"{window.compose.counter.text()!r}; longest GUI stall {beat.longest} ms"
        )
        beat.reset()
        personal.preview()
        print(f"preview opened: longest GUI stall {beat.longest} ms")
        personal.preview_dialog.close()

        beat.reset()
        window.compose.sender_combo.setCurrentText("KWT-SMS")
        started = time.perf_counter()
        window.request_send()
        wait(app, lambda: bool(asked) or bool(window.compose.problem.text()))
        if not asked:
            raise SystemExit(f"Send refused: {window.compose.problem.text()}")
        print(
            f"Send to confirmation: {time.perf_counter() - started:.2f} s; longest GUI stall {beat.longest} ms; "
            f"{asked[0].summary()['calls']}"
        )
        window.close()


if __name__ == "__main__":
    main()
