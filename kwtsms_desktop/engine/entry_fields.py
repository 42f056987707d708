"""The message fields of the recipients list: each imported row's columns, kept with its entry (engine/recipients_list.py).

An import keeps, for each valid row, the row's cells (no copy: the cells the file reader made)
and one shared description of the file's columns, so ``{name}`` and ``{any column}`` can be filled
in when the message is planned. ``values`` is what core.plan.make_plan's ``fields_of`` wants,
``available`` what the Insert field menu lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kwtsms_desktop.core.fields import NAME, field_key


class FileColumns:
    """The columns of one imported file, each a message field (a header with a brace or a line break
    cannot be written as a field, so it is left out)."""

    __slots__ = ("columns", "has_name", "names")

    def __init__(self, headers: list[str], name_column: int | None) -> None:
        columns: list[tuple[str, int]] = []
        names = {NAME: NAME} if name_column is not None else {}
        for index, header in enumerate(headers):
            key = field_key(header)
            if key and not set("{}\n") & set(header):
                columns.append((key, index))
                names.setdefault(key, " ".join(header.split()))
        self.columns = tuple(columns)
        self.has_name = name_column is not None
        self.names = names  # field_key -> the name as written in the file

    @property
    def useful(self) -> bool:
        return bool(self.columns) or self.has_name


class RowFields:
    """One row's cells with its file's columns (a few bytes per row: both are shared with the reader)."""

    __slots__ = ("file", "cells")

    def __init__(self, file: FileColumns, cells: list[str]) -> None:
        self.file = file
        self.cells = cells


def values(entry: Any) -> dict[str, str]:
    """The entry's field values keyed by field_key (its name is ``{name}`` when its file had a name column)."""
    row = getattr(entry, "fields", None)
    name = getattr(entry, "name", "") or ""
    if not isinstance(row, RowFields):
        return {NAME: name} if name else {}
    keyed: dict[str, str] = {}
    cells = row.cells
    width = len(cells)
    for key, index in row.file.columns:
        cell = cells[index] if index < width else ""
        if cell or key not in keyed:
            keyed[key] = cell
    if row.file.has_name and (name or NAME not in keyed):
        keyed[NAME] = name
    return keyed


def available(entries: Iterable[Any]) -> list[str]:
    """The fields some of the entries have, as first written, each once (``name`` first when there)."""
    names: dict[str, str] = {}
    seen: set[int] = set()
    for entry in entries:
        row = getattr(entry, "fields", None)
        if isinstance(row, RowFields):
            if id(row.file) in seen:
                continue
            seen.add(id(row.file))
            for key, name in row.file.names.items():
                names.setdefault(key, name)
        elif getattr(entry, "name", ""):
            names.setdefault(NAME, NAME)
    if NAME in names:  # {name} is the one every office uses: first in the menu
        return [NAME] + [name for key, name in names.items() if key != NAME]
    return list(names.values())
