"""Turn pasted text (a column copied from Excel, or several tab/comma/semicolon separated columns) into a Table."""

from __future__ import annotations

import csv

from kwtsms_desktop.importing.columns import looks_like_phone
from kwtsms_desktop.importing.errors import ImportFailed
from kwtsms_desktop.importing.guard import never_raises_other
from kwtsms_desktop.importing.limits import DEFAULT_LIMITS, Limits, too_many_cells
from kwtsms_desktop.importing.table import Table, assemble_table
from kwtsms_desktop.importing.text_files import LineGuard, check_cell_count, cut_long_cells, detect_delimiter, lines_reader, parse_rows

# A paste larger than this is a file's worth: ask for the file instead of freezing the window.
MAX_PASTE_CHARS = 50_000_000


@never_raises_other("The pasted text could not be read. Paste one number per line, or columns copied from Excel.")
def table_from_text(text: str, *, limits: Limits = DEFAULT_LIMITS) -> Table:
    """A Table from pasted text; rows are numbered by their line in the paste (1-based)."""
    if not isinstance(text, str):
        raise ImportFailed("Nothing was pasted. Paste one number per line, or columns copied from Excel.")
    if len(text) > MAX_PASTE_CHARS:
        raise ImportFailed("The pasted text is too large. Save it as a CSV or Excel file and import the file instead.")
    text = text.replace("\x00", "").lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if not any(line.strip() for line in lines):
        raise ImportFailed("Nothing was pasted. Paste one number per line, or columns copied from Excel.")
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
        rows, numbers = parse_rows(guard.lines(lines_reader(line.replace('"', "") for line in lines)), delimiter, tick=tick)
    if not rows:
        raise ImportFailed("Nothing was pasted. Paste one number per line, or columns copied from Excel.")
    if len(rows) > limits.rows:
        raise too_many_cells(subject, len(rows), limits, rows=len(rows))
    if guard.long_cells:
        cut_long_cells(rows)
    return one_number_per_row(assemble_table(rows, numbers, source_format="pasted", delimiter=delimiter))


def one_number_per_row(table: Table) -> Table:
    """A list of numbers written across lines ("98765432, 99887766, 55512345", as pasted from an email
    or a chat) becomes one number per row; each keeps the line it was on as its row number. Only when
    there is no header and every filled cell looks like a phone number, so real tables are never touched."""
    if table.header_row or len(table.headers) < 2 or not table.rows:
        return table
    cells = [(number, cell) for row, number in zip(table.rows, table.row_numbers) for cell in row if cell]
    if not cells or not all(looks_like_phone(cell) for _, cell in cells):
        return table
    return Table(
        headers=["Column 1"],
        rows=[[cell] for _, cell in cells],
        row_numbers=[number for number, _ in cells],
        encoding=table.encoding,
        source_format=table.source_format,
        delimiter=table.delimiter,
    )
