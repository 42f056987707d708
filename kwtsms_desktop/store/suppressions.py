"""The suppression list: numbers that must never be sent to (opt-outs), with why."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from kwtsms_desktop.store.database import StoreError, utc_now


class SuppressionListUnreadable(StoreError):
    """The do-not-send list cannot be read: nothing may be sent until it can (fail closed)."""


class SuppressionRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def add(self, numbers: Iterable[str], reason: str | None = None) -> int:
        """Suppress normalized numbers; returns how many were new."""
        before = self.count()
        now = utc_now()
        self._db.executemany(
            "INSERT OR IGNORE INTO suppressions (number, reason, added_utc) VALUES (?, ?, ?)",
            [(number, reason, now) for number in numbers],
        )
        return self.count() - before

    def remove(self, number: str) -> bool:
        return self._db.execute("DELETE FROM suppressions WHERE number = ?", (number,)).rowcount == 1

    def numbers(self) -> set[str]:
        """Every suppressed number. Raises SuppressionListUnreadable when the list cannot be read: a
        send planned with an empty list would reach the people who asked not to get messages."""
        try:
            return {row[0] for row in self._db.execute("SELECT number FROM suppressions")}
        except sqlite3.DatabaseError as error:
            raise SuppressionListUnreadable(
                f"The do-not-send list cannot be read ({error}), so nothing was sent: sending now could "
                "reach people who asked not to get messages. Restore a backup of the data folder, or "
                "choose another data folder."
            ) from error

    def entries(self) -> list[tuple[str, str | None, str]]:
        """(number, reason, added UTC), oldest first."""
        return [
            tuple(row)
            for row in self._db.execute("SELECT number, reason, added_utc FROM suppressions ORDER BY added_utc, number")
        ]

    def contains(self, number: str) -> bool:
        return self._db.execute("SELECT 1 FROM suppressions WHERE number = ?", (number,)).fetchone() is not None

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM suppressions").fetchone()[0])
