"""Turn pasted text (a column copied from Excel, several tab/comma/semicolon separated columns, or chat lines) into a Table."""

from __future__ import annotations

import csv
import re

from kwtsms_desktop.importing.errors import ImportFailed
from kwtsms_desktop.importing.guard import never_raises_other
from kwtsms_desktop.importing.limits import DEFAULT_LIMITS, Limits, too_many_cells
from kwtsms_desktop.importing.numbers_in_text import (
    MIN_NUMBER_DIGITS,
    find_numbers,
    has_date_or_time,
    names_around,
)
from kwtsms_desktop.importing.table import Table, assemble_table, one_number_per_row, text_cell
from kwtsms_desktop.importing.text_files import (
    LineGuard,
    check_cell_count,
    cut_long_cells,
    detect_delimiter,
    lines_reader,
    parse_rows,
)

# A cell that is one number as typed (digits and phone punctuation only, at most 15 digits).
_MAX_DIGITS = 15
_NOT_DIGIT = re.compile(r"[^0-9\u0660-\u0669\u06f0-\u06f9]+")
_TWO_LONG_GROUPS = re.compile(
    r"[0-9\u0660-\u0669\u06f0-\u06f9]{6}[^0-9\u0660-\u0669\u06f0-\u06f9]+[0-9\u0660-\u0669\u06f0-\u06f9]{6}"
)
_ONE_NUMBER = re.compile(r"[+\uff0b'(]?[0-9\u0660-\u0669\u06f0-\u06f9 ()\-.\u00a0]*")

# A paste larger than this is a file's worth: ask for the file instead of freezing the window.
MAX_PASTE_CHARS = 50_000_000


@never_raises_other(
    "The pasted text could not be read. Paste one number per line, or columns copied from Excel.", "unreadable_paste"
)
def table_from_text(text: str, *, limits: Limits = DEFAULT_LIMITS) -> Table:
    """A Table from pasted text; rows are numbered by their line in the paste (1-based)."""
    if not isinstance(text, str):
        raise ImportFailed(
            "Nothing was pasted. Paste one number per line, or columns copied from Excel.", "nothing_pasted"
        )
    if len(text) > MAX_PASTE_CHARS:
        raise ImportFailed(
            "The pasted text is too large. Save it as a CSV or Excel file and import the file instead.",
            "paste_too_large",
        )
    text = text.replace("\x00", "").lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if not any(line.strip() for line in lines):
        raise ImportFailed(
            "Nothing was pasted. Paste one number per line, or columns copied from Excel.", "nothing_pasted"
        )
    delimiter = detect_delimiter([line.rstrip("\r\n") for line in lines[:60]])
    subject = "The pasted text"
    if len(text) > limits.cells:
        check_cell_count([text.encode("utf-8", "surrogatepass")], delimiter, "utf-8", subject, limits)
    guard = LineGuard(delimiter, subject, limits)

    def tick(rows_so_far: int) -> None:
        if rows_so_far > limits.rows:
            raise too_many_cells(subject, rows_so_far, limits, rows=rows_so_far)

    try:
        rows, numbers = parse_rows(guard.lines(lines_reader(lines)), delimiter, tick=tick)
    except csv.Error:
        rows, numbers = parse_rows(
            guard.lines(lines_reader(line.replace('"', "") for line in lines)), delimiter, tick=tick
        )
    if not rows:
        raise ImportFailed(
            "Nothing was pasted. Paste one number per line, or columns copied from Excel.", "nothing_pasted"
        )
    if len(rows) > limits.rows:
        raise too_many_cells(subject, len(rows), limits, rows=len(rows))
    if guard.long_cells:
        cut_long_cells(rows)
    table = assemble_table(rows, numbers, source_format="pasted", delimiter=delimiter)
    if not table.header_row and _holds_free_text(table):
        chat = chat_table(lines)
        cut_long_cells(chat.rows)  # the raw lines, not the cut rows: a poisoned line is cut again
        return chat
    return one_number_per_row(table)


def _holds_free_text(table: Table) -> bool:
    """True when reading the paste as columns would lose a number: a line holding several numbers,
    a number among words or marks ("Ali: 97001122"), or dates and times that look like numbers."""
    for row in table.rows:
        numbers = 0
        for cell in row:
            if cell.isdigit():
                numbers += len(cell) >= MIN_NUMBER_DIGITS
                continue
            digits = len(_NOT_DIGIT.sub("", cell))
            if digits < MIN_NUMBER_DIGITS:  # a name, a room number, a time: nothing to lose
                continue
            if _ONE_NUMBER.fullmatch(cell) and digits <= _MAX_DIGITS:
                numbers += len(find_numbers(cell)) if _TWO_LONG_GROUPS.search(cell) else 1
            elif has_date_or_time(cell) or find_numbers(cell):
                return True
        if numbers > 1:
            return True
    return False


def chat_table(lines: list[str]) -> Table:
    """Free text (a chat, an email): every number of every line is a row, the words next to it its name.

    Dates and times are not numbers; a line without any number is conversation and gives no row;
    a run of digits that cannot be read still gives a row (build_recipients says why).
    """
    rows: list[list[str]] = []
    row_numbers: list[int] = []
    for line_number, line in enumerate(lines, start=1):
        line = text_cell(line)
        found = find_numbers(line)
        for number, name in zip(found, names_around(line, found), strict=False):
            rows.append([name, number.raw])
            row_numbers.append(line_number)
    if not rows:
        raise ImportFailed("No phone number was found in the pasted text.", "no_number_pasted")
    if not any(name for name, _ in rows):
        return Table(
            headers=["Column 1"], rows=[[raw] for _, raw in rows], row_numbers=row_numbers, source_format="pasted"
        )
    return Table(headers=["Name", "Phone"], rows=rows, row_numbers=row_numbers, source_format="pasted")
