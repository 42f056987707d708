"""Read one sheet of an .xlsx, .xlsm, .xls, .xlsb or .ods workbook through python-calamine into a Table."""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import python_calamine

from kwtsms_desktop.importing.errors import ImportCancelled, ImportFailed, display_name, file_name
from kwtsms_desktop.importing.limits import DEFAULT_LIMITS, Limits, too_many_cells, too_many_columns
from kwtsms_desktop.importing.table import STRIP, Table, assemble_table, cell_text, text_cell
from kwtsms_desktop.importing.xls_guard import MAX_CELLS

# How often (in rows) the progress callback is called and the cancel hook consulted.
PROGRESS_EVERY = 2000

# calamine makes one rectangle from the first to the last used cell: a stray value far away (XFD1048576)
# asks for billions of cells and the Rust allocator aborts the process. Refuse such sheets first.
MAX_SHEET_CELLS = MAX_CELLS
_ANY_WIDE_REF = re.compile(rb'r="[A-Z][A-Z]')  # cheap test first: most sheets stop at column Z
_WIDE_REF = re.compile(rb'\br="([A-Z]{2,3})[0-9]')
_ROW_NUMBER = re.compile(rb'\br="([0-9]+)"')
_UNIQUE_COUNT = re.compile(rb'\buniqueCount="([0-9]+)"')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - 64)
    return number


def _check_shared_strings(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """calamine reserves room for the uniqueCount the shared-string table announces: it must be believable."""
    try:
        with archive.open(info) as stream:
            head = stream.read(4096)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError, zlib.error):
        return
    match = _UNIQUE_COUNT.search(head)
    if match and int(match.group(1)) > min(MAX_SHEET_CELLS, info.file_size // 7 + 1000):
        raise ImportFailed(
            f"The file {name} is damaged: its list of texts claims {int(match.group(1)):,} entries but holds far "
            "fewer. Open it in Excel, save a new copy, and import that.",
            "damaged",
            file=file_name(name),
        )


def check_xlsx_extent(path: Path, name: str) -> None:
    """ImportFailed when calamine would reserve absurd memory for this workbook: a worksheet's used range
    (last row x last column) too large, or a shared-string count the file cannot hold."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # calamine explains a damaged file
    with archive:
        for info in archive.infolist():
            lower = info.filename.lower()
            if lower.endswith("sharedstrings.xml"):
                _check_shared_strings(archive, info, name)
                continue
            if not (lower.startswith("xl/worksheets/") and lower.endswith(".xml")):
                continue
            last_row = last_column = 0
            tail = b""
            try:
                with archive.open(info) as stream:
                    while True:
                        chunk = stream.read(4 << 20)
                        if not chunk:
                            break
                        window = tail + chunk
                        row_at = max(window.rfind(b"<row "), window.rfind(b":row "))
                        if row_at >= 0:
                            match = _ROW_NUMBER.search(window, row_at, row_at + 400)
                            if match:
                                last_row = max(last_row, int(match.group(1)))
                        if _ANY_WIDE_REF.search(window):
                            last_column = max(last_column, max(_column_number(m) for m in _WIDE_REF.findall(window)))
                        tail = window[-512:]
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError, zlib.error):
                return  # damaged: calamine reports it
            if last_row * max(last_column, 26) > MAX_SHEET_CELLS:
                raise ImportFailed(
                    f"The file {name} has a sheet whose cells reach row {last_row:,} and column {max(last_column, 1):,}, "
                    "far beyond the data: that is too many cells to import. Delete the empty rows and columns after "
                    "your data (or copy the data into a new workbook), save, and import again.",
                    "sheet_too_big",
                    file=file_name(name),
                )


def _damaged(name: str) -> str:
    return (
        f"The file {name} is damaged or incomplete, so it cannot be read (perhaps it was not fully downloaded or "
        "copied). Get the file again, or open it in Excel and save a new copy."
    )


def _explain(error: BaseException, name: str) -> ImportFailed:
    """calamine's errors (and pyo3 panics) as a sentence for the user."""
    if (
        isinstance(error, python_calamine.PasswordError)
        or "password" in str(error).lower()
        or "encrypt" in str(error).lower()
    ):
        return ImportFailed(
            f"The file {name} is protected with a password, so it cannot be read. Open it in Excel, remove the password, "
            "save it, and import it again.",
            "password",
            file=file_name(name),
        )
    return ImportFailed(_damaged(name), "damaged", file=file_name(name))


def _open(path: Path, name: str) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except (KeyboardInterrupt, SystemExit):
        raise
    except MemoryError:
        raise
    except BaseException as error:  # noqa: BLE001 - CalamineError, ValueError, PanicException ...
        raise _explain(error, name) from error


def _load_sheet(
    workbook: python_calamine.CalamineWorkbook, sheet_name: str, name: str
) -> python_calamine.CalamineSheet:
    try:
        return workbook.get_sheet_by_name(sheet_name)
    except (KeyboardInterrupt, SystemExit):
        raise
    except MemoryError:
        raise
    except BaseException as error:  # noqa: BLE001
        raise _explain(error, name) from error


def _has_content(sheet: python_calamine.CalamineSheet) -> bool:
    try:
        if sheet.height == 0 or sheet.width == 0:
            return False
        for row in sheet.iter_rows():
            for value in row:
                if value != "" and value is not None:
                    return True
    except Exception:  # noqa: BLE001 - a sheet that fails here fails properly when it is read
        return True
    return False


def _pick_sheet(
    workbook: python_calamine.CalamineWorkbook, wanted: str | None, name: str
) -> tuple[str, python_calamine.CalamineSheet]:
    names = list(workbook.sheet_names)
    if not names:
        raise ImportFailed(f"The file {name} has no sheets.", "no_sheets", file=file_name(name))
    if isinstance(wanted, int) and not isinstance(wanted, bool) and 0 <= wanted < len(names):
        wanted = names[wanted]
    if wanted is not None:
        chosen = (
            wanted
            if wanted in names
            else next((n for n in names if n.strip().casefold() == str(wanted).strip().casefold()), None)
        )
        if chosen is None:
            raise ImportFailed(
                f"The file {name} has no sheet called “{wanted}”. Its sheets are: {', '.join(names)}.",
                "no_such_sheet",
                file=file_name(name),
                sheet=str(wanted),
                sheets=tuple(names),
            )
        return chosen, _load_sheet(workbook, chosen, name)

    # The first non-empty worksheet, visible ones before hidden ones; chart sheets hold no cells.
    try:
        metadata = {meta.name: meta for meta in workbook.sheets_metadata}
    except Exception:  # noqa: BLE001 - metadata is only a preference
        metadata = {}

    def visible(sheet_name: str) -> bool:
        meta = metadata.get(sheet_name)
        return meta is None or meta.visible == python_calamine.SheetVisibleEnum.Visible

    def is_chart(sheet_name: str) -> bool:
        meta = metadata.get(sheet_name)
        return meta is not None and meta.typ == python_calamine.SheetTypeEnum.ChartSheet

    order = [n for n in names if visible(n) and not is_chart(n)] + [
        n for n in names if not visible(n) and not is_chart(n)
    ]
    first: tuple[str, python_calamine.CalamineSheet] | None = None
    for sheet_name in order:
        sheet = _load_sheet(workbook, sheet_name, name)
        if first is None:
            first = (sheet_name, sheet)
        if _has_content(sheet):
            return sheet_name, sheet
    if first is None:
        raise ImportFailed(f"The file {name} has no sheets with cells.", "no_sheets", file=file_name(name))
    return first


def read_workbook(
    path: Path,
    sheet: str | None,
    source_format: str,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Table:
    """Read the chosen (or first non-empty) sheet; every cell becomes text, dates and booleans are marked."""
    name = display_name(path)
    if source_format == "xlsx":
        check_xlsx_extent(path, name)
    workbook = _open(path, name)
    try:
        sheet_names = [str(n) for n in workbook.sheet_names]
        chosen, calamine_sheet = _pick_sheet(workbook, sheet, name)
        try:
            total = max(int(calamine_sheet.height), 0)
            width = max(int(calamine_sheet.width), 0)
            end = calamine_sheet.end
        except Exception:  # noqa: BLE001
            total, width, end = 0, 0, None
        subject = f"The file {name}"
        if width > limits.columns:
            raise too_many_columns(subject, width, limits)
        # Only a sheet whose used rectangle is beyond the limits has its kept cells counted, row by row.
        count_cells = total * width > limits.cells or total > limits.rows
        kept_cells = 0

        raw_rows: list[list[str]] = []
        numbers: list[int] = []
        kinds: dict[tuple[int, int], str] = {}
        slow: list[bool] = []
        position = 0
        try:
            for position, values in enumerate(calamine_sheet.iter_rows()):
                if position % PROGRESS_EVERY == 0 and position:
                    if should_cancel is not None and should_cancel():
                        raise ImportCancelled()
                    if progress is not None:
                        progress(position, total)
                cells = _convert_row(values, len(raw_rows), kinds, slow)
                if cells is not None:
                    raw_rows.append(cells)
                    numbers.append(position)
                    if count_cells:
                        kept_cells += len(cells)
                        if kept_cells > limits.cells or len(raw_rows) > limits.rows:
                            raise too_many_cells(subject, kept_cells, limits, rows=len(raw_rows))
        except ImportFailed:
            raise
        except (KeyboardInterrupt, SystemExit):
            raise
        except MemoryError:
            raise
        except BaseException as error:  # noqa: BLE001
            raise _explain(error, name) from error
        count = position + 1 if raw_rows or position else 0

        # iter_rows starts at the sheet's first row in some formats and at its first used row in
        # others; the sheet's last used row tells which, so row numbers match what Excel shows.
        offset = 1
        if end is not None and count:
            offset = int(end[0]) + 1 - (count - 1)
            offset = max(offset, 1)
        row_numbers = [n + offset for n in numbers]
        if progress is not None:
            progress(total, total)
        return assemble_table(
            raw_rows, row_numbers, kinds, sheets=sheet_names, sheet=chosen, source_format=source_format
        )
    finally:
        try:
            workbook.close()
        except Exception:  # noqa: BLE001 - already closed
            pass


def _convert_row(
    values: Sequence[object], index: int, kinds: dict[tuple[int, int], str], slow: list[bool]
) -> list[str] | None:
    """A row of calamine values as text cells, or None when it is blank.

    Hot path (100,000 rows in well under a second): text and whole-number floats are converted
    inline; anything else (dates, booleans, odd floats) goes through cell_text, which also marks
    dates and booleans in ``kinds``."""
    cells = [
        (value.strip(STRIP) if "." not in value else text_cell(value))
        if value.__class__ is str
        else (
            str(int(value))
            if value.__class__ is float and value.is_integer() and -1e15 < value < 1e15
            else _other(value, slow)
        )
        for value in values
    ]
    if not any(cells):
        slow.clear()
        return None
    if not slow:
        return cells
    slow.clear()
    for column, value in enumerate(values):
        if value.__class__ is not str and value.__class__ is not float:
            _text, special = cell_text(value)
            if special is not None and _text:
                kinds[(index, column)] = special
    return cells


def _other(value: object, slow: list[bool]) -> str:
    slow.append(True)
    return cell_text(value)[0]
