"""The Queue / history area: every broadcast with its progress, its batches, the uncertain ones and what to do.

Interface used by the main window:
    QueuePanel(parent=None, *, store, controller, lookups)
        store       kwtsms_desktop.store.Store (the GUI thread's connection; read, plus the two
                    user decisions when no controller is given)
        controller  the engine's SendController (or None: history only)
        lookups     ui.shared.account_service.AccountService (status / DLR calls off the GUI thread)

Its widgets are ui/queue/layout.py's, the batch look-ups ui/queue/lookups.py's.
    refresh()                       re-read every broadcast from the store
    show_broadcast(broadcast_id)    select it and show its batches

The controller's signals update one row each (dataChanged), never a reload of everything.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from kwtsms_desktop.engine.controller import SendController
from kwtsms_desktop.store import Store
from kwtsms_desktop.ui.queue.batches_model import uncertain_explanation
from kwtsms_desktop.ui.queue.broadcasts_model import BroadcastRow
from kwtsms_desktop.ui.queue.export import QueueExport
from kwtsms_desktop.ui.queue.lookups import Lookups
from kwtsms_desktop.ui.shared.account_service import AccountService
from kwtsms_desktop.ui.shared.translation import language, translate

log = logging.getLogger(__name__)

RESUMABLE = ("planned", "paused", "stopped", "sending")
CANCELLABLE = ("planned", "paused", "stopped", "sending", "scheduled")
COUNTDOWN_MS = 1000


class QueuePanel(QueueExport):
    """Broadcasts, their batches, and the decisions and lookups about them."""

    changeTimeRequested = Signal(int)  # a scheduled broadcast's Change time… (ui/schedule/window_schedule.py)
    sendNowRequested = Signal(int)  # a scheduled broadcast's Send now, confirmed

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        store: Store,
        controller: SendController | None = None,
        lookups: Lookups | None = None,
    ) -> None:
        client = lookups.client if isinstance(lookups, AccountService) else None  # Check status of a broadcast
        super().__init__(parent, data_dir=store.data_dir, client=client, lookups=lookups)
        self.setObjectName("queuePanel")
        self.store = store
        self.controller = controller
        self._countdown = QTimer(self)  # ticks only while a scheduled broadcast waits for its time
        self._countdown.setInterval(COUNTDOWN_MS)
        self._countdown.timeout.connect(self._tick_countdowns)
        self._running: int | None = None  # the broadcast the controller is sending now
        self._requested: set[int] = set()  # resumed here, waiting for their turn
        self._connect_buttons()
        self._connect_controller()
        self.refresh()
        app = QCoreApplication.instance()
        if app is not None:  # an export still writing must finish before the app quits
            app.aboutToQuit.connect(self.shutdown)

    # ── Public interface ────────────────────────────────────────────────────────────

    def refresh(self) -> None:
        """Re-read every broadcast (start-up, after a send is planned, on demand)."""
        selected = self.selected_broadcast_id()
        rows = [BroadcastRow.from_summary(s) for s in self.store.broadcasts.summaries()]
        self.broadcasts.set_rows(rows)
        self._tick_countdowns()
        self._show_empty(not rows)
        if selected is not None and self.broadcasts.row_of(selected) is not None:
            self.show_broadcast(selected)
        elif (first := self.broadcasts.row_at(0)) is not None:
            self.show_broadcast(first.id)
        else:
            self.batches.set_batches(None, [])
            self._refresh_buttons()

    def show_broadcast(self, broadcast_id: int) -> None:
        """Select a broadcast and show its batches (the first uncertain one selected)."""
        row = self.broadcasts.row_of(broadcast_id)
        if row is None:
            summary = self.store.broadcasts.summary(broadcast_id)
            if summary is None:
                return
            self.broadcasts.upsert(BroadcastRow.from_summary(summary))
            self._show_empty(False)
            row = self.broadcasts.row_of(broadcast_id)
            if row is None:
                return
        index = self.broadcasts.index(row, 0)
        if self.view.currentIndex().row() != row:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        self._load_batches(broadcast_id)

    def select_batch(self, seq: int) -> None:
        row = self.batches.row_of(seq)
        if row is not None:
            self.batchesView.selectionModel().setCurrentIndex(
                self.batches.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    # Actions on the selected broadcast / batch ---------------------------------------

    def pause_selected(self) -> None:
        broadcast_id = self.selected_broadcast_id()
        if broadcast_id is not None and self.controller is not None:
            self.controller.pause(broadcast_id)
            self.pauseButton.setEnabled(False)
            self._show_message(translate("QueuePanel", "Pausing after the batch being sent now…"))

    def resume_selected(self) -> None:
        broadcast_id = self.selected_broadcast_id()
        if broadcast_id is None or self.controller is None:
            return
        self._requested.add(broadcast_id)
        self.controller.resume(broadcast_id)
        self._show_message("")
        self._refresh_buttons()

    def cancel_selected(self) -> None:
        broadcast_id = self.selected_broadcast_id()
        row = self.broadcasts.broadcast(broadcast_id) if broadcast_id is not None else None
        if broadcast_id is None or row is None or self.controller is None:
            return
        if not self._confirm(
            translate("QueuePanel", "Cancel this broadcast?"),
            translate(
                "QueuePanel",
                "The {count} number(s) not sent yet will not be sent. Numbers already sent stay sent. This cannot be undone.",
                n=row.pending,
                count=f"{row.pending:,}",
            ),
        ):
            return
        self.controller.cancel(broadcast_id)

    def change_time_selected(self) -> None:
        broadcast_id = self.selected_broadcast_id()
        if broadcast_id is not None:
            self.changeTimeRequested.emit(broadcast_id)

    def send_now_selected(self) -> None:
        broadcast_id = self.selected_broadcast_id()
        row = self.broadcasts.broadcast(broadcast_id) if broadcast_id is not None else None
        if row is None or row.state != "scheduled":
            return
        if self._confirm(
            translate("QueuePanel", "Send this broadcast now?"),
            translate(
                "QueuePanel",
                "The {count} number(s) are sent the message now instead of at the scheduled time.",
                n=row.pending,
                count=f"{row.pending:,}",
            ),
        ):
            self.sendNowRequested.emit(row.id)

    def _tick_countdowns(self) -> None:
        if self.broadcasts.tick_countdowns():
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()

    def resend_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.state != "uncertain":
            return
        if not self._confirm(
            translate("QueuePanel", "Send this batch again?"),
            translate(
                "QueuePanel",
                "The {count} number(s) of batch {seq} will be sent the message again. Those who already "
                "received it will get it twice, and it costs points again.",
                n=batch.size,
                count=f"{batch.size:,}",
                seq=batch.seq,
            ),
        ):
            return
        self._decide(batch, "resend")

    def mark_selected_received(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.state != "uncertain":
            return
        if not self._confirm(
            translate("QueuePanel", "Count this batch as received?"),
            translate(
                "QueuePanel",
                "The {count} number(s) of batch {seq} will be counted as sent and never sent again. "
                "Choose this only if you know they received it (for example from the kwtsms.com "
                "message log).",
                n=batch.size,
                count=f"{batch.size:,}",
                seq=batch.seq,
            ),
        ):
            return
        self._decide(batch, "received")

    def shutdown(self) -> None:
        self._export_worker.wait()  # a file being saved is finished, not cut short
        self.results.shutdown()

    # ── Layout ──────────────────────────────────────────────────────────────────────

    # ── Wiring ──────────────────────────────────────────────────────────────────────

    def _connect_buttons(self) -> None:
        self.pauseButton.clicked.connect(self.pause_selected)
        self.resumeButton.clicked.connect(self.resume_selected)
        self.cancelButton.clicked.connect(self.cancel_selected)
        self.changeTimeButton.clicked.connect(self.change_time_selected)
        self.sendNowButton.clicked.connect(self.send_now_selected)
        self.view.selectionModel().currentRowChanged.connect(self._on_broadcast_selected)
        self.batchesView.selectionModel().currentRowChanged.connect(lambda *_: self._refresh_buttons())
        self.resendButton.clicked.connect(self.resend_selected)
        self.markReceivedButton.clicked.connect(self.mark_selected_received)

    def _connect_controller(self) -> None:
        c = self.controller
        if c is None:
            return
        c.batchChanged.connect(self._on_batch_changed)
        c.progress.connect(self._on_progress)
        c.broadcastStarted.connect(self._on_started)
        c.broadcastFinished.connect(self._on_finished)
        c.broadcastPaused.connect(self._on_paused)
        c.runFailed.connect(self._on_run_failed)
        c.waiting.connect(self._on_waiting)

    def _on_batch_changed(self, broadcast_id: int, seq: int, state: str) -> None:
        if broadcast_id == self.batches.broadcast_id:
            self.batches.update_batch(self.store.batches.get(broadcast_id, seq))
            selected = self.selected_batch()
            if selected is not None and selected.seq == seq:
                self._refresh_buttons()
        if state == "uncertain" or self.broadcasts.row_of(broadcast_id) is None:
            self._reload_broadcast(broadcast_id)

    def _on_progress(self, broadcast_id: int, progress) -> None:
        if not self.broadcasts.apply_progress(progress):
            self._reload_broadcast(broadcast_id)
        row = self.broadcasts.broadcast(broadcast_id)
        if row is not None and row.state != "sending":
            self.broadcasts.apply_state(broadcast_id, "sending")
            row.eta_seconds = progress.eta_seconds
        if broadcast_id == self.selected_broadcast_id():
            self._refresh_buttons()

    def _on_started(self, broadcast_id: int) -> None:
        self._running = broadcast_id
        self._requested.discard(broadcast_id)
        self._reload_broadcast(broadcast_id)

    def _on_finished(self, broadcast_id: int, _state: str, _reason_en: str, _reason_ar: str) -> None:
        self._run_ended(broadcast_id)

    def _on_paused(self, broadcast_id: int, _state: str, _code: str, _reason_en: str, _reason_ar: str) -> None:
        self._run_ended(broadcast_id)

    def _on_run_failed(self, broadcast_id: int, sentence: str) -> None:
        self._requested.discard(broadcast_id)
        if self._running == broadcast_id:
            self._running = None
        self._show_message(sentence, error=True)
        self._refresh_buttons()

    def _on_waiting(self, broadcast_id: int, seq: int, seconds: float, reason_en: str, reason_ar: str) -> None:
        if broadcast_id == self.selected_broadcast_id():
            reason = reason_ar if language() == "ar" and reason_ar else reason_en
            self.reasonLabel.setText(
                translate(
                    "QueuePanel",
                    "Waiting {count} s before sending batch {seq} again: ",
                    n=int(seconds),
                    count=int(seconds),
                    seq=seq,
                )
                + reason
            )
            self.reasonLabel.show()

    def _run_ended(self, broadcast_id: int) -> None:
        if self._running == broadcast_id:
            self._running = None
        self._requested.discard(broadcast_id)
        self._reload_broadcast(broadcast_id)
        if broadcast_id == self.batches.broadcast_id:
            self._load_batches(broadcast_id, keep_selection=True)
        self._refresh_buttons()

    def _reload_broadcast(self, broadcast_id: int) -> None:
        summary = self.store.broadcasts.summary(broadcast_id)
        if summary is None:
            return
        self.broadcasts.upsert(BroadcastRow.from_summary(summary))
        self._tick_countdowns()
        self._show_empty(False)
        if self.selected_broadcast_id() is None:
            self.show_broadcast(broadcast_id)
        self._refresh_buttons()

    def _is_running(self, broadcast_id: int) -> bool:
        """Running now, or asked to run and waiting for its turn."""
        return broadcast_id == self._running or broadcast_id in self._requested

    # ── Selection and state ─────────────────────────────────────────────────────────

    def _on_broadcast_selected(self, current, _previous) -> None:
        row = self.broadcasts.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.batches.set_batches(None, [])
            self._refresh_buttons()
            return
        if row.id != self.batches.broadcast_id:
            self._load_batches(row.id)

    def _load_batches(self, broadcast_id: int, *, keep_selection: bool = False) -> None:
        previous = self.selected_batch() if keep_selection else None
        batches = self.store.batches.of_broadcast(broadcast_id)
        self.batches.set_batches(broadcast_id, batches)
        target = None
        if previous is not None and self.batches.row_of(previous.seq) is not None:
            target = previous.seq
        else:
            target = next((b.seq for b in batches if b.state == "uncertain"), None)
        if target is not None:
            self.select_batch(target)
        self._show_lookup("")
        self._refresh_buttons()
        self.results.show_broadcast(broadcast_id)

    def _refresh_buttons(self) -> None:
        broadcast_id = self.selected_broadcast_id()
        row = self.broadcasts.broadcast(broadcast_id) if broadcast_id is not None else None
        has_controller = self.controller is not None
        running = row is not None and self._is_running(row.id)
        self.pauseButton.setEnabled(has_controller and running)
        self.resumeButton.setEnabled(
            has_controller and row is not None and row.state in RESUMABLE and not running and row.pending > 0
        )
        self.cancelButton.setEnabled(
            has_controller and row is not None and row.state in CANCELLABLE and row.pending > 0
        )
        scheduled = has_controller and row is not None and row.state == "scheduled"
        self.changeTimeButton.setEnabled(scheduled)
        self.sendNowButton.setEnabled(scheduled)
        self._refresh_export_button()
        self.reasonLabel.setText(row.reason() if row is not None else "")
        self.reasonLabel.setVisible(bool(self.reasonLabel.text()))

        batch = self.selected_batch()
        uncertain = batch is not None and batch.state == "uncertain"
        self.uncertainBox.setVisible(uncertain)
        if batch is not None and uncertain:
            self.uncertainLabel.setText(
                translate("QueuePanel", "Batch {seq}: ", seq=batch.seq) + uncertain_explanation(batch.size)
            )
            self.resendButton.setEnabled(not running)
            self.markReceivedButton.setEnabled(not running)
            why = translate("QueuePanel", "Wait until this broadcast stops sending, or pause it.") if running else ""
            self.resendButton.setToolTip(why)
            self.markReceivedButton.setToolTip(why)

        self._refresh_lookup_buttons(batch)

    # ── Decisions ───────────────────────────────────────────────────────────────────

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _decide(self, batch, choice: str) -> None:
        broadcast_id, seq = batch.broadcast_id, batch.seq
        try:
            if choice == "resend":
                if self.controller is not None:
                    self.controller.resend_uncertain(broadcast_id, seq)
                else:
                    self.store.batches.resend_uncertain(broadcast_id, seq)
                self._show_message(
                    translate("QueuePanel", "Batch {seq} will be sent again when you resume the broadcast.", seq=seq)
                )
            else:
                if self.controller is not None:
                    self.controller.mark_received(broadcast_id, seq)
                else:
                    self.store.batches.mark_received(broadcast_id, seq)
                self._show_message(translate("QueuePanel", "Batch {seq} is counted as received.", seq=seq))
        except Exception as exc:  # noqa: BLE001 - e.g. the batch changed meanwhile: say so, keep going
            log.warning("decision on batch %s/%s failed", broadcast_id, seq, exc_info=True)
            self._show_message(
                translate("QueuePanel", "That did not work: {reason} The list has been refreshed.", reason=str(exc)),
                error=True,
            )
        self.batches.update_batch(self.store.batches.get(broadcast_id, seq))
        self._reload_broadcast(broadcast_id)
        self._refresh_buttons()
