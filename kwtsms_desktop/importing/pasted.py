"""Turn pasted text (a column copied from Excel, or several tab/comma/semicolon separated columns) into a Table."""

from __future__ import annotations

import csv

from kwtsms_desktop.importing.errors import ImportFailed
from kwtsms_desktop.importing.guard import never_raises_other
from kwtsms_desktop.importing.table import Table, assemble_table, one_number_per_row
from kwtsms_desktop.importing.text_files import detect_delimiter, parse_rows

# A paste larger than this is a file's worth: ask for the file instead of freezing the window.
MAX_PASTE_CHARS = 50_000_000


@never_raises_other("The pasted text could not be read. Paste one number per line, or columns copied from Excel.")
def table_from_text(text: str) -> Table:
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
    try:
        rows, numbers = parse_rows(lines, delimiter)
    except csv.Error:
        rows, numbers = parse_rows([line.replace('"', "") for line in lines], delimiter)
    if not rows:
        raise ImportFailed("Nothing was pasted. Paste one number per line, or columns copied from Excel.")
    return one_number_per_row(assemble_table(rows, numbers, source_format="pasted", delimiter=delimiter))
