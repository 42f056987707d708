"""How big a table importing accepts (columns in a row, rows, cells, one cell's length) and the sentences when a file is bigger.

The limits are checked before the table is built (text files are counted in one cheap pass over the
bytes), so a poisoned file is refused in seconds with bounded memory instead of filling the RAM. They
sit far above any real office file: Excel itself stops at 16,384 columns and 1,048,576 rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from kwtsms_desktop.importing.errors import ImportFailed

# One cell as Excel allows it at most; longer text is cut, with an ellipsis, when it is read.
MAX_CELL_CHARS = 32_767
# A cell kept as "the phone as written" or as a recipient's name (shown, printed, stored in the
# database): enough for any real value, while a poisoned 5 MB cell becomes a line.
SHOWN_CELL_CHARS = 100
ELLIPSIS = "…"


@dataclass(frozen=True)
class Limits:
    """What one import may hold. Tests pass smaller ones to read_table to cross them with small files."""

    columns: int = 16_384  # Excel's own limit
    rows: int = 2_000_000  # twice what Excel can hold
    cells: int = 10_000_000  # rows x columns: about 700 MB of Python strings at most
    html_bytes: int = 64 * 1024 * 1024  # web-page "Excel" files are parsed whole, in memory


DEFAULT_LIMITS = Limits()


def cut(text: str, limit: int = SHOWN_CELL_CHARS) -> str:
    """``text`` if it fits in ``limit`` characters, else its start and an ellipsis (``limit`` characters in all)."""
    if len(text) <= limit:
        return text
    return text[: limit - 1] + ELLIPSIS


def file_of(subject: str) -> str | None:
    """The file name in a subject such as "The file “x.csv”"; None for "The pasted text"."""
    start, end = subject.find("“"), subject.rfind("”")
    return subject[start + 1 : end] if 0 <= start < end else None


def too_many_columns(subject: str, columns: int, limits: Limits) -> ImportFailed:
    """``subject`` names what was imported: "The file “x.csv”" or "The pasted text"."""
    return ImportFailed(
        f"{subject} has too many columns to import: a row has {columns:,} or more cells, and the "
        f"limit is {limits.columns:,} (as in Excel). It is probably not a contact list, or its columns are "
        "separated by the wrong character. Open it in Excel, check the columns, save it as .xlsx and import that.",
        "too_many_columns",
        file=file_of(subject),
        columns=columns,
        limit=limits.columns,
    )


def too_many_cells(subject: str, cells: int, limits: Limits, rows: int | None = None) -> ImportFailed:
    if rows is not None and rows > limits.rows:
        what = f"{rows:,} rows or more; the limit is {limits.rows:,}"
    else:
        what = f"{cells:,} cells or more (rows x columns); the limit is {limits.cells:,}"
    return ImportFailed(
        f"{subject} has too many cells to import: {what}. Split it into smaller files (or delete the "
        "columns you do not need), and import them one by one.",
        "too_many_cells",
        file=file_of(subject),
    )
