"""Which numbers already got this exact message recently, so a send confirmation can warn before it goes again.

"Got" means its batch may have reached the gateway: accepted, uncertain, or still being sent.
A test send never reaches a phone, so test and live sends are only compared with their own kind.
The clock is a parameter (`now`) so the rule is tested without waiting.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

RECENT_WINDOW = timedelta(hours=24)
_REACHED_STATES = ("accepted", "uncertain", "sending")


@dataclass(frozen=True)
class RecentSend:
    """The numbers of a new list that got the same cleaned text within the window, and when last."""

    numbers: frozenset[str] = field(default_factory=frozenset)
    last_sent: datetime | None = None  # UTC, the most recent such send
    broadcast_ids: tuple[int, ...] = ()

    @property
    def count(self) -> int:
        return len(self.numbers)

    def __bool__(self) -> bool:
        return bool(self.numbers)


def _utc_text(moment: datetime) -> str:
    """The journal's own timestamp form (store.database.utc_now), so text comparison orders correctly."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def recently_sent(
    connection: sqlite3.Connection,
    cleaned_message: str,
    numbers: Iterable[str],
    *,
    test: bool,
    now: datetime,
    within: timedelta = RECENT_WINDOW,
) -> RecentSend:
    """The numbers among `numbers` that were sent `cleaned_message` (same test/live kind) since `now - within`."""
    wanted = set(numbers)
    if not wanted or not cleaned_message:
        return RecentSend()
    since = _utc_text(now - within)
    marks = ",".join("?" * len(_REACHED_STATES))
    rows = connection.execute(
        "SELECT r.number, b.broadcast_id, COALESCE(b.sent_utc, b.answered_utc) AS at"
        " FROM broadcasts br"
        " JOIN batches b ON b.broadcast_id = br.id"
        " JOIN recipients r ON r.broadcast_id = b.broadcast_id AND r.batch_seq = b.seq"
        f" WHERE br.cleaned_message = ? AND br.test = ? AND b.state IN ({marks})"
        " AND COALESCE(b.sent_utc, b.answered_utc) >= ?",
        (cleaned_message, int(bool(test)), *_REACHED_STATES, since),
    )
    found: set[str] = set()
    broadcasts: set[int] = set()
    last: str | None = None
    for number, broadcast_id, at in rows:
        if number in wanted:
            found.add(number)
            broadcasts.add(int(broadcast_id))
            if last is None or at > last:
                last = at
    return RecentSend(frozenset(found), _parse(last) if last else None, tuple(sorted(broadcasts)))
