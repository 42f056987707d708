"""One broadcast's numbers and what became of them: Check status for every batch, the report as PDF or printed.

Interface used by the queue page:
    BroadcastResultsPanel(parent=None, *, data_dir, client=None, now=engine.results.utc_now)
        data_dir  the store's folder: the worker thread opens its own connection there
        client    the session's GatewayClient (its one rate limiter spaces these calls with the
                  broadcasts being sent); None: no lookups (history only)
        now       the clock the five-minute delivery-report rule reads (tests inject one)
    show_broadcast(broadcast_id)   load its per-number results (in the background)
    check_status()                 ask kwtSMS about every batch (in the background, cancellable)
    save_pdf(path=None), print_report()

Everything that reads the store or talks to kwtSMS runs on a worker thread (ui/background.py);
this widget only shows the answers.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.engine.results import label, utc_now
from kwtsms_desktop.ui.results.model import NumberResultsModel
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.formatting import format_number
from kwtsms_desktop.ui.shared.translation import language, translate

log = logging.getLogger(__name__)


class BroadcastResultsPanel(QWidget):
    """The per-number view of the selected broadcast, with its status check and its report."""

    loaded = Signal(int)  # the broadcast whose results are now shown
    checkFinished = Signal(object)  # engine.status_check.StatusOutcome
    checkProgress = Signal(int, int)  # batches checked, batches to check
    reportSaved = Signal(str)  # the PDF written
    printed = Signal()
    _progressed = Signal(int, int)  # from the worker thread

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        data_dir: Any,
        client: Any = None,
        now: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPanel")
        self.data_dir = data_dir
        self.client = client
        self.now = now
        self.broadcast_id: int | None = None
        self.report: Any = None  # engine.report.BroadcastReport of the shown broadcast
        self.last_outcome: Any = None
        self._cancel: threading.Event | None = None
        self._closed = False
        self._background = BackgroundRunner(self, name="kwtsms-results")
        self._progressed.connect(self._on_progress)
        self.model = NumberResultsModel(self)
        self._build_ui()
        self._refresh_buttons()

    # ── Public interface ────────────────────────────────────────────────────────────

    def show_broadcast(self, broadcast_id: int | None) -> None:
        """Show this broadcast's numbers (re-read in the background; None: nothing)."""
        if broadcast_id != self.broadcast_id:
            self._show_notes("")
        self.broadcast_id = broadcast_id
        if broadcast_id is None:
            self.report = None
            self.model.set_results([])
            self.summaryLabel.setText("")
            self._refresh_buttons()
            return
        data_dir = self.data_dir

        def load() -> Any:
            from kwtsms_desktop.engine.report import build_report
            from kwtsms_desktop.store import Store

            with Store.open(data_dir) as store:  # this thread's own connection
                return build_report(store, broadcast_id)

        self._background.run(load, lambda report, error: self._loaded(broadcast_id, report, error))

    def is_checking(self) -> bool:
        return self._cancel is not None

    def check_status(self) -> None:
        """Ask kwtSMS about every sent batch of the shown broadcast (status, then delivery reports)."""
        broadcast_id = self.broadcast_id
        if broadcast_id is None or self.client is None or self.is_checking():
            return
        cancel = self._cancel = threading.Event()
        data_dir, client, now, progressed = self.data_dir, self.client, self.now, self._progressed

        def check() -> tuple[Any, Any]:
            from kwtsms_desktop.engine.report import build_report
            from kwtsms_desktop.engine.status_check import BroadcastStatusCheck
            from kwtsms_desktop.store import Store

            with Store.open(data_dir) as store:
                outcome = BroadcastStatusCheck(
                    store, client, broadcast_id, now=now, on_progress=progressed.emit, cancel=cancel
                ).run()
                return outcome, build_report(store, broadcast_id)

        self.progressBar.setRange(0, 0)
        self.progressBar.show()
        self.cancelCheckButton.show()
        self._show_notes(translate("BroadcastResultsPanel", "Asking kwtSMS about every batch…"))
        self._refresh_buttons()
        self._background.run(check, lambda result, error: self._checked(broadcast_id, result, error))

    def cancel_check(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancelCheckButton.setEnabled(False)

    def save_pdf(self, path: str | None = None) -> None:
        """The report of the shown broadcast as a PDF file (asks where when no path is given)."""
        if self.report is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("BroadcastResultsPanel", "Save report as PDF"),
                str(Path.home() / f"broadcast-{self.report.id}-report.pdf"),
                translate("BroadcastResultsPanel", "PDF document (*.pdf)"),
            )
            if not path:
                return
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        from kwtsms_desktop.ui.shared.report_pdf import write_report_pdf

        try:
            with open(path, "wb"):  # QPdfWriter says nothing when it cannot write: find out first
                pass
            write_report_pdf(self.report, path, language())
        except OSError as error:
            self._show_notes(
                translate(
                    "BroadcastResultsPanel",
                    "The report could not be saved to {file}: {reason}",
                    file=Path(path).name,
                    reason=error.strerror or str(error),
                ),
                error=True,
            )
            return
        self._show_notes(translate("BroadcastResultsPanel", "Saved the report to {file}.", file=Path(path).name))
        self.reportSaved.emit(path)

    def print_report(self) -> None:
        """Print the report (the same document as the PDF) after the system's print dialog."""
        if self.report is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from kwtsms_desktop.ui.shared.report_pdf import report_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("BroadcastResultsPanel", "Print the report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        report_document(self.report, language()).print_(printer)
        self.printed.emit()

    def shutdown(self) -> None:
        """Stop a running check between two calls and wait for the worker (nothing half-recorded)."""
        self._closed = True
        if self._cancel is not None:
            self._cancel.set()
        self._background.shutdown(wait=True)

    # ── Layout ──────────────────────────────────────────────────────────────────────

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        self.checkButton = QPushButton(translate("BroadcastResultsPanel", "Check status"))
        self.checkButton.setObjectName("checkBroadcastStatusButton")
        self.checkButton.setToolTip(
            translate(
                "BroadcastResultsPanel",
                "Ask kwtSMS about every batch of this broadcast, and for the delivery reports of "
                "numbers outside Kuwait (from 5 minutes after sending).",
            )
        )
        self.checkButton.clicked.connect(self.check_status)
        self.progressBar = QProgressBar()
        self.progressBar.setObjectName("statusCheckProgress")
        self.progressBar.setMaximumWidth(180)
        self.progressBar.setFormat(translate("BroadcastResultsPanel", "%v of %m batches"))
        self.progressBar.hide()
        self.cancelCheckButton = QPushButton(translate("BroadcastResultsPanel", "Stop checking"))
        self.cancelCheckButton.setObjectName("cancelStatusCheckButton")
        self.cancelCheckButton.clicked.connect(self.cancel_check)
        self.cancelCheckButton.hide()
        self.pdfButton = QPushButton(translate("BroadcastResultsPanel", "Save report as PDF…"))
        self.pdfButton.setObjectName("saveReportPdfButton")
        self.pdfButton.clicked.connect(lambda: self.save_pdf())
        self.printButton = QPushButton(translate("BroadcastResultsPanel", "Print…"))
        self.printButton.setObjectName("printReportButton")
        self.printButton.clicked.connect(self.print_report)
        actions.addWidget(self.checkButton)
        actions.addWidget(self.progressBar)
        actions.addWidget(self.cancelCheckButton)
        actions.addStretch(1)
        actions.addWidget(self.pdfButton)
        actions.addWidget(self.printButton)
        layout.addLayout(actions)

        self.summaryLabel = QLabel()
        self.summaryLabel.setObjectName("resultsSummary")
        self.summaryLabel.setWordWrap(True)
        layout.addWidget(self.summaryLabel)
        self.notesLabel = QLabel()
        self.notesLabel.setObjectName("statusCheckNotes")
        self.notesLabel.setWordWrap(True)
        self.notesLabel.hide()
        layout.addWidget(self.notesLabel)

        self.view = QTableView()
        self.view.setObjectName("numberResultsView")
        self.view.setAccessibleName(translate("BroadcastResultsPanel", "Each number"))
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((0, 120), (1, 140), (2, 170), (3, 260)):
            header.resizeSection(column, width)
        self.view.setMinimumHeight(vertical.defaultSectionSize() * 3)
        layout.addWidget(self.view, 1)

    def _refresh_buttons(self) -> None:
        has_report = self.report is not None and self.report.id == self.broadcast_id
        checking = self.is_checking()
        self.checkButton.setEnabled(self.broadcast_id is not None and self.client is not None and not checking)
        if self.client is None:
            self.checkButton.setToolTip(translate("BroadcastResultsPanel", "Not connected to kwtSMS."))
        self.pdfButton.setEnabled(has_report)
        self.printButton.setEnabled(has_report)

    # ── Answers from the worker ─────────────────────────────────────────────────────

    def _loaded(self, broadcast_id: int, report: Any, error: BaseException | None) -> None:
        if self._closed or broadcast_id != self.broadcast_id:
            return  # another broadcast was selected meanwhile
        if error is not None:
            log.error("reading the results of broadcast %s failed", broadcast_id, exc_info=error)
            self._show_notes(
                translate("BroadcastResultsPanel", "The results could not be read: {error}", error=str(error)),
                error=True,
            )
            return
        self._show_report(report)
        self.loaded.emit(broadcast_id)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._cancel is None:
            return
        self.progressBar.setRange(0, max(total, 1))
        self.progressBar.setValue(done)
        self.checkProgress.emit(done, total)

    def _checked(self, broadcast_id: int, result: Any, error: BaseException | None) -> None:
        self._cancel = None
        self.progressBar.hide()
        self.cancelCheckButton.hide()
        self.cancelCheckButton.setEnabled(True)
        if self._closed:
            return
        if error is not None:
            log.error("status check of broadcast %s failed", broadcast_id, exc_info=error)
            self._show_notes(
                translate("BroadcastResultsPanel", "The status check failed: {error}", error=str(error)), error=True
            )
            self._refresh_buttons()
            return
        outcome, report = result
        self.last_outcome = outcome
        if broadcast_id == self.broadcast_id:
            self._show_report(report)
            self._show_notes(self._outcome_text(outcome), error=outcome.error_en is not None)
        self._refresh_buttons()
        self.checkFinished.emit(outcome)

    def _outcome_text(self, outcome: Any) -> str:
        lang = language()
        lines = []
        if outcome.error_en is not None:
            lines.append(
                translate(
                    "BroadcastResultsPanel",
                    "The check stopped: {reason}",
                    reason=outcome.error_ar if lang == "ar" else outcome.error_en,
                )
            )
        elif outcome.cancelled:
            lines.append(
                translate(
                    "BroadcastResultsPanel",
                    "Stopped: {count} batch(es) were checked.",
                    n=outcome.checked,
                    count=format_number(outcome.checked),
                )
            )
        else:
            lines.append(
                translate(
                    "BroadcastResultsPanel",
                    "Checked {count} batch(es).",
                    n=outcome.checked,
                    count=format_number(outcome.checked),
                )
            )
        lines += outcome.note_texts(lang)  # each said once for the whole broadcast, never per row
        return "\n".join(lines)

    def _show_report(self, report: Any) -> None:
        self.report = report
        self.model.set_results(report.results if report is not None else [])
        if report is not None:
            lang = language()
            self.summaryLabel.setText(
                " · ".join(f"{label(state, lang)}: {format_number(n)}" for state, n in report.counts.items())
            )
        self._refresh_buttons()

    def _show_notes(self, text: str, *, error: bool = False) -> None:
        self.notesLabel.setText(text)
        self.notesLabel.setStyleSheet("color: #b00020;" if error else "")
        self.notesLabel.setVisible(bool(text))
