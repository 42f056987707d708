"""The window's own `run-due`: a timer that hands due broadcasts to the engine's worker thread.

Each tick only reads the journal's soonest due time (one small query on the GUI thread); when
something is due it asks the controller to run engine/scheduler.run_due on its worker thread,
with the same re-checks as the command line, and waits for the answer before asking again.
The clock is injected, so tests move time instead of waiting for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kwtsms_desktop.core.schedule import from_utc_text

TICK_MS = 15_000  # the latest a due broadcast starts after its minute (run-due by cron: up to 60 s)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SchedulerTick(QObject):
    """`start()` checks at once (missed times show at start-up), then every `interval_ms` while the window lives."""

    checked = Signal(object)  # list of engine.scheduler.DueResult, after each run of what was due
    missedFound = Signal(list)  # ids of missed broadcasts not reported before in this window

    def __init__(
        self,
        store: Any,
        controller: Any,
        *,
        clock: Callable[[], datetime] = _utc_now,
        interval_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.controller = controller
        self.clock = clock
        self.in_flight = False
        self._reported: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        controller.dueChecked.connect(self._on_checked)

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> bool:
        """Hand what is due now to the engine; True when something was (an answer is still awaited)."""
        if self.in_flight or getattr(self.controller, "is_shut_down", False):
            return False
        now = self.clock()
        due = [b for b in self.store.broadcasts.due_candidates() if b.due_utc and from_utc_text(b.due_utc) <= now]
        if not due:
            self._report_missed()
            return False
        self.in_flight = True
        self.controller.run_due(self.clock)
        return True

    def missed_ids(self) -> list[int]:
        scheduled = (self.store.broadcasts.get(i) for i in self.store.broadcasts.ids(states=("scheduled",)))
        return [b.id for b in scheduled if b is not None and b.missed]

    def forget(self, broadcast_id: int) -> None:
        """Report it again if it is missed again (after a new time that passed too)."""
        self._reported.discard(broadcast_id)

    def _on_checked(self, results: list[Any]) -> None:
        self.in_flight = False
        self.checked.emit(results)
        self._report_missed()

    def _report_missed(self) -> None:
        fresh = [i for i in self.missed_ids() if i not in self._reported]
        if fresh:
            self._reported.update(fresh)
            self.missedFound.emit(fresh)
