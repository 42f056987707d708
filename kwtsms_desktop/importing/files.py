"""read_table: check the file is there and sane, find out what it really is, and hand it to the right reader.

Each reader is imported when a file of its kind arrives, for start-up speed (calamine is large).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from kwtsms_desktop.importing.errors import SUPPORTED_FORMATS, ImportCancelled, ImportFailed, display_name, file_name
from kwtsms_desktop.importing.guard import never_raises_other
from kwtsms_desktop.importing.limits import DEFAULT_LIMITS, Limits
from kwtsms_desktop.importing.sniff import sniff_format
from kwtsms_desktop.importing.table import Table

MAX_FILE_BYTES = 200 * 1024 * 1024
_HEAD_BYTES = 64 * 1024


def _check_file(path: Path, name: str) -> int:
    """The file's size, or ImportFailed for a missing, unreadable, empty or oversized file."""
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise ImportFailed(
            f"The file {name} was not found. It may have been moved, renamed or deleted; choose the file again.",
            "not_found",
            file=file_name(name),
        ) from error
    except PermissionError as error:
        raise ImportFailed(
            f"You do not have permission to open the file {name}. Ask the file's owner for access, or copy it to your Documents folder and import the copy.",
            "no_permission",
            file=file_name(name),
        ) from error
    except (OSError, ValueError) as error:
        raise ImportFailed(
            f"The file {name} could not be opened ({getattr(error, 'strerror', None) or 'the path is not valid'}). Choose the file again.",
            "cannot_open",
            file=file_name(name),
        ) from error
    if stat.S_ISDIR(info.st_mode):
        raise ImportFailed(
            f"The file {name} is a folder, not a file. Choose a file inside it.", "folder", file=file_name(name)
        )
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailed(
            f"The file {name} is not a regular file. Choose a spreadsheet, CSV or contacts file.",
            "not_regular",
            file=file_name(name),
        )
    if info.st_size == 0:
        raise ImportFailed(
            f"The file {name} is empty (0 bytes): it has no rows to import. Check you chose the right file.",
            "empty",
            file=file_name(name),
        )
    if info.st_size > MAX_FILE_BYTES:
        megabytes = info.st_size // (1024 * 1024)
        raise ImportFailed(
            f"The file {name} is too large to import ({megabytes} MB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB). Split it into smaller files.",
            "too_large",
            file=file_name(name),
            megabytes=megabytes,
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    if not os.access(path, os.R_OK):
        raise ImportFailed(
            f"You do not have permission to open the file {name}. Ask the file's owner for access, or copy it to your Documents folder and import the copy.",
            "no_permission",
            file=file_name(name),
        )
    return int(info.st_size)


def _read_head(path: Path, name: str) -> bytes:
    try:
        with open(path, "rb") as stream:
            return stream.read(_HEAD_BYTES)
    except PermissionError as error:
        raise ImportFailed(
            f"The file {name} is open in another program or you do not have permission to read it. Close it in Excel and try again.",
            "in_use",
            file=file_name(name),
        ) from error
    except OSError as error:
        raise ImportFailed(
            f"The file {name} could not be read ({error.strerror or 'input/output error'}). Copy it to this computer and try again.",
            "cannot_read",
            file=file_name(name),
        ) from error


@never_raises_other(
    "The file could not be read: it may be damaged or in a format this app does not understand. It reads "
    + SUPPORTED_FORMATS
    + ".",
    "unreadable_file",
)
def read_table(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Table:
    """Read a spreadsheet (.xlsx .xlsm .xls .xlsb .ods), text (.csv .txt .tsv) or contacts (.vcf) file.

    ``sheet`` picks a workbook sheet by name (default: the first one with cells). ``progress(done, total)``
    is called now and then (rows for workbooks, bytes for text); ``should_cancel()`` returning True (e.g.
    ``threading.Event().is_set``) stops the read with ImportCancelled. Any failure raises ImportFailed,
    also a file with more columns, rows or cells than ``limits`` (checked before the table is built).
    """
    try:
        file_path = Path(os.fspath(path))
    except TypeError as error:
        raise ImportFailed("No file was chosen. Choose a spreadsheet, CSV or contacts file.", "no_file") from error
    name = display_name(file_path)
    size = _check_file(file_path, name)
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()
    head = _read_head(file_path, name)
    kind = sniff_format(file_path, head)
    if kind in ("xlsx", "xlsb", "ods", "xls"):
        from kwtsms_desktop.importing.spreadsheet import read_workbook

        return read_workbook(file_path, sheet, kind, progress, should_cancel, limits)
    if kind == "vcf":
        from kwtsms_desktop.importing.vcard import read_vcard_file

        return read_vcard_file(file_path, size, progress, should_cancel, limits)
    if kind == "html":
        from kwtsms_desktop.importing.html_table import read_html_file

        return read_html_file(file_path, size, progress, should_cancel, limits)
    from kwtsms_desktop.importing.text_files import read_text_file

    return read_text_file(file_path, size, progress, should_cancel, limits)
