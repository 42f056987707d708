"""Window responsiveness, start-up and memory (issue 6).

    QT_QPA_PLATFORM=offscreen python benchmarks/ui.py [--rows 100000] [--broadcast 10000] [--runs 5]

1. Start-up to window shown: `kwtsms_desktop`'s window against a bare PySide6 QMainWindow, each
   in a fresh process, measured in the same run (median of --runs). Goal: at most 3.5x.
2. Event-loop heartbeat: a 10 ms QTimer records the longest gap between its ticks while
   100,000 recipients (an .xlsx with mixed formats, ~2% invalid) are imported and shown, and while
   a 10,000-recipient broadcast runs against the in-process simulator. Goal: no gap over 50 ms.
3. RSS of the process with the 100,000 recipients shown. Goal: under 200 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

APP_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from kwtsms_desktop.app import _build_frame, _finish, parse_window_options
window = _build_frame(parse_window_options(["--data-dir", sys.argv[1]]))  # what main() shows first
window.show()
def shown():
    print("shown", flush=True)
    _finish(window)  # services started, the three areas filled
    QTimer.singleShot(0, complete)
def complete():
    print("complete", flush=True)
    window.close()
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def time_child(code: str, *args: str) -> tuple[float, float]:
    """Seconds from process start to "shown" (and to "complete", when the child prints it)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, stderr=subprocess.DEVNULL
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    shown = time.perf_counter() - started
    complete = shown
    if child.stdout.readline().strip() == "complete":
        complete = time.perf_counter() - started
    child.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"child did not show its window (exit {child.returncode})")
    return shown, complete


def startup(runs: int) -> tuple[float, float, float]:
    bare, ours, complete = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        time_child(APP_CHILD, folder)  # warm the file cache and create the database once
        for _ in range(runs):
            bare.append(time_child(BARE_CHILD)[0])
            shown, done = time_child(APP_CHILD, folder)
            ours.append(shown)
            complete.append(done)
    return statistics.median(bare), statistics.median(ours), statistics.median(complete)


def make_workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(6)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Contacts")
    sheet.append(["الاسم", "Name", "Mobile"])
    first = ("Ahmad", "Sara", "Mohammed", "Fatima", "محمد", "فاطمة", "عبدالله", "نورة")
    for i in range(rows):
        local = f"{rng.choice('569')}{rng.randrange(10**7):07d}"
        style = i % 6
        if i % 50 == 49:
            number: object = f"12{rng.randrange(10**5)}"  # invalid: too short
        elif style == 0:
            number = int("965" + local)  # an Excel number
        elif style == 1:
            number = local
        elif style == 2:
            number = f"+965 {local[:4]} {local[4:]}"
        elif style == 3:
            number = f"00965{local}"
        elif style == 4:
            number = int(local)
        else:
            number = f"965-{local}"
        sheet.append([rng.choice(first), f"Contact {i}", number])
    book.save(path)


class Heartbeat:
    """A 10 ms QTimer; `max_gap_ms` is the longest time between two ticks (or since start)."""

    def __init__(self, interval_ms: int = 10) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.max_gap_ms = 0.0
        self.ticks = 0
        self._last = 0.0

    def start(self) -> None:
        self.max_gap_ms = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap_ms = max(self.max_gap_ms, (now - self._last) * 1000)
        self._last = now
        self.ticks += 1

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.max_gap_ms


def spin_until(condition, timeout: float) -> None:
    """Run the event loop until condition() is true (the heartbeat keeps ticking meanwhile)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    deadline = time.perf_counter() + timeout

    def check() -> None:
        if condition() or time.perf_counter() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the condition was not met in time")


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def import_and_broadcast(rows: int, broadcast: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kwtsms_desktop.app import build_main_window

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        workbook = Path(folder) / "contacts.xlsx"
        started = time.perf_counter()
        # In a child process: openpyxl's memory must not count in the window's RSS.
        subprocess.run([sys.executable, __file__, "--make-workbook", str(workbook), "--rows", str(rows)], check=True)
        print(f"  (generated {rows:,}-row workbook in {time.perf_counter() - started:.1f} s)", file=sys.stderr)

        window = build_main_window(["--demo", "--data-dir", str(Path(folder) / "data")])
        window.session.settings.set("send_rate", 4)
        window.session.apply_settings()
        window.show()
        spin_until(lambda: window.is_ready, 15)
        panel = window.recipients

        heartbeat = Heartbeat()
        heartbeat.start()
        started = time.perf_counter()
        panel.import_path(str(workbook))
        spin_until(lambda: not panel.is_importing() and panel.valid_count() > 0, 120)
        spin_until(lambda: False or time.perf_counter() - started > 0, 1)  # let the view paint
        view_end = time.perf_counter() + 0.3
        spin_until(lambda: time.perf_counter() > view_end, 2)
        results["import_seconds"] = time.perf_counter() - started - 0.3
        results["import_gap_ms"] = heartbeat.stop()
        results["valid"] = panel.valid_count()
        results["rss_mb"] = rss_mb()

        if broadcast and window.session.controller is not None:
            results.update(run_broadcast(window, broadcast))
        window.close()
    app.processEvents()
    return results


def run_broadcast(window, count: int) -> dict[str, float]:
    """Send `count` numbers (test mode) through the window's own send flow, heartbeat on."""
    panel = window.recipients
    panel.clear()
    numbers = "\n".join(f"965{5 + i % 2}{i:07d}" for i in range(count))
    panel.paste_text(numbers)
    spin_until(lambda: not panel.is_importing() and panel.valid_count() == count, 60)
    window.session.simulator.set_balance(10 * count)
    window.refresh_account()
    spin_until(lambda: (window.account.balance or 0) >= 10 * count, 15)
    window.compose.editor.setPlainText("Benchmark broadcast: school closes at 12 today.")
    window.compose.set_test_mode(True)
    plan = window.send_flow.make_plan()
    if plan.problems:
        raise RuntimeError("; ".join(plan.problems))
    store = window.session.store

    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    window.send_flow.launch(plan)  # journaled off the GUI thread, then handed to the engine
    spin_until(lambda: window.send_flow.last_broadcast_id is not None, 60)
    broadcast_id = window.send_flow.last_broadcast_id

    def done() -> bool:
        broadcast = store.broadcasts.get(broadcast_id)
        return broadcast is not None and broadcast.state in ("finished", "paused", "stopped", "cancelled")

    spin_until(done, 600)
    seconds = time.perf_counter() - started
    gap = heartbeat.stop()
    state = store.broadcasts.get(broadcast_id).state
    stats = window.session.simulator.stats()
    return {
        "broadcast_seconds": seconds,
        "broadcast_gap_ms": gap,
        "broadcast_finished": float(state == "finished"),
        "rate_violations": float(stats.get("rate_violations", 0)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--broadcast", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--make-workbook", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make_workbook:
        make_workbook(Path(args.make_workbook), args.rows)
        return 0

    bare, ours, complete = startup(args.runs)
    figures = import_and_broadcast(args.rows, args.broadcast)

    print()
    print(f"{'measure':<48}{'value':>12}{'goal':>14}")
    print("-" * 74)
    print(f"{'bare PySide6 QMainWindow shown (median)':<48}{bare * 1000:>10.0f}ms{'':>14}")
    print(f"{'kwtSMS Desktop window shown (median)':<48}{ours * 1000:>10.0f}ms{'':>14}")
    print(f"{'  ratio to bare PySide6':<48}{ours / bare:>11.2f}x{'<= 3.5x':>14}")
    print(f"{'kwtSMS Desktop areas filled, services up':<48}{complete * 1000:>10.0f}ms{'':>14}")
    print(f"{'  ratio to bare PySide6':<48}{complete / bare:>11.2f}x{'':>14}")
    print(f"{f'import + show {args.rows:,} rows':<48}{figures['import_seconds']:>11.2f}s{'':>14}")
    print(f"{'  longest event-loop gap':<48}{figures['import_gap_ms']:>10.0f}ms{'<= 50 ms':>14}")
    print(f"{'  valid recipients shown':<48}{figures['valid']:>12,.0f}{'':>14}")
    print(f"{'RSS with the rows shown':<48}{figures['rss_mb']:>10.0f}MB{'< 200 MB':>14}")
    if "broadcast_seconds" in figures:
        print(
            f"{f'broadcast to {args.broadcast:,} numbers (test mode, 4/s)':<48}"
            f"{figures['broadcast_seconds']:>11.1f}s{'':>14}"
        )
        print(f"{'  longest event-loop gap':<48}{figures['broadcast_gap_ms']:>10.0f}ms{'<= 50 ms':>14}")
        print(
            f"{'  finished / simulator rate violations':<48}"
            f"{figures['broadcast_finished']:>6.0f} / {figures['rate_violations']:.0f}{'0 violations':>14}"
        )
    else:
        print("broadcast: skipped (--broadcast 0, or no send engine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
