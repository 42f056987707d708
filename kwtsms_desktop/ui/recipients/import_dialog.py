"""The import dialog: which sheet, which header row, which phone and name columns, and what that gives.

Opened with a file path (or pasted text, or a table already read). Reading and checking run on an
background runner (ui/shared/background.py), never on the GUI thread; every change of sheet or column re-checks in the background
and updates the counts (valid, invalid, duplicates, not covered). A file that cannot be read shows
ImportFailed's sentence in the dialog; the recipients list is not touched until the user clicks Add.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.core.bidi import isolate
from kwtsms_desktop.engine.recipients_list import BuildOutcome, build_entries
from kwtsms_desktop.importing.table import Table
from kwtsms_desktop.ui.recipients.reading import ReadOutcome, read_source
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.translation import is_rtl, joined, translatable, translate

PREVIEW_ROWS = 30
FILE_FILTER = translatable(
    "recipients.import_dialog",
    "Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv *.vcf);;"
    "Excel (*.xlsx *.xlsm *.xls *.xlsb);;OpenDocument (*.ods);;CSV or text (*.csv *.txt *.tsv);;"
    "Contacts (*.vcf);;All files (*)",
)


@dataclass
class BuildParams:
    """What checking needs besides the table: the numbers already listed, coverage, suppression."""

    default_country: str | None = "965"
    existing: dict[str, int] = field(default_factory=dict)
    coverage: Sequence[str] | None = None
    suppressed: frozenset[str] = frozenset()


def build_in_background(
    params: BuildParams, table: Table, phone: int, name: int | None, source: str, *, release_table: bool = False
):
    """The work function the background runner runs to check a table (captures plain data only)."""

    def work(progress, cancelled) -> BuildOutcome:
        return build_entries(
            table,
            phone,
            name,
            default_country=params.default_country,
            existing=params.existing,
            coverage=params.coverage,
            suppressed=params.suppressed,
            source=source,
            progress=progress,
            cancelled=cancelled,
            release_table=release_table,
        )

    return work


def counts_text(outcome: BuildOutcome) -> str:
    """ "1,234 valid · 3 invalid · 1 duplicate · 0 not covered", each count with its noun's form."""
    parts = (
        translate("recipients.import_dialog", "{count} valid", n=outcome.valid, count=f"{outcome.valid:,}"),
        translate("recipients.import_dialog", "{count} invalid", n=outcome.invalid, count=f"{outcome.invalid:,}"),
        translate(
            "recipients.import_dialog", "{count} duplicate(s)", n=outcome.duplicates, count=f"{outcome.duplicates:,}"
        ),
        translate(
            "recipients.import_dialog", "{count} not covered", n=outcome.not_covered, count=f"{outcome.not_covered:,}"
        ),
    )
    return joined(" · ", parts)


class PreviewModel(QAbstractTableModel):
    """The first rows of the table, with the chosen phone column in bold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._rows: list[list[str]] = []
        self._phone: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table | None, phone: int | None) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = table.rows[:PREVIEW_ROWS] if table is not None else []
        self._phone = phone
        self.endResetModel()

    def set_phone_column(self, phone: int | None) -> None:
        self._phone = phone
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[index.row()]
            cell = row[index.column()] if index.column() < len(row) else ""
            return isolate(cell) if is_rtl() else cell  # "+965 9988 7755" keeps its order in Arabic
        if role == Qt.ItemDataRole.FontRole and index.column() == self._phone:
            return self._bold
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._table.headers):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._table.headers[section]
            if role == Qt.ItemDataRole.FontRole and section == self._phone:
                return self._bold
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            numbers = self._table.row_numbers
            return str(numbers[section]) if section < len(numbers) else str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


class ImportDialog(QDialog):
    """Review an import before the recipients are added. `outcome()` holds the result once accepted."""

    outcomeReady = Signal(object)  # BuildOutcome, each time the counts are recomputed

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        path: str | None = None,
        text: str | None = None,
        read: ReadOutcome | None = None,
        params: BuildParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(translate("ImportDialog", "Import recipients"))
        self.resize(760, 560)
        self._path, self._text = path, text
        self._params = params or BuildParams()
        self._read: ReadOutcome | None = None
        self._outcome: BuildOutcome | None = None
        self._filling = False
        self._worker = BackgroundRunner(self, name="kwtsms-import-check")
        self._worker.progress.connect(self._on_progress)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._worker.finished.connect(self._on_finished)
        self._build_ui()
        if read is not None:
            self._show_table(read)
        else:
            self._start_read(None)

    # ── Public ──────────────────────────────────────────────────────────────────────

    def outcome(self) -> BuildOutcome | None:
        """The checked recipients for the current choices (None while checking or after a failure)."""
        return self._outcome

    def is_busy(self) -> bool:
        return self._worker.is_busy()

    def error_text(self) -> str:
        return self.errorLabel.text() if not self.errorLabel.isHidden() else ""

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self._worker.shutdown()
        super().done(result)

    # ── Layout ──────────────────────────────────────────────────────────────────────

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        source = self._path or translate("ImportDialog", "pasted text")
        self.sourceLabel = QLabel(translate("ImportDialog", "Importing from {source}", source=_file_name(source)))
        self.sourceLabel.setObjectName("importSource")
        self.sourceLabel.setWordWrap(True)
        layout.addWidget(self.sourceLabel)

        progress_row = QHBoxLayout()
        self.progressBar = QProgressBar()
        self.progressBar.setObjectName("importDialogProgress")
        self.progressBar.setRange(0, 0)
        self.cancelReadButton = QPushButton(translate("ImportDialog", "Stop reading"))
        self.cancelReadButton.clicked.connect(self._worker.cancel)
        progress_row.addWidget(self.progressBar, 1)
        progress_row.addWidget(self.cancelReadButton)
        self.progressWidget = QWidget()
        self.progressWidget.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progressWidget)

        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("importError")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #b00020;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.hide()
        layout.addWidget(self.errorLabel)

        form = QFormLayout()
        self.sheetCombo = QComboBox()
        self.sheetCombo.setObjectName("sheetCombo")
        self.sheetCombo.currentIndexChanged.connect(self._on_sheet_chosen)
        self.sheetLabel = QLabel(translate("ImportDialog", "Sheet"))
        form.addRow(self.sheetLabel, self.sheetCombo)
        self.headerRowLabel = QLabel()
        self.headerRowLabel.setObjectName("headerRowLabel")
        self.headerRowLabel.setWordWrap(True)
        form.addRow(translate("ImportDialog", "Header row"), self.headerRowLabel)
        self.phoneCombo = QComboBox()
        self.phoneCombo.setObjectName("phoneColumnCombo")
        self.phoneCombo.currentIndexChanged.connect(self._on_columns_chosen)
        form.addRow(translate("ImportDialog", "Phone number column"), self.phoneCombo)
        self.nameCombo = QComboBox()
        self.nameCombo.setObjectName("nameColumnCombo")
        self.nameCombo.currentIndexChanged.connect(self._on_columns_chosen)
        form.addRow(translate("ImportDialog", "Name column"), self.nameCombo)
        layout.addLayout(form)

        self.preview = PreviewModel(self)
        self.previewView = QTableView()
        self.previewView.setObjectName("previewView")
        self.previewView.setModel(self.preview)
        self.previewView.setWordWrap(False)
        self.previewView.horizontalHeader().setDefaultSectionSize(150)
        self.previewView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.previewView.horizontalHeader().setStretchLastSection(True)
        self.previewView.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.previewView.setAccessibleName(translate("ImportDialog", "Preview of the first rows"))
        layout.addWidget(self.previewView, 1)

        self.countsLabel = QLabel()
        self.countsLabel.setObjectName("importCounts")
        self.countsLabel.setWordWrap(True)
        layout.addWidget(self.countsLabel)

        self.buttons = QDialogButtonBox()
        self.addButton = self.buttons.addButton(
            translate("ImportDialog", "Add recipients"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.addButton.setObjectName("importAddButton")
        self.addButton.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("ImportDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_choices_enabled(False)

    def _set_choices_enabled(self, enabled: bool) -> None:
        for widget in (self.sheetCombo, self.phoneCombo, self.nameCombo):
            widget.setEnabled(enabled)

    # ── Work ────────────────────────────────────────────────────────────────────────

    def _start_read(self, sheet: str | None) -> None:
        path, text = self._path, self._text
        self._outcome = None
        self.addButton.setEnabled(False)
        self.errorLabel.hide()
        self.progressBar.setRange(0, 0)
        self.progressWidget.show()
        self.cancelReadButton.setText(translate("ImportDialog", "Stop reading"))
        self.countsLabel.setText(translate("ImportDialog", "Reading…"))
        self._set_choices_enabled(False)
        self._worker.start(
            lambda progress, cancelled: read_source(
                path=path, text=text, sheet=sheet, progress=progress, cancelled=cancelled
            )
        )

    def _start_build(self) -> None:
        if self._read is None:
            return
        phone = self.phoneCombo.currentData()
        name = self.nameCombo.currentData()
        self._outcome = None
        self.addButton.setEnabled(False)
        if phone is None:
            self.countsLabel.setText(translate("ImportDialog", "Choose the column that holds the phone numbers."))
            return
        self.progressBar.setRange(0, 0)
        self.progressWidget.show()
        self.cancelReadButton.setText(translate("ImportDialog", "Stop checking"))
        self.countsLabel.setText(translate("ImportDialog", "Checking the numbers…"))
        self._worker.start(build_in_background(self._params, self._read.table, phone, name, self._read.source))

    def _show_table(self, read: ReadOutcome) -> None:
        self._read = read
        table = read.table
        self._filling = True
        try:
            self.sheetCombo.clear()
            for sheet in table.sheets:
                self.sheetCombo.addItem(sheet, sheet)
            if table.sheet and table.sheet in table.sheets:
                self.sheetCombo.setCurrentIndex(table.sheets.index(table.sheet))
            several = len(table.sheets) > 1
            self.sheetCombo.setVisible(several)
            self.sheetLabel.setVisible(several)
            self.phoneCombo.clear()
            self.nameCombo.clear()
            self.phoneCombo.addItem(translate("ImportDialog", "(choose a column)"), None)
            self.nameCombo.addItem(translate("ImportDialog", "(no names)"), None)
            for column, header in enumerate(table.headers):
                title = header or translate("ImportDialog", "Column {count}", count=column + 1)
                self.phoneCombo.addItem(title, column)
                self.nameCombo.addItem(title, column)
            self.phoneCombo.setCurrentIndex(0 if read.phone_column is None else read.phone_column + 1)
            self.nameCombo.setCurrentIndex(0 if read.name_column is None else read.name_column + 1)
        finally:
            self._filling = False
        if table.header_row:
            self.headerRowLabel.setText(
                translate(
                    "ImportDialog",
                    "Row {row}: {headers}",
                    row=table.header_row,
                    headers=(translate("ImportDialog", ", ")).join(h for h in table.headers if h),
                )
            )
        else:
            self.headerRowLabel.setText(translate("ImportDialog", "None found: every row is read as data."))
        self.preview.set_table(table, read.phone_column)
        self._set_choices_enabled(True)
        if not table.rows:
            self.progressWidget.hide()
            self.countsLabel.setText(
                translate("ImportDialog", "There are no rows with data in {source}.", source=read.source)
            )
            return
        self._start_build()

    # ── Worker signals (GUI thread) ─────────────────────────────────────────────────

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progressBar.setRange(0, total)
            self.progressBar.setValue(min(done, total))

    def _on_finished(self, result: object) -> None:
        self.progressWidget.hide()
        if isinstance(result, ReadOutcome):
            self._show_table(result)
            return
        if isinstance(result, BuildOutcome):
            self._outcome = result
            self.countsLabel.setText(counts_text(result))
            self.addButton.setEnabled(result.valid > 0 or bool(result.entries))
            self.addButton.setText(
                translate("ImportDialog", "Add {count} recipient(s)", n=result.valid, count=f"{result.valid:,}")
                if result.valid
                else translate("ImportDialog", "Add rows")
            )
            self.outcomeReady.emit(result)

    def _on_failed(self, sentence: str) -> None:
        self.progressWidget.hide()
        self.errorLabel.setText(sentence)
        self.errorLabel.show()
        self.countsLabel.setText("")
        self._set_choices_enabled(self._read is not None)

    def _on_cancelled(self) -> None:
        self.progressWidget.hide()
        if self._read is None:
            self.countsLabel.setText(translate("ImportDialog", "Reading stopped. Nothing was imported."))
        else:
            self.countsLabel.setText(
                translate("ImportDialog", "Checking stopped. Choose the columns again to check the numbers.")
            )
            self._set_choices_enabled(True)

    def _on_sheet_chosen(self, index: int) -> None:
        if self._filling or index < 0 or self._read is None:
            return
        sheet = self.sheetCombo.itemData(index)
        if sheet != self._read.table.sheet:
            self._start_read(sheet)

    def _on_columns_chosen(self, _index: int) -> None:
        if self._filling or self._read is None:
            return
        self.preview.set_phone_column(self.phoneCombo.currentData())
        self._start_build()


def _file_name(path: str) -> str:
    from pathlib import Path

    return Path(path).name or path
