"""What the gateway last said about a sent broadcast: status answers per batch, delivery reports per number.

A lookup never changes the send journal (a batch's state stays what the send answered); these
rows only add what is known since, for the per-number results and the report.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from kwtsms_desktop.store.database import transaction, utc_now


@dataclass(frozen=True)
class BatchLookup:
    seq: int
    status: str | None  # the gateway's raw status ("sent", ...); None when it answered an error
    description: str | None
    error_code: str | None  # ERR030 (stuck, or a test message), ERR029 (unknown id), ...
    checked_utc: str


@dataclass(frozen=True)
class NumberReport:
    number: str
    seq: int
    status: str  # the delivery report's raw status ("DELIVERED", "FAILED", ...)
    checked_utc: str


class LookupRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def record_status(
        self,
        broadcast_id: int,
        seq: int,
        *,
        status: str | None = None,
        description: str | None = None,
        error_code: str | None = None,
    ) -> None:
        """Keep the latest status answer of one batch (an OK answer, or the error code it gave)."""
        self._db.execute(
            "INSERT OR REPLACE INTO batch_lookups (broadcast_id, seq, status, description, error_code, checked_utc)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (broadcast_id, seq, status, description, error_code, utc_now()),
        )

    def record_reports(self, broadcast_id: int, seq: int, reports: Iterable[tuple[str, str]]) -> None:
        """Keep the latest delivery-report status of each (number, status) of one batch, in one transaction."""
        now = utc_now()
        rows = [(broadcast_id, number, seq, status, now) for number, status in reports]
        with transaction(self._db):
            self._db.executemany(
                "INSERT OR REPLACE INTO number_reports (broadcast_id, number, seq, status, checked_utc)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )

    def batch_lookups(self, broadcast_id: int) -> dict[int, BatchLookup]:
        rows = self._db.execute(
            "SELECT seq, status, description, error_code, checked_utc FROM batch_lookups WHERE broadcast_id = ?",
            (broadcast_id,),
        )
        return {int(row[0]): BatchLookup(*row) for row in rows}

    def number_reports(self, broadcast_id: int) -> dict[str, NumberReport]:
        rows = self._db.execute(
            "SELECT number, seq, status, checked_utc FROM number_reports WHERE broadcast_id = ?", (broadcast_id,)
        )
        return {row[0]: NumberReport(*row) for row in rows}
