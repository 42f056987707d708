"""Saved contacts: normalized number and a name."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from kwtsms_desktop.store.database import utc_now


@dataclass(frozen=True)
class Contact:
    number: str
    name: str | None


class ContactRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def add(self, contacts: Iterable[tuple[str, str | None]]) -> None:
        """Add (number, name) pairs; a number already saved gets the new name when one is given."""
        now = utc_now()
        self._db.executemany(
            "INSERT INTO contacts (number, name, added_utc) VALUES (?, ?, ?)"
            " ON CONFLICT (number) DO UPDATE SET name = COALESCE(excluded.name, contacts.name)",
            [(number, name, now) for number, name in contacts],
        )

    def all(self) -> list[Contact]:
        return [Contact(*row) for row in self._db.execute("SELECT number, name FROM contacts ORDER BY id")]

    def remove(self, number: str) -> bool:
        return self._db.execute("DELETE FROM contacts WHERE number = ?", (number,)).rowcount == 1
