"""Turn a Table into recipients: each phone cell through core's check_number, duplicates dropped, every rejected row kept with its reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kwtsms_desktop.core.phone import check_number
from kwtsms_desktop.importing.errors import ImportCancelled, ImportFailed
from kwtsms_desktop.importing.guard import never_raises_other
from kwtsms_desktop.importing.table import KIND_BOOLEAN, KIND_DATE, KIND_TIME, Table

NO_NUMBER = "There is no phone number in this row."
KIND_REASONS = {
    KIND_DATE: "This cell holds a date, not a phone number. Format the column as Text in Excel, type the number again and re-import.",
    KIND_TIME: "This cell holds a time, not a phone number. Format the column as Text in Excel, type the number again and re-import.",
    KIND_BOOLEAN: "This cell holds TRUE or FALSE, not a phone number.",
}

# How often long loops report progress and look at the cancel hook.
_PROGRESS_EVERY = 5000


@dataclass(frozen=True)
class Recipient:
    """A valid, deduplicated number (normalized digits, e.g. "96598765432") with its name and file row."""

    number: str
    name: str
    row: int


@dataclass(frozen=True)
class Rejected:
    """A row set aside: its file row number, the phone cell as written, and why, in plain words."""

    row: int
    raw: str
    error: str


@dataclass
class RecipientImport:
    """What build_recipients found: valid recipients, rejected rows, and how many duplicate rows it dropped."""

    valid: list[Recipient] = field(default_factory=list)
    invalid: list[Rejected] = field(default_factory=list)
    duplicates: int = 0

    @property
    def total_rows(self) -> int:
        return len(self.valid) + len(self.invalid) + self.duplicates


def prepare_phone_cell(cell: str) -> str:
    """Undo what spreadsheets do to a typed number before checking it: a leading apostrophe (Excel's
    force-text mark, also added by our own formula-injection guard) is not part of the number."""
    if cell[:1] == "'":
        return cell[1:].lstrip()
    return cell


@never_raises_other("The rows could not be turned into recipients.")
def build_recipients(
    table: Table,
    phone_column: int,
    name_column: int | None = None,
    default_country: str | None = "965",
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> RecipientImport:
    """Check every data row's phone cell; keep the first row of each number; reject the rest with reasons.

    ``row`` in the results is the row number in the file (``table.row_numbers``). ``progress(done, total)``
    is called every few thousand rows; ``should_cancel()`` returning True raises ImportCancelled.
    """
    width = len(table.headers)
    if not isinstance(phone_column, int) or isinstance(phone_column, bool) or not 0 <= phone_column < max(width, 1):
        raise ImportFailed("The chosen phone column is not in this table. Pick the column that holds the numbers.")
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
    seen: set[str] = set()
    checked: dict[str, tuple[bool, str, str]] = {}
    duplicates = 0

    for index, row in enumerate(rows):
        if index % _PROGRESS_EVERY == 0 and index:
            if should_cancel is not None and should_cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(index, total)
        raw = row[phone_column] if phone_column < len(row) else ""
        row_number = numbers[index]
        if kinds:
            kind = kinds.get((index, phone_column))
            if kind is not None:
                invalid.append(Rejected(row_number, raw, KIND_REASONS.get(kind, NO_NUMBER)))
                continue
        if not raw:
            if any(row):
                invalid.append(Rejected(row_number, raw, NO_NUMBER))
            continue
        verdict = checked.get(raw)
        if verdict is None:
            check = check_number(prepare_phone_cell(raw), default_country)
            verdict = (bool(check.ok), check.number or "", check.error or "This is not a valid phone number.")
            checked[raw] = verdict
        ok, number, error = verdict
        if not ok:
            invalid.append(Rejected(row_number, raw, error))
        elif number in seen:
            duplicates += 1
        else:
            seen.add(number)
            name = row[name_column] if name_column is not None and name_column < len(row) else ""
            valid.append(Recipient(number, name, row_number))

    result.duplicates = duplicates
    if progress is not None:
        progress(total, total)
    return result
