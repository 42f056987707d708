"""Send later for one main window: its tick, its tray, the Send later… question and the missed-time choices.

The main window makes one `WindowSchedule` once its session is started and calls it from the
compose area's Send later… button, the queue's Change time… / Send now, its closeEvent and Quit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QSystemTrayIcon

from kwtsms_desktop.core.schedule import ScheduleSettings, from_utc_text
from kwtsms_desktop.engine.runner import schedule_settings
from kwtsms_desktop.ui.schedule import actions
from kwtsms_desktop.ui.schedule.missed_dialog import CANCEL, NEW_TIME, SEND_NOW, MissedTimeDialog
from kwtsms_desktop.ui.schedule.send_later_dialog import SendLaterDialog
from kwtsms_desktop.ui.schedule.tick import SchedulerTick
from kwtsms_desktop.ui.schedule.tray import Ask, TrayKeeper, pending_ids
from kwtsms_desktop.ui.shared.i18n import tr


def _utc_now() -> datetime:
    return datetime.now(UTC)


class WindowSchedule(QObject):
    dialogShown = Signal(object)  # a SendLaterDialog or MissedTimeDialog about to be asked (tests, screenshots)

    def __init__(
        self,
        window: Any,
        *,
        clock: Callable[[], datetime] = _utc_now,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        ask: Ask | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        session = window.session
        self.store = session.store
        self.controller = session.controller
        self.clock = clock
        self.tick = SchedulerTick(self.store, self.controller, clock=self._now, parent=self)
        self.tray = TrayKeeper(window, self.controller, self.pending, tray_available=tray_available, ask=ask)
        self.tick.missedFound.connect(self.tray.missed)
        self.tick.missedFound.connect(lambda ids: QTimer.singleShot(0, lambda: self.ask_missed(ids)))
        self.tick.checked.connect(self._checked)

    def _now(self) -> datetime:
        return self.clock()  # read at each call: a test may swap `clock`

    def start(self) -> None:
        self.tick.start()

    def pending(self) -> set[int]:
        return pending_ids(self.store, self.controller)

    def settings(self) -> ScheduleSettings:
        return schedule_settings(self.store)

    # -- choosing a time ---------------------------------------------------------------------------
    def ask_due(self, *, initial: datetime | None = None, title: str = "", note: str = "") -> datetime | None:
        """The Send later dialog; the chosen time (UTC), or None when the user cancelled."""
        dialog = SendLaterDialog(
            self.window, clock=self._now, settings=self.settings(), initial=initial, title=title, note=note
        )
        self.dialogShown.emit(dialog)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        due = dialog.due() if accepted else None
        dialog.deleteLater()
        return due

    def send_later(self) -> None:
        """Compose's Send later…: the time first, then the plan and its confirmation, journaled as scheduled."""
        if not self.window.is_attached or self.window.send_flow.refuse_now():
            return
        due = self.ask_due()
        if due is not None:
            self.window.send_flow.start(due=due)

    def change_time(self, broadcast_id: int) -> None:
        broadcast = self.store.broadcasts.get(broadcast_id)
        if broadcast is None or broadcast.state != "scheduled":
            return
        initial = from_utc_text(broadcast.due_utc) if broadcast.due_utc and not broadcast.missed else None
        due = self.ask_due(initial=initial, title=tr("A new time for broadcast {id}", id=broadcast_id))
        if due is None:
            return
        problem = actions.reschedule(self.store, broadcast_id, due)
        self.tick.forget(broadcast_id)
        self._changed(broadcast_id, problem)

    def send_now(self, broadcast_id: int) -> None:
        problem = actions.send_now(self.store, self.controller, broadcast_id)
        self._changed(broadcast_id, problem)

    # -- missed times ------------------------------------------------------------------------------
    def ask_missed(self, broadcast_ids: list[int]) -> None:
        """Each missed broadcast in turn: send now, a new time, cancel, or decide later."""
        for broadcast_id in broadcast_ids:
            broadcast = self.store.broadcasts.get(broadcast_id)
            if broadcast is None or not broadcast.missed:
                continue  # decided meanwhile (another window, run-due, the queue)
            numbers = sum(b.size for b in self.store.batches.in_state(broadcast_id, "pending"))
            dialog = MissedTimeDialog(broadcast, numbers, self.window)
            self.dialogShown.emit(dialog)
            dialog.exec()
            choice = dialog.choice
            dialog.deleteLater()
            if choice == SEND_NOW:
                self.send_now(broadcast_id)
            elif choice == NEW_TIME:
                self.change_time(broadcast_id)
            elif choice == CANCEL:
                actions.cancel(self.controller, broadcast_id)

    # -- after each change -------------------------------------------------------------------------
    def _checked(self, _results: list[Any]) -> None:
        self.window.queue.refresh()  # missed flags, pauses at the due time, states the run changed

    def _changed(self, broadcast_id: int, problem: str | None) -> None:
        queue = self.window.queue
        queue.refresh()
        queue.show_broadcast(broadcast_id)
        if problem:
            self.window.statusBar().showMessage(problem, 8000)
