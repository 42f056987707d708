"""The draft repository: the message being written, its sender and its recipient rows, restored at the next start."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from kwtsms_desktop.store.database import transaction, utc_now

# (source_row, number, raw, name, status, reason, first_row): one recipient row as the window shows it
DraftRow = tuple[int | None, str, str | None, str | None, str, str | None, int | None]


@dataclass(frozen=True)
class Draft:
    text: str
    sender: str | None
    recipients: list[DraftRow]
    updated_utc: str


class DraftRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def save(self, text: str, sender: str | None, recipients: Iterable[DraftRow] | None = None) -> None:
        """Keep the draft; `recipients=None` leaves the saved rows as they are (only the text changed)."""
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO draft (id, text, sender, updated_utc) VALUES (1, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET text = excluded.text, sender = excluded.sender,"
                " updated_utc = excluded.updated_utc",
                (text, sender, utc_now()),
            )
            if recipients is not None:
                self._db.execute("DELETE FROM draft_recipients")
                self._db.executemany(
                    "INSERT INTO draft_recipients (source_row, number, raw, name, status, reason, first_row)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    recipients,
                )

    def load(self) -> Draft | None:
        row = self._db.execute("SELECT text, sender, updated_utc FROM draft WHERE id = 1").fetchone()
        if row is None:
            return None
        rows = self._db.execute(
            "SELECT source_row, number, raw, name, status, reason, first_row FROM draft_recipients ORDER BY position"
        ).fetchall()
        return Draft(row[0], row[1], [tuple(r) for r in rows], row[2])

    def clear(self) -> None:
        with transaction(self._db):
            self._db.execute("DELETE FROM draft")
            self._db.execute("DELETE FROM draft_recipients")
