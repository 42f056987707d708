"""Sending what is due: scheduled broadcasts whose time has come, checked again against the account first.

Plain Python, the clock passed in: `run-due` (cli/schedule.py) calls :func:`run_due`, and so can a
window's timer. The rules (kwtsms_desktop/core/schedule.py):
- nothing is sent late on its own: a due time passed by more than the allowed minutes is flagged
  missed (:data:`~kwtsms_desktop.store.broadcasts.MISSED`) and waits for the user's choice;
- a broadcast is claimed by one conditional UPDATE committed in the journal before anything is
  sent, so two `run-due` at once never both send it;
- at the due time balance, sender ID and coverage are read again; a problem pauses the broadcast
  with its reason (resumable) before any batch leaves;
- quiet hours are checked by the runner before each batch (engine/runner.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kwtsms_desktop.core.schedule import DueDecision, due_decision, from_utc_text, missed_reason
from kwtsms_desktop.engine.events import RunOutcome
from kwtsms_desktop.engine.lock import BroadcastBusy
from kwtsms_desktop.engine.recovery import cancel_broadcast
from kwtsms_desktop.engine.runner import BroadcastRunner, Listener, schedule_settings, utc_clock
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.exceptions import GatewayError, GatewayRejected
from kwtsms_desktop.store import Broadcast, Store

PRECHECK = "PRECHECK"  # error_code of a broadcast paused by the checks at its due time


@dataclass(frozen=True)
class DueResult:
    """What became of one due broadcast: ``missed``, ``paused`` (a check failed) or the run's outcome."""

    broadcast_id: int
    state: str
    reason_en: str
    reason_ar: str
    outcome: RunOutcome | None = None


@dataclass
class AccountFacts:
    balance: float
    sender_ids: list[str]
    coverage: list[str] | None  # None: unknown (not checked)


def read_account(client: GatewayClient) -> AccountFacts:
    """Balance, sender IDs and coverage, as `send` reads them before planning. Raises GatewayError."""
    balance = client.balance().available
    sender_ids = client.sender_ids()
    try:
        coverage: list[str] | None = client.coverage()
    except GatewayRejected as error:
        if error.code != "ERR033":
            raise
        coverage = []  # no country activated
    return AccountFacts(balance, sender_ids, coverage)


def due_problems(broadcast: Broadcast, pending: list[str], facts: AccountFacts) -> list[tuple[str, str]]:
    """Why the broadcast cannot be sent as planned now (English, Arabic); empty when it can."""
    problems = []
    points = broadcast.pages * len(pending)
    if facts.balance < points:
        problems.append(
            (
                f"The balance ({facts.balance:,.2f} points) does not cover the {points:,} points this broadcast needs. "
                "Recharge on kwtsms.com, then resume.",
                f"الرصيد ({facts.balance:,.2f} نقطة) لا يغطي {points:,} نقطة يحتاجها هذا الإرسال. "
                "اشحن الرصيد من kwtsms.com ثم استأنف.",
            )
        )
    if broadcast.sender not in facts.sender_ids:
        problems.append(
            (
                f"The sender ID {broadcast.sender!r} is no longer on the account (its sender IDs: "
                f"{', '.join(facts.sender_ids) or 'none'}). Fix it on kwtsms.com, then resume.",
                f"اسم المرسل {broadcast.sender!r} لم يعد في الحساب. أصلحه من kwtsms.com ثم استأنف.",
            )
        )
    if facts.coverage is not None:
        prefixes = tuple(p.lstrip("+") for p in facts.coverage)
        outside = sum(1 for number in pending if not number.startswith(prefixes))
        if outside:
            problems.append(
                (
                    f"{outside:,} numbers are in countries no longer activated on the account. "
                    "Activate them on kwtsms.com, then resume.",
                    f"{outside:,} رقمًا في دول لم تعد مفعّلة في الحساب. فعّلها من kwtsms.com ثم استأنف.",
                )
            )
    return problems


def cancel(store: Store, broadcast_id: int) -> bool:
    """Cancel any broadcast not finished, committed at once; False when it was finished or cancelled already.

    The one cancel path (engine/recovery.cancel_broadcast): a runner sending it, in this process or
    another, stops before its next batch.
    """
    broadcast = store.broadcasts.get(broadcast_id)
    if broadcast is None or broadcast.state in ("finished", "cancelled"):
        return False
    cancel_broadcast(store, broadcast_id)
    return True


def run_due(
    store: Store,
    connect: Callable[[Broadcast], GatewayClient],
    *,
    clock: Callable[[], datetime] = utc_clock,
    listener_for: Callable[[int], Listener | None] = lambda _broadcast_id: None,
    delay_scale: float = 1.0,
    on_runner: Callable[[BroadcastRunner | None], None] = lambda _runner: None,
) -> list[DueResult]:
    """Send every broadcast due at ``clock()``.

    ``connect(broadcast)`` gives the gateway client for it (called only when something is due,
    before anything is claimed, so missing credentials change nothing; one per distinct gateway URL;
    the caller closes them). ``listener_for(id)`` gives the runner's listener for each broadcast.
    ``on_runner(runner)`` is told each runner before it runs, and ``None`` after, so a window can
    pause it (engine/controller.py).
    """
    settings = schedule_settings(store)
    results: list[DueResult] = []
    accounts: dict[str | None, tuple[GatewayClient, AccountFacts | GatewayError]] = {}
    for broadcast in store.broadcasts.due_candidates():
        now = clock()
        due = from_utc_text(broadcast.due_utc or "")
        decision = due_decision(due, now, settings.late_minutes)
        if decision is DueDecision.WAIT:
            continue
        if decision is DueDecision.MISSED:
            en, ar = missed_reason(due, now)
            if store.broadcasts.mark_missed(broadcast, reason_en=en, reason_ar=ar):
                results.append(DueResult(broadcast.id, "missed", en, ar))
            continue
        if broadcast.gateway_url not in accounts:
            client = connect(broadcast)  # before any claim: no credentials leaves everything as it was
            try:
                accounts[broadcast.gateway_url] = (client, read_account(client))
            except GatewayError as error:
                accounts[broadcast.gateway_url] = (client, error)
        client, facts = accounts[broadcast.gateway_url]
        if not store.broadcasts.claim_due(broadcast):
            continue  # another run-due took it, or the user cancelled or moved it meanwhile
        pending = [n for batch in store.batches.in_state(broadcast.id, "pending") for n in batch.numbers]
        if isinstance(facts, GatewayError):
            reasons = [
                (
                    f"The account could not be checked at the due time: {facts.info.en} Resume to send.",
                    f"تعذّر فحص الحساب عند الموعد: {facts.info.ar} استأنف للإرسال.",
                )
            ]
        else:
            reasons = due_problems(broadcast, pending, facts)
        if reasons:
            en, ar = " ".join(r[0] for r in reasons), " ".join(r[1] for r in reasons)
            store.broadcasts.set_state(broadcast.id, "paused", error_code=PRECHECK, reason_en=en, reason_ar=ar)
            results.append(DueResult(broadcast.id, "paused", en, ar))
            continue
        charged_before = store.batches.points_charged(broadcast.id)
        runner = BroadcastRunner(
            store,
            client,
            broadcast.id,
            listener=listener_for(broadcast.id),
            clock=clock,
            quiet_hours=settings.quiet_hours,
            delay_scale=delay_scale,
        )
        on_runner(runner)
        try:
            outcome = runner.run()
        except BroadcastBusy as busy:  # a window resumed it in the meantime: that one sends it
            results.append(DueResult(broadcast.id, "busy", str(busy), str(busy)))
            continue
        finally:
            on_runner(None)
        assert isinstance(facts, AccountFacts)
        facts.balance -= store.batches.points_charged(broadcast.id) - charged_before
        results.append(DueResult(broadcast.id, outcome.state, outcome.reason_en, outcome.reason_ar, outcome))
    return results
