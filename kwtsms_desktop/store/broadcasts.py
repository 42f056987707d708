"""The broadcasts repository: journaling a plan (broadcast, batches, recipients in one transaction), states, summaries."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from kwtsms_desktop.store.database import transaction, utc_now
from kwtsms_desktop.store.migrations import BROADCAST_STATES


@dataclass(frozen=True)
class Broadcast:
    id: int
    created_utc: str
    updated_utc: str
    message: str
    cleaned_message: str
    sender: str
    test: bool
    encoding: str
    pages: int
    estimated_points: int
    gateway_url: str | None
    source: str | None
    state: str
    error_code: str | None
    reason_en: str | None
    reason_ar: str | None
    due_utc: str | None = None  # scheduled: when to send; paused for quiet hours: when to go on

    @property
    def missed(self) -> bool:
        """Scheduled, and its time passed while nothing was running: waits for the user's choice."""
        return self.state == "scheduled" and self.error_code == MISSED


# error_code of a scheduled broadcast whose time passed unsent, and of one paused for quiet hours.
MISSED = "MISSED"
QUIET_HOURS = "QUIET_HOURS"
FINISHED_STATES = ("finished", "cancelled")
# What run-due may take when its time comes: scheduled and not missed, or paused for quiet hours.
_DUE_CANDIDATE = (
    f"due_utc IS NOT NULL AND ((state = 'scheduled' AND COALESCE(error_code, '') != '{MISSED}')"
    f" OR (state = 'paused' AND error_code = '{QUIET_HOURS}'))"
)


@dataclass(frozen=True)
class BroadcastSummary:
    """A broadcast with what its batches say: counts of batches and of numbers in each state, points charged."""

    broadcast: Broadcast
    batches_total: int
    batches_by_state: dict[str, int]
    numbers_by_state: dict[str, int]
    set_aside: int
    points_charged: float

    @property
    def id(self) -> int:
        return self.broadcast.id

    @property
    def state(self) -> str:
        return self.broadcast.state

    @property
    def numbers_total(self) -> int:
        return sum(self.numbers_by_state.values())

    def numbers(self, state: str) -> int:
        return self.numbers_by_state.get(state, 0)


def _broadcast(row: sqlite3.Row) -> Broadcast:
    values = dict(row)
    values["test"] = bool(values["test"])
    return Broadcast(**values)


class BroadcastRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def create(
        self, plan: Any, *, gateway_url: str | None = None, source: str | None = None, due_utc: str | None = None
    ) -> int:
        """Journal a :class:`~kwtsms_desktop.core.plan.SendPlan`; returns the new broadcast id.

        The broadcast, every batch (pending, with the exact text it sends) and every recipient (in a
        batch or set aside) are written in one transaction: after a crash the plan is either all
        there or not at all.
        With ``due_utc`` the broadcast is ``scheduled`` for then, else ``planned``.
        """
        now = utc_now()
        info = plan.message
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO broadcasts (created_utc, updated_utc, message, cleaned_message, sender, test,"
                " encoding, pages, estimated_points, gateway_url, source, state, due_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    now,
                    now,
                    plan.text,
                    getattr(plan, "journal_text", info.cleaned),
                    plan.sender,
                    int(plan.test),
                    info.encoding,
                    info.pages,
                    plan.estimated_points,
                    gateway_url,
                    source,
                    "scheduled" if due_utc else "planned",
                    due_utc,
                ),
            )
            broadcast_id = cursor.lastrowid
            assert broadcast_id is not None  # an INSERT always sets it
            seq_of: dict[str, int] = {}
            batch_rows = []
            texts = getattr(plan, "batch_texts", ()) or [info.cleaned] * len(plan.batches)
            for seq, (numbers, text) in enumerate(zip(plan.batches, texts, strict=True), start=1):
                batch_rows.append((broadcast_id, seq, json.dumps(list(numbers)), len(numbers), text))
                for number in numbers:
                    seq_of[number] = seq
            self._db.executemany(
                "INSERT INTO batches (broadcast_id, seq, state, numbers, size, message)"
                " VALUES (?, ?, 'pending', ?, ?, ?)",
                batch_rows,
            )
            self._db.executemany(
                "INSERT INTO recipients (broadcast_id, batch_seq, number, raw, name, source_row)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(broadcast_id, seq_of.get(r.number), r.number, r.raw, r.name, r.row) for r in plan.recipients],
            )
            self._db.executemany(
                "INSERT INTO recipients (broadcast_id, number, raw, name, source_row, set_aside, detail)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(broadcast_id, s.number, s.raw, s.name, s.row, s.reason, s.detail) for s in plan.set_aside],
            )
        return broadcast_id

    def get(self, broadcast_id: int) -> Broadcast | None:
        row = self._db.execute("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,)).fetchone()
        return _broadcast(row) if row else None

    def all(self) -> list[Broadcast]:
        return [_broadcast(row) for row in self._db.execute("SELECT * FROM broadcasts ORDER BY id")]

    def ids(self, *, states: tuple[str, ...] | None = None) -> list[int]:
        if states is None:
            rows = self._db.execute("SELECT id FROM broadcasts ORDER BY id")
        else:
            marks = ",".join("?" * len(states))
            rows = self._db.execute(f"SELECT id FROM broadcasts WHERE state IN ({marks}) ORDER BY id", states)
        return [int(row[0]) for row in rows]

    def set_state(
        self,
        broadcast_id: int,
        state: str,
        *,
        error_code: str | None = None,
        reason_en: str | None = None,
        reason_ar: str | None = None,
    ) -> None:
        """Record the broadcast's state and why (the reason is cleared when none is given).

        A cancel is final: a cancelled broadcast stays cancelled whatever a runner still reports.
        """
        if state not in BROADCAST_STATES:
            raise ValueError(f"unknown broadcast state {state!r}")
        self._db.execute(
            "UPDATE broadcasts SET state = ?, error_code = ?, reason_en = ?, reason_ar = ?, updated_utc = ?"
            " WHERE id = ? AND (state != 'cancelled' OR ? = 'cancelled')",
            (state, error_code, reason_en, reason_ar, utc_now(), broadcast_id, state),
        )

    def set_gateway_url(self, broadcast_id: int, gateway_url: str | None) -> None:
        self._db.execute(
            "UPDATE broadcasts SET gateway_url = ?, updated_utc = ? WHERE id = ?",
            (gateway_url, utc_now(), broadcast_id),
        )

    # ---- send later: every move is one conditional UPDATE, so two processes never both win ------
    def cancel(self, broadcast_id: int, *, reason_en: str, reason_ar: str) -> bool:
        """Any broadcast not finished becomes ``cancelled`` (committed at once); False when it was not cancellable."""
        return self._update_if(
            broadcast_id,
            f"state NOT IN {FINISHED_STATES!r}",
            "state = 'cancelled', error_code = NULL, reason_en = ?, reason_ar = ?",
            (reason_en, reason_ar),
        )

    def reschedule(self, broadcast_id: int, due_utc: str) -> bool:
        """A new due time for a scheduled broadcast (a missed one waits again); False when not scheduled."""
        return self._update_if(
            broadcast_id,
            "state = 'scheduled'",
            "due_utc = ?, error_code = NULL, reason_en = NULL, reason_ar = NULL",
            (due_utc,),
        )

    def send_now(self, broadcast_id: int) -> bool:
        """scheduled -> planned: the caller runs it now; False when it was not scheduled."""
        return self._update_if(
            broadcast_id,
            "state = 'scheduled'",
            "state = 'planned', error_code = NULL, reason_en = NULL, reason_ar = NULL",
            (),
        )

    def due_candidates(self) -> list[Broadcast]:
        """Scheduled (not missed) and paused-for-quiet-hours broadcasts with a due time, soonest first."""
        rows = self._db.execute(f"SELECT * FROM broadcasts WHERE {_DUE_CANDIDATE} ORDER BY due_utc, id")
        return [_broadcast(row) for row in rows]

    def claim_due(self, broadcast: Broadcast) -> bool:
        """Take a due broadcast to send it: ``sending`` if it is still exactly as read, else False (someone else took,
        cancelled or moved it). The claim is committed before anything is sent.
        """
        return self._update_if(
            broadcast.id,
            f"state = ? AND due_utc IS ? AND error_code IS ? AND {_DUE_CANDIDATE}",
            "state = 'sending', error_code = NULL, reason_en = NULL, reason_ar = NULL",
            (),
            (broadcast.state, broadcast.due_utc, broadcast.error_code),
        )

    def mark_missed(self, broadcast: Broadcast, *, reason_en: str, reason_ar: str) -> bool:
        """A due time that passed unsent: flagged (scheduled stays scheduled, paused stays paused) until the user chooses."""
        return self._update_if(
            broadcast.id,
            "state = ? AND due_utc IS ? AND error_code IS ?",
            "error_code = ?, reason_en = ?, reason_ar = ?",
            (MISSED, reason_en, reason_ar),
            (broadcast.state, broadcast.due_utc, broadcast.error_code),
        )

    def pause_until(self, broadcast_id: int, due_utc: str, *, error_code: str, reason_en: str, reason_ar: str) -> None:
        """Paused with a time to go on (quiet hours): due_candidates() lists it again from then."""
        self._db.execute(
            "UPDATE broadcasts SET state = 'paused', due_utc = ?, error_code = ?, reason_en = ?, reason_ar = ?,"
            " updated_utc = ? WHERE id = ?",
            (due_utc, error_code, reason_en, reason_ar, utc_now(), broadcast_id),
        )

    def _update_if(
        self, broadcast_id: int, condition: str, sets: str, params: tuple[object, ...], where: tuple[object, ...] = ()
    ) -> bool:
        cursor = self._db.execute(
            f"UPDATE broadcasts SET {sets}, updated_utc = ? WHERE id = ? AND {condition}",
            (*params, utc_now(), broadcast_id, *where),
        )
        return cursor.rowcount == 1

    def summaries(self) -> list[BroadcastSummary]:
        """Every broadcast, newest last, with its batch counts (one query for the counts)."""
        return self._summaries(None)

    def summary(self, broadcast_id: int) -> BroadcastSummary | None:
        found = self._summaries(broadcast_id)
        return found[0] if found else None

    def _summaries(self, only: int | None) -> list[BroadcastSummary]:
        where, params = ("WHERE broadcast_id = ?", (only,)) if only is not None else ("", ())
        counts: dict[int, dict[str, tuple[int, int, float]]] = {}
        for row in self._db.execute(
            "SELECT broadcast_id, state, COUNT(*), SUM(size), COALESCE(SUM(points_charged), 0)"
            f" FROM batches {where} GROUP BY broadcast_id, state",
            params,
        ):
            counts.setdefault(row[0], {})[row[1]] = (int(row[2]), int(row[3] or 0), float(row[4]))
        set_aside = dict(
            self._db.execute(
                "SELECT broadcast_id, COUNT(*) FROM recipients WHERE set_aside IS NOT NULL"
                f" {where.replace('WHERE', 'AND')} GROUP BY broadcast_id",
                params,
            ).fetchall()
        )
        broadcasts = [self.get(only)] if only is not None else self.all()
        result = []
        for broadcast in broadcasts:
            if broadcast is None:
                continue
            by_state = counts.get(broadcast.id, {})
            result.append(
                BroadcastSummary(
                    broadcast=broadcast,
                    batches_total=sum(c[0] for c in by_state.values()),
                    batches_by_state={state: c[0] for state, c in by_state.items()},
                    numbers_by_state={state: c[1] for state, c in by_state.items()},
                    set_aside=int(set_aside.get(broadcast.id, 0)),
                    points_charged=sum(c[2] for c in by_state.values()),
                )
            )
        return result

    def delete(self, broadcast_id: int) -> None:
        self._db.execute("DELETE FROM broadcasts WHERE id = ?", (broadcast_id,))
