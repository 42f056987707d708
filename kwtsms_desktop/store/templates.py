"""Message templates: named message texts the user reuses."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kwtsms_desktop.store.database import utc_now


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    body: str
    updated_utc: str


class TemplateRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def save(self, name: str, body: str) -> int:
        """Create the template, or replace the body of the one with that name; returns its id."""
        self._db.execute(
            "INSERT INTO templates (name, body, updated_utc) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET body = excluded.body, updated_utc = excluded.updated_utc",
            (name, body, utc_now()),
        )
        return int(self._db.execute("SELECT id FROM templates WHERE name = ?", (name,)).fetchone()[0])

    def all(self) -> list[Template]:
        return [Template(*row) for row in self._db.execute("SELECT id, name, body, updated_utc FROM templates ORDER BY name")]

    def get(self, name: str) -> Template | None:
        row = self._db.execute("SELECT id, name, body, updated_utc FROM templates WHERE name = ?", (name,)).fetchone()
        return Template(*row) if row else None

    def delete(self, name: str) -> bool:
        return self._db.execute("DELETE FROM templates WHERE name = ?", (name,)).rowcount == 1
