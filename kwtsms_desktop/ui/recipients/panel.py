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

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from kwtsms_desktop.engine.recipients_list import BuildOutcome
from kwtsms_desktop.store.settings_schema import DEFAULT_COUNTRY
from kwtsms_desktop.ui.recipients.import_dialog import FILE_FILTER, BuildParams, ImportDialog, build_in_background
from kwtsms_desktop.ui.recipients.model import (
    VALID,
    RecipientEntry,
)
from kwtsms_desktop.ui.recipients.reading import ReadOutcome, read_source
from kwtsms_desktop.ui.recipients.view_state import RecipientsState, counters_text
from kwtsms_desktop.ui.shared.background import BackgroundRunner, Cancelled, Progress
from kwtsms_desktop.ui.shared.translation import translatable, translate, translate_marked

log = logging.getLogger(__name__)


class RecipientsPanel(RecipientsState):
    """The recipients list with everything around it."""

    recipientsChanged = Signal(int)  # how many recipients will be sent to
    importFinished = Signal(object)  # BuildOutcome of an import added to the list
    groupsRequested = Signal()  # "From groups…": the address book chooses (ui/contacts/audience.py)
    importFailed = Signal(str)  # the sentence shown to the user

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
        self._connect_widgets()
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

    def open_import_dialog(self) -> None:
        """Ask for a file, then review it in the import dialog."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("RecipientsPanel", "Import recipients"),
            self._last_dir,
            translate_marked("recipients.import_dialog", FILE_FILTER),
        )
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
            self._show_message(
                translate("RecipientsPanel", "The clipboard has no text. Copy the numbers first, then paste."),
                error=True,
            )
            return
        self.paste_text(text)

    def paste_text(self, text: str) -> None:
        self._start_direct(path=None, text=text, source=translate("RecipientsPanel", "pasted text"))

    def restore_entries(self, entries: list[RecipientEntry]) -> None:
        """Put back a saved list (the draft of the last session), statuses checked again."""
        self.model.set_entries(entries)
        self.model.refresh_eligibility(self._coverage, self._suppressed)
        self._show_message(
            translate(
                "RecipientsPanel",
                "Brought back the list you were working on: {count} row(s).",
                n=len(entries),
                count=f"{len(entries):,}",
            )
        )
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
        for selected_range in (selection.at(i) for i in range(selection.count())):
            for row in range(selected_range.top(), selected_range.bottom() + 1):
                entry = self.model.entry_at(row)
                if entry is not None:
                    doomed.add(id(entry))
        if not doomed:
            return 0
        before = self.model.entries()
        kept = [e for e in before if id(e) not in doomed]
        self._replace(kept, undo=before, undo_label=translatable("RecipientsPanel", "Undo remove"))
        self._show_message(
            translate(
                "RecipientsPanel",
                "Removed {count} row(s).",
                n=len(before) - len(kept),
                count=f"{len(before) - len(kept):,}",
            )
        )
        return len(before) - len(kept)

    def clear(self) -> None:
        """Empty the list (undoable)."""
        before = self.model.entries()
        if not before:
            return
        self._replace([], undo=before, undo_label=translatable("RecipientsPanel", "Undo clear"))
        self._show_message(translate("RecipientsPanel", "The list was cleared. Undo brings it back."))

    def undo(self) -> bool:
        if self._undo is None:
            return False
        previous, self._undo = self._undo, None
        self.model.set_entries(list(previous))
        self.model.refresh_eligibility(self._coverage, self._suppressed)
        self._show_message(
            translate("RecipientsPanel", "Restored {count} row(s).", n=len(previous), count=f"{len(previous):,}")
        )
        self._after_change()
        return True

    def _connect_widgets(self) -> None:
        self.importButton.clicked.connect(self.open_import_dialog)
        self.pasteButton.clicked.connect(self.paste_from_clipboard)
        self.groupsButton.clicked.connect(self.groupsRequested)
        self.filterCombo.currentIndexChanged.connect(self._apply_filter)
        self.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self.searchEdit.returnPressed.connect(self._apply_filter)
        self.cancelButton.clicked.connect(self.cancel_import)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._refresh_buttons())
        self.removeButton.clicked.connect(self.remove_selected)
        self.clearButton.clicked.connect(self.clear)
        self.undoButton.clicked.connect(self.undo)
        self.exportButton.clicked.connect(lambda: self.export_invalid())
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

    # ── Background import ───────────────────────────────────────────────────────────

    def build_params(self) -> BuildParams:
        """What checking new rows needs: the numbers listed already, coverage, the do-not-send list."""
        return self._params()

    def add_outcome(self, outcome: BuildOutcome) -> None:
        """Add recipients checked elsewhere (address-book groups), undoable like an import."""
        self._add_outcome(outcome)

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
                translate(
                    "RecipientsPanel",
                    "Another import is still running. Wait for it to finish, or cancel it, then try again.",
                ),
                error=True,
            )
            return
        snapshot = list(self.model.entries())  # the worker builds its duplicate map from a copy
        params = BuildParams(
            default_country=self._country(),
            coverage=list(self._coverage) if self._coverage is not None else None,
            suppressed=self._suppressed,
        )

        def work(progress: Progress, cancelled: Cancelled) -> ReadOutcome | BuildOutcome:
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

        self.progressLabel.setText(translate("RecipientsPanel", "Reading {source}…", source=source))
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
                translate(
                    "RecipientsPanel",
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
        shown = sentence
        self._show_message(shown, error=True)
        self.importFailed.emit(shown)

    def _on_worker_cancelled(self) -> None:
        self.progressWidget.hide()
        self._refresh_buttons()
        self._show_message(translate("RecipientsPanel", "Import cancelled. The list was not changed."))

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
            self._show_message(
                translate("RecipientsPanel", "No rows with data were found in {source}.", source=outcome.source),
                error=True,
            )
            return
        counts = self.model.counts() + Counter(outcome.counts)  # no pass over the entries on this thread
        self._replace(
            before + outcome.entries,
            undo=before,
            undo_label=translatable("RecipientsPanel", "Undo import"),
            counts=counts,
        )
        self._show_message(
            translate(
                "RecipientsPanel",
                "Added {valid} recipient(s) from {source}: {counts}.",
                n=outcome.valid,
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


def _dropped_file(mime) -> str | None:
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None
