"""Status for a whole broadcast: ask the gateway about every sent batch, keep the answers.

For each batch with a message ID: the ``status`` endpoint (a test message answers ERR030: it is
never delivered), then the ``dlr`` endpoint when the batch has numbers outside Kuwait and five
minutes have passed since sending. Every call goes through the given GatewayClient, so its shared
rate limiter spaces them. Lookups that cannot be done are said once for the whole broadcast
("Kuwait numbers have no delivery report"), never per row. Plain Python: the window runs it on a
worker thread with its own Store; the command line runs it directly.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kwtsms_desktop.core.errors import Category, error_info
from kwtsms_desktop.engine.results import (
    KUWAIT,
    KUWAIT_ONLY,
    NO_MSG_ID,
    TEST_MESSAGE,
    TOO_EARLY,
    Blocked,
    dlr_blocked,
    utc_now,
)
from kwtsms_desktop.gateway.exceptions import GatewayError, GatewayRejected, RequestCancelled

if TYPE_CHECKING:
    from kwtsms_desktop.gateway.client import GatewayClient
    from kwtsms_desktop.store import Store
    from kwtsms_desktop.store.batches import Batch

ProgressCallback = Callable[[int, int], None]  # (batches done, batches to check)


@dataclass
class StatusOutcome:
    checked: int = 0  # batches whose status the gateway answered
    reports: int = 0  # batches whose delivery report was read
    notes: list[tuple[str, str]] = field(default_factory=list)  # (English, Arabic), each said once
    error_en: str | None = None  # the check stopped early: why
    error_ar: str | None = None
    cancelled: bool = False

    def note_texts(self, lang: str = "en") -> list[str]:
        return [ar if lang.lower().startswith("ar") else en for en, ar in self.notes]


class BroadcastStatusCheck:
    """One status refresh of one broadcast. ``cancel`` stops it between calls (nothing half-recorded)."""

    def __init__(
        self,
        store: Store,
        client: GatewayClient | None,
        broadcast_id: int,
        *,
        now: Callable[[], dt.datetime] = utc_now,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.broadcast_id = broadcast_id
        self.now = now
        self.on_progress = on_progress
        self.cancel = cancel or threading.Event()

    def run(self) -> StatusOutcome:
        outcome = StatusOutcome()
        broadcast = self.store.broadcasts.get(self.broadcast_id)
        if broadcast is None:
            raise LookupError(f"There is no broadcast {self.broadcast_id}.")
        batches = [
            (b, b.msg_id)
            for b in self.store.batches.of_broadcast(self.broadcast_id)
            if b.state == "accepted" and b.msg_id
        ]
        client = self.client
        if client is None:  # only left out when no batch has a message ID: nothing to ask
            batches = []
        blocked: dict[str, Blocked] = {}
        not_ready: set[str] = set()
        if not batches:
            outcome.notes.append(_pair(Blocked(NO_MSG_ID)))
        self._progress(0, len(batches))
        try:
            for done, (batch, msg_id) in enumerate(batches, start=1):
                if self.cancel.is_set():
                    outcome.cancelled = True
                    break
                assert client is not None  # batches is empty without one
                self._status(client, batch, msg_id, outcome)
                if any(n.startswith(KUWAIT) for n in batch.numbers) and not broadcast.test:
                    blocked.setdefault(KUWAIT_ONLY, Blocked(KUWAIT_ONLY))
                why = dlr_blocked(batch, test=broadcast.test, now=self.now)
                if why is None:
                    self._dlr(client, batch, msg_id, outcome, not_ready)
                elif why.why == TOO_EARLY:
                    earliest = blocked.get(TOO_EARLY)
                    if earliest is None or (why.ready_at and earliest.ready_at and why.ready_at > earliest.ready_at):
                        blocked[TOO_EARLY] = why  # said once, with the time the last one is ready
                else:
                    blocked.setdefault(why.why, why)
                self._progress(done, len(batches))
        except RequestCancelled:
            outcome.cancelled = True
        except GatewayError as error:
            outcome.error_en, outcome.error_ar = error.info.en, error.info.ar
        order = (TEST_MESSAGE, KUWAIT_ONLY, TOO_EARLY)
        outcome.notes += [_pair(blocked[key]) for key in order if key in blocked]
        outcome.notes += [(error_info(code).en, error_info(code).ar) for code in sorted(not_ready)]
        return outcome

    def _status(self, client: GatewayClient, batch: Batch, msg_id: str, outcome: StatusOutcome) -> None:
        try:
            answer = client.status(msg_id, cancel=self.cancel)
        except GatewayRejected as error:
            if error.category is not Category.LOOKUP:
                raise  # the account, the rate block, a protocol error: every other call would fail too
            self.store.lookups.record_status(
                self.broadcast_id, batch.seq, error_code=error.code, description=error.description
            )
            outcome.checked += 1
            return
        self.store.lookups.record_status(
            self.broadcast_id, batch.seq, status=answer.status, description=answer.description
        )
        outcome.checked += 1

    def _dlr(
        self, client: GatewayClient, batch: Batch, msg_id: str, outcome: StatusOutcome, not_ready: set[str]
    ) -> None:
        try:
            entries = client.dlr(msg_id, cancel=self.cancel)
        except GatewayRejected as error:
            if error.category is not Category.LOOKUP:
                raise
            # ERR021 / ERR022: no delivery report (yet): said once; the batch keeps its state.
            not_ready.add(error.code)
            return
        in_batch = set(batch.numbers)
        self.store.lookups.record_reports(
            self.broadcast_id, batch.seq, [(e.number, e.status) for e in entries if e.number in in_batch]
        )
        outcome.reports += 1

    def _progress(self, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total)


def _pair(blocked: Blocked) -> tuple[str, str]:
    return blocked.text("en"), blocked.text("ar")
