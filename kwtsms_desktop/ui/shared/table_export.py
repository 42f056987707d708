"""The window's side of saving a table as CSV or XLSX: the save dialog's filter, the suffix it implies, progress.

The writing itself (formula-guarded CSV with a BOM, or XLSX whose cells stay text) is
importing/export.py's ``write_table``, shared with the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from kwtsms_desktop.importing.errors import ImportCancelled
from kwtsms_desktop.ui.shared.translation import translatable, translate

CSV_OR_XLSX_FILTER = translatable("shared.table_export", "CSV for Excel (*.csv);;Excel workbook (*.xlsx)")


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
    """The rows, reporting progress(done, total) every `every` rows; stops when `cancelled()` (the background runner's hooks)."""
    done = 0
    for row in rows:
        if done % every == 0:
            progress(done, total)
            if cancelled():
                raise ImportCancelled("The export was cancelled.")
        done += 1
        yield row
    progress(total, total)


def saving_text(done: int, total: int) -> str:
    """ "Saving 1,200 rows… 40%": an export's progress line, in the window's language."""
    return translate(
        "shared.table_export",
        "Saving {count} row(s)… {percent}%",
        n=total,
        count=f"{total:,}",
        percent=done * 100 // total,
    )
