"""Importing a file into an address-book group: the importer's checks, then one merge into the store.

Qt-free, for the window and the command line alike. The rows go through
:func:`~kwtsms_desktop.importing.build_recipients` exactly as a plain import does (same reasons
for rejected rows, same duplicate rule: the first row of a number wins), then every valid row is
saved in one transaction by :meth:`~kwtsms_desktop.store.contacts.ContactRepository.merge_into_group`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kwtsms_desktop.importing import RecipientImport, Rejected, Table, build_recipients
from kwtsms_desktop.importing.export import export_rejected
from kwtsms_desktop.store.contacts import MergeCounts

if TYPE_CHECKING:
    from kwtsms_desktop.store import Store


@dataclass
class GroupImport:
    """The summary of one import into a group."""

    group: str
    added: int
    updated: int  # saved contacts whose name or fields changed
    unchanged: int  # saved contacts the file had nothing new for
    joined: int  # saved contacts that were not in the group before
    rejected: list[Rejected] = field(default_factory=list)
    duplicates: int = 0  # rows dropped because their number came earlier in the file
    kept_columns: list[str] = field(default_factory=list)
    table: Table | None = None

    @property
    def saved(self) -> int:
        return self.added + self.updated + self.unchanged

    def export_rejected(self, path: str) -> int:
        """Write the rejected rows (with their original cells and the reason) as the plain import does."""
        return export_rejected(self.rejected, path, self.table)


def kept_column_indexes(table: Table, phone_column: int, keep: Sequence[int | str] | None) -> list[int]:
    """The columns saved as fields: ``keep`` (indexes or headers, letter case ignored), or every
    column but the phone column that has a header."""
    headers = [h.strip() for h in table.headers]
    if keep is None:
        return [i for i, h in enumerate(headers) if h and i != phone_column]
    by_key = {h.casefold(): i for i, h in reversed(list(enumerate(headers)))}
    chosen: list[int] = []
    for item in keep:
        index = item if isinstance(item, int) else by_key.get(str(item).strip().casefold())
        if index is None or not 0 <= index < len(headers):
            raise ValueError(f"There is no column called {item!r}. The columns are: {', '.join(map(repr, headers))}.")
        if index not in chosen and index != phone_column and headers[index]:
            chosen.append(index)
    return chosen


def import_into_group(
    store: Store,
    table: Table,
    phone_column: int,
    group: str,
    *,
    name_column: int | None = None,
    keep_columns: Sequence[int | str] | None = None,
    default_country: str | None = "965",
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> GroupImport:
    """Check the table's rows and save the valid ones into ``group`` (new or existing).

    A number already saved gets the name and fields only where the file has a value, and joins
    the group. Raises ImportFailed / ImportCancelled as build_recipients does; nothing is saved then.
    """
    kept = kept_column_indexes(table, phone_column, keep_columns)
    checked = build_recipients(
        table, phone_column, name_column, default_country, progress=progress, should_cancel=should_cancel
    )
    headers = [table.headers[i].strip() for i in kept]
    with _collector_paused():
        counts = _merge(store, table, kept, headers, checked, group)
    return GroupImport(
        group=group.strip(),
        added=counts.added,
        updated=counts.updated,
        unchanged=counts.unchanged,
        joined=counts.joined,
        rejected=checked.invalid,
        duplicates=checked.duplicates,
        kept_columns=headers,
        table=table,
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic collector would walk the table and the 100,000s of new rows several times
    (it doubled the import's time); nothing here makes reference cycles, so pausing it loses nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _merge(
    store: Store, table: Table, kept: list[int], headers: list[str], checked: RecipientImport, group: str
) -> MergeCounts:
    index_of = {number: index for index, number in enumerate(table.row_numbers)}
    rows = table.rows
    width = len(table.headers)
    merged_rows = [
        (
            r.number,
            r.name,
            [cells[i] for i in kept] if len(cells) == width else [cells[i] if i < len(cells) else "" for i in kept],
        )
        for r in checked.valid
        for cells in (rows[index_of[r.row]],)
    ]
    return store.contacts.merge_into_group(group, headers, merged_rows)
