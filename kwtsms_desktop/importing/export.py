"""Save a table as CSV (UTF-8 with BOM, formula-injection guarded) or XLSX: the rejected rows, for the office
to fix and re-import, and any table the user exports (rows to fix, a broadcast's results)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from kwtsms_desktop.importing.errors import ExportFailed, display_name, file_name
from kwtsms_desktop.importing.formula_guard import formula_safe_text
from kwtsms_desktop.importing.recipients import Rejected
from kwtsms_desktop.importing.table import Table
from kwtsms_desktop.importing.xlsx_writer import write_xlsx

ROW_HEADER = "Row in file"
PHONE_HEADER = "Phone as written"
REASON_HEADER = "Problem"


def guard_formula(value: object) -> str:
    """Text for a CSV cell; one that Excel or LibreOffice would run as a formula (also behind NULs,
    spaces, zero-width characters or a BOM, which are then removed) gets a leading apostrophe."""
    text = "" if value is None else str(value)
    guarded = formula_safe_text(text)
    return text if guarded is None else "'" + guarded


def rejected_rows(rejected: Sequence[Rejected], table: Table | None = None) -> tuple[list[str], list[list[object]]]:
    """Headers and rows to export: with the table, each rejected row's original cells, its row
    number and the problem (so the fixed file imports again); without it, row, phone and problem."""
    if table is None:
        return [ROW_HEADER, PHONE_HEADER, REASON_HEADER], [[item.row, item.raw, item.error] for item in rejected]
    by_row = {number: index for index, number in enumerate(table.row_numbers)}
    headers = list(table.headers) + [ROW_HEADER, REASON_HEADER]
    rows: list[list[object]] = []
    for item in rejected:
        index = by_row.get(item.row)
        cells: list[object] = list(table.rows[index]) if index is not None else [""] * len(table.headers)
        rows.append(cells + [item.row, item.error])
    return headers, rows


def write_csv(path: str | os.PathLike[str], headers: Sequence[object], rows: Iterable[Sequence[object]]) -> int:
    """UTF-8 with a BOM (so Excel shows Arabic), CRLF line ends, every cell formula-guarded."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([guard_formula(header) for header in headers])
        for row in rows:
            writer.writerow([guard_formula(cell) for cell in row])
            count += 1
    return count


def export_rejected(rejected: Sequence[Rejected], path: str | os.PathLike[str], table: Table | None = None) -> int:
    """Write the rejected rows to ``path``: XLSX when it ends in .xlsx, CSV otherwise. Returns rows written.

    Raises ExportFailed (an ImportFailed) with a sentence when the file cannot be written."""
    headers, rows = rejected_rows(rejected, table)
    return write_table(path, headers, rows, sheet_name="Rejected rows")


def write_table(
    path: str | os.PathLike[str],
    headers: Sequence[object],
    rows: Iterable[Sequence[object]],
    *,
    sheet_name: str = "Sheet1",
) -> int:
    """Write XLSX when the name ends in .xlsx, CSV otherwise; returns the number of rows written.

    Any failure to write becomes ExportFailed with a sentence (the window and the command line say it)."""
    target = Path(os.fspath(path))
    name = display_name(target)
    try:
        if target.suffix.lower() in (".xlsx", ".xlsm"):
            return write_xlsx(target, headers, rows, sheet_name=sheet_name)
        return write_csv(target, headers, rows)
    except PermissionError as error:
        raise ExportFailed(
            f"{name} could not be saved: you do not have permission, or it is open in Excel. Close it or choose another name.",
            "save_denied",
            file=file_name(name),
        ) from error
    except FileNotFoundError as error:
        raise ExportFailed(
            f"{name} could not be saved: the folder does not exist. Choose another folder.",
            "no_folder",
            file=file_name(name),
        ) from error
    except OSError as error:
        raise ExportFailed(
            f"{name} could not be saved ({error.strerror or error}). Check the disk has space and try another folder.",
            "save_failed",
            file=file_name(name),
        ) from error
