"""run_due with an injected clock against the real simulator: due, missed, quiet hours, checks at the due time, cancel."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.core.schedule import KUWAIT, utc_text
from kwtsms_desktop.engine.events import BatchChanged
from kwtsms_desktop.engine.runner import BroadcastRunner, NotDue
from kwtsms_desktop.engine.scheduler import PRECHECK, cancel, run_due
from kwtsms_desktop.gateway.simulator import Simulator
from kwtsms_desktop.store import Store
from kwtsms_desktop.store.broadcasts import MISSED, QUIET_HOURS
from kwtsms_desktop.store.settings_schema import LATE_SEND_MINUTES
from kwtsms_desktop.store.settings_schema import QUIET_HOURS as QUIET_HOURS_SETTING

from .conftest import FAST, ledger_numbers, make_client, numbers


class Clock:
    """The injected clock: moves only when a test moves it (or, with ``step``, a little at each reading)."""

    def __init__(self, now: datetime, step: timedelta = timedelta(0)) -> None:
        self.now = now
        self.step = step

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now

    def jump(self, **delta) -> None:
        self.now += timedelta(**delta)


EVENING = datetime(2026, 2, 4, 18, 0, tzinfo=KUWAIT)


def schedule(store: Store, url: str, recipients: list[str], due: datetime, **plan_options) -> int:
    plan = make_plan(recipients, "Reminder: school trip tomorrow", "KWT-SMS", **plan_options)
    return store.broadcasts.create(plan, gateway_url=url, due_utc=utc_text(due))


def due_now(store, client, clock, **options):
    return run_due(store, lambda broadcast: client, clock=clock, delay_scale=FAST, **options)


def test_nothing_is_sent_before_the_due_time_and_nothing_asks_for_the_account(store, simulator):
    clock = Clock(EVENING)
    schedule(store, simulator.url, numbers(5), EVENING + timedelta(hours=13))

    def no_connection(broadcast):
        raise AssertionError("nothing is due: no client, no credentials needed")

    assert run_due(store, no_connection, clock=clock) == []
    assert simulator.ledger() == [] and simulator.stats()["requests"] == 0


def test_at_the_due_time_it_is_sent_once(store, client, simulator):
    clock = Clock(EVENING)
    broadcast_id = schedule(store, simulator.url, numbers(450), EVENING + timedelta(hours=13))
    clock.jump(hours=13, seconds=20)
    [result] = due_now(store, client, clock)
    assert (result.broadcast_id, result.state) == (broadcast_id, "finished") and result.outcome.all_accepted
    assert due_now(store, client, clock) == []
    assert sorted(ledger_numbers(simulator)) == numbers(450)


def test_a_missed_time_is_flagged_and_never_sent_late_on_its_own(store, client, simulator):
    clock = Clock(EVENING)
    broadcast_id = schedule(store, simulator.url, numbers(5), EVENING + timedelta(hours=1))
    clock.jump(hours=3)  # the computer was off at 19:00
    [result] = due_now(store, client, clock)
    assert result.state == "missed" and "send it now, choose a new time, or cancel" in result.reason_en
    broadcast = store.broadcasts.get(broadcast_id)
    assert broadcast.missed and broadcast.error_code == MISSED and broadcast.state == "scheduled"
    clock.jump(days=1)
    assert due_now(store, client, clock) == []
    assert simulator.ledger() == []
    # The user's choice: a new time; it is then sent at that time.
    assert store.broadcasts.reschedule(broadcast_id, utc_text(clock.now + timedelta(minutes=5)))
    clock.jump(minutes=5)
    [result] = due_now(store, client, clock)
    assert result.state == "finished" and sorted(ledger_numbers(simulator)) == numbers(5)


def test_the_late_setting_allows_a_few_minutes(store, client, simulator):
    store.settings.set(LATE_SEND_MINUTES.key, 15)
    clock = Clock(EVENING)
    schedule(store, simulator.url, numbers(5), EVENING + timedelta(hours=1))
    clock.jump(hours=1, minutes=15, seconds=30)
    [result] = due_now(store, client, clock)
    assert result.state == "finished" and len(ledger_numbers(simulator)) == 5


def test_a_balance_too_low_at_the_due_time_pauses_before_any_batch(store, client, simulator):
    clock = Clock(EVENING)
    broadcast_id = schedule(store, simulator.url, numbers(450), EVENING + timedelta(hours=1))
    simulator.set_balance(100)  # the balance ran out overnight
    clock.jump(hours=1)
    [result] = due_now(store, client, clock)
    assert result.state == "paused" and "does not cover the 450 points" in result.reason_en
    broadcast = store.broadcasts.get(broadcast_id)
    assert (broadcast.state, broadcast.error_code) == ("paused", PRECHECK) and "الرصيد" in broadcast.reason_ar
    assert simulator.ledger() == []
    assert due_now(store, client, clock) == []  # paused: only the user resumes it
    simulator.set_balance(10_000)
    outcome = BroadcastRunner(store, client, broadcast_id, delay_scale=FAST).run()
    assert outcome.all_accepted and sorted(ledger_numbers(simulator)) == numbers(450)


def test_a_sender_id_removed_or_a_country_deactivated_pauses_it(tmp_path):
    with (
        Simulator(sender_ids=["OTHER"], coverage=["966"]) as simulator,
        Store.open(tmp_path) as store,
        make_client(simulator.url) as client,
    ):
        clock = Clock(EVENING)
        schedule(store, simulator.url, numbers(3), EVENING + timedelta(hours=1))
        clock.jump(hours=1)
        [result] = due_now(store, client, clock)
        assert result.state == "paused"
        assert "'KWT-SMS' is no longer on the account" in result.reason_en
        assert "3 numbers are in countries no longer activated" in result.reason_en
        assert simulator.ledger() == []


def test_quiet_hours_pause_a_running_broadcast_and_it_goes_on_after_them(store, client, simulator):
    store.settings.set(QUIET_HOURS_SETTING.key, {"start": "21:00", "end": "07:00"})
    start = datetime(2026, 2, 4, 20, 58, tzinfo=KUWAIT)
    clock = Clock(start - timedelta(minutes=1))
    broadcast_id = schedule(store, simulator.url, numbers(1000), start)
    clock.jump(minutes=1)
    sent_at: list[datetime] = []

    def listener_for(broadcast_id):
        def listen(event):
            if isinstance(event, BatchChanged) and event.state == "sending":
                sent_at.append(clock.now)
                clock.jump(minutes=1)  # each batch takes a minute: 20:58, 20:59, then 21:00 is quiet

        return listen

    [result] = due_now(store, client, clock, listener_for=listener_for)
    assert (result.state, result.outcome.error_code) == ("paused", QUIET_HOURS)
    assert "continues at 2026-02-05 07:00 Kuwait time" in result.reason_en
    assert len(ledger_numbers(simulator)) == 400
    broadcast = store.broadcasts.get(broadcast_id)
    assert broadcast.due_utc == utc_text(datetime(2026, 2, 5, 7, 0, tzinfo=KUWAIT))
    clock.now = datetime(2026, 2, 5, 6, 59, tzinfo=KUWAIT)
    assert due_now(store, client, clock) == []
    clock.now = datetime(2026, 2, 5, 7, 0, 30, tzinfo=KUWAIT)
    [result] = due_now(store, client, clock, listener_for=listener_for)
    assert result.state == "finished"
    assert sorted(ledger_numbers(simulator)) == numbers(1000)
    night = [moment for moment in sent_at if not time(7) <= moment.astimezone(KUWAIT).time() < time(21)]
    assert night == []


def test_a_cancelled_scheduled_broadcast_is_never_sent(store, client, simulator):
    clock = Clock(EVENING)
    broadcast_id = schedule(store, simulator.url, numbers(5), EVENING + timedelta(hours=1))
    assert cancel(store, broadcast_id)
    assert store.broadcasts.get(broadcast_id).reason_en.startswith("Cancelled. The 5 numbers")
    clock.jump(hours=1)
    assert due_now(store, client, clock) == []
    assert cancel(store, broadcast_id) is False
    assert simulator.ledger() == []


def test_a_resume_does_not_send_a_scheduled_broadcast_early(store, client, simulator):
    broadcast_id = schedule(store, simulator.url, numbers(5), EVENING + timedelta(hours=1))
    with pytest.raises(NotDue, match="scheduled for 2026-02-04 19:00 Kuwait time"):
        BroadcastRunner(store, client, broadcast_id).run()
    assert store.broadcasts.send_now(broadcast_id)
    assert BroadcastRunner(store, client, broadcast_id, delay_scale=FAST).run().all_accepted


def test_a_cancel_committed_by_another_process_stops_the_runner_before_the_next_batch(store, client, simulator):
    clock = Clock(EVENING)
    schedule(store, simulator.url, numbers(1000), EVENING)
    other = Store.open(store.data_dir)

    def listener_for(broadcast_id):
        def listen(event):
            if isinstance(event, BatchChanged) and event.state == "accepted" and event.seq == 2:
                cancel(other, broadcast_id)

        return listen

    [result] = due_now(store, client, clock, listener_for=listener_for)
    other.close()
    assert result.state == "cancelled" and result.outcome.numbers_by_state == {"accepted": 400, "pending": 600}
    assert sorted(ledger_numbers(simulator)) == numbers(400)
