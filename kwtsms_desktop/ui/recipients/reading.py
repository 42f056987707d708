"""Reading a file or pasted text into a table and finding its phone and name columns (run on the background runner).

Plain work, no widgets: it takes `progress(done, total)` and `cancelled()` hooks from
ui/shared/background.py's runner. Turning the table into entries is engine/recipients_list.py's
``build_entries``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kwtsms_desktop.importing import detect_name_column, detect_phone_column, read_table, table_from_text
from kwtsms_desktop.importing.errors import ImportCancelled, display_name
from kwtsms_desktop.importing.table import Table
from kwtsms_desktop.ui.shared.background import Cancelled, Progress
from kwtsms_desktop.ui.shared.translation import translate


@dataclass
class ReadOutcome:
    """A file or paste read into a table, with the columns detected in it."""

    table: Table
    phone_column: int | None
    name_column: int | None
    source: str  # the file's name, or "pasted text"
    path: str | None = None


def read_source(
    *,
    path: str | None = None,
    text: str | None = None,
    sheet: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReadOutcome:
    """Read a file (or pasted text) and detect its phone and name columns. Raises ImportFailed."""
    if path is not None:
        table = read_table(path, sheet, progress=progress, should_cancel=cancelled)
        source = display_name(path)
    else:
        table = table_from_text(text or "")
        source = translate("recipients.reading", "pasted text")
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    phone = detect_phone_column(table)
    name = detect_name_column(table, phone) if phone is not None else detect_name_column(table)
    return ReadOutcome(table=table, phone_column=phone, name_column=name, source=source, path=path)
