"""The one exception type importing lets escape, with sentences a person understands."""

from __future__ import annotations

from pathlib import Path

SUPPORTED_FORMATS = (
    "Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods), CSV or text (.csv, .txt, .tsv) and contacts (.vcf)"
)


class ImportFailed(Exception):
    """A file or pasted text could not be turned into a table; ``str(error)`` is the sentence to show.

    ``code`` names the failure for a window that says it in its own language (``not_found``,
    ``damaged``, ``too_many_cells``...; ``failed`` when nothing more precise is known), with
    ``params``: ``file`` the file's name (None for pasted text) and the figures the sentence quotes.
    """

    def __init__(self, message: str, code: str = "failed", **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.message


class ImportCancelled(ImportFailed):
    """The user cancelled a long import through the cancel hook."""

    def __init__(self, message: str = "The import was cancelled. Nothing was imported.") -> None:
        super().__init__(message, "cancelled")


def file_name(quoted: str | None) -> str | None:
    """The bare file name inside display_name's quotes (None stays None): the ``file`` param."""
    return quoted[1:-1] if quoted and quoted[0] == "“" and quoted[-1] == "”" else quoted


def display_name(path: object) -> str:
    """The file's name as the user knows it (no folders), quoted, for messages."""
    try:
        name = Path(str(path)).name or str(path)
    except Exception:  # noqa: BLE001 - a message must never fail
        name = "?"
    return f"“{name}”"


class ExportFailed(ImportFailed):
    """Writing an export file failed (folder missing, no permission, file open in Excel, disk full)."""
