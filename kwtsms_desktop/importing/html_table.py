"""Read the "Excel" files that web systems export as an HTML table with an .xls name."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from kwtsms_desktop.importing.errors import ImportCancelled, ImportFailed, display_name
from kwtsms_desktop.importing.table import Table, assemble_table, text_cell
from kwtsms_desktop.importing.text_files import read_sample


class _TableCollector(HTMLParser):
    """Collects the rows of every <table> (cells of nested tables flattened into their row)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._finish_row()
            self._row = []
        elif tag in ("td", "th"):
            self._finish_cell()
            if self._row is None:
                self._row = []
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._finish_cell()
        elif tag in ("tr", "table"):
            self._finish_row()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _finish_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            self._row.append(text_cell(" ".join("".join(self._cell).split())))
        self._cell = None

    def _finish_row(self) -> None:
        self._finish_cell()
        if self._row is not None:
            self.rows.append(self._row)
        self._row = None


def read_html_file(
    path: Path,
    size: int,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Table:
    """Rows of the HTML tables in the file; row numbers count table rows from 1, as Excel shows them."""
    name = display_name(path)
    _sample, encoding, bom = read_sample(path)
    collector = _TableCollector()
    done = 0
    with open(path, "rb") as binary:
        binary.seek(bom)
        decoder_text = binary.read().decode(encoding, "replace")
    for start in range(0, len(decoder_text), 1 << 20):
        if should_cancel is not None and should_cancel():
            raise ImportCancelled()
        collector.feed(decoder_text[start : start + (1 << 20)])
        done = min(size, start + (1 << 20))
        if progress is not None:
            progress(done, size)
    collector.close()
    collector._finish_row()
    numbered = [(index, row) for index, row in enumerate(collector.rows, start=1) if any(row)]
    if not numbered:
        raise ImportFailed(f"The file {name} is a web page (HTML) with no table rows in it, not a spreadsheet. Open it in Excel, save it as .xlsx, and import that.")
    return assemble_table([row for _, row in numbered], [index for index, _ in numbered], encoding=encoding, source_format="html")
