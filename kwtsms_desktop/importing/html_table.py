"""Read the "Excel" files that web systems export as an HTML table with an .xls name.

A small tokenizer, not the standard library's HTMLParser: that one rescans its buffer on every
unfinished "<!" or "</a", so a crafted file of those takes minutes to hours. Here each step either
finds the next table tag with one regular expression (which never looks past the next "<") or jumps
over a whole comment, script or style block, so the time is linear in the file's size.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from kwtsms_desktop.importing.errors import ImportCancelled, ImportFailed, display_name, file_name
from kwtsms_desktop.importing.limits import (
    DEFAULT_LIMITS,
    MAX_CELL_CHARS,
    Limits,
    cut,
    file_of,
    too_many_cells,
    too_many_columns,
)
from kwtsms_desktop.importing.table import Table, assemble_table, text_cell
from kwtsms_desktop.importing.text_files import read_sample

# The tags that shape the table, a comment's start, and blocks whose text is not data.
_TOKEN = re.compile(r"<!--|<(/?)(t[rdh]|table|br|script|style)\b[^<>]*>", re.IGNORECASE)
_BLOCK_END = {"script": re.compile(r"</script", re.IGNORECASE), "style": re.compile(r"</style", re.IGNORECASE)}
_ANY_TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")  # inside a cell: <span>, <font>, <a href=...>
_CHECK_EVERY = 4096  # tokens between looks at the cancel hook and progress
# A real table has a few tags per cell (<td>, </td>, a <br> or two); a file of millions of tags
# around next to no data (empty rows, line breaks) is refused before it costs seconds.
_TAGS_PER_CELL = 8
_SPARE_TAGS = 200_000
_KINDS = {"td": "cell", "th": "cell", "tr": "row", "table": "table", "br": "br", "script": "block", "style": "block"}


def _mostly_markup(subject: str, tags: int, cells: int) -> ImportFailed:
    return ImportFailed(
        f"{subject} is a web page (HTML) saved with an Excel name, and at {tags:,} tags around {cells:,} cells it is "
        "too large to read that way: it is mostly empty markup. Open it in Excel, save it as .xlsx, and import that.",
        "html_too_big",
        file=file_of(subject),
    )


def _cell_text(parts: list[str]) -> str:
    raw = "".join(parts)
    if len(raw) > 4 * MAX_CELL_CHARS:
        raw = raw[: 4 * MAX_CELL_CHARS]  # markup and entities shrink; more than this is cut anyway
    if "<" in raw:
        raw = _ANY_TAG.sub("", raw)
    if "&" in raw:
        raw = html.unescape(raw)
    return cut(text_cell(" ".join(raw.split())), MAX_CELL_CHARS)


def table_rows(
    text: str, subject: str, limits: Limits = DEFAULT_LIMITS, check: Callable[[int], None] | None = None
) -> tuple[list[list[str]], list[int]]:
    """The non-blank rows of every <table> in an HTML document (cells of nested tables flattened into
    their row) and their numbers (table rows count from 1, as Excel shows them); ``check(position)``
    is called now and then. ImportFailed past ``limits``; ``subject`` starts its sentence."""
    rows: list[list[str]] = []
    numbers: list[int] = []
    row: list[str] | None = None
    cell: list[str] | None = None
    seen = cells = tokens = 0
    max_columns, max_cells, max_rows = limits.columns, limits.cells, limits.rows
    position, end = 0, len(text)
    search = _TOKEN.search
    while position < end:
        match = search(text, position)
        stop = match.start() if match is not None else end
        if cell is not None and stop > position:
            cell.append(text[position:stop])
        if match is None:
            break
        tokens += 1
        if tokens % _CHECK_EVERY == 0:
            if tokens > _TAGS_PER_CELL * (cells + len(rows)) + _SPARE_TAGS:
                raise _mostly_markup(subject, tokens, cells)
            if check is not None:
                check(stop)
        position = match.end()
        tag = match.group(2)
        if tag is None:  # "<!--": jump to the comment's end
            close = text.find("-->", position)
            position = end if close < 0 else close + 3
            continue
        kind = _KINDS.get(tag) or _KINDS.get(tag.lower(), "")
        closing = match.group(1) == "/"
        if kind == "block":
            if not closing:
                block_end = _BLOCK_END[tag.lower()].search(text, position)
                position = end if block_end is None else block_end.start()
            continue
        if kind == "br":
            if cell is not None:
                cell.append(" ")
            continue
        if kind == "table" and not closing:
            continue  # a nested table's cells stay in the row around it
        # td, th, tr or </table>: the open cell (if any) ends here.
        if cell is not None:
            if row is None:
                row = []
            if len(row) >= max_columns:
                raise too_many_columns(subject, len(row) + 1, limits)
            cells += 1
            if cells > max_cells:
                raise too_many_cells(subject, cells, limits)
            row.append(_cell_text(cell))
            cell = None
        if kind == "cell":
            if not closing:
                if row is None:
                    row = []
                cell = []
            continue
        if kind == "row" and closing and row is None:
            continue
        # <tr>, </tr> or </table>: the open row (if any) ends here.
        if row is not None:
            seen += 1
            if any(row):
                if len(rows) >= max_rows:
                    raise too_many_cells(subject, cells, limits, rows=len(rows) + 1)
                rows.append(row)
                numbers.append(seen)
            row = None
        if kind == "row" and not closing:
            row = []
    if cell is not None:
        if row is None:
            row = []
        if len(row) >= max_columns:
            raise too_many_columns(subject, len(row) + 1, limits)
        row.append(_cell_text(cell))
    if row is not None and any(row):
        rows.append(row)
        numbers.append(seen + 1)
    return rows, numbers


def read_html_file(
    path: Path,
    size: int,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Table:
    """Rows of the HTML tables in the file; row numbers count table rows from 1, as Excel shows them."""
    name = display_name(path)
    if size > limits.html_bytes:
        raise ImportFailed(
            f"The file {name} is a web page (HTML) saved with an Excel name, and at {size // (1024 * 1024):,} MB it is "
            f"too large to read that way (the limit is {limits.html_bytes // (1024 * 1024):,} MB). Open it in Excel, "
            "save it as .xlsx, and import that.",
            "html_too_big",
            file=file_name(name),
        )
    _sample, encoding, bom = read_sample(path)
    with open(path, "rb") as binary:
        binary.seek(bom)
        text = binary.read().decode(encoding, "replace")
    scale = size / max(len(text), 1)

    def check(position: int) -> None:
        if should_cancel is not None and should_cancel():
            raise ImportCancelled()
        if progress is not None:
            progress(min(size, int(position * scale)), size)

    rows, numbers = table_rows(text, f"The file {name}", limits, check)
    del text
    if progress is not None:
        progress(size, size)
    if not rows:
        raise ImportFailed(
            f"The file {name} is a web page (HTML) with no table rows in it, not a spreadsheet. Open it in Excel, save it as .xlsx, and import that.",
            "web_page",
            file=file_name(name),
        )
    return assemble_table(rows, numbers, encoding=encoding, source_format="html")
