"""The Table every reader produces (all cells as text) and the rules that turn a spreadsheet cell into text."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from kwtsms_desktop.importing.cells import find_header_row, looks_like_phone

# Cell kinds that can never be a phone number; build_recipients names them in its reason.
KIND_DATE = "date"
KIND_TIME = "time"
KIND_BOOLEAN = "boolean"

# Whitespace plus the invisible marks Excel and phones leave around Arabic and numbers.
STRIP = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c"
    "\u202d\u202e\u202f\u205f\u2060\u2066\u2067\u2068\u2069\u3000\ufeff"
)

# A whole number written by a program as a float ("96598765432.0"): only phone-length digit runs,
# so a price such as "100.00" stays as it is.
_WHOLE_FLOAT_TEXT = re.compile(r"(\+?[0-9]{7,})\.0+")

# Floats at or above this have more than 15 significant digits, which Excel does not keep.
_EXACT_FLOAT_LIMIT = 1e15


@dataclass
class Table:
    """Rows of text cells read from one file, sheet or paste.

    ``headers`` is the detected header row (title rows above it are skipped), or generated names
    ("Column 1", ...) when the file has none. ``rows`` holds only data rows (blank rows skipped), each
    as long as ``headers``. ``row_numbers[i]`` is the 1-based row (line) number of ``rows[i]`` in the
    file, as Excel or a text editor shows it; ``header_row`` is that of the header, 0 when there is none.
    ``cell_kinds`` marks the few cells that were not text or numbers (dates, times, booleans), keyed by
    ``(index into rows, column)``.
    """

    headers: list[str]
    rows: list[list[str]]
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    header_row: int = 0
    row_numbers: list[int] = field(default_factory=list)
    sheet: str | None = None
    source_format: str = ""
    delimiter: str | None = None
    cell_kinds: dict[tuple[int, int], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.row_numbers and self.rows:
            first = self.header_row + 1 if self.header_row else 1
            self.row_numbers = list(range(first, first + len(self.rows)))

    @property
    def width(self) -> int:
        return len(self.headers)

    def __len__(self) -> int:
        return len(self.rows)


def text_cell(value: str) -> str:
    """A text cell as the importer keeps it: trimmed, and a float rendering of a whole phone-length number made digits."""
    text = value.strip(STRIP)
    if text.endswith("0") and "." in text:
        match = _WHOLE_FLOAT_TEXT.fullmatch(text)
        if match:
            return match.group(1)
    return text


def float_text(value: float) -> str:
    """A numeric cell as text: whole numbers as integer digits, others the way Excel shows them (15 digits)."""
    if value.is_integer() and -_EXACT_FLOAT_LIMIT < value < _EXACT_FLOAT_LIMIT:
        return str(int(value))
    return format(value, ".15g").upper() if value == value else ""


def cell_text(value: object) -> tuple[str, str | None]:
    """Any cell python-calamine returns, as (text, kind); kind is None for text and numbers."""
    kind = type(value)
    if kind is str:
        return text_cell(value), None  # type: ignore[arg-type]
    if kind is float:
        return float_text(value), None  # type: ignore[arg-type]
    if kind is bool:
        return ("TRUE" if value else "FALSE"), KIND_BOOLEAN
    if kind is int:
        return str(value), None
    if isinstance(value, _dt.datetime):
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.date().isoformat(), KIND_DATE
        return value.isoformat(sep=" "), KIND_DATE
    if isinstance(value, _dt.date):
        return value.isoformat(), KIND_DATE
    if isinstance(value, _dt.time):
        return value.isoformat(), KIND_TIME
    if isinstance(value, _dt.timedelta):
        return str(value), KIND_TIME
    if value is None:
        return "", None
    return text_cell(str(value)), None


def assemble_table(
    raw_rows: list[list[str]],
    row_numbers: list[int],
    cell_kinds: dict[tuple[int, int], str] | None = None,
    *,
    header_names: list[str] | None = None,
    **meta: object,
) -> Table:
    """Turn the non-blank rows of a file into a Table: find the header row, pad rows to one width.

    ``raw_rows`` must already be text cells with blank rows removed; ``cell_kinds`` is keyed by the
    index into ``raw_rows``. With ``header_names`` the rows are all data and those are the headers.
    """
    kinds = cell_kinds or {}
    header_index = None if header_names is not None else find_header_row(raw_rows)
    if header_index is None:
        data_rows, data_numbers, header_row, first = raw_rows, row_numbers, 0, 0
        header_cells = list(header_names or [])
    else:
        header_cells = raw_rows[header_index]
        header_row = row_numbers[header_index]
        first = header_index + 1
        data_rows, data_numbers = raw_rows[first:], row_numbers[first:]

    # Trailing columns with neither a header nor any value are noise (formatted but empty cells).
    width = _used_width(header_cells)
    lengths = set(map(len, data_rows))
    if lengths and max(lengths) > width:
        for row in data_rows:
            if len(row) > width:
                width = len(row) if row[-1] else max(width, _used_width(row))
    headers = [
        (header_cells[i] if i < len(header_cells) and header_cells[i] else f"Column {i + 1}") for i in range(width)
    ]
    if lengths == {width}:
        rows = data_rows if data_rows is not raw_rows else list(raw_rows)
    else:
        rows = [
            row if len(row) == width else (row[:width] if len(row) > width else row + [""] * (width - len(row)))
            for row in data_rows
        ]
    shifted = {(index - first, column): kind for (index, column), kind in kinds.items() if index >= first}
    return Table(
        headers=headers,
        rows=rows,
        header_row=header_row,
        row_numbers=list(data_numbers),
        cell_kinds=shifted,
        **meta,  # type: ignore[arg-type]
    )


def _used_width(cells: list[str]) -> int:
    """How many leading cells matter: the position of the last non-empty cell."""
    width = len(cells)
    while width and not cells[width - 1]:
        width -= 1
    return width


def one_number_per_row(table: Table) -> Table:
    """A list of numbers written across lines ("98765432, 99887766, 55512345", as pasted from an email
    or a chat) becomes one number per row; each keeps the line it was on as its row number. Only when
    there is no header and every filled cell looks like a phone number, so real tables are never touched."""
    if table.header_row or len(table.headers) < 2 or not table.rows:
        return table
    cells = [(number, cell) for row, number in zip(table.rows, table.row_numbers, strict=True) for cell in row if cell]
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
