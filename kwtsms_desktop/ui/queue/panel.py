"""The Queue / history area: every broadcast with its progress, its batches, the uncertain ones and what to do.

Interface used by the main window:
    QueuePanel(parent=None, *, store, controller, lookups)
        store       kwtsms_desktop.store.Store (the GUI thread's connection; read, plus the two
                    user decisions when no controller is given)
        controller  the engine's SendController (or None: history only)
        lookups     ui.shared.account_service.AccountService (status / DLR calls off the GUI thread)
    refresh()                       re-read every broadcast from the store
    show_broadcast(broadcast_id)    select it and show its batches

The controller's signals update one row each (dataChanged), never a reload of everything.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.engine.report import results_export
from kwtsms_desktop.engine.results import dlr_blocked, status_blocked
from kwtsms_desktop.importing.export import write_table
from kwtsms_desktop.store.batches import Batch
from kwtsms_desktop.ui.queue import broadcasts_model as bm
from kwtsms_desktop.ui.queue.batches_model import UNCERTAIN_EXPLANATION, BatchesModel
from kwtsms_desktop.ui.queue.broadcasts_model import BroadcastRow, BroadcastsModel, ProgressRole
from kwtsms_desktop.ui.queue.progress_delegate import ProgressDelegate
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.i18n import language, tr
from kwtsms_desktop.ui.shared.reasons_ar import failure_in_arabic
from kwtsms_desktop.ui.shared.table_export import (
    CSV_OR_XLSX_FILTER,
    with_progress,
    with_suffix_from_filter,
)

log = logging.getLogger(__name__)

RESUMABLE = ("planned", "paused", "stopped", "sending")
CANCELLABLE = ("planned", "paused", "stopped", "sending")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class QueuePanel(QWidget):
    """Broadcasts, their batches, and the decisions and lookups about them."""

    exportFinished = Signal(str)  # the path written
    exportProgress = Signal(int, int)  # rows written, rows to write
    lookupFinished = Signal(str)  # the text shown for a status / DLR answer

    def __init__(self, parent: QWidget | None = None, *, store, controller=None, lookups=None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.store = store
        self.controller = controller
        self.lookups = lookups
        self.broadcasts = BroadcastsModel(self)
        self.batches = BatchesModel(self)
        self._export_worker = BackgroundRunner(self, name="kwtsms-export")
        self._export_worker.finished.connect(self._on_export_done)
        self._export_worker.progress.connect(self._on_export_progress)
        self._export_worker.failed.connect(
            lambda sentence: self._show_message(
                failure_in_arabic(sentence) if language() == "ar" else sentence, error=True
            )
        )
        self._dlr_timer = QTimer(self)
        self._dlr_timer.setSingleShot(True)
        self._dlr_timer.timeout.connect(self._refresh_buttons)
        self._running: int | None = None  # the broadcast the controller is sending now
        self._requested: set[int] = set()  # resumed here, waiting for their turn
        self._build_ui()
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
        self._show_empty(not rows)
        if selected is not None and self.broadcasts.row_of(selected) is not None:
            self.show_broadcast(selected)
        elif rows:
            self.show_broadcast(self.broadcasts.row_at(0).id)
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
        index = self.broadcasts.index(row, 0)
        if self.view.currentIndex().row() != row:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        self._load_batches(broadcast_id)

    def selected_broadcast_id(self) -> int | None:
        index = self.view.currentIndex()
        row = self.broadcasts.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def selected_batch(self):
        index = self.batchesView.currentIndex()
        return self.batches.batch_at(index.row()) if index.isValid() else None

    def select_batch(self, seq: int) -> None:
        row = self.batches.row_of(seq)
        if row is not None:
            self.batchesView.selectionModel().setCurrentIndex(
                self.batches.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def message_text(self) -> str:
        return self.messageLabel.text() if not self.messageLabel.isHidden() else ""

    # Actions on the selected broadcast / batch ---------------------------------------

    def pause_selected(self) -> None:
        broadcast_id = self.selected_broadcast_id()
        if broadcast_id is not None and self.controller is not None:
            self.controller.pause(broadcast_id)
            self.pauseButton.setEnabled(False)
            self._show_message(tr("Pausing after the batch being sent now…"))

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
        if row is None or self.controller is None:
            return
        if not self._confirm(
            tr("Cancel this broadcast?"),
            tr(
                "The {n} numbers not sent yet will not be sent. Numbers already sent stay sent. This cannot be undone.",
                n=f"{row.pending:,}",
            ),
        ):
            return
        self.controller.cancel(broadcast_id)

    def resend_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.state != "uncertain":
            return
        if not self._confirm(
            tr("Send this batch again?"),
            tr(
                "The {n} numbers of batch {seq} will be sent the message again. Those who already "
                "received it will get it twice, and it costs points again.",
                n=f"{batch.size:,}",
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
            tr("Count this batch as received?"),
            tr(
                "The {n} numbers of batch {seq} will be counted as sent and never sent again. "
                "Choose this only if you know they received it (for example from the kwtsms.com "
                "message log).",
                n=f"{batch.size:,}",
                seq=batch.seq,
            ),
        ):
            return
        self._decide(batch, "received")

    def check_status(self) -> None:
        batch = self.selected_batch()
        if batch is None or not batch.msg_id or self.lookups is None:
            return
        self._show_lookup(tr("Asking kwtSMS about batch {seq}…", seq=batch.seq))
        self.statusButton.setEnabled(False)
        seq = batch.seq
        self.lookups.status(batch.msg_id, lambda result, error: self._on_status(seq, result, error))

    def check_dlr(self) -> None:
        batch = self.selected_batch()
        if batch is None or self.lookups is None or self._dlr_blocked(batch):
            return
        self._show_lookup(tr("Asking kwtSMS for the delivery report of batch {seq}…", seq=batch.seq))
        self.dlrButton.setEnabled(False)
        seq = batch.seq
        self.lookups.dlr(batch.msg_id, lambda entries, error: self._on_dlr(seq, entries, error))

    def export_results(self, path: str | None = None) -> None:
        """Save per number: number, name, batch, state, msg-id, problem (CSV with BOM, or XLSX)."""
        broadcast_id = self.selected_broadcast_id()
        if broadcast_id is None:
            return
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(
                self,
                tr("Export results"),
                str(Path.home() / f"broadcast-{broadcast_id}-results.csv"),
                tr(CSV_OR_XLSX_FILTER),
            )
            if not path:
                return
            path = with_suffix_from_filter(path, chosen)
        target, sheet, data_dir, lang = str(path), tr("Results"), self.store.data_dir, language()

        def export(progress, cancelled) -> str:  # a worker thread: its own connection, no widgets
            from kwtsms_desktop.store import Store

            with Store.open(data_dir) as store:
                headers, rows = results_export(store, broadcast_id, lang)
            write_table(target, headers, with_progress(rows, len(rows), progress, cancelled), sheet_name=sheet)
            return target

        self._show_message(tr("Saving the results…"))
        self._export_worker.start(export)
        self._refresh_buttons()

    def shutdown(self) -> None:
        self._export_worker.wait()  # a file being saved is finished, not cut short

    # ── Layout ──────────────────────────────────────────────────────────────────────

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(tr("Broadcasts"))
        self.titleLabel.setObjectName("queueTitle")
        font = self.titleLabel.font()
        font.setBold(True)
        self.titleLabel.setFont(font)
        layout.addWidget(self.titleLabel)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        # The actions sit above the table, where they stay whatever appears below it (a paused
        # broadcast's reason, an empty list): a click meant for Cancel never lands elsewhere.
        buttons = QHBoxLayout()
        self.pauseButton = QPushButton(tr("Pause"))
        self.pauseButton.setObjectName("pauseButton")
        self.pauseButton.clicked.connect(self.pause_selected)
        self.resumeButton = QPushButton(tr("Resume"))
        self.resumeButton.setObjectName("resumeButton")
        self.resumeButton.clicked.connect(self.resume_selected)
        self.cancelButton = QPushButton(tr("Cancel broadcast"))
        self.cancelButton.setObjectName("cancelBroadcastButton")
        self.cancelButton.clicked.connect(self.cancel_selected)
        self.exportButton = QPushButton(tr("Export results…"))
        self.exportButton.setObjectName("exportResultsButton")
        self.exportButton.clicked.connect(lambda: self.export_results())
        for button in (self.pauseButton, self.resumeButton, self.cancelButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.exportButton)
        top_layout.addLayout(buttons)
        self.view = QTableView()
        self.view.setObjectName("queueView")
        self.view.setAccessibleName(tr("Broadcasts"))
        self.view.setModel(self.broadcasts)
        self.view.setItemDelegateForColumn(bm.COL_PROGRESS, ProgressDelegate(ProgressRole, self.view))
        _plain_table(self.view)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in (
            (bm.COL_CREATED, 118),
            (bm.COL_MESSAGE, 160),
            (bm.COL_MODE, 48),
            (bm.COL_STATE, 190),
            (bm.COL_PROGRESS, 96),
            (bm.COL_COUNTS, 330),
            (bm.COL_ETA, 80),
            (bm.COL_SENDER, 80),
        ):
            header.resizeSection(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._on_broadcast_selected)
        top_layout.addWidget(self.view, 1)
        self.emptyLabel = QLabel(tr("No broadcasts yet. Messages you send appear here with their progress."))
        self.emptyLabel.setObjectName("queueEmptyHint")
        self.emptyLabel.setWordWrap(True)
        top_layout.addWidget(self.emptyLabel)

        self.reasonLabel = QLabel()
        self.reasonLabel.setObjectName("broadcastReason")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top_layout.addWidget(self.reasonLabel)
        self.messageLabel = QLabel()
        self.messageLabel.setObjectName("queueMessage")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.hide()
        top_layout.addWidget(self.messageLabel)
        splitter.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        # Title and the two lookups share one row: the queue is often a short strip of the window.
        title_row = QHBoxLayout()
        self.batchesTitle = QLabel(tr("Batches"))
        self.batchesTitle.setFont(font)
        self.statusButton = QPushButton(tr("Check status"))
        self.statusButton.setObjectName("statusLookupButton")
        self.statusButton.clicked.connect(self.check_status)
        self.dlrButton = QPushButton(tr("Delivery report"))
        self.dlrButton.setObjectName("dlrLookupButton")
        self.dlrButton.clicked.connect(self.check_dlr)
        title_row.addWidget(self.batchesTitle)
        title_row.addStretch(1)
        title_row.addWidget(self.statusButton)
        title_row.addWidget(self.dlrButton)
        bottom_layout.addLayout(title_row)
        self.batchesView = QTableView()
        self.batchesView.setObjectName("batchesView")
        self.batchesView.setAccessibleName(tr("Batches"))
        self.batchesView.setModel(self.batches)
        _plain_table(self.batchesView)
        self.batchesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batchesView.setMinimumHeight(self.batchesView.verticalHeader().defaultSectionSize() * 3)
        bheader = self.batchesView.horizontalHeader()
        for column, width in ((0, 55), (1, 160), (2, 75), (3, 65), (4, 150)):
            bheader.resizeSection(column, width)
        self.batchesView.selectionModel().currentRowChanged.connect(lambda *_: self._refresh_buttons())
        bottom_layout.addWidget(self.batchesView, 1)

        self.lookupLabel = QLabel()
        self.lookupLabel.setObjectName("lookupResult")
        self.lookupLabel.setWordWrap(True)
        self.lookupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lookupLabel.hide()
        bottom_layout.addWidget(self.lookupLabel)
        # An uncertain batch's two choices at the bottom: what appears above them (a lookup's answer)
        # takes room from the table, never moves these buttons.
        self.uncertainBox = QFrame()
        self.uncertainBox.setObjectName("uncertainBox")
        self.uncertainBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.uncertainBox.setStyleSheet("#uncertainBox { background: #fff3cd; border: 1px solid #e0b000; }")
        box = QVBoxLayout(self.uncertainBox)
        box.setContentsMargins(8, 6, 8, 6)
        self.uncertainLabel = QLabel()
        self.uncertainLabel.setObjectName("uncertainExplanation")
        self.uncertainLabel.setWordWrap(True)
        box.addWidget(self.uncertainLabel)
        choices = QHBoxLayout()
        self.resendButton = QPushButton(tr("Resend to these numbers"))
        self.resendButton.setObjectName("resendUncertainButton")
        self.resendButton.clicked.connect(self.resend_selected)
        self.markReceivedButton = QPushButton(tr("Mark as received"))
        self.markReceivedButton.setObjectName("markReceivedButton")
        self.markReceivedButton.clicked.connect(self.mark_selected_received)
        choices.addWidget(self.resendButton)
        choices.addWidget(self.markReceivedButton)
        choices.addStretch(1)
        box.addLayout(choices)
        self.uncertainBox.hide()
        bottom_layout.addWidget(self.uncertainBox)

        splitter.addWidget(bottom)
        self.batchesArea = bottom
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    def _show_empty(self, empty: bool) -> None:
        """With no broadcast yet, the hint and no empty batch table; the buttons stay, disabled."""
        self.emptyLabel.setVisible(empty)
        self.batchesArea.setVisible(not empty)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Wide and short (the main window's bottom strip): batches beside the broadcasts; else below."""
        super().resizeEvent(event)
        size = event.size()
        wanted = Qt.Orientation.Horizontal if size.width() > 1.8 * size.height() else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    # ── Controller wiring ───────────────────────────────────────────────────────────

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
        self._show_message(tr(sentence), error=True)
        self._refresh_buttons()

    def _on_waiting(self, broadcast_id: int, seq: int, seconds: float, reason_en: str, reason_ar: str) -> None:
        if broadcast_id == self.selected_broadcast_id():
            reason = reason_ar if language() == "ar" and reason_ar else reason_en
            self.reasonLabel.setText(
                tr("Waiting {n} s before sending batch {seq} again: ", n=int(seconds), seq=seq) + reason
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
        self.exportButton.setEnabled(row is not None and not self._export_worker.is_busy())
        self.reasonLabel.setText(row.reason() if row is not None else "")
        self.reasonLabel.setVisible(bool(self.reasonLabel.text()))

        batch = self.selected_batch()
        uncertain = batch is not None and batch.state == "uncertain"
        self.uncertainBox.setVisible(uncertain)
        if uncertain:
            self.uncertainLabel.setText(
                tr("Batch {seq}: ", seq=batch.seq) + tr(UNCERTAIN_EXPLANATION, n=f"{batch.size:,}")
            )
            self.resendButton.setEnabled(not running)
            self.markReceivedButton.setEnabled(not running)
            why = tr("Wait until this broadcast stops sending, or pause it.") if running else ""
            self.resendButton.setToolTip(why)
            self.markReceivedButton.setToolTip(why)

        status_why = self._status_blocked(batch)
        self.statusButton.setEnabled(status_why is None)
        self.statusButton.setToolTip(status_why or tr("Ask kwtSMS what happened to this batch."))
        dlr_why = self._dlr_blocked(batch)
        self.dlrButton.setEnabled(dlr_why is None)
        self.dlrButton.setToolTip(dlr_why or tr("Ask kwtSMS which numbers of this batch the message reached."))

    def _status_blocked(self, batch: Batch | None) -> str | None:
        if self.lookups is None:
            return tr("Not connected to kwtSMS.")
        if batch is None:
            return tr("Select a batch first.")
        blocked = status_blocked(batch)
        return blocked.text(language()) if blocked is not None else None

    def _dlr_blocked(self, batch: Batch | None) -> str | None:
        """Why the delivery report cannot be asked for now (None: it can); engine/results.py decides."""
        if self.lookups is None or batch is None:
            return self._status_blocked(batch)
        row = self.broadcasts.broadcast(batch.broadcast_id)
        blocked = dlr_blocked(batch, test=row is not None and row.test, now=_now)
        if blocked is None:
            return None
        if blocked.ready_at is not None:  # enable the button by itself once it is ready
            self._dlr_timer.start(int((blocked.ready_at - _now()).total_seconds() * 1000) + 500)
        return blocked.text(language())

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
                self._show_message(tr("Batch {seq} will be sent again when you resume the broadcast.", seq=seq))
            else:
                if self.controller is not None:
                    self.controller.mark_received(broadcast_id, seq)
                else:
                    self.store.batches.mark_received(broadcast_id, seq)
                self._show_message(tr("Batch {seq} is counted as received.", seq=seq))
        except Exception as exc:  # noqa: BLE001 - e.g. the batch changed meanwhile: say so, keep going
            log.warning("decision on batch %s/%s failed", broadcast_id, seq, exc_info=True)
            self._show_message(
                tr("That did not work: {reason} The list has been refreshed.", reason=str(exc)), error=True
            )
        self.batches.update_batch(self.store.batches.get(broadcast_id, seq))
        self._reload_broadcast(broadcast_id)
        self._refresh_buttons()

    # ── Lookups ─────────────────────────────────────────────────────────────────────

    def _on_status(self, seq: int, result, error: str | None) -> None:
        if error is not None:
            text = tr("Batch {seq}: ", seq=seq) + error
        else:
            status = str(getattr(result, "status", "") or "")
            raw = " · ".join(part for part in (status, getattr(result, "description", "")) if part)
            # The meaning first, in the user's language; the gateway's own words only as detail.
            text = tr("Batch {seq}: {meaning}", seq=seq, meaning=status_meaning(status))
            if raw:
                text += "\n" + tr("kwtSMS answered: {raw}", raw=raw)
        self._show_lookup(text)
        self._refresh_buttons()
        self.lookupFinished.emit(text)

    def _on_dlr(self, seq: int, entries, error: str | None) -> None:
        if error is not None:
            text = tr("Batch {seq}: ", seq=seq) + error
        elif not entries:
            text = tr("Batch {seq}: no delivery report yet.", seq=seq)
        else:
            counts = Counter(getattr(e, "status", "") or tr("unknown") for e in entries)
            text = tr("Batch {seq}: ", seq=seq) + " · ".join(f"{status} {n:,}" for status, n in counts.most_common())
        self._show_lookup(text)
        self._refresh_buttons()
        self.lookupFinished.emit(text)

    # ── Export ──────────────────────────────────────────────────────────────────────

    def _on_export_progress(self, done: int, total: int) -> None:
        if total:
            self._show_message(tr("Saving {n} rows… {percent}%", n=f"{total:,}", percent=done * 100 // total))
        self.exportProgress.emit(done, total)

    def _on_export_done(self, path: object) -> None:
        self._show_message(tr("Saved the results to {file}.", file=Path(str(path)).name))
        self._refresh_buttons()
        self.exportFinished.emit(str(path))

    def _show_lookup(self, text: str) -> None:
        self.lookupLabel.setText(text)
        self.lookupLabel.setVisible(bool(text))

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.messageLabel.setText(text)
        self.messageLabel.setStyleSheet("color: #b00020;" if error else "")
        self.messageLabel.setVisible(bool(text))


_STATUS_MEANINGS = {
    "sent": "accepted by the gateway and passed on to the phone networks.",
    "queued": "waiting in the gateway's queue, not sent to phones yet.",
    "pending": "waiting in the gateway's queue, not sent to phones yet.",
    "delivered": "delivered to the phones.",
    "failed": "not delivered.",
    "rejected": "refused by the phone networks.",
    "expired": "not delivered in time: the networks gave up.",
}


def status_meaning(status: str) -> str:
    """What a status lookup's `status` word means, in the user's language (unknown words: said as unknown)."""
    meaning = _STATUS_MEANINGS.get(status.strip().lower())
    return tr(meaning) if meaning else tr("the gateway gave a status this app does not know.")


def _plain_table(view: QTableView) -> None:
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
