"""Turn a Table into recipients: each phone cell through core's check_number, duplicates dropped, every rejected row kept with its reason."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import ClassVar

from kwtsms_desktop.core.phone import NumberCheck, check_number
from kwtsms_desktop.importing.errors import ImportCancelled, ImportFailed
from kwtsms_desktop.importing.guard import never_raises_other
from kwtsms_desktop.importing.limits import SHOWN_CELL_CHARS, cut
from kwtsms_desktop.importing.numbers_in_text import find_numbers
from kwtsms_desktop.importing.table import KIND_BOOLEAN, KIND_DATE, KIND_TIME, Table

NO_NUMBER = "There is no phone number in this row."
NOT_VALID = "This is not a valid phone number."
KIND_REASONS = {
    KIND_DATE: "This cell holds a date, not a phone number. Format the column as Text in Excel, type the number again and re-import.",
    KIND_TIME: "This cell holds a time, not a phone number. Format the column as Text in Excel, type the number again and re-import.",
    KIND_BOOLEAN: "This cell holds TRUE or FALSE, not a phone number.",
}
# The reason code of each fixed sentence above; a phone cell that check_number refused has its code.
KIND_CODES = {KIND_DATE: "date_cell", KIND_TIME: "time_cell", KIND_BOOLEAN: "boolean_cell"}
_CODE_OF = {NO_NUMBER: "no_number", NOT_VALID: "invalid"}
_CODE_OF.update({KIND_REASONS[kind]: code for kind, code in KIND_CODES.items()})
DUPLICATE = "duplicate"  # code of a row whose number an earlier row already has; params: first_row
_NO_PARAMS: Mapping[str, object] = MappingProxyType({})

# How often long loops report progress and look at the cancel hook.
_PROGRESS_EVERY = 5000


@dataclass(frozen=True, slots=True)
class Recipient:
    """A valid, deduplicated number (normalized digits, e.g. "96598765432") with its name and file row."""

    number: str
    name: str
    row: int


@dataclass(frozen=True, slots=True)
class Rejected:
    """A row set aside: its file row number, the phone cell as written (cut to SHOWN_CELL_CHARS
    with "…"), and why: `error` in plain English words, `code` and `params` for a window to say it
    in its own language (core.phone.REASON_CODES, or no_number, invalid, date_cell, time_cell,
    boolean_cell, duplicate)."""

    row: int
    raw: str
    error: str
    code: str = "invalid"
    params: Mapping[str, object] = field(default_factory=lambda: _NO_PARAMS, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A row whose number an earlier row already has: its file row, the number, the cell (cut) and the name."""

    row: int
    number: str
    raw: str
    name: str
    code: ClassVar[str] = "duplicate"  # the reason code, as every refused row has one


@dataclass
class RecipientImport:
    """What build_recipients found: valid recipients, rejected rows, and the duplicate rows it dropped."""

    valid: list[Recipient] = field(default_factory=list)
    invalid: list[Rejected] = field(default_factory=list)
    duplicates: int = 0  # len(duplicate_rows) when build_recipients made it
    duplicate_rows: list[Duplicate] = field(default_factory=list)

    @property
    def total_rows(self) -> int:
        return len(self.valid) + len(self.invalid) + self.duplicates


_new_object = object.__new__
_set_number = Recipient.__dict__["number"].__set__
_set_name = Recipient.__dict__["name"].__set__
_set_row = Recipient.__dict__["row"].__set__


def _recipient(number: str, name: str, row: int) -> Recipient:
    """Recipient(number, name, row) without the frozen dataclass's slow __init__ (called 100,000 times)."""
    recipient = _new_object(Recipient)
    _set_number(recipient, number)
    _set_name(recipient, name)
    _set_row(recipient, row)
    return recipient


# Text that a CSV export or a paste made of a date or a TRUE/FALSE cell.
_DATE_TEXT = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp][Mm])?)?"
)
_TIME_TEXT = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?")


def _fixed(row: int, raw: str, sentence: str) -> Rejected:
    """A rejected row whose reason is one of this module's fixed sentences."""
    return Rejected(row, raw, sentence, _CODE_OF[sentence])


def _refused(row: int, raw: str, check: NumberCheck, shown: str | None = None) -> Rejected:
    """Why a phone cell was rejected: a date, time or TRUE/FALSE said as such, else check_number's reason."""
    shown = raw if shown is None else shown
    if _DATE_TEXT.fullmatch(raw):
        return _fixed(row, shown, KIND_REASONS[KIND_DATE])
    if _TIME_TEXT.fullmatch(raw):
        return _fixed(row, shown, KIND_REASONS[KIND_TIME])
    if raw.upper() in ("TRUE", "FALSE"):
        return _fixed(row, shown, KIND_REASONS[KIND_BOOLEAN])
    if check.error is None or check.code is None:
        return _fixed(row, shown, NOT_VALID)
    return Rejected(row, shown, check.error, check.code, check.params)


def _column_named(table: Table, name: str) -> int | None:
    """The index of the header called ``name`` (exactly, else ignoring case and spaces), or None."""
    headers = list(table.headers)
    if name in headers:
        return headers.index(name)
    wanted = name.strip().casefold()
    for index, header in enumerate(headers):
        if header.strip().casefold() == wanted:
            return index
    return None


def _looks_blank(row: list[str]) -> bool:
    """A row with nothing a person can see: spaces, invisible marks, Excel's lone apostrophe."""
    return all(char == "'" or unicodedata.category(char)[0] in "CZ" for cell in row for char in cell)


@never_raises_other("The rows could not be turned into recipients.", "recipients_failed")
def build_recipients(
    table: Table,
    phone_column: int | str,
    name_column: int | str | None = None,
    default_country: str | None = "965",
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> RecipientImport:
    """Check every data row's phone cell; keep the first row of each number; reject the rest with reasons.

    Columns are indexes into ``table.headers`` (a header's text also works). ``row`` in the results is the row number in the file (``table.row_numbers``). ``progress(done, total)``
    is called every few thousand rows; ``should_cancel()`` returning True raises ImportCancelled.
    """
    width = len(table.headers)
    if isinstance(phone_column, str):
        phone_column = _column_named(table, phone_column)  # type: ignore[assignment]
    if isinstance(name_column, str):
        name_column = _column_named(table, name_column)
    if not isinstance(phone_column, int) or isinstance(phone_column, bool) or not 0 <= phone_column < max(width, 1):
        raise ImportFailed(
            "The chosen phone column is not in this table. Pick the column that holds the numbers.", "no_phone_column"
        )
    if name_column is not None and (
        not isinstance(name_column, int) or isinstance(name_column, bool) or not 0 <= name_column < width
    ):
        name_column = None

    rows = table.rows
    numbers = table.row_numbers if len(table.row_numbers) == len(rows) else list(range(1, len(rows) + 1))
    kinds = table.cell_kinds
    total = len(rows)
    result = RecipientImport()
    valid, invalid = result.valid, result.invalid
    add_valid, add_invalid = valid.append, invalid.append
    seen: set[str] = set()
    add_seen = seen.add
    add_duplicate = result.duplicate_rows.append
    with_names = name_column is not None
    name_index = name_column if name_column is not None else -1

    # Hot loop (100,000 rows): chunks so the cancel hook and progress cost nothing per row.
    for chunk_start in range(0, total, _PROGRESS_EVERY):
        if chunk_start:
            if should_cancel is not None and should_cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(chunk_start, total)
        chunk_end = min(total, chunk_start + _PROGRESS_EVERY)
        for index in range(chunk_start, chunk_end):
            row = rows[index]
            raw = row[phone_column] if phone_column < len(row) else ""
            if kinds:
                kind = kinds.get((index, phone_column))
                if kind is not None:
                    add_invalid(_fixed(numbers[index], cut(raw), KIND_REASONS.get(kind, NO_NUMBER)))
                    continue
            if not raw:
                if any(row) and not _looks_blank(row):
                    add_invalid(_fixed(numbers[index], raw, NO_NUMBER))
                continue
            cell = raw[1:].lstrip() if raw[0] == "'" else raw
            check = check_number(cell, default_country)
            if not check.ok or "/" in cell or "," in cell or ";" in cell:
                several = find_numbers(cell, default_country) if len(cell) > 12 else ()
                if len(several) > 1:  # "99 88 77 44 / 66554433": each number is a recipient
                    name = row[name_index] if with_names and name_index < len(row) else ""
                    for found in several:
                        part = check_number(found.raw, default_country)
                        if not part.ok:
                            add_invalid(_refused(numbers[index], found.raw, part))
                        elif part.number in seen:
                            add_duplicate(Duplicate(numbers[index], part.number, found.raw, name))
                        else:
                            add_seen(part.number)
                            add_valid(_recipient(part.number, name, numbers[index]))
                    continue
            if not check.ok:
                if not _looks_blank(row):
                    add_invalid(_refused(numbers[index], raw, check, cut(raw)))
                continue
            number = check.number
            name = row[name_index] if with_names and name_index < len(row) else ""
            if len(name) > SHOWN_CELL_CHARS:
                name = cut(name)
            if number in seen:
                add_duplicate(Duplicate(numbers[index], number, cut(raw), name))
                continue
            add_seen(number)
            add_valid(_recipient(number, name, numbers[index]))

    result.duplicates = len(result.duplicate_rows)
    if progress is not None:
        progress(total, total)
    return result
