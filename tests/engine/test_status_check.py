"""Status for a whole broadcast against the real simulator: status by msg-id, delivery reports, notes said once."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from kwtsms_desktop.engine.report import build_report
from kwtsms_desktop.engine.status_check import BroadcastStatusCheck
from kwtsms_desktop.gateway.simulator import Simulator

from .conftest import Run, journal, make_client, numbers

SAUDI = [f"96650{index:07d}" for index in range(3)]


@pytest.fixture
def ready_simulator():
    """Delivery reports ready at once on the simulator's side: the client's five-minute rule is what is tested."""
    sim = Simulator(balance=1_000_000, dlr_ready_seconds=0).start()
    yield sim
    sim.stop()
    assert sim.internal_errors() == []


def _later(minutes: float):
    return lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes)


def _states(store, broadcast_id):
    return {r.number: (r.state, r.reason_en) for r in build_report(store, broadcast_id).results}


def _sent(store, client, recipients, **options) -> int:
    broadcast_id = journal(store, recipients, batch_size=2, **options)
    assert Run(store, client, broadcast_id)().state == "finished"
    return broadcast_id


def test_a_test_broadcast_answers_err030_and_every_number_is_a_test_message(store, simulator, client):
    broadcast_id = _sent(store, client, numbers(3) + SAUDI[:1], test=True)
    progress = []
    outcome = BroadcastStatusCheck(
        store, client, broadcast_id, now=_later(10), on_progress=lambda done, total: progress.append((done, total))
    ).run()
    assert outcome.error_en is None and not outcome.cancelled and outcome.checked == 2
    assert progress == [(0, 2), (1, 2), (2, 2)]
    assert {seq: x.error_code for seq, x in store.lookups.batch_lookups(broadcast_id).items()} == {
        1: "ERR030",
        2: "ERR030",
    }
    assert {state for state, _ in _states(store, broadcast_id).values()} == {"test"}
    # Said once for the whole broadcast, not per batch; and no delivery report was asked for.
    assert outcome.note_texts() == ["Test messages are never delivered, so they have no status or delivery report."]
    assert outcome.note_texts("ar")[0].startswith("رسائل الاختبار")
    assert simulator.stats()["per_endpoint"].get("dlr", 0) == 0


def test_delivery_reports_for_numbers_outside_kuwait_from_five_minutes_after_sending(store, ready_simulator):
    sim = ready_simulator
    with make_client(sim.url) as client:
        broadcast_id = _sent(store, client, [*SAUDI, *numbers(3)])  # [S0 S1] [S2 K0] [K1 K2]
        sim.set_delivery({SAUDI[1]: "FAILED"})

        early = BroadcastStatusCheck(store, client, broadcast_id).run()
        assert sim.stats()["per_endpoint"].get("dlr", 0) == 0  # too early: not even asked
        assert len(early.notes) == 2 and "5 minutes" in early.note_texts()[1]
        assert "Kuwait numbers have no delivery report" in early.note_texts()[0]
        assert {seq: x.status for seq, x in store.lookups.batch_lookups(broadcast_id).items()} == {
            1: "sent",
            2: "sent",
            3: "sent",
        }

        later = BroadcastStatusCheck(store, client, broadcast_id, now=_later(6)).run()
        assert later.reports == 2 and sim.stats()["per_endpoint"]["dlr"] == 2  # the Kuwait-only batch is skipped
        assert later.note_texts() == ["Kuwait numbers have no delivery report; their state stays accepted."]
    states = _states(store, broadcast_id)
    assert states[SAUDI[0]] == ("delivered", "") and states[SAUDI[2]] == ("delivered", "")
    assert states[SAUDI[1]] == ("failed", "FAILED")
    assert {states[n][0] for n in numbers(3)} == {"accepted"}
    assert sim.stats()["rate_violations"] == 0


def test_cancel_stops_between_calls_and_a_refused_account_stops_with_a_sentence(store, simulator, client):
    broadcast_id = _sent(store, client, numbers(6))
    cancel = threading.Event()
    outcome = BroadcastStatusCheck(
        store, client, broadcast_id, cancel=cancel, on_progress=lambda done, total: done == 1 and cancel.set()
    ).run()
    assert outcome.cancelled and outcome.checked == 1 and len(store.lookups.batch_lookups(broadcast_id)) == 1

    simulator.add_fault({"endpoint": "status", "kind": "error", "code": "ERR003", "count": 5})
    outcome = BroadcastStatusCheck(store, client, broadcast_id).run()
    assert outcome.checked == 0 and "password" in outcome.error_en and outcome.error_ar
    assert simulator.stats()["per_endpoint"]["status"] == 2  # one refused call, then it stopped


def test_nothing_sent_yet_has_nothing_to_check(store, client):
    broadcast_id = journal(store, numbers(2))
    outcome = BroadcastStatusCheck(store, client, broadcast_id).run()
    assert outcome.checked == 0 and "message ID" in outcome.note_texts()[0]
    with pytest.raises(LookupError):
        BroadcastStatusCheck(store, client, 999).run()
