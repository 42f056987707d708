"""The message fields a broadcast's recipients have, and each recipient's values (Qt-free).

A recipient from the recipients file has every column of its row (``{name}`` is the name column,
detected or chosen); a contact from a group has its saved fields and its name. Both feed
core.plan.make_plan (``fields_of`` and ``available_fields``); the window's "Insert field" menu
lists :meth:`RecipientFields.available`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kwtsms_desktop.core.fields import NAME, field_key, keyed_fields


class RecipientFields:
    """Field values of recipients: ``table`` is the recipients file (an importing.Table) or None,
    ``name_column`` its name column (index) or None."""

    def __init__(self, table: Any = None, name_column: int | None = None) -> None:
        self._table = table
        self._name_column = name_column
        self._columns: list[tuple[str, int]] = []
        self._row_index: dict[int, int] = {}
        if table is not None:
            self._columns = [(field_key(h), i) for i, h in enumerate(table.headers) if field_key(h)]
            numbers = table.row_numbers if len(table.row_numbers) == len(table.rows) else range(1, len(table.rows) + 1)
            self._row_index = {number: index for index, number in enumerate(numbers)}

    def available(self, recipients: Iterable[Any]) -> list[str]:
        """The fields the recipients have, as first written (headers keep their spelling), each once."""
        names: dict[str, str] = {}
        if self._table is not None:
            if self._name_column is not None:
                names[NAME] = NAME
            for header in self._table.headers:
                if field_key(header):
                    names.setdefault(field_key(header), " ".join(header.split()))
        for recipient in recipients:
            if not _from_file(recipient):
                names.setdefault(NAME, NAME)
                for header in _saved_fields(recipient):
                    names.setdefault(field_key(header), " ".join(header.split()))
        return list(names.values())

    def __call__(self, recipient: Any) -> dict[str, str]:
        """The recipient's values keyed by field_key (what make_plan's ``fields_of`` returns)."""
        name = getattr(recipient, "name", None) or ""
        if not _from_file(recipient):
            return keyed_fields(_saved_fields(recipient), name)
        values: dict[str, str] = {}
        index = self._row_index.get(getattr(recipient, "row", None))  # type: ignore[arg-type]
        if index is not None:
            cells = self._table.rows[index]
            width = len(cells)
            for key, column in self._columns:
                cell = cells[column] if column < width else ""
                if cell or key not in values:
                    values[key] = cell
        if self._name_column is not None and (name or NAME not in values):
            values[NAME] = name
        return values


def _from_file(recipient: Any) -> bool:
    """A recipient read from the file (an importing.Recipient, or an audience member whose source is a file)."""
    source = getattr(recipient, "source", None)
    return source is None or str(source).startswith("file:")


def _saved_fields(recipient: Any) -> dict[str, str]:
    return getattr(recipient, "fields", None) or {}
