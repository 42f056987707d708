"""The Recipients area: import, paste, the 100,000-row table, counters, filter and search, remove/undo, export.

Interface used by the main window:
    RecipientsPanel(parent=None, *, settings: Callable[[], dict] | None = None)
    recipientsChanged(int valid_count)            emitted after every change of the list or statuses
    valid_recipients() -> list                    those that will be sent to (number, name, row)
    valid_numbers() -> list[str]
    open_import_dialog()                          file dialog, then the import dialog (sheet, columns)
    import_path(path)                             drag and drop / Ctrl+O: reads in the background and adds
                                                  the rows with the detected columns; opens the import
                                                  dialog only when no phone column can be detected
    paste_from_clipboard()                        the clipboard's text, same rules as import_path
    set_coverage(prefixes | None)                 numbers outside these country codes: "no coverage"
    set_default_country(code)                     how numbers without a country code are read
    set_suppressed(numbers)                       the do-not-send list: "suppressed"

Nothing heavy runs on the GUI thread: reading and checking happen on the window's background runner (ui/shared/background.py); the model
gets the prepared list in one reset; column widths are fixed, never measured over every row.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.engine.recipients_list import BuildOutcome
from kwtsms_desktop.importing.export import write_table
from kwtsms_desktop.store.settings_schema import DEFAULT_COUNTRY
from kwtsms_desktop.ui.recipients.import_dialog import FILE_FILTER, BuildParams, ImportDialog, build_in_background
from kwtsms_desktop.ui.recipients.model import (
    COL_NAME,
    COL_NUMBER,
    COL_ROW,
    COL_STATUS,
    DUPLICATE,
    INVALID,
    NOT_COVERED,
    NOT_SENDABLE,
    SUPPRESSED,
    VALID,
    RecipientEntry,
    RecipientsModel,
    reason_text,
    status_label,
)
from kwtsms_desktop.ui.recipients.reading import ReadOutcome, read_source
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.i18n import language, tr
from kwtsms_desktop.ui.shared.reasons_ar import failure_in_arabic
from kwtsms_desktop.ui.shared.table_export import (
    CSV_OR_XLSX_FILTER,
    with_progress,
    with_suffix_from_filter,
)

log = logging.getLogger(__name__)

EMPTY_HINT = "Import a spreadsheet, CSV or vCard, or paste numbers (Ctrl+Shift+V)"


class RecipientsPanel(QWidget):
    """The recipients list with everything around it."""

    handles_paste_shortcut = True  # Ctrl+V on the table is ours (the main window must not add another)

    recipientsChanged = Signal(int)  # how many recipients will be sent to
    importFinished = Signal(object)  # BuildOutcome of an import added to the list
    importFailed = Signal(str)  # the sentence shown to the user
    exportProgress = Signal(int, int)  # rows written, rows to write
    exportFinished = Signal(str)  # the path of the rows to fix, written

    def __init__(self, parent: QWidget | None = None, *, settings: Callable[[], dict] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipientsPanel")
        self._settings = settings
        self._default_country: str | None = None
        self._coverage: list[str] | None = None
        self._suppressed: frozenset[str] = frozenset()
        self._undo: list[RecipientEntry] | None = None
        self._undo_label = ""
        self._last_dir = ""
        self._dialog: ImportDialog | None = None
        self.model = RecipientsModel(self)
        self.worker = BackgroundRunner(self, name="kwtsms-import")
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)
        self.export_worker = BackgroundRunner(
            self, name="kwtsms-export"
        )  # exports never wait behind an import, nor stop it
        self.export_worker.progress.connect(self._on_export_progress)
        self.export_worker.finished.connect(self._on_export_done)
        self.export_worker.failed.connect(self._on_export_failed)
        self._export_count = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filter)
        self._build_ui()
        self.setAcceptDrops(True)
        self._refresh_state()
        app = QCoreApplication.instance()
        if app is not None:  # never leave an import thread running behind a quitting app
            app.aboutToQuit.connect(self.shutdown)

    # ── Public interface ────────────────────────────────────────────────────────────

    def valid_recipients(self) -> list[RecipientEntry]:
        """The recipients that will be sent to, in the table's order.

        Each has `number`, `name` and `row` like importing.Recipient (what core.plan.make_plan reads);
        they are the table's own entries, so 100,000 of them cost no new objects. Do not modify them.
        """
        return self.model.valid_entries()

    def valid_numbers(self) -> list[str]:
        return [e.number for e in self.model.entries() if e.status == VALID]

    def valid_count(self) -> int:
        return self.model.counts().get(VALID, 0)

    def counts(self) -> dict[str, int]:
        return dict(self.model.counts())

    def is_importing(self) -> bool:
        return self.worker.is_busy()

    def message_text(self) -> str:
        """The last import message shown under the table ("" when none)."""
        return self.messageLabel.text() if not self.messageLabel.isHidden() else ""

    def open_import_dialog(self) -> None:
        """Ask for a file, then review it in the import dialog."""
        path, _ = QFileDialog.getOpenFileName(self, tr("Import recipients"), self._last_dir, tr(FILE_FILTER))
        if path:
            self._last_dir = str(Path(path).parent)
            self.review_path(path)

    def review_path(self, path: str) -> ImportDialog:
        """Open the import dialog on a file (window-modal, no nested event loop)."""
        return self._open_dialog(ImportDialog(self, path=path, params=self._params()))

    def import_path(self, path: str) -> None:
        """Read a file in the background and add its rows with the detected columns."""
        self._start_direct(path=str(path), text=None, source=Path(str(path)).name)

    def paste_from_clipboard(self) -> None:
        """Add the numbers (or columns copied from Excel) on the clipboard."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self._show_message(tr("The clipboard has no text. Copy the numbers first, then paste."), error=True)
            return
        self.paste_text(text)

    def paste_text(self, text: str) -> None:
        self._start_direct(path=None, text=text, source=tr("pasted text"))

    def restore_entries(self, entries: list[RecipientEntry]) -> None:
        """Put back a saved list (the draft of the last session), statuses checked again."""
        self.model.set_entries(entries)
        self.model.refresh_eligibility(self._coverage, self._suppressed)
        self._show_message(tr("Brought back the list you were working on: {n} rows.", n=f"{len(entries):,}"))
        self._after_change()

    def set_coverage(self, prefixes: list[str] | None) -> None:
        self._coverage = list(prefixes) if prefixes is not None else None
        self._refresh_eligibility()

    def set_suppressed(self, numbers: Iterable[str]) -> None:
        self._suppressed = frozenset(numbers)
        self._refresh_eligibility()

    def set_default_country(self, code: str) -> None:
        self._default_country = str(code).lstrip("+") or None

    def cancel_import(self) -> None:
        self.worker.cancel()

    def remove_selected(self) -> int:
        """Remove the selected rows (undoable). Returns how many were removed."""
        selection = self.view.selectionModel().selection()
        doomed: set[int] = set()
        for selected_range in selection:
            for row in range(selected_range.top(), selected_range.bottom() + 1):
                entry = self.model.entry_at(row)
                if entry is not None:
                    doomed.add(id(entry))
        if not doomed:
            return 0
        before = self.model.entries()
        kept = [e for e in before if id(e) not in doomed]
        self._replace(kept, undo=before, undo_label=tr("Undo remove"))
        self._show_message(tr("Removed {n} rows.", n=f"{len(before) - len(kept):,}"))
        return len(before) - len(kept)

    def clear(self) -> None:
        """Empty the list (undoable)."""
        before = self.model.entries()
        if not before:
            return
        self._replace([], undo=before, undo_label=tr("Undo clear"))
        self._show_message(tr("The list was cleared. Undo brings it back."))

    def undo(self) -> bool:
        if self._undo is None:
            return False
        previous, self._undo = self._undo, None
        self.model.set_entries(list(previous))
        self.model.refresh_eligibility(self._coverage, self._suppressed)
        self._show_message(tr("Restored {n} rows.", n=f"{len(previous):,}"))
        self._after_change()
        return True

    def export_invalid(self, path: str | None = None) -> str | None:
        """Write the rows that will not be sent (with reasons) to CSV or XLSX off the GUI thread.

        Returns the path being written (None when nothing is); `exportFinished` says when it is done.
        """
        rows = [e for e in self.model.entries() if e.status != VALID]
        if not rows:
            self._show_message(tr("Every row is valid: there is nothing to export."))
            return None
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(
                self,
                tr("Export rows to fix"),
                str(Path(self._last_dir or Path.home()) / "rows-to-fix.csv"),
                tr(CSV_OR_XLSX_FILTER),
            )
            if not path:
                return None
            path = with_suffix_from_filter(path, chosen)
        headers = [tr("Row"), tr("Number as written"), tr("Name"), tr("Status"), tr("Reason")]
        target, sheet, count = str(path), tr("Rows to fix"), len(rows)

        def export(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> str:
            table = ([e.row, e.raw or e.number, e.name, status_label(e.status), reason_text(e)] for e in rows)
            write_table(target, headers, with_progress(table, count, progress, cancelled), sheet_name=sheet)
            return target

        self._export_count = count
        self.exportButton.setEnabled(False)
        self._show_message(tr("Saving {n} rows…", n=f"{count:,}"))
        self.export_worker.start(export)
        return target

    def _on_export_progress(self, done: int, total: int) -> None:
        if total:
            self._show_message(tr("Saving {n} rows… {percent}%", n=f"{total:,}", percent=done * 100 // total))
        self.exportProgress.emit(done, total)

    def _on_export_done(self, path: object) -> None:
        self._show_message(tr("Saved {n} rows to {file}.", n=f"{self._export_count:,}", file=Path(str(path)).name))
        self._refresh_state()
        self.exportFinished.emit(str(path))

    def _on_export_failed(self, sentence: str) -> None:
        self._show_message(failure_in_arabic(sentence) if language() == "ar" else sentence, error=True)
        self._refresh_state()

    # ── Layout ──────────────────────────────────────────────────────────────────────

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.importButton = QPushButton(tr("Import…"))
        self.importButton.setObjectName("importButton")
        self.importButton.setToolTip(tr("Import recipients from Excel, OpenDocument, CSV, text or vCard"))
        self.importButton.clicked.connect(self.open_import_dialog)
        self.pasteButton = QPushButton(tr("Paste"))
        self.pasteButton.setObjectName("pasteButton")
        self.pasteButton.setToolTip(tr("Add the numbers copied to the clipboard (Ctrl+Shift+V)"))
        self.pasteButton.clicked.connect(self.paste_from_clipboard)
        self.filterCombo = QComboBox()
        self.filterCombo.setObjectName("recipientsFilter")
        self.filterCombo.setAccessibleName(tr("Show"))
        self._fill_filter_combo()
        self.filterCombo.currentIndexChanged.connect(self._apply_filter)
        self.searchEdit = QLineEdit()
        self.searchEdit.setObjectName("recipientsSearch")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setPlaceholderText(tr("Search number or name"))
        self.searchEdit.setAccessibleName(tr("Search number or name"))
        self.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self.searchEdit.returnPressed.connect(self._apply_filter)
        top.addWidget(self.importButton)
        top.addWidget(self.pasteButton)
        top.addStretch(1)
        top.addWidget(self.filterCombo)
        top.addWidget(self.searchEdit, 1)
        layout.addLayout(top)

        self.countersLabel = QLabel()
        self.countersLabel.setObjectName("recipientsCounters")
        layout.addWidget(self.countersLabel)

        self.progressWidget = QWidget()
        progress_row = QHBoxLayout(self.progressWidget)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progressLabel = QLabel()
        self.progressBar = QProgressBar()
        self.progressBar.setObjectName("importProgress")
        self.cancelButton = QPushButton(tr("Cancel"))
        self.cancelButton.setObjectName("importCancelButton")
        self.cancelButton.clicked.connect(self.cancel_import)
        progress_row.addWidget(self.progressLabel)
        progress_row.addWidget(self.progressBar, 1)
        progress_row.addWidget(self.cancelButton)
        self.progressWidget.hide()
        layout.addWidget(self.progressWidget)

        self.stack = QStackedWidget()
        self.emptyHint = QLabel(tr(EMPTY_HINT))
        self.emptyHint.setObjectName("recipientsEmptyHint")
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHint.setWordWrap(True)
        self.emptyHint.setStyleSheet("color: palette(placeholder-text); font-size: 14px; padding: 24px;")
        self.view = QTableView()
        self.view.setObjectName("recipientsView")
        self.view.setAccessibleName(tr("Recipients"))
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self._auto_widths = True  # until the user drags a column edge
        self._setting_widths = False
        self._fit_columns(900)
        header.sectionResized.connect(self._on_section_resized)
        self.view.viewport().installEventFilter(self)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._refresh_buttons())
        self.stack.addWidget(self.emptyHint)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)

        self.messageLabel = QLabel()
        self.messageLabel.setObjectName("recipientsMessage")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.hide()
        layout.addWidget(self.messageLabel)

        bottom = QHBoxLayout()
        self.removeButton = QPushButton(tr("Remove selected"))
        self.removeButton.setObjectName("removeRecipientsButton")
        self.removeButton.clicked.connect(self.remove_selected)
        self.clearButton = QPushButton(tr("Clear"))
        self.clearButton.setObjectName("clearRecipientsButton")
        self.clearButton.clicked.connect(self.clear)
        self.undoButton = QPushButton(tr("Undo"))
        self.undoButton.setObjectName("undoRecipientsButton")
        self.undoButton.clicked.connect(self.undo)
        self.exportButton = QPushButton(tr("Export rows to fix…"))
        self.exportButton.setObjectName("exportInvalidButton")
        self.exportButton.setToolTip(tr("Save the rows that will not be sent, with the reason, to fix them in Excel"))
        self.exportButton.clicked.connect(lambda: self.export_invalid())
        bottom.addWidget(self.removeButton)
        bottom.addWidget(self.clearButton)
        bottom.addWidget(self.undoButton)
        bottom.addStretch(1)
        bottom.addWidget(self.exportButton)
        layout.addLayout(bottom)

        delete = QAction(self)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_selected)
        self.view.addAction(delete)
        paste = QAction(self)
        paste.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        paste.triggered.connect(self.paste_from_clipboard)
        self.view.addAction(paste)
        undo = QAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        undo.triggered.connect(self.undo)
        self.view.addAction(undo)

    def _fill_filter_combo(self) -> None:
        self.filterCombo.blockSignals(True)
        self.filterCombo.clear()
        for label, status in (
            (tr("All rows"), None),
            (tr("Valid"), VALID),
            (tr("Not sent to"), NOT_SENDABLE),
            (tr("Invalid"), INVALID),
            (tr("Duplicates"), DUPLICATE),
            (tr("No coverage"), NOT_COVERED),
            (tr("Suppressed"), SUPPRESSED),
        ):
            self.filterCombo.addItem(label, status)
        self.filterCombo.blockSignals(False)

    # ── Background import ───────────────────────────────────────────────────────────

    def _params(self) -> BuildParams:
        existing: dict[str, int] = {}
        for entry in self.model.entries():
            if entry.sendable and entry.number not in existing:
                existing[entry.number] = entry.row
        return BuildParams(
            default_country=self._country(),
            existing=existing,
            coverage=list(self._coverage) if self._coverage is not None else None,
            suppressed=self._suppressed,
        )

    def _country(self) -> str | None:
        if self._default_country:
            return self._default_country
        if self._settings is not None:
            try:
                value = (self._settings() or {}).get(DEFAULT_COUNTRY.key)
            except Exception:  # noqa: BLE001 - settings are a convenience here, never a reason to fail
                log.warning("settings unavailable", exc_info=True)
                value = None
            if value:
                return str(value).lstrip("+")
        return "965"

    def _start_direct(self, *, path: str | None, text: str | None, source: str) -> None:
        if self.worker.is_busy():  # one import at a time: never drop one silently for another
            self._show_message(
                tr("Another import is still running. Wait for it to finish, or cancel it, then try again."),
                error=True,
            )
            return
        snapshot = list(self.model.entries())  # the worker builds its duplicate map from a copy
        params = BuildParams(
            default_country=self._country(),
            coverage=list(self._coverage) if self._coverage is not None else None,
            suppressed=self._suppressed,
        )

        def work(progress, cancelled):
            read = read_source(path=path, text=text, progress=progress, cancelled=cancelled)
            if read.phone_column is None:
                return read  # the user must choose the column: the GUI opens the import dialog
            existing: dict[str, int] = {}
            for entry in snapshot:
                if entry.sendable and entry.number not in existing:
                    existing[entry.number] = entry.row
            params.existing = existing
            return build_in_background(
                params, read.table, read.phone_column, read.name_column, read.source, release_table=True
            )(progress, cancelled)

        self.progressLabel.setText(tr("Reading {source}…", source=source))
        self.progressBar.setRange(0, 0)
        self.progressWidget.show()
        self.messageLabel.hide()
        self.worker.start(work)
        self._refresh_buttons()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progressBar.setRange(0, total)
            self.progressBar.setValue(min(done, total))

    def _on_worker_finished(self, result: object) -> None:
        self.progressWidget.hide()
        self._refresh_buttons()
        if isinstance(result, ReadOutcome):
            self._show_message(
                tr(
                    "Which column holds the phone numbers in {source}? Choose it in the import window.",
                    source=result.source,
                )
            )
            self._open_dialog(ImportDialog(self, read=result, params=self._params()))
            return
        if isinstance(result, BuildOutcome):
            self._add_outcome(result)

    def _on_worker_failed(self, sentence: str) -> None:
        self.progressWidget.hide()
        self._refresh_buttons()
        shown = failure_in_arabic(sentence) if language() == "ar" else sentence
        self._show_message(shown, error=True)
        self.importFailed.emit(shown)

    def _on_worker_cancelled(self) -> None:
        self.progressWidget.hide()
        self._refresh_buttons()
        self._show_message(tr("Import cancelled. The list was not changed."))

    def _open_dialog(self, dialog: ImportDialog) -> ImportDialog:
        if self._dialog is not None:
            self._dialog.reject()
        self._dialog = dialog
        dialog.finished.connect(lambda result, d=dialog: self._on_dialog_finished(d, result))
        dialog.open()
        return dialog

    def _on_dialog_finished(self, dialog: ImportDialog, result: int) -> None:
        if self._dialog is dialog:
            self._dialog = None
        outcome = dialog.outcome()
        dialog.deleteLater()
        if result == ImportDialog.DialogCode.Accepted and outcome is not None:
            self._add_outcome(outcome)

    def _add_outcome(self, outcome: BuildOutcome) -> None:
        before = self.model.entries()
        if not outcome.entries:
            self._show_message(tr("No rows with data were found in {source}.", source=outcome.source), error=True)
            return
        counts = self.model.counts() + Counter(outcome.counts)  # no pass over the entries on this thread
        self._replace(before + outcome.entries, undo=before, undo_label=tr("Undo import"), counts=counts)
        self._show_message(
            tr(
                "Added {valid} recipients from {source}: {counts}.",
                valid=f"{outcome.valid:,}",
                source=outcome.source,
                counts=counters_text(outcome.counts),
            )
        )
        self.importFinished.emit(outcome)

    # ── Changes ─────────────────────────────────────────────────────────────────────

    def _replace(
        self,
        entries: list[RecipientEntry],
        *,
        undo: list[RecipientEntry] | None,
        undo_label: str,
        counts: Counter[str] | None = None,
    ) -> None:
        self._undo = undo
        self._undo_label = undo_label
        self.model.set_entries(entries, counts=counts)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._after_change()

    def _refresh_eligibility(self) -> None:
        if self.model.entries():
            self.model.refresh_eligibility(self._coverage, self._suppressed)
        self._after_change()

    def _after_change(self) -> None:
        self._refresh_state()
        self.recipientsChanged.emit(self.valid_count())

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.filterCombo.currentData(), self.searchEdit.text())
        self._refresh_state()

    def _refresh_state(self) -> None:
        counts = self.model.counts()
        total = len(self.model.entries())
        self.stack.setCurrentWidget(self.view if total else self.emptyHint)
        # An empty list shows only the ways to add recipients (and Undo, right after a Clear).
        for widget in (self.filterCombo, self.searchEdit, self.removeButton, self.clearButton, self.exportButton):
            widget.setVisible(bool(total) or bool(self.model.filter_text()) or self.model.filter_status() is not None)
        self.undoButton.setVisible(bool(total) or self._undo is not None)
        if total:
            text = counters_text(counts)
            shown = self.model.rowCount()
            if shown != total:
                text += "  " + tr("(showing {shown} of {total})", shown=f"{shown:,}", total=f"{total:,}")
        else:
            text = tr("No recipients yet.")
        self.countersLabel.setText(text)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        busy = self.worker.is_busy()
        total = len(self.model.entries())
        selection = self.view.selectionModel()
        self.importButton.setEnabled(not busy)
        self.pasteButton.setEnabled(not busy)
        self.removeButton.setEnabled(not busy and selection is not None and selection.hasSelection())
        self.clearButton.setEnabled(not busy and total > 0)
        self.undoButton.setEnabled(not busy and self._undo is not None)
        self.undoButton.setText(self._undo_label or tr("Undo"))
        self.exportButton.setEnabled(
            total > 0 and self.model.counts().get(VALID, 0) < total and not self.export_worker.is_busy()
        )

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.messageLabel.setText(text)
        self.messageLabel.setStyleSheet("color: #b00020;" if error else "")
        self.messageLabel.setVisible(bool(text))

    # ── Column widths: from the view's width, never measured over 100,000 rows ───────

    # (column, share of the view's width, minimum, maximum): the reason column takes the rest.
    _SHARES = (
        (COL_ROW, 0.09, 48, 72),
        (COL_NUMBER, 0.20, 110, 160),
        (COL_NAME, 0.26, 120, 240),
        (COL_STATUS, 0.13, 80, 110),
    )

    def _fit_columns(self, width: int) -> None:
        header = self.view.horizontalHeader()
        self._setting_widths = True
        try:
            for column, share, minimum, maximum in self._SHARES:
                header.resizeSection(column, min(maximum, max(minimum, int(width * share))))
        finally:
            self._setting_widths = False

    def _on_section_resized(self, *_args) -> None:
        if not self._setting_widths and self.view.isVisible():
            self._auto_widths = False  # the user chose a width: keep it

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if self._auto_widths and watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns(event.size().width())
        return super().eventFilter(watched, event)

    # ── Drag and drop ───────────────────────────────────────────────────────────────

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        path = _dropped_file(event.mimeData())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.import_path(path)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.worker.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop a running import and wait for its thread (the main window calls this on quit)."""
        self.worker.shutdown()
        self.export_worker.wait()  # a file being saved is finished, not cut short
        if self._dialog is not None:
            self._dialog.reject()


def counters_text(counts) -> str:
    """'1,234 valid · 12 invalid · 1 duplicate': the valid count always, the others when there are any."""
    parts = [tr("{n} valid", n=f"{counts.get(VALID, 0):,}")]
    for status, one, many in (
        (INVALID, "1 invalid", "{n} invalid"),
        (DUPLICATE, "1 duplicate", "{n} duplicates"),
        (NOT_COVERED, "1 not covered", "{n} not covered"),
        (SUPPRESSED, "1 suppressed", "{n} suppressed"),
    ):
        n = counts.get(status, 0)
        if n:
            parts.append(tr(one) if n == 1 else tr(many, n=f"{n:,}"))
    return " · ".join(parts)


def _dropped_file(mime) -> str | None:
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None
