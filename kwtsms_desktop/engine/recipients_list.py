"""The recipients list's rules, without Qt: its entries, which rows are duplicates, and who can be sent to.

One vocabulary with the send plan and the command line (core/plan.py's reasons, plus "valid"):
  valid        the number will be sent to
  invalid      the cell could not be read as a phone number (reason says why)
  duplicate    the number is already in the list (first occurrence kept)
  suppressed   the number is on the do-not-send list
  not_covered  the account cannot send to the number's country
The last two are recomputed whenever coverage or the do-not-send list changes, so an entry
remembers whether its number was readable (`sendable`) apart from its current status.

The window's recipients table (ui/recipients/model.py) presents these entries; the import runs
``build_entries`` on the window's background runner.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from kwtsms_desktop.core.plan import DUPLICATE, INVALID, NOT_COVERED, SUPPRESSED
from kwtsms_desktop.engine.entry_fields import FileColumns, RowFields
from kwtsms_desktop.importing import build_recipients
from kwtsms_desktop.importing.errors import ImportCancelled
from kwtsms_desktop.importing.table import Table

VALID = "valid"
STATUSES = (VALID, INVALID, DUPLICATE, SUPPRESSED, NOT_COVERED)
__all__ = [
    "DUPLICATE",
    "DUPLICATE_REASON",
    "INVALID",
    "NOT_COVERED",
    "NOT_COVERED_REASON",
    "STATUSES",
    "SUPPRESSED",
    "SUPPRESSED_REASON",
    "VALID",
    "BuildOutcome",
    "RecipientEntry",
    "apply_eligibility",
    "build_entries",
]

# Reasons are English keys, translated when shown (the language can change); the table knows the
# not-covered and duplicate ones by identity, to fill in the country and the first row.
SUPPRESSED_REASON = "This number is on the do-not-send list."
NOT_COVERED_REASON = "Your kwtSMS account cannot send to {country}. Ask kwtSMS to add it, or remove the number."
DUPLICATE_REASON = "Already in the list (row {row})."

FREEZE_AT = 20_000  # entries from which an import moves its objects out of the cyclic GC's sight

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class RecipientEntry:
    """One row of the list: its file row, number (or what the cell held), name, status and reason.

    `source` says where it came from: "file:<name>", "group:<name>" (engine/audience.py) or None.
    """

    __slots__ = (
        "row",
        "number",
        "raw",
        "name",
        "status",
        "reason",
        "code",
        "params",
        "sendable",
        "source",
        "first_row",
        "fields",
    )

    def __init__(
        self,
        row: int,
        number: str,
        name: str = "",
        *,
        raw: str = "",
        status: str = VALID,
        reason: str = "",
        source: object | None = None,
        code: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        self.row = row
        self.number = number  # normalized digits; "" for an invalid row
        self.raw = raw  # the cell as it was in the file (shown for invalid rows)
        self.name = name
        self.status = status
        self.reason = reason  # in English (exports, logs); `code` and `params` let a window say it in its language
        self.code = code
        self.params = params
        self.sendable = status in (VALID, SUPPRESSED, NOT_COVERED)
        self.source = source
        self.first_row = 0  # for a duplicate: the row of the number's first occurrence
        self.fields: RowFields | None = None  # the file row's message fields (engine/entry_fields.py)

    def shown_number(self) -> str:
        return self.number or self.raw

    def __repr__(self) -> str:  # for test failure messages
        return f"RecipientEntry(row={self.row}, number={self.shown_number()!r}, status={self.status!r})"


def apply_eligibility(
    entries: Iterable[RecipientEntry],
    coverage: Sequence[str] | None,
    suppressed: frozenset[str] | set[str],
) -> None:
    """Set the status of every readable entry from the coverage prefixes and the do-not-send list.

    `coverage=None` means "not known yet": nothing is marked as not covered.
    """
    prefixes = tuple(coverage) if coverage is not None else None
    for entry in entries:
        if not entry.sendable:
            continue
        number = entry.number
        if number in suppressed:
            entry.status, entry.reason = SUPPRESSED, SUPPRESSED_REASON
        elif prefixes is not None and not number.startswith(prefixes):
            entry.status, entry.reason = NOT_COVERED, NOT_COVERED_REASON
        else:
            entry.status, entry.reason = VALID, ""


@dataclass
class BuildOutcome:
    """Recipients ready for the table: entries in file order plus what the import dialog shows."""

    entries: list[RecipientEntry]
    valid: int
    invalid: int
    duplicates: int  # inside the file plus numbers already in the list
    not_covered: int
    suppressed: int
    source: str = ""
    phone_column: int | None = None
    name_column: int | None = None
    counts: dict[str, int] = field(default_factory=dict)


def build_entries(
    table: Table,
    phone_column: int,
    name_column: int | None,
    *,
    default_country: str | None = "965",
    existing: Mapping[str, int] | None = None,
    coverage: Sequence[str] | None = None,
    suppressed: frozenset[str] = frozenset(),
    source: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    release_table: bool = False,
) -> BuildOutcome:
    """Turn a table into entries: valid, invalid with reasons, duplicates in the file or of numbers already listed.

    `existing` maps the numbers already in the list to their row, so a second import marks them
    as duplicates instead of adding them twice. With `release_table` the table's rows are emptied
    once read (a direct import never looks at them again), which lowers the peak memory of a
    100,000-row import.
    """
    result = build_recipients(
        table, phone_column, name_column, default_country, progress=progress, should_cancel=cancelled
    )
    _check(cancelled)
    names = _names_of_rows(table, name_column, [r.row for r in result.invalid])
    cells_of = _cells_of_rows(table, name_column)  # kept with the entries for message fields
    if release_table:
        table.rows.clear()  # the caller no longer needs the cells: free them before the entries are made
    existing = existing or {}
    origin = f"file:{source}" if source else None  # one string shared by every entry: the Source column
    entries: list[RecipientEntry] = []
    append = entries.append
    already = 0
    first_row: dict[str, int] = {}
    for recipient in result.valid:
        # The entry keeps the strings, not the Recipient: 100,000 fewer objects in memory.
        entry = RecipientEntry(recipient.row, recipient.number, recipient.name or "", source=origin)
        if cells_of:
            entry.fields = cells_of.get(recipient.row)
        first_row[recipient.number] = recipient.row
        first = existing.get(recipient.number)
        if first is not None:
            entry.status, entry.reason, entry.sendable, entry.first_row = DUPLICATE, DUPLICATE_REASON, False, first
            already += 1
        append(entry)
    for rejected in result.invalid:
        append(
            RecipientEntry(
                rejected.row,
                "",
                names.get(rejected.row, ""),
                raw=rejected.raw or "",
                status=INVALID,
                reason=rejected.error or "",
                source=origin,
                code=rejected.code,
                params=rejected.params,
            )
        )
    for repeated in result.duplicate_rows:  # build_recipients kept the first row of each number
        entry = RecipientEntry(
            repeated.row,
            repeated.number,
            repeated.name,
            raw=repeated.raw,
            status=DUPLICATE,
            reason=DUPLICATE_REASON,
            source=origin,
        )
        entry.first_row = first_row.get(repeated.number, 0)
        append(entry)
    _check(cancelled)
    entries.sort(key=_by_row)
    apply_eligibility(entries, coverage, suppressed)
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.status] = counts.get(entry.status, 0) + 1
    if len(entries) >= FREEZE_AT:
        # Move everything alive now (the entries above all) out of the cyclic collector's sight:
        # otherwise its first pass after the import walks 100,000 entries holding the GIL (30-40 ms
        # of frozen window). They are plain data freed by reference counting, so nothing leaks;
        # only for big imports, because it applies to every object alive at this moment.
        gc.freeze()
    return BuildOutcome(
        entries=entries,
        valid=counts.get(VALID, 0),
        invalid=len(result.invalid),
        duplicates=result.duplicates + already,
        not_covered=counts.get(NOT_COVERED, 0),
        suppressed=counts.get(SUPPRESSED, 0),
        source=source,
        phone_column=phone_column,
        name_column=name_column,
        counts=counts,
    )


def _cells_of_rows(table: Table, name_column: int | None) -> dict[int, RowFields]:
    """Each file row's cells with the file's columns ({name} and {any column} of a personal message);
    nothing for a bare list of numbers."""
    if len(table.headers) < 2 and name_column is None:
        return {}
    file = FileColumns(table.headers, name_column)
    return {number: RowFields(file, cells) for number, cells in zip(table.row_numbers, table.rows, strict=False)}


def _names_of_rows(table: Table, name_column: int | None, rows: list[int]) -> dict[int, str]:
    """The name cell of a few file rows (rejected rows keep their name so the office can find them)."""
    if name_column is None or not rows:
        return {}
    wanted = set(rows)
    names = {}
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        if number in wanted and name_column < len(cells):
            names[number] = cells[name_column]
    return names


def _by_row(entry: RecipientEntry) -> int:
    return entry.row


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()
