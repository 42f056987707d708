"""The recipients repository: who was in which batch, and who was set aside and why (for history and export)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class RecipientRow:
    number: str
    raw: str | None
    name: str | None
    row: int | None
    batch_seq: int | None
    set_aside: str | None  # core.plan's SET_ASIDE_REASONS (invalid, ..., no_value, too_long); None when in a batch
    detail: str | None
    batch_state: str | None  # the state of its batch; None when set aside


class RecipientRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def of_broadcast(self, broadcast_id: int) -> list[RecipientRow]:
        """Every recipient of a broadcast, in the order they were planned, with their batch's state."""
        rows = self._db.execute(
            "SELECT r.number, r.raw, r.name, r.source_row, r.batch_seq, r.set_aside, r.detail, b.state"
            " FROM recipients r LEFT JOIN batches b ON b.broadcast_id = r.broadcast_id AND b.seq = r.batch_seq"
            " WHERE r.broadcast_id = ? ORDER BY r.id",
            (broadcast_id,),
        )
        return [RecipientRow(*row) for row in rows]

    def set_aside(self, broadcast_id: int) -> list[RecipientRow]:
        return [r for r in self.of_broadcast(broadcast_id) if r.set_aside is not None]
