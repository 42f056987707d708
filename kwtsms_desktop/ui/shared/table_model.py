"""What the window's read-only table models share: column count, translated headers, row numbers, flags."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class ReadOnlyTableModel(QAbstractTableModel):
    """A flat, selectable, read-only table; subclasses give `column_count` and `column_titles()`."""

    column_count = 0

    def column_titles(self) -> list[str]:
        """Header texts in the window's language (called when the view asks, so a language change shows)."""
        raise NotImplementedError

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.column_count

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = self.column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
