"""The recipients table: a QAbstractTableModel over a plain Python list, sorted and filtered in Python.

Built for 100,000 rows (docs/architecture.md, platform facts): no QSortFilterProxyModel (20 s to sort
100k rows) and no item objects. The model keeps every entry in `_entries` (in the current sort
order) and, while a filter is on, a list of indices into it (`_visible`); `data()` is a couple
of list look-ups. Whole-list changes (import, remove, clear, filter) are one reset with a list
prepared beforehand, so the view never sees 100,000 single-row signals.

Statuses, entries and eligibility are engine/recipients_list.py's (no Qt); this module shows them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kwtsms_desktop.core.phone import country_name, country_of
from kwtsms_desktop.engine.recipients_list import (
    DUPLICATE,
    DUPLICATE_REASON,
    INVALID,
    NOT_COVERED,
    NOT_COVERED_REASON,
    SUPPRESSED,
    SUPPRESSED_REASON,
    VALID,
    RecipientEntry,
    apply_eligibility,
)
from kwtsms_desktop.ui.shared.reasons import reason_text as say_reason
from kwtsms_desktop.ui.shared.table_model import ReadOnlyTableModel
from kwtsms_desktop.ui.shared.translation import language, left_to_right, translate

NOT_SENDABLE = "not_sendable"  # a filter: everything that will not be sent

COL_ROW, COL_NUMBER, COL_NAME, COL_STATUS, COL_SOURCE, COL_REASON = range(6)
COLUMN_COUNT = 6

EntryRole = Qt.ItemDataRole.UserRole + 1  # the RecipientEntry itself
StatusRole = Qt.ItemDataRole.UserRole + 2  # the status code ("valid", ...)

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PHONE_PUNCTUATION = str.maketrans("", "", " +-()./")


def status_label(status: str) -> str:
    """The status as the table shows it, in the current language."""
    return {
        VALID: translate("recipients.model", "Valid"),
        INVALID: translate("recipients.model", "Invalid"),
        DUPLICATE: translate("recipients.model", "Duplicate"),
        SUPPRESSED: translate("recipients.model", "Suppressed"),
        NOT_COVERED: translate("recipients.model", "No coverage"),
    }.get(status, status)


def column_titles() -> list[str]:
    return [
        translate("recipients.model", "Row"),
        translate("recipients.model", "Number"),
        translate("recipients.model", "Name"),
        translate("recipients.model", "Status"),
        translate("recipients.model", "Source"),
        translate("recipients.model", "Reason"),
    ]


def source_text(source: object) -> str:
    """Where a recipient came from: "group:<name>" shows as "Group <name>", "file:<name>" as the file's name."""
    if not isinstance(source, str):
        return ""
    kind, _, name = source.partition(":")
    if kind == "group":
        return translate("recipients.model", "Group {name}", name=name)
    if kind != "file":
        return source
    name = name.strip("“”")  # a column of file names needs no quotes
    return left_to_right(name)  # "parents.csv" keeps its order in Arabic


def reason_text(entry: RecipientEntry) -> str:
    """The reason column in the current language: from the reason's code, or the engine's known reasons."""
    reason = entry.reason
    if not reason:
        return ""
    if reason is NOT_COVERED_REASON:
        code = country_of(entry.number)
        name = (country_name(code, language()) if code else None) or translate("recipients.model", "this country")
        return translate(
            "recipients.model",
            "Your kwtSMS account cannot send to {country}. Ask kwtSMS to add it, or remove the number.",
            country=name,
        )
    if reason is DUPLICATE_REASON:
        return translate("recipients.model", "Already in the list (row {row}).", row=entry.first_row)
    if reason is SUPPRESSED_REASON:
        return translate("recipients.model", "This number is on the do-not-send list.")
    if entry.code is not None:
        return say_reason(entry.code, entry.params or {}, reason)
    return reason


# Sorting by status ascending puts the rows that need attention first.
_STATUS_RANK = {INVALID: 0, NOT_COVERED: 1, SUPPRESSED: 2, DUPLICATE: 3, VALID: 4}


def _sort_keys(column: int, entries: list[RecipientEntry]) -> list | None:
    """One key per entry for `column`, built by a list comprehension (much faster than a key lambda)."""
    if column == COL_ROW:
        return [e.row for e in entries]
    if column == COL_NUMBER:
        return [e.number or e.raw for e in entries]
    if column == COL_NAME:
        return [e.name.casefold() for e in entries]
    if column == COL_STATUS:
        rank, last = _STATUS_RANK, len(_STATUS_RANK)
        return [rank.get(e.status, last) for e in entries]
    if column == COL_REASON:
        return [e.reason for e in entries]
    if column == COL_SOURCE:
        return [e.source if isinstance(e.source, str) else "" for e in entries]
    return None


def _sorted(entries: list[RecipientEntry], column: int, order: Qt.SortOrder) -> list[RecipientEntry] | None:
    keys = _sort_keys(column, entries)
    if keys is None:
        return None
    positions = sorted(range(len(entries)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
    return [entries[i] for i in positions]


class RecipientsModel(ReadOnlyTableModel):
    """Recipients with status and reason; sorting and filtering on the Python list."""

    column_count = COLUMN_COUNT

    def column_titles(self) -> list[str]:
        return column_titles()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[RecipientEntry] = []
        self._visible: list[int] | None = None  # None: every entry, in order
        self._filter_status: str | None = None
        self._filter_text = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._counts: Counter[str] = Counter()
        self._brushes = {
            INVALID: QBrush(QColor(176, 0, 32)),
            DUPLICATE: QBrush(QColor(110, 110, 110)),
            SUPPRESSED: QBrush(QColor(140, 80, 0)),
            NOT_COVERED: QBrush(QColor(140, 80, 0)),
        }

    # ── Qt model interface ────────────────────────────────────────────────────────

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._entries) if self._visible is None else len(self._visible)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ROW:
                return str(entry.row) if entry.row else ""
            if column == COL_NUMBER:
                shown = entry.shown_number()
                return left_to_right(shown)
            if column == COL_NAME:
                return entry.name
            if column == COL_STATUS:
                return status_label(entry.status)
            if column == COL_REASON:
                return reason_text(entry)
            if column == COL_SOURCE:
                return source_text(entry.source)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (COL_STATUS, COL_REASON) and entry.reason:
                return reason_text(entry)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._brushes.get(entry.status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_ROW:
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == EntryRole:
            return entry
        if role == StatusRole:
            return entry.status
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(index, self.entry_at(index.row())) for index in persistent]
        self._entries = _sorted(self._entries, column, order) or self._entries
        self._sort = (column, order)
        self._visible = self._compute_visible()
        if kept:
            self.changePersistentIndexList(
                persistent,
                [self._index_of(entry, index.column()) for index, entry in kept],
            )
        self.layoutChanged.emit()

    # ── Reading ───────────────────────────────────────────────────────────────────

    def entry_at(self, row: int) -> RecipientEntry | None:
        """The entry shown at view row `row` (after sort and filter)."""
        if row < 0:
            return None
        if self._visible is None:
            return self._entries[row] if row < len(self._entries) else None
        return self._entries[self._visible[row]] if row < len(self._visible) else None

    def entries(self) -> list[RecipientEntry]:
        """Every entry (filtered or not), in the current sort order. Do not mutate."""
        return self._entries

    def counts(self) -> Counter[str]:
        """How many entries have each status (whatever the filter)."""
        return self._counts

    def valid_entries(self) -> list[RecipientEntry]:
        return [e for e in self._entries if e.status == VALID]

    def filter_status(self) -> str | None:
        return self._filter_status

    def filter_text(self) -> str:
        return self._filter_text

    # ── Changing ──────────────────────────────────────────────────────────────────

    def set_entries(
        self, entries: list[RecipientEntry], *, keep_sort: bool = False, counts: Counter[str] | None = None
    ) -> None:
        """Replace every entry with a prepared list (one reset). The model owns the list afterwards.

        `counts`, when the caller already knows them (an import adds its own to the list's), saves
        a pass over 100,000 entries on the GUI thread.
        """
        self.beginResetModel()
        self._entries = entries
        if keep_sort and self._sort is not None:
            column, order = self._sort
            self._entries = _sorted(entries, column, order) or entries
        else:
            self._sort = None
        self._visible = self._compute_visible()
        self._counts = Counter(counts) if counts is not None else Counter(e.status for e in entries)
        self.endResetModel()

    def set_filter(self, status: str | None = None, text: str = "") -> None:
        """Show only entries with `status` (or NOT_SENDABLE) whose number or name contains `text`."""
        status = status or None
        text = text.strip()
        if status == self._filter_status and text == self._filter_text:
            return
        self.beginResetModel()
        self._filter_status = status
        self._filter_text = text
        self._visible = self._compute_visible()
        self.endResetModel()

    def refresh_eligibility(self, coverage: Sequence[str] | None, suppressed: frozenset[str] | set[str]) -> None:
        """Recompute suppressed / not-covered statuses in place (filter re-applied)."""
        self.beginResetModel()
        apply_eligibility(self._entries, coverage, suppressed)
        self._counts = Counter(e.status for e in self._entries)
        self._visible = self._compute_visible()
        self.endResetModel()

    def refresh_texts(self) -> None:
        """The language changed: every displayed text (statuses, reasons, headers) must be redrawn."""
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, COLUMN_COUNT - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    # ── Internals ─────────────────────────────────────────────────────────────────

    def _index_of(self, entry: RecipientEntry | None, column: int) -> QModelIndex:
        """Where an entry is shown now (a few persistent indexes: list.index compares identities in C)."""
        if entry is None:
            return QModelIndex()
        try:
            position = self._entries.index(entry)
        except ValueError:
            return QModelIndex()
        if self._visible is not None:
            row = bisect_left(self._visible, position)
            if row >= len(self._visible) or self._visible[row] != position:
                return QModelIndex()
            position = row
        return self.index(position, column)

    def _compute_visible(self) -> list[int] | None:
        status, text = self._filter_status, self._filter_text
        if status is None and not text:
            return None
        entries = self._entries
        if status is None:
            indices: Iterable[int] = range(len(entries))
        elif status == NOT_SENDABLE:
            indices = [i for i, e in enumerate(entries) if e.status != VALID]
        else:
            indices = [i for i, e in enumerate(entries) if e.status == status]
        if not text:
            return list(indices)
        folded = text.casefold().translate(_ARABIC_DIGITS)
        digits = folded.translate(_PHONE_PUNCTUATION)
        digits = digits if digits.isdigit() else ""
        result = []
        for i in indices:
            e = entries[i]
            if (digits and digits in e.number) or folded in e.name.casefold() or folded in e.raw.casefold():
                result.append(i)
        return result
