"""What the recipients area shows about its list: the counters, which buttons are on, the message line, and the rows-to-fix export.

A base of the panel (ui/recipients/panel.py), which owns the list and its background work.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog

from kwtsms_desktop.engine.recipients_list import DUPLICATE, INVALID, NOT_COVERED, SUPPRESSED, VALID, RecipientEntry
from kwtsms_desktop.importing.export import write_table
from kwtsms_desktop.ui.recipients.layout import RecipientsLayout
from kwtsms_desktop.ui.recipients.model import reason_text, status_label
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.table_export import (
    CSV_OR_XLSX_FILTER,
    saving_text,
    with_progress,
    with_suffix_from_filter,
)
from kwtsms_desktop.ui.shared.translation import joined, translatable, translate, translate_marked


class RecipientsState(RecipientsLayout):
    """Counters, buttons, messages and the rows-to-fix export of the recipients area."""

    exportProgress = Signal(int, int)  # rows written, rows to write
    exportFinished = Signal(str)  # the path of the rows to fix, written

    # Set by the panel before anything is shown.
    worker: BackgroundRunner
    export_worker: BackgroundRunner
    _undo: list[RecipientEntry] | None
    _undo_label: str
    _last_dir: str
    _export_count: int

    def message_text(self) -> str:
        """The last import message shown under the table ("" when none)."""
        return self.messageLabel.text() if not self.messageLabel.isHidden() else ""

    def export_invalid(self, path: str | None = None) -> str | None:
        """Write the rows that will not be sent (with reasons) to CSV or XLSX off the GUI thread.

        Returns the path being written (None when nothing is); `exportFinished` says when it is done.
        """
        rows = [e for e in self.model.entries() if e.status != VALID]
        if not rows:
            self._show_message(translate("RecipientsState", "Every row is valid: there is nothing to export."))
            return None
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(
                self,
                translate("RecipientsState", "Export rows to fix"),
                str(Path(self._last_dir or Path.home()) / "rows-to-fix.csv"),
                translate_marked("shared.table_export", CSV_OR_XLSX_FILTER),
            )
            if not path:
                return None
            path = with_suffix_from_filter(path, chosen)
        headers = [
            translate("RecipientsState", "Row"),
            translate("RecipientsState", "Number as written"),
            translate("RecipientsState", "Name"),
            translate("RecipientsState", "Status"),
            translate("RecipientsState", "Reason"),
        ]
        target, sheet, count = str(path), translate("RecipientsState", "Rows to fix"), len(rows)

        def export(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> str:
            table = ([e.row, e.raw or e.number, e.name, status_label(e.status), reason_text(e)] for e in rows)
            write_table(target, headers, with_progress(table, count, progress, cancelled), sheet_name=sheet)
            return target

        self._export_count = count
        self.exportButton.setEnabled(False)
        self._show_message(translate("RecipientsState", "Saving {count} row(s)…", n=count, count=f"{count:,}"))
        self.export_worker.start(export)
        return target

    def _on_export_progress(self, done: int, total: int) -> None:
        if total:
            self._show_message(saving_text(done, total))
        self.exportProgress.emit(done, total)

    def _on_export_done(self, path: object) -> None:
        self._show_message(
            translate(
                "RecipientsState",
                "Saved {count} row(s) to {file}.",
                n=self._export_count,
                count=f"{self._export_count:,}",
                file=Path(str(path)).name,
            )
        )
        self._refresh_state()
        self.exportFinished.emit(str(path))

    def _on_export_failed(self, sentence: str) -> None:
        self._show_message(sentence, error=True)
        self._refresh_state()

    def retranslate_ui(self) -> None:
        """After a language switch (ui/shared/retranslate.py): the counters in the new language."""
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
                text += "  " + translate(
                    "RecipientsState", "(showing {shown} of {total})", shown=f"{shown:,}", total=f"{total:,}"
                )
        else:
            text = translate("RecipientsState", "No recipients yet.")
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
        self.undoButton.setText(  # kept in English, said in the language of the moment
            translate_marked("RecipientsPanel", self._undo_label)
            if self._undo_label
            else translate("RecipientsState", "Undo")
        )
        self.exportButton.setEnabled(
            total > 0 and self.model.counts().get(VALID, 0) < total and not self.export_worker.is_busy()
        )

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.messageLabel.setText(text)
        self.messageLabel.setStyleSheet("color: #b00020;" if error else "")
        self.messageLabel.setVisible(bool(text))


def counters_text(counts: Mapping[str, int]) -> str:
    """'1,234 valid · 12 invalid · 1 duplicate': the valid count always, the others when there are any."""
    parts = [
        translate("recipients.view_state", "{count} valid", n=counts.get(VALID, 0), count=f"{counts.get(VALID, 0):,}")
    ]
    for status, text in (
        (INVALID, translatable("recipients.view_state", "{count} invalid", plural=True)),
        (DUPLICATE, translatable("recipients.view_state", "{count} duplicate(s)", plural=True)),
        (NOT_COVERED, translatable("recipients.view_state", "{count} not covered", plural=True)),
        (SUPPRESSED, translatable("recipients.view_state", "{count} suppressed", plural=True)),
    ):
        n = counts.get(status, 0)
        if n:
            parts.append(translate_marked("recipients.view_state", text, n=n, count=f"{n:,}"))
    return joined(" · ", parts)
