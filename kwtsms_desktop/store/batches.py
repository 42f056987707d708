"""The batches repository: the send journal's state moves, each one committed on its own.

Every move names the state it leaves; a batch found in another state raises
:class:`JournalConflict` instead of being overwritten (two writers, or a bug, never go unnoticed).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from kwtsms_desktop.store.database import utc_now


class JournalConflict(Exception):
    """A batch was not in the state a move expected."""


class BroadcastCancelled(JournalConflict):
    """The broadcast was cancelled: none of its batches may start sending any more."""


@dataclass(frozen=True)
class Batch:
    broadcast_id: int
    seq: int
    state: str
    numbers: list[str]
    msg_id: str | None
    points_charged: float | None
    balance_after: float | None
    gateway_timestamp: int | None
    sent_utc: str | None
    answered_utc: str | None
    error_code: str | None
    error_text: str | None
    attempts: int
    marked_by_user: bool
    message: str | None = None  # the exact text this batch sends; None in batches journaled before fields

    @property
    def size(self) -> int:
        return len(self.numbers)


_COLUMNS = (
    "broadcast_id, seq, state, numbers, msg_id, points_charged, balance_after, gateway_timestamp,"
    " sent_utc, answered_utc, error_code, error_text, attempts, marked_by_user, message"
)


def _batch(row: sqlite3.Row) -> Batch:
    values = dict(row)
    values["numbers"] = json.loads(values["numbers"])
    values["marked_by_user"] = bool(values["marked_by_user"])
    return Batch(**values)


class BatchRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    # --- reading --------------------------------------------------------------------------------
    def of_broadcast(self, broadcast_id: int) -> list[Batch]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM batches WHERE broadcast_id = ? ORDER BY seq", (broadcast_id,))
        return [_batch(row) for row in rows]

    def get(self, broadcast_id: int, seq: int) -> Batch | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM batches WHERE broadcast_id = ? AND seq = ?", (broadcast_id, seq)
        ).fetchone()
        return _batch(row) if row else None

    def next_pending(self, broadcast_id: int) -> Batch | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM batches WHERE broadcast_id = ? AND state = 'pending' ORDER BY seq LIMIT 1",
            (broadcast_id,),
        ).fetchone()
        return _batch(row) if row else None

    def in_state(self, broadcast_id: int, state: str) -> list[Batch]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM batches WHERE broadcast_id = ? AND state = ? ORDER BY seq", (broadcast_id, state)
        )
        return [_batch(row) for row in rows]

    def counts(self, broadcast_id: int) -> dict[str, tuple[int, int]]:
        """state -> (batches, numbers)."""
        rows = self._db.execute(
            "SELECT state, COUNT(*), SUM(size) FROM batches WHERE broadcast_id = ? GROUP BY state", (broadcast_id,)
        )
        return {row[0]: (int(row[1]), int(row[2] or 0)) for row in rows}

    def points_charged(self, broadcast_id: int) -> float:
        row = self._db.execute(
            "SELECT COALESCE(SUM(points_charged), 0) FROM batches WHERE broadcast_id = ?", (broadcast_id,)
        ).fetchone()
        return float(row[0])

    # --- the journal's moves --------------------------------------------------------------------
    def mark_sending(self, broadcast_id: int, seq: int) -> None:
        """pending -> sending, committed before the request is made; never for a cancelled broadcast.

        The cancel check is part of the same UPDATE, so a cancel committed by another window or
        command either comes first (this raises BroadcastCancelled) or finds this batch in flight.
        """
        cursor = self._db.execute(
            "UPDATE batches SET state = 'sending', attempts = attempts + 1, sent_utc = ?, error_code = NULL,"
            " error_text = NULL WHERE broadcast_id = ? AND seq = ? AND state = 'pending' AND NOT EXISTS"
            " (SELECT 1 FROM broadcasts WHERE id = ? AND state = 'cancelled')",
            (utc_now(), broadcast_id, seq, broadcast_id),
        )
        if cursor.rowcount == 1:
            return
        cancelled = self._db.execute(
            "SELECT 1 FROM broadcasts WHERE id = ? AND state = 'cancelled'", (broadcast_id,)
        ).fetchone()
        if cancelled is not None:
            raise BroadcastCancelled(f"Broadcast {broadcast_id} was cancelled; batch {seq} is not sent.")
        raise self._conflict(broadcast_id, seq, "pending", "sending")

    def mark_accepted(
        self,
        broadcast_id: int,
        seq: int,
        *,
        msg_id: str,
        points_charged: float | None,
        balance_after: float | None,
        gateway_timestamp: int | None,
        note: str | None = None,
    ) -> None:
        """sending -> accepted, with what the gateway answered (``note``: e.g. fewer numbers taken than sent)."""
        self._move(
            broadcast_id,
            seq,
            "sending",
            "accepted",
            "msg_id = ?, points_charged = ?, balance_after = ?, gateway_timestamp = ?, answered_utc = ?,"
            " error_code = NULL, error_text = ?",
            (msg_id, points_charged, balance_after, gateway_timestamp, utc_now(), note),
        )

    def mark_rejected(self, broadcast_id: int, seq: int, *, error_code: str, error_text: str | None = None) -> None:
        """sending -> rejected: the gateway refused this batch's numbers."""
        self._answered(broadcast_id, seq, "rejected", error_code, error_text)

    def mark_pending_again(
        self, broadcast_id: int, seq: int, *, error_code: str | None = None, error_text: str | None = None
    ) -> None:
        """sending -> pending: the gateway refused the call in a way that sent nothing (retry or pause)."""
        self._answered(broadcast_id, seq, "pending", error_code, error_text)

    def mark_uncertain(self, broadcast_id: int, seq: int, *, error_code: str, error_text: str | None = None) -> None:
        """sending -> uncertain: the request went out and no readable answer came back."""
        self._answered(broadcast_id, seq, "uncertain", error_code, error_text)

    def recover_sending(self, broadcast_id: int | None = None) -> list[tuple[int, int]]:
        """Every batch left in 'sending' (the process died mid-request) becomes 'uncertain'.

        Returns the (broadcast_id, seq) pairs moved.
        """
        where, params = ("AND broadcast_id = ?", (broadcast_id,)) if broadcast_id is not None else ("", ())
        rows = self._db.execute(
            "UPDATE batches SET state = 'uncertain', error_code = 'INTERRUPTED',"
            " error_text = 'The app stopped while this batch was being sent.', answered_utc = ?"
            f" WHERE state = 'sending' {where} RETURNING broadcast_id, seq",
            (utc_now(), *params),
        ).fetchall()
        return sorted((int(row[0]), int(row[1])) for row in rows)

    def resend_uncertain(self, broadcast_id: int, seq: int) -> None:
        """uncertain -> pending, on the user's explicit choice: the batch will be sent again."""
        self._move(broadcast_id, seq, "uncertain", "pending", "marked_by_user = 0", ())

    def mark_received(self, broadcast_id: int, seq: int) -> None:
        """uncertain -> accepted, on the user's word (flagged as marked by the user)."""
        self._move(broadcast_id, seq, "uncertain", "accepted", "marked_by_user = 1, answered_utc = ?", (utc_now(),))

    def _answered(self, broadcast_id: int, seq: int, to: str, error_code: str | None, error_text: str | None) -> None:
        self._move(
            broadcast_id,
            seq,
            "sending",
            to,
            "error_code = ?, error_text = ?, answered_utc = ?",
            (error_code, error_text, utc_now()),
        )

    def _move(
        self, broadcast_id: int, seq: int, from_state: str, to_state: str, sets: str, params: tuple[object, ...]
    ) -> None:
        cursor = self._db.execute(
            f"UPDATE batches SET state = ?, {sets} WHERE broadcast_id = ? AND seq = ? AND state = ?",
            (to_state, *params, broadcast_id, seq, from_state),
        )
        if cursor.rowcount != 1:
            raise self._conflict(broadcast_id, seq, from_state, to_state)

    def _conflict(self, broadcast_id: int, seq: int, from_state: str, to_state: str) -> JournalConflict:
        found = self.get(broadcast_id, seq)
        where = f"is {found.state!r}" if found else "does not exist"
        return JournalConflict(
            f"Batch {seq} of broadcast {broadcast_id} {where}; it had to be {from_state!r} to become {to_state!r}."
        )
