"""The queue area's Export results: every number of the selected broadcast with its state, as CSV or Excel, off the GUI thread.

The table is engine/report.py's (the same as `kwtsms-desktop results`); writing is importing/export.py's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from kwtsms_desktop.engine.report import results_export
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.importing.export import write_table
from kwtsms_desktop.ui.queue.lookups import Lookups, QueueLookups
from kwtsms_desktop.ui.shared.background import BackgroundRunner, Cancelled, Progress
from kwtsms_desktop.ui.shared.table_export import (
    CSV_OR_XLSX_FILTER,
    saving_text,
    with_progress,
    with_suffix_from_filter,
)
from kwtsms_desktop.ui.shared.translation import language, translate, translate_marked


class QueueExport(QueueLookups):
    """Export results… for the selected broadcast (a base of the queue panel)."""

    exportFinished = Signal(str)  # the path written
    exportProgress = Signal(int, int)  # rows written, rows to write

    def __init__(
        self, parent: QWidget | None, *, data_dir: Path, client: GatewayClient | None, lookups: Lookups | None
    ) -> None:
        super().__init__(parent, data_dir=data_dir, client=client, lookups=lookups)
        self._data_dir = data_dir
        self._export_worker = BackgroundRunner(self, name="kwtsms-export")
        self._export_worker.finished.connect(self._on_export_done)
        self._export_worker.progress.connect(self._on_export_progress)
        self._export_worker.failed.connect(lambda sentence: self._show_message(sentence, error=True))
        self.exportButton.clicked.connect(lambda: self.export_results())

    def export_results(self, path: str | None = None) -> None:
        """Save per number: number, name, batch, state, msg-id, problem (CSV with BOM, or XLSX)."""
        broadcast_id = self.selected_broadcast_id()
        if broadcast_id is None:
            return
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(
                self,
                translate("QueueExport", "Export results"),
                str(Path.home() / f"broadcast-{broadcast_id}-results.csv"),
                translate_marked("shared.table_export", CSV_OR_XLSX_FILTER),
            )
            if not path:
                return
            path = with_suffix_from_filter(path, chosen)
        target, sheet, data_dir, lang = str(path), translate("QueueExport", "Results"), self._data_dir, language()

        def export(progress: Progress, cancelled: Cancelled) -> str:  # a worker thread: its own connection, no widgets
            from kwtsms_desktop.store import Store

            with Store.open(data_dir) as store:
                headers, rows = results_export(store, broadcast_id, lang)
            write_table(target, headers, with_progress(rows, len(rows), progress, cancelled), sheet_name=sheet)
            return target

        self._show_message(translate("QueueExport", "Saving the results…"))
        self._export_worker.start(export)
        self._refresh_export_button()

    def _refresh_export_button(self) -> None:
        self.exportButton.setEnabled(self.selected_broadcast_id() is not None and not self._export_worker.is_busy())

    def _on_export_progress(self, done: int, total: int) -> None:
        if total:
            self._show_message(saving_text(done, total))
        self.exportProgress.emit(done, total)

    def _on_export_done(self, path: object) -> None:
        self._show_message(translate("QueueExport", "Saved the results to {file}.", file=Path(str(path)).name))
        self._refresh_export_button()
        self.exportFinished.emit(str(path))
