"""Each number of one broadcast with its last known state, in the user's language (engine/results.py's rows).

A broadcast can hold 100,000 numbers: the rows are the engine's list as it is, the texts are made
only for the rows the view paints.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kwtsms_desktop.engine.results import (
    CANCELLED,
    DELIVERED,
    FAILED,
    REJECTED,
    SET_ASIDE,
    TEST,
    UNCERTAIN,
    NumberResult,
)
from kwtsms_desktop.ui.shared.i18n import language, tr
from kwtsms_desktop.ui.shared.table_model import ReadOnlyTableModel

COL_NUMBER, COL_NAME, COL_STATE, COL_REASON, COL_BATCH = range(5)

ResultRole = Qt.ItemDataRole.UserRole + 30

# Text colours that say a state at a glance (the words say it too).
_COLOURS = {
    DELIVERED: QColor(27, 122, 52),
    FAILED: QColor(176, 0, 32),
    REJECTED: QColor(176, 0, 32),
    UNCERTAIN: QColor(150, 90, 0),
    TEST: QColor(90, 90, 90),
    CANCELLED: QColor(90, 90, 90),
    SET_ASIDE: QColor(90, 90, 90),
}


class NumberResultsModel(ReadOnlyTableModel):
    """Number, name, state, reason, batch: one row per recipient (sent ones in plan order, then set aside)."""

    column_count = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[NumberResult] = []
        self._brushes = {state: QBrush(colour) for state, colour in _COLOURS.items()}

    def column_titles(self) -> list[str]:
        return [tr("Number"), tr("Name"), tr("State"), tr("Reason"), tr("Batch")]

    def set_results(self, rows: list[NumberResult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def result_at(self, row: int) -> NumberResult | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        result = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            lang = language()
            if column == COL_NUMBER:
                # Left to right inside Arabic text too: "5001 234" must not read "234 5001".
                return f"\u200e{result.number}" if lang == "ar" else result.number
            if column == COL_NAME:
                return result.name
            if column == COL_STATE:
                return result.label(lang)
            if column == COL_REASON:
                return result.reason(lang)
            if column == COL_BATCH:
                return "" if result.batch_seq is None else str(result.batch_seq)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE:
            return self._brushes.get(result.state)
        if role == ResultRole:
            return result
        return None
