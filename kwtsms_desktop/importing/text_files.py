"""Read .csv, .txt and .tsv files: find the encoding (UTF-8, UTF-16 "Unicode Text", Windows-1256 ...) and the delimiter, then the rows."""

from __future__ import annotations

import codecs
import csv
import functools
import io
import re
from collections.abc import Callable, Iterable, Iterator
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
from kwtsms_desktop.importing.table import Table, assemble_table, one_number_per_row, text_cell

SAMPLE_BYTES = 256 * 1024
SCAN_CHUNK = 4 * 1024 * 1024
# A line longer than this (characters) is refused rather than read whole: 64 characters for each of
# the most columns a row may have is far more than any real row of contacts.
LINE_CHARS_PER_COLUMN = 64
DELIMITERS = ("\t", ";", ",", "|")
PROGRESS_EVERY = 5000

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u06f0-\u06f9]")
# The bytes that Windows-1256 maps to Arabic letters, marks and punctuation (Latin accents elsewhere).
_CP1256_ARABIC = frozenset(
    byte for byte in range(0x80, 0x100) if "\u0600" <= bytes([byte]).decode("cp1256", "replace") <= "\u06ff"
)


_THOUSANDS = re.compile(r"[+\-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def read_sample(path: Path) -> tuple[bytes, str, int]:
    """The file's first bytes and, from them, its (codec name, BOM length): what every text reader starts with."""
    with open(path, "rb") as stream:
        sample = stream.read(SAMPLE_BYTES)
    return (sample, *detect_encoding(sample))


def detect_encoding(sample: bytes) -> tuple[str, int]:
    """(codec name, BOM length) for a text sample: BOMs first, then UTF-16 without BOM, UTF-8,
    and for other 8-bit text Windows-1256 when its bytes read as Arabic, else charset-normalizer."""
    if sample.startswith(codecs.BOM_UTF32_LE) and len(sample) % 4 == 0 and sample[4:8].count(0) >= 2:
        return "utf-32-le", 4
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", 3
    if sample.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if sample.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    head = sample[:4096]
    if head and head.count(0) >= max(1, len(head) // 4):
        return ("utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"), 0
    if _is_utf8(sample):
        return "utf-8", 0
    high = [byte for byte in sample if byte >= 0x80]
    arabic = sum(1 for byte in high if byte in _CP1256_ARABIC)
    if high and arabic >= 0.6 * len(high):
        return "cp1256", 0
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample[:65536]).best()
    except Exception:  # noqa: BLE001 - detection is best effort; cp1252 below still reads the file
        best = None
    guess = codecs.lookup(best.encoding).name if best is not None else None
    if guess and guess not in ("utf-8", "ascii") and not guess.startswith("utf"):
        decoded = sample.decode(guess, "replace")
        if _ARABIC_LETTER.search(decoded) and guess != "cp1256":
            return "cp1256", 0
        if guess in ("cp1256", "iso8859-6", "cp720", "cp864"):
            return guess, 0
    try:
        sample.decode("cp1252")
        return "cp1252", 0
    except UnicodeDecodeError:
        return guess or "cp1256", 0


def _is_utf8(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as error:
        # A sample cut in the middle of a character is still UTF-8.
        return error.start >= len(sample) - 3 and error.reason == "unexpected end of data"


def _count_outside_quotes(line: str, delimiter: str) -> int:
    if '"' not in line:
        return line.count(delimiter)
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def detect_delimiter(lines: list[str]) -> str | None:
    """The delimiter used on (most of) the first lines, counted outside quotes; None for a single column.

    The winner is the delimiter whose count is the same, and above zero, on the most lines; ties go
    to tab, then semicolon, then comma (a comma can sit inside a number or a name, a tab cannot)."""
    lines = [line for line in lines if line.strip()][:50]
    if not lines:
        return None
    best: tuple[int, int, int] | None = None
    chosen = None
    for rank, delimiter in enumerate(DELIMITERS):
        if delimiter == "," and sum(1 for line in lines if _THOUSANDS.fullmatch(line.strip())) * 2 > len(lines):
            continue  # a pasted column of numbers shown with thousands separators: 96,598,765,432
        counts = [_count_outside_quotes(line, delimiter) for line in lines]
        frequency: dict[int, int] = {}
        for count in counts:
            if count:
                frequency[count] = frequency.get(count, 0) + 1
        if not frequency:
            continue
        modal_count, modal_lines = max(frequency.items(), key=lambda item: (item[1], item[0]))
        lines_with = sum(frequency.values())
        score = (modal_lines + lines_with, -rank, modal_count)
        if best is None or score > best:
            best, chosen = score, delimiter
    if best is None or best[0] < max(1, len(lines) // 3):
        return None
    return chosen


class LineGuard:
    """Hands lines to the CSV reader one at a time, refusing a row with more cells than the limits allow
    (counted before the csv module splits it into millions of strings). A line longer than ``max_line``
    is read in pieces and each of its cells shortened on the way, so a 5 MB "phone number" costs no
    more than a cell can hold; if that is still too long the file is refused. NULs (left by broken
    UTF-16 exports) are dropped. ``long_cells`` tells whether some cell may still need cutting."""

    def __init__(self, delimiter: str | None, subject: str, limits: Limits) -> None:
        self.delimiter = delimiter
        self.subject = subject  # "The file “x.csv”" or "The pasted text", to start a sentence
        self.limits = limits
        self.max_line = limits.columns * LINE_CHARS_PER_COLUMN
        self.long_cells = False

    def lines(self, read_line: Callable[[], str]) -> Iterator[str]:
        """Lines from ``read_line()`` (which returns "" at the end and at most ``max_line + 1`` characters)."""
        quick = min(self.limits.columns, MAX_CELL_CHARS)
        while True:
            line = read_line()
            if not line:
                return
            if len(line) > quick:  # rare: only a long line can hold too many cells or an over-long cell
                if len(line) > self.max_line and not line.endswith(("\n", "\r")):
                    line = self._shortened(line, read_line)
                self._check(line)
            yield line.replace("\x00", "") if "\x00" in line else line

    def _shortened(self, piece: str, read_line: Callable[[], str]) -> str:
        """The rest of a line too long to read whole, with every cell cut to one character more than
        MAX_CELL_CHARS (cut_long_cells adds the ellipsis). Quote marks are not looked at: a cell this
        long is broken anyway."""
        delimiter = self.delimiter
        done: list[str] = []  # finished cells, already short
        current: list[str] = []  # pieces of the cell being read
        kept = 0  # characters in current
        ending = ""
        while True:
            if piece.endswith(("\n", "\r")):
                stripped = piece.rstrip("\r\n")
                piece, ending = stripped, piece[len(stripped) :]
            if delimiter and len(done) + piece.count(delimiter) + 1 > self.limits.columns:
                raise too_many_columns(self.subject, len(done) + piece.count(delimiter) + 1, self.limits)
            for index, part in enumerate(piece.split(delimiter) if delimiter else [piece]):
                if index:
                    done.append("".join(current))
                    current, kept = [], 0
                if kept <= MAX_CELL_CHARS:
                    part = part[: MAX_CELL_CHARS + 1 - kept]
                    current.append(part)
                    kept += len(part)
            if ending or len(piece) <= self.max_line:
                break
            piece = read_line()
            if not piece:
                break
        done.append("".join(current))
        return (delimiter or "").join(done) + ending

    def _check(self, line: str) -> None:
        cells = line.count(self.delimiter) + 1 if self.delimiter else 1
        if cells > self.limits.columns:
            raise too_many_columns(self.subject, cells, self.limits)
        if len(line) > self.max_line:
            raise ImportFailed(
                f"{self.subject} has a line of more than {self.max_line:,} characters: it is not a table "
                "of contacts. Open it in Excel or a text editor, check it is the file you meant, save it as "
                ".xlsx or .csv and import that.",
                "line_too_long",
                file=file_of(self.subject),
                limit=self.max_line,
            )
        if len(line) > MAX_CELL_CHARS:
            self.long_cells = True

    def reader(self, text: io.TextIOBase) -> Callable[[], str]:
        return functools.partial(text.readline, self.max_line + 1)


def lines_reader(lines: Iterable[str]) -> Callable[[], str]:
    """``read_line`` for LineGuard.lines over lines already in memory (pasted text)."""
    return functools.partial(next, iter(lines), "")


def check_cell_count(
    encoded_lines: Iterable[bytes], delimiter: str | None, encoding: str, subject: str, limits: Limits
) -> None:
    """Refuse text holding more cells (or rows) than the limits, from one cheap pass over its bytes.

    Every cell ends at a delimiter or a line break, so their counts bound the cells from above; the
    pass needs a few milliseconds per megabyte and no memory beyond one chunk."""
    codec = "utf-8" if encoding.startswith("utf-8") else encoding
    patterns = [pattern.encode(codec) for pattern in ("\n", "\r", "\r\n")]
    delimiter_bytes = delimiter.encode(codec) if delimiter else None
    newlines = returns = pairs = delimiters = 0
    overlap = max(len(pattern) for pattern in patterns + [delimiter_bytes or b""]) - 1
    tail = b""
    for chunk in encoded_lines:
        window = tail + chunk
        # A pattern cut by the chunk border is counted once: the tail is shorter than any pattern.
        newlines += window.count(patterns[0]) - tail.count(patterns[0])
        returns += window.count(patterns[1]) - tail.count(patterns[1])
        pairs += window.count(patterns[2]) - tail.count(patterns[2])
        if delimiter_bytes:
            delimiters += window.count(delimiter_bytes) - tail.count(delimiter_bytes)
        tail = window[-overlap:] if overlap else b""
        lines = newlines + returns - pairs
        if lines > limits.rows or lines + delimiters > limits.cells:
            raise too_many_cells(subject, lines + delimiters, limits, rows=lines)
    if not tail.endswith((patterns[0], patterns[1])):  # the last line has no line break
        lines = newlines + returns - pairs + 1
        if lines > limits.rows or lines + delimiters > limits.cells:
            raise too_many_cells(subject, lines + delimiters, limits, rows=lines)


def parse_rows(
    lines: Iterable[str],
    delimiter: str | None,
    *,
    tick: Callable[[int], None] | None = None,
) -> tuple[list[list[str]], list[int]]:
    """Rows of text cells (blank rows dropped) with their 1-based line numbers. A stray quote never
    swallows the rest of the file: csv's field limit stops it, and the caller reparses without quotes.
    ``tick(rows so far)`` is called every few thousand lines."""
    rows: list[list[str]] = []
    numbers: list[int] = []
    if delimiter is None:
        for line_number, line in enumerate(lines, start=1):
            if tick is not None and line_number % PROGRESS_EVERY == 0:
                tick(len(rows))
            cell = text_cell(line)
            if cell:
                rows.append([cell])
                numbers.append(line_number)
        return rows, numbers
    reader = csv.reader(lines, delimiter=delimiter, quotechar='"', strict=False, skipinitialspace=False)
    # A quoted cell can span lines; a record starts on the line after the previous one ended.
    previous_end = 0
    for count, record in enumerate(reader, start=1):
        start = previous_end + 1
        previous_end = reader.line_num
        if tick is not None and count % PROGRESS_EVERY == 0:
            tick(len(rows))
        cells = [text_cell(cell) if cell else "" for cell in record]
        for cell in cells:
            if cell:
                rows.append(cells)
                numbers.append(start)
                break
    return rows, numbers


def read_text_file(
    path: Path,
    size: int,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Table:
    """Read a delimited (or one-number-per-line) text file into a Table."""
    name = display_name(path)
    sample, encoding, bom = read_sample(path)
    if not sample.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFailed(f"The file {name} is empty: it has no rows to import.", "empty", file=file_name(name))
    try:
        return _read_with(path, name, size, encoding, bom, sample, progress, should_cancel, limits)
    except UnicodeDecodeError:
        # The sample looked like UTF-8 but a later part is not: such mixed files are usually Windows-1256.
        fallback = "cp1256" if encoding.startswith("utf-8") else "latin-1"
        return _read_with(
            path,
            name,
            size,
            fallback,
            bom if encoding.startswith("utf-8") else 0,
            sample,
            progress,
            should_cancel,
            limits,
            errors="replace",
        )


def _read_with(
    path: Path,
    name: str,
    size: int,
    encoding: str,
    bom: int,
    sample: bytes,
    progress: Callable[[int, int], None] | None,
    should_cancel: Callable[[], bool] | None,
    limits: Limits,
    errors: str = "strict",
) -> Table:
    decode_errors = errors if not encoding.startswith("utf-16") and not encoding.startswith("utf-32") else "replace"
    sample_text = sample[bom:].decode(encoding, "replace")
    delimiter = detect_delimiter(sample_text.splitlines()[:60])
    if size > limits.cells:  # a smaller file cannot hold more cells than it has bytes
        with open(path, "rb") as binary:
            check_cell_count(
                iter(functools.partial(binary.read, SCAN_CHUNK), b""), delimiter, encoding, f"The file {name}", limits
            )
    guard = LineGuard(delimiter, f"The file {name}", limits)

    with open(path, "rb") as binary:
        binary.seek(bom)
        text = io.TextIOWrapper(binary, encoding=encoding, errors=decode_errors, newline="")

        def tick(rows_so_far: int) -> None:
            if rows_so_far > limits.rows:
                raise too_many_cells(f"The file {name}", rows_so_far, limits, rows=rows_so_far)
            if should_cancel is not None and should_cancel():
                raise ImportCancelled()
            if progress is not None:
                try:
                    done = binary.tell()
                except (OSError, ValueError):
                    done = 0
                progress(min(done, size), size)

        try:
            rows, numbers = parse_rows(guard.lines(guard.reader(text)), delimiter, tick=tick)
        except csv.Error:
            rows, numbers = _reparse_unquoted(path, encoding, bom, guard, tick)
    if progress is not None:
        progress(size, size)
    if not rows:
        raise ImportFailed(f"The file {name} is empty: it has no rows to import.", "empty", file=file_name(name))
    if len(rows) > limits.rows:
        raise too_many_cells(f"The file {name}", len(rows), limits, rows=len(rows))
    if guard.long_cells:
        cut_long_cells(rows)
    return one_number_per_row(
        assemble_table(rows, numbers, encoding=encoding, source_format="text", delimiter=delimiter)
    )


def cut_long_cells(rows: list[list[str]]) -> None:
    """Cut, in place, every cell longer than one Excel cell can be (a poisoned file's megabyte "number")."""
    for row in rows:
        for index, cell in enumerate(row):
            if len(cell) > MAX_CELL_CHARS:
                row[index] = cut(cell, MAX_CELL_CHARS)


def _reparse_unquoted(
    path: Path, encoding: str, bom: int, guard: LineGuard, tick: Callable[[int], None]
) -> tuple[list[list[str]], list[int]]:
    """Parse again treating quote marks as ordinary characters (a quote left open by a broken export)."""
    rows: list[list[str]] = []
    numbers: list[int] = []
    delimiter = guard.delimiter
    with open(path, "rb") as binary:
        binary.seek(bom)
        text = io.TextIOWrapper(binary, encoding=encoding, errors="replace", newline="")
        for line_number, line in enumerate(guard.lines(guard.reader(text)), start=1):
            if line_number % PROGRESS_EVERY == 0:
                tick(len(rows))
            line = line.rstrip("\r\n")
            parts = line.split(delimiter) if delimiter else [line]
            cells = [text_cell(part.strip('"')) for part in parts]
            if any(cells):
                rows.append(cells)
                numbers.append(line_number)
    return rows, numbers
