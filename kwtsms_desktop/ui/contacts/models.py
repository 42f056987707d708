"""The address book's table models: contacts (100,000 rows), groups with counts, the do-not-send list.

Like the recipients table, the contacts model is a QAbstractTableModel over a plain Python list:
no item widgets, no QSortFilterProxyModel. The list is kept in the chosen sort order; search and
the group filter pick indexes out of it with one comprehension over precomputed lower-case keys,
so typing in the search box over 100,000 contacts costs a few milliseconds, and the view only ever
asks for the rows it shows.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kwtsms_desktop.store.contacts import Contact, Group
from kwtsms_desktop.ui.shared.reasons import reason_text
from kwtsms_desktop.ui.shared.table_model import ReadOnlyTableModel
from kwtsms_desktop.ui.shared.translation import left_to_right, translate

CONTACTS_MIME = "application/x-kwtsms-contact-numbers"  # a JSON list of numbers, dragged onto a group
COL_NUMBER, COL_NAME, COL_DO_NOT_SEND, COL_GROUPS, COL_NOTE, COL_ADDED = range(6)
ContactRole = Qt.ItemDataRole.UserRole + 1
GroupNameRole = Qt.ItemDataRole.UserRole + 2  # None for "All contacts"
_RED = QBrush(QColor("#b00020"))


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def search_key(contact: Contact) -> str:
    """What a search matches against: number, name, note, groups and field values, lower case."""
    parts = [contact.number, contact.name or "", contact.note or "", *contact.groups, *contact.fields.values()]
    return "\t".join(parts).casefold()


def _sort_keys(contacts: list[Contact], column: int) -> list:
    """One key per contact, built by a comprehension (a key function per item costs several times more)."""
    if column == COL_NAME:
        return [(c.name or "").casefold() for c in contacts]
    if column == COL_GROUPS:
        return [", ".join(c.groups).casefold() for c in contacts]
    if column == COL_NOTE:
        return [(c.note or "").casefold() for c in contacts]
    if column == COL_DO_NOT_SEND:
        return [not c.opted_out for c in contacts]
    if column == COL_ADDED:
        return [c.added_utc or "" for c in contacts]
    return [c.number for c in contacts]


def joined_keys(keys: list[str]) -> tuple[str, list[int]]:
    """Every key joined by newlines, and where each starts: what ``matching`` searches."""
    return "\n".join(keys) + "\n", [0, *accumulate(len(k) + 1 for k in keys)]


def matching(keys: list[str], index: tuple[str, list[int]], needle: str) -> list[int]:
    """Positions of the keys that hold ``needle``.

    A rare text is found with str.find over all the keys joined (C speed, a few jumps); a common
    one (a letter) with one pass over the keys, which is then the cheaper of the two.
    """
    joined, starts = index
    if "\n" in needle or joined.count(needle) * 4 > len(keys):
        return [i for i, key in enumerate(keys) if needle in key]
    found: list[int] = []
    find = joined.find
    at = find(needle)
    while at != -1:
        position = bisect_right(starts, at) - 1
        found.append(position)
        at = find(needle, starts[position + 1])
    return found


def pick(
    contacts: list[Contact], keys: list[str], index: tuple[str, list[int]], needle: str, group: str | None
) -> list[int] | None:
    """The positions shown for a search and a group (None: every contact)."""
    if not needle and group is None:
        return None
    if not needle:
        return [i for i, c in enumerate(contacts) if group in c.groups]
    found = matching(keys, index, needle)
    return found if group is None else [i for i in found if group in contacts[i].groups]


class ContactsModel(ReadOnlyTableModel):
    """Every contact loaded once; `set_search`/`set_group` choose the rows shown, `sort` orders them."""

    column_count = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._contacts: list[Contact] = []  # in the current sort order
        self._keys: list[str] = []  # search_key of each, same order
        self._shown: list[int] | None = None  # indexes into _contacts while searching/filtering
        self._joined: str | None = None  # every key joined by newlines, built at the first search
        self._starts: list[int] = []  # where each key starts in _joined
        self._generation = 0  # changes with the contacts, their order or the group: stale search jobs are redone
        self._search = ""
        self._group: str | None = None
        self._sort = (-1, Qt.SortOrder.AscendingOrder)  # -1: as saved (oldest first)

    def column_titles(self) -> list[str]:
        return [
            translate("ContactsModel", "Number"),
            translate("ContactsModel", "Name"),
            translate("ContactsModel", "Do not send"),
            translate("ContactsModel", "Groups"),
            translate("ContactsModel", "Note"),
            translate("ContactsModel", "Added"),
        ]

    # -- contents ----------------------------------------------------------------------------------
    def set_contacts(self, contacts: list[Contact], keys: list[str] | None = None) -> None:
        """Replace everything (``keys``: their search keys, computed off the GUI thread when given)."""
        self.beginResetModel()
        self._contacts = list(contacts)
        self._keys = keys if keys is not None and len(keys) == len(contacts) else [search_key(c) for c in contacts]
        self._joined = None
        self._generation += 1
        if self._sort[0] >= 0:
            self._sort_lists(*self._sort)
        self._shown = self._pick()
        self.endResetModel()

    def replace(self, contacts: Iterable[Contact]) -> None:
        """Update the given contacts in place (same numbers), e.g. after an edit or a group change."""
        by_number = {c.number: c for c in contacts}
        if not by_number:
            return
        self._contacts, self._keys = list(self._contacts), list(self._keys)  # a search job may hold the old ones
        for index, contact in enumerate(self._contacts):
            fresh = by_number.get(contact.number)
            if fresh is not None:
                self._contacts[index] = fresh
                self._keys[index] = search_key(fresh)
        self._joined = None
        self._refilter()

    def remove_numbers(self, numbers: Iterable[str]) -> None:
        gone = set(numbers)
        kept = [(c, k) for c, k in zip(self._contacts, self._keys, strict=True) if c.number not in gone]
        self.beginResetModel()
        self._contacts = [c for c, _ in kept]
        self._keys = [k for _, k in kept]
        self._joined = None
        self._generation += 1
        self._shown = self._pick()
        self.endResetModel()

    def add_contacts(self, contacts: Iterable[Contact]) -> None:
        """Add new contacts (a contact added by hand, an undone delete) and keep the sort."""
        fresh = [c for c in contacts]
        if not fresh:
            return
        self.set_contacts(self._contacts + fresh, self._keys + [search_key(c) for c in fresh])

    def total(self) -> int:
        return len(self._contacts)

    def contact(self, row: int) -> Contact | None:
        index = self._index(row)
        return None if index is None else self._contacts[index]

    def contacts_at(self, rows: Iterable[int]) -> list[Contact]:
        return [c for c in (self.contact(r) for r in rows) if c is not None]

    def row_of(self, number: str) -> int:
        """The row showing ``number``, -1 when it is not shown."""
        for row in range(self.rowCount()):
            contact = self.contact(row)
            if contact is not None and contact.number == number:
                return row
        return -1

    def shown_contacts(self) -> list[Contact]:
        if self._shown is None:
            return list(self._contacts)
        return [self._contacts[i] for i in self._shown]

    # -- search, group filter, sort -------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._search:
            self._search = text
            self._refilter()

    def set_group(self, group: str | None) -> None:
        if group != self._group:
            self._group = group
            self._refilter()

    def group(self) -> str | None:
        return self._group

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401
        if not 0 <= column < self.column_count:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_lists(column, order)
        self._generation += 1
        self._shown = self._pick()
        self.layoutChanged.emit()

    def _sort_lists(self, column: int, order: Qt.SortOrder) -> None:
        keys = _sort_keys(self._contacts, column)
        order_of = sorted(range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        contacts, search_keys = self._contacts, self._keys
        self._contacts = [contacts[i] for i in order_of]
        self._keys = [search_keys[i] for i in order_of]
        self._joined = None

    def _pick(self) -> list[int] | None:
        if self._search and self._joined is None:
            self._joined, self._starts = joined_keys(self._keys)
        return pick(self._contacts, self._keys, (self._joined or "", self._starts), self._search, self._group)

    def search_job(self, text: str):
        """``set_search`` in two halves: the returned job finds the rows on any thread (it reads
        only lists the model replaces, never changes); ``apply_search(job())`` shows them."""
        needle, group, contacts, keys = text.strip().casefold(), self._group, self._contacts, self._keys
        joined = (self._joined, self._starts) if self._joined is not None else None
        generation = self._generation

        def job():
            index = joined or joined_keys(keys)
            return generation, needle, index, pick(contacts, keys, index, needle, group)

        return job

    def apply_search(self, result) -> None:
        generation, needle, index, shown = result
        if generation != self._generation:  # the contacts or the group changed meanwhile: do it here
            self.set_search(needle)
            return
        self._joined, self._starts = index
        self._search = needle
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    def _refilter(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._shown = self._pick()
        self.endResetModel()

    def _index(self, row: int) -> int | None:
        if self._shown is None:
            return row if 0 <= row < len(self._contacts) else None
        return self._shown[row] if 0 <= row < len(self._shown) else None

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return len(self._contacts) if self._shown is None else len(self._shown)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        contact = self.contact(index.row())
        if contact is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return contact.number
            if column == COL_NAME:
                return contact.name or ""
            if column == COL_GROUPS:
                return ", ".join(contact.groups)
            if column == COL_NOTE:
                return contact.note or ""
            if column == COL_DO_NOT_SEND:
                return translate("ContactsModel", "Do not send") if contact.opted_out else ""
            if column == COL_ADDED:
                return (contact.added_utc or "")[:10]
            return None
        if column == COL_DO_NOT_SEND and contact.opted_out:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _RED
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and contact.opted_out:
            return translate("ContactsModel", "This number is on the do-not-send list: nothing is sent to it.")
        if role == ContactRole:
            return contact
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CONTACTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(CONTACTS_MIME, json.dumps([c.number for c in self.contacts_at(rows)]).encode("utf-8"))
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction


def numbers_from_mime(mime: QMimeData) -> list[str]:
    """The numbers dragged from the contacts table ([] for anything else)."""
    if not mime.hasFormat(CONTACTS_MIME):
        return []
    try:
        numbers = json.loads(bytes(mime.data(CONTACTS_MIME).data()).decode("utf-8"))
    except ValueError:
        return []
    return [n for n in numbers if isinstance(n, str)] if isinstance(numbers, list) else []


class GroupsModel(QAbstractListModel):
    """ "All contacts" then every group with its count; contacts dropped on a group join it."""

    numbersDropped = Signal(str, list)  # group name, numbers

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []
        self._total = 0

    def set_groups(self, groups: list[Group], total: int) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._total = total
        self.endResetModel()

    def names(self) -> list[str]:
        return [g.name for g in self._groups]

    def row_of(self, name: str | None) -> int:
        if name is None:
            return 0
        for row, group in enumerate(self._groups, start=1):
            if group.name == name:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._groups) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() <= len(self._groups):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            if row == 0:
                return translate("GroupsModel", "All contacts ({count})", count=f"{self._total:,}")
            group = self._groups[row - 1]
            return f"{group.name} ({group.count:,})"
        if role == GroupNameRole:
            return None if row == 0 else self._groups[row - 1].name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsDropEnabled if index.row() > 0 else flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CONTACTS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def canDropMimeData(self, data, _action, _row, _column, parent) -> bool:  # noqa: N802
        return parent.isValid() and parent.row() > 0 and data.hasFormat(CONTACTS_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        numbers = numbers_from_mime(data)
        if numbers:
            self.numbersDropped.emit(self._groups[parent.row() - 1].name, numbers)
        return bool(numbers)


class SuppressionsModel(ReadOnlyTableModel):
    """The do-not-send list: number, date added, reason."""

    column_count = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, str | None, str]] = []

    def column_titles(self) -> list[str]:
        return [
            translate("SuppressionsModel", "Number"),
            translate("SuppressionsModel", "Added (UTC)"),
            translate("SuppressionsModel", "Reason"),
        ]

    def set_entries(self, entries: list[tuple[str, str | None, str]]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def number(self, row: int) -> str | None:
        return self._entries[row][0] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or not 0 <= index.row() < len(self._entries):
            return None
        number, reason, added = self._entries[index.row()]
        when = added[:16].replace("T", " ")  # a number and a date keep their own order in the Arabic table
        return [left_to_right(number), left_to_right(when), reason or ""][index.column()]


class RejectedModel(ReadOnlyTableModel):
    """An import's rejected rows: file row, the cell as written, why."""

    column_count = 3

    def __init__(self, rejected: Sequence = (), parent=None) -> None:
        super().__init__(parent)
        self._rows = list(rejected)

    def column_titles(self) -> list[str]:
        return [
            translate("RejectedModel", "Row"),
            translate("RejectedModel", "Number"),
            translate("RejectedModel", "Reason"),
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        reason = reason_text(item.code, item.params, item.error)
        return [str(item.row), item.raw, reason][index.column()]
