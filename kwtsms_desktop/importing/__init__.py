"""Importing: any office file or pasted text to a Table of text cells, then to recipients (valid, rejected with reasons, duplicates dropped)."""

from __future__ import annotations

from kwtsms_desktop.importing.columns import detect_name_column, detect_phone_column
from kwtsms_desktop.importing.errors import ExportFailed, ImportCancelled, ImportFailed
from kwtsms_desktop.importing.export import export_rejected
from kwtsms_desktop.importing.files import MAX_FILE_BYTES, read_table
from kwtsms_desktop.importing.pasted import table_from_text
from kwtsms_desktop.importing.recipients import Duplicate, Recipient, RecipientImport, Rejected, build_recipients
from kwtsms_desktop.importing.table import Table

__all__ = [
    "Duplicate",
    "MAX_FILE_BYTES",
    "ExportFailed",
    "ImportCancelled",
    "ImportFailed",
    "Recipient",
    "RecipientImport",
    "Rejected",
    "Table",
    "build_recipients",
    "detect_name_column",
    "detect_phone_column",
    "export_rejected",
    "read_table",
    "table_from_text",
]
