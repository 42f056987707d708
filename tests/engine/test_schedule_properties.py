"""Whatever the order of schedule / cancel / clock jumps / quiet hours / late setting / run-due / the user's choices:
no number is sent twice, no number of a cancelled or missed broadcast is sent, nothing is sent early or in quiet hours.

Real journal, real runner, the real simulator's ledger; only the clock is injected and the rate limiter skips its waits.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import datetime, timedelta

from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.core.schedule import (
    KUWAIT,
    QuietHours,
    ScheduleRefused,
    check_due,
    from_utc_text,
    utc_text,
)
from kwtsms_desktop.engine.events import BatchChanged
from kwtsms_desktop.engine.runner import BroadcastRunner, schedule_settings
from kwtsms_desktop.engine.scheduler import cancel, run_due
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.demo import demo_credentials
from kwtsms_desktop.gateway.ratelimit import RateLimiter
from kwtsms_desktop.gateway.simulator import Simulator
from kwtsms_desktop.store import Store
from kwtsms_desktop.store.settings_schema import LATE_SEND_MINUTES, QUIET_HOURS

from .conftest import FAST, numbers

NIGHT = {"start": "21:00", "end": "07:00"}


class NoWaiting(RateLimiter):
    """Spacing is the rate limiter's own business (tests/gateway); here it would only slow the examples down."""

    def acquire(self, cancel=None) -> bool:
        return not (cancel is not None and cancel.is_set())


class TickingClock:
    """Each reading moves time on 20 s: a broadcast runs long enough to walk into quiet hours."""

    def __init__(self) -> None:
        self.now = datetime(2026, 2, 4, 17, 0, tzinfo=KUWAIT)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=20)
        return self.now


class ScheduleMachine(RuleBasedStateMachine):
    """Random sequences of what users, clocks and cron do; the invariants are checked after every step."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.simulator = Simulator(balance=1_000_000, rate_block=False).start()
        self.store = Store.open(self.folder.name)
        self.client = GatewayClient(demo_credentials, self.simulator.url, rate_limiter=NoWaiting(4))
        self.scenario = Scenario(self.store, self.client, self.simulator)

    @rule(minutes=st.integers(1, 900), size=st.integers(1, 5))
    def schedule(self, minutes, size):
        self.scenario.schedule(minutes, size)

    @rule(seconds_before=st.integers(10, 50), size=st.integers(3, 5))
    def schedule_at_quiet_edge(self, seconds_before, size):
        """Quiet hours on, due just before 21:00 Kuwait, and cron runs then: the run walks into them between batches."""
        self.scenario.quiet(True)
        now = self.scenario.clock.now.astimezone(KUWAIT)
        edge = now.replace(hour=21, minute=0, second=0, microsecond=0)
        edge += timedelta(days=1) if edge - timedelta(seconds=seconds_before) <= now else timedelta(0)
        self.scenario.schedule_at(edge - timedelta(seconds=seconds_before), size)
        self.scenario.clock.now = max(self.scenario.clock.now, edge - timedelta(seconds=seconds_before + 10))
        self.scenario.run_due()

    @rule(index=st.integers(0, 20), seconds_late=st.integers(-20, 100))
    def jump_to_due(self, index, seconds_late):
        self.scenario.jump_to_due(index, seconds_late)
        self.scenario.run_due()  # cron's run at that moment

    @rule(minutes=st.integers(1, 1500))
    def jump(self, minutes):
        self.scenario.jump(minutes)

    @rule()
    def run_due(self):
        self.scenario.run_due()

    @rule(index=st.integers(0, 20))
    def cancel(self, index):
        self.scenario.cancel(index)

    @rule(on=st.booleans())
    def quiet(self, on):
        self.scenario.quiet(on)

    @rule(minutes=st.integers(0, 30))
    def late(self, minutes):
        self.scenario.late(minutes)

    @rule(index=st.integers(0, 20), choice=st.sampled_from(["send_now", "reschedule", "cancel"]))
    def choose(self, index, choice):
        self.scenario.choose(index, choice)

    @invariant()
    def never_twice_never_cancelled(self):
        self.scenario.check()

    def teardown(self) -> None:
        self.client.close()
        self.store.close()
        self.simulator.stop()
        self.folder.cleanup()


ScheduleMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=30)
test_scheduled_broadcasts_never_send_a_number_twice_or_a_cancelled_one = ScheduleMachine.TestCase


class Scenario:
    def __init__(self, store: Store, client: GatewayClient, simulator: Simulator) -> None:
        self.store, self.client, self.simulator = store, client, simulator
        self.clock = TickingClock()
        self.ids: list[int] = []
        self.numbers_of: dict[int, set[str]] = {}
        self.first_due: dict[int, datetime] = {}
        self.frozen: dict[int, set[str]] = {}  # cancelled: what of it had been sent when the cancel was committed
        self.next_number = 0
        self.started: set[int] = set()  # broadcasts with a batch sent in the current run
        self.chosen: set[int] = set()  # the user chose "send now": any lateness is the user's

    # ---- the invariants ------------------------------------------------------------------------------
    def sent(self) -> Counter:
        return Counter(n for entry in self.simulator.ledger() for n in entry["numbers"])

    def check(self) -> None:
        sent = self.sent()
        assert max(sent.values(), default=0) <= 1, "a number was sent twice"
        for broadcast_id, before in self.frozen.items():
            assert {n for n in self.numbers_of[broadcast_id] if sent[n]} == before, "a cancelled number was sent"

    def listener_for(self, broadcast_id: int):
        def listen(event) -> None:
            if isinstance(event, BatchChanged) and event.state == "sending":
                quiet = schedule_settings(self.store).quiet_hours
                assert quiet is None or not quiet.contains(self.clock.now), "sent in quiet hours"
                assert self.clock.now >= self.first_due[broadcast_id], "sent before its time"
                if broadcast_id not in self.started and broadcast_id not in self.chosen:
                    # The first batch of a run from its due time: never later than the setting allows
                    # (whole minutes, plus the one clock reading between the decision and the batch).
                    due = from_utc_text(self.store.broadcasts.get(broadcast_id).due_utc or "")
                    late = int(self.store.settings.get(LATE_SEND_MINUTES.key, 0))
                    assert self.clock.now - due < timedelta(minutes=late + 1, seconds=20), "sent late on its own"
                self.started.add(broadcast_id)

        return listen

    # ---- the operations -------------------------------------------------------------------------------
    def report(self) -> None:
        states = {b.error_code or b.state for b in map(self.store.broadcasts.get, self.ids)}
        event(f"sent anything: {bool(self.simulator.ledger())}")
        for kind in ("MISSED", "QUIET_HOURS", "cancelled", "finished"):
            event(f"{kind}: {kind in states}")

    def schedule(self, minutes: int, size: int) -> None:
        self.schedule_at(self.clock.now + timedelta(minutes=minutes), size)

    def schedule_at(self, due: datetime, size: int) -> None:
        try:
            check_due(due, self.clock.now, schedule_settings(self.store))
        except ScheduleRefused:
            quiet = QuietHours.from_setting(self.store.settings.get(QUIET_HOURS.key))
            assert quiet is not None and quiet.contains(due)
            return
        recipients = numbers(size, self.next_number)
        self.next_number += size
        plan = make_plan(recipients, "Reminder", "KWT-SMS", batch_size=2)
        broadcast_id = self.store.broadcasts.create(plan, gateway_url=self.simulator.url, due_utc=utc_text(due))
        self.ids.append(broadcast_id)
        self.numbers_of[broadcast_id] = set(recipients)
        self.first_due[broadcast_id] = due

    def cancel(self, index: int) -> None:
        if not self.ids:
            return
        broadcast_id = self.ids[index % len(self.ids)]
        if cancel(self.store, broadcast_id):
            sent = self.sent()
            self.frozen[broadcast_id] = {n for n in self.numbers_of[broadcast_id] if sent[n]}

    def jump(self, minutes: int) -> None:
        self.clock.now += timedelta(minutes=minutes)

    def jump_to_due(self, index: int, seconds_late: int) -> None:
        """To around the due time of a broadcast waiting for it (never back in time)."""
        waiting = self.store.broadcasts.due_candidates()
        if waiting:
            due = from_utc_text(waiting[index % len(waiting)].due_utc or "")
            self.clock.now = max(self.clock.now, due + timedelta(seconds=seconds_late))

    def quiet(self, on: bool) -> None:
        if on:
            self.store.settings.set(QUIET_HOURS.key, NIGHT)
        else:
            self.store.settings.delete(QUIET_HOURS.key)

    def late(self, minutes: int) -> None:
        self.store.settings.set(LATE_SEND_MINUTES.key, minutes)

    def run_due(self) -> None:
        missed = [b for b in map(self.store.broadcasts.get, self.ids) if b.missed]
        before = self.sent()
        self.started.clear()
        run_due(
            self.store,
            lambda broadcast: self.client,
            clock=self.clock,
            listener_for=self.listener_for,
            delay_scale=FAST,
        )
        after = self.sent()
        event("run-due sent something" if after != before else "run-due sent nothing")
        for broadcast in map(self.store.broadcasts.get, self.ids):
            event(f"{broadcast.state} {broadcast.error_code or ''}".strip())
        for broadcast in missed:  # a missed broadcast waits for the user, whatever run-due finds
            assert all(after[n] == before[n] for n in self.numbers_of[broadcast.id])

    def choose(self, index: int, choice: str) -> None:
        """The user's answer to a missed broadcast: send now, a new time, or cancel."""
        missed = [b for b in map(self.store.broadcasts.get, self.ids) if b.missed]
        if not missed:
            return
        broadcast = missed[index % len(missed)]
        if choice == "cancel":
            self.cancel(self.ids.index(broadcast.id))
        elif choice == "reschedule":
            due = self.clock.now + timedelta(minutes=10)
            try:
                check_due(due, self.clock.now, schedule_settings(self.store))
            except ScheduleRefused:
                return
            assert self.store.broadcasts.reschedule(broadcast.id, utc_text(due))
        else:
            assert self.store.broadcasts.send_now(broadcast.id)
            self.chosen.add(broadcast.id)
            self.first_due[broadcast.id] = min(self.first_due[broadcast.id], self.clock.now)
            BroadcastRunner(
                self.store,
                self.client,
                broadcast.id,
                clock=self.clock,
                delay_scale=FAST,
                listener=self.listener_for(broadcast.id),
            ).run()
        assert from_utc_text(broadcast.due_utc or "") <= self.clock.now
