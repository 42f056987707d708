"""Saving a table the user asked for (rows to fix, a broadcast's results) as CSV or XLSX.

CSV: UTF-8 with a BOM so Excel shows Arabic, every cell guarded against formula injection
(importing.export.write_csv). XLSX: importing's small streaming writer (cells stay text, so
nothing is ever run as a formula). Any failure to write becomes ExportFailed with a sentence.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from kwtsms_desktop.importing.errors import ExportFailed, ImportCancelled, display_name
from kwtsms_desktop.importing.export import write_csv
from kwtsms_desktop.importing.xlsx_writer import write_xlsx

CSV_OR_XLSX_FILTER = "CSV for Excel (*.csv);;Excel workbook (*.xlsx)"


def write_table(
    path: str | os.PathLike[str],
    headers: Sequence[object],
    rows: Iterable[Sequence[object]],
    *,
    sheet_name: str = "Sheet1",
) -> int:
    """Write XLSX when the name ends in .xlsx, CSV otherwise; returns the number of rows written."""
    target = Path(os.fspath(path))
    name = display_name(target)
    try:
        if target.suffix.lower() in (".xlsx", ".xlsm"):
            return write_xlsx(target, headers, rows, sheet_name=sheet_name)
        return write_csv(target, headers, rows)
    except PermissionError as error:
        raise ExportFailed(
            f"{name} could not be saved: you do not have permission, or it is open in Excel. "
            "Close it or choose another name."
        ) from error
    except FileNotFoundError as error:
        raise ExportFailed(f"{name} could not be saved: the folder does not exist. Choose another folder.") from error
    except OSError as error:
        raise ExportFailed(
            f"{name} could not be saved ({error.strerror or error}). Check the disk has space and try another folder."
        ) from error


def with_suffix_from_filter(path: str, chosen_filter: str) -> str:
    """Add .csv or .xlsx when the user typed a name without one (the save dialog's chosen filter says which)."""
    if Path(path).suffix:
        return path
    return path + (".xlsx" if "xlsx" in chosen_filter else ".csv")


def with_progress(
    rows: Iterable[Sequence[object]],
    total: int,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    every: int = 2000,
) -> Iterator[Sequence[object]]:
    """The rows, reporting progress(done, total) every `every` rows; stops when `cancelled()` (ImportWorker's hooks)."""
    done = 0
    for row in rows:
        if done % every == 0:
            progress(done, total)
            if cancelled():
                raise ImportCancelled("The export was cancelled.")
        done += 1
        yield row
    progress(total, total)
