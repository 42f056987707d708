"""The runner against the real simulator: each error category's behaviour, and the journal it leaves."""

from __future__ import annotations

import threading

import pytest

from kwtsms_desktop.engine.events import BalanceChanged, BatchChanged, ProgressInfo, RunOutcome, Waiting
from kwtsms_desktop.engine.lock import BroadcastBusy, BroadcastLock
from kwtsms_desktop.engine.runner import BroadcastRunner, UnknownBroadcast

from .conftest import Run, journal, ledger_numbers, make_client, numbers


def states(store, broadcast_id):
    return [b.state for b in store.batches.of_broadcast(broadcast_id)]


def test_a_broadcast_is_sent_batch_by_batch_and_every_answer_is_journaled(store, client, simulator):
    broadcast_id = journal(store, numbers(450))
    run = Run(store, client, broadcast_id)
    outcome = run()
    assert outcome.state == "finished" and outcome.all_accepted
    assert outcome.numbers_by_state == {"accepted": 450}
    assert "all 450 numbers" in outcome.reason_en
    assert sorted(ledger_numbers(simulator)) == numbers(450)
    batches = store.batches.of_broadcast(broadcast_id)
    assert [b.msg_id for b in batches] == [entry["msg-id"] for entry in simulator.ledger()]
    assert [b.points_charged for b in batches] == [200, 200, 50]
    assert batches[-1].balance_after == simulator.balance() == 1_000_000 - 450
    # Each batch is journaled 'sending' before its request, then 'accepted'.
    moves = [(e.seq, e.state) for e in run.of(BatchChanged)]
    assert moves == [(1, "sending"), (1, "accepted"), (2, "sending"), (2, "accepted"), (3, "sending"), (3, "accepted")]
    assert [e.available for e in run.of(BalanceChanged)] == [999_800, 999_600, 999_550]
    last = run.of(ProgressInfo)[-1]
    assert (last.accepted, last.pending, last.batches_left, last.eta_seconds) == (450, 0, 0, 0)
    assert run.of(ProgressInfo)[0].eta_seconds > 0
    assert store.broadcasts.get(broadcast_id).state == "finished"


def test_recipients_errors_reject_that_batch_and_the_rest_goes_on(store, client, simulator):
    broadcast_id = journal(store, numbers(450))
    simulator.add_fault(
        [{"endpoint": "send", "kind": "delay", "seconds": 0}, {"endpoint": "send", "kind": "error", "code": "ERR025"}]
    )
    outcome = Run(store, client, broadcast_id)()
    assert states(store, broadcast_id) == ["accepted", "rejected", "accepted"]
    assert store.batches.get(broadcast_id, 2).error_code == "ERR025"
    assert outcome.state == "finished" and not outcome.all_accepted
    assert "200 were rejected" in outcome.reason_en
    assert sorted(ledger_numbers(simulator)) == numbers(200) + numbers(50, 400)


def test_a_country_not_activated_is_rejected_by_the_gateway_not_resent(store, client, simulator):
    simulator.account.coverage = ("966",)
    broadcast_id = journal(store, numbers(3))  # planned without coverage: the gateway decides
    outcome = Run(store, client, broadcast_id)()
    assert states(store, broadcast_id) == ["rejected"]
    assert store.batches.get(broadcast_id, 1).error_code == "ERR026"
    assert outcome.state == "finished" and simulator.ledger() == []


def test_zero_balance_mid_broadcast_pauses_and_resuming_after_a_recharge_sends_each_number_once(
    store, client, simulator
):
    simulator.set_balance(400)  # two batches' worth
    broadcast_id = journal(store, numbers(1000))
    outcome = Run(store, client, broadcast_id)()
    assert outcome.state == "paused" and outcome.error_code == "ERR010"
    assert "Recharge" in outcome.reason_en and "اشحن" in outcome.reason_ar
    assert states(store, broadcast_id) == ["accepted", "accepted", "pending", "pending", "pending"]
    assert store.broadcasts.get(broadcast_id).state == "paused"

    simulator.set_balance(5000)
    resumed = Run(store, client, broadcast_id)()
    assert resumed.state == "finished" and resumed.all_accepted
    sent = ledger_numbers(simulator)
    assert sorted(sent) == numbers(1000) and len(set(sent)) == 1000


@pytest.mark.parametrize(
    ("code", "state", "words"),
    [
        ("ERR003", "paused", "username or password is wrong"),  # account
        ("ERR011", "paused", "balance is not enough"),  # balance
        ("ERR008", "paused", "sender name"),  # sender
        ("ERR027", "paused", "HTML"),  # message
        ("ERR002", "stopped", "incomplete request"),  # protocol: a bug, stop loudly
        ("ERR099", "stopped", "does not know"),  # unknown: never guessed at
    ],
)
def test_account_message_and_protocol_errors_stop_the_broadcast_with_nothing_lost(
    store, client, simulator, code, state, words
):
    broadcast_id = journal(store, numbers(250))
    simulator.add_fault({"endpoint": "send", "kind": "error", "code": code})
    outcome = Run(store, client, broadcast_id)()
    assert (outcome.state, outcome.error_code) == (state, code)
    assert words.lower() in outcome.reason_en.lower() and outcome.reason_ar
    assert states(store, broadcast_id) == ["pending", "pending"]
    assert simulator.ledger() == []
    # Fixed (here: the fault is gone): resuming sends everything once.
    assert Run(store, client, broadcast_id)().all_accepted
    assert sorted(ledger_numbers(simulator)) == numbers(250)


def test_a_full_queue_is_waited_out_30_then_60_seconds_and_the_batch_sent_once(store, client, simulator):
    broadcast_id = journal(store, numbers(250))
    simulator.add_fault({"endpoint": "send", "kind": "error", "code": "ERR013", "count": 2})
    run = Run(store, client, broadcast_id, delay_scale=0.001)
    outcome = run()
    assert outcome.all_accepted
    assert [(w.seq, w.error_code, round(w.seconds, 3)) for w in run.of(Waiting)] == [
        (1, "ERR013", 0.03),
        (1, "ERR013", 0.06),
    ]
    assert "queue is full" in run.of(Waiting)[0].reason_en
    assert store.batches.get(broadcast_id, 1).attempts == 3
    assert sorted(ledger_numbers(simulator)) == numbers(250)


def test_a_queue_still_full_after_30_60_120_seconds_pauses_the_broadcast(store, client, simulator):
    broadcast_id = journal(store, numbers(10))
    simulator.add_fault({"endpoint": "send", "kind": "error", "code": "ERR013", "count": 4})
    run = Run(store, client, broadcast_id)
    outcome = run()
    assert [round(w.seconds, 3) for w in run.of(Waiting)] == [0.03, 0.06, 0.12]
    assert (outcome.state, outcome.error_code) == ("paused", "ERR013")
    assert "resume later" in outcome.reason_en
    assert states(store, broadcast_id) == ["pending"]
    assert Run(store, client, broadcast_id)().all_accepted


def test_the_same_number_within_15_seconds_waits_16_seconds_then_goes_through(store, client, simulator):
    simulator.account.same_number_seconds = 1.0  # the gateway's 15 s window, shrunk like the 16 s wait
    first = journal(store, numbers(5))
    assert Run(store, client, first)().all_accepted
    second = journal(store, numbers(5))  # the same numbers again at once: ERR028
    run = Run(store, client, second, delay_scale=0.07)  # 16 s -> 1.12 s, longer than the window
    outcome = run()
    assert [(w.error_code, round(w.seconds, 2)) for w in run.of(Waiting)] == [("ERR028", 1.12)]
    assert outcome.all_accepted and len(simulator.ledger()) == 2


def test_a_gateway_that_cannot_be_reached_is_retried_and_then_paused_with_nothing_sent(store, simulator):
    import socket

    with socket.socket() as probe:  # a loopback port where nothing listens: connection refused
        probe.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{probe.getsockname()[1]}/API/"
    broadcast_id = journal(store, numbers(10))
    with make_client(dead_url) as dead:
        run = Run(store, dead, broadcast_id)
        outcome = run()
    assert [w.error_code for w in run.of(Waiting)] == ["NETWORK"] * 4
    assert (outcome.state, outcome.error_code) == ("paused", "NETWORK")
    assert "offline" in outcome.reason_en
    assert states(store, broadcast_id) == ["pending"]  # safe: the request never left
    with make_client(simulator.url) as alive:
        assert Run(store, alive, broadcast_id)().all_accepted
    assert sorted(ledger_numbers(simulator)) == numbers(10)


@pytest.mark.parametrize("kind", ["timeout", "reset", "http500", "not_json", "empty"])
@pytest.mark.parametrize("accepted", [False, True])
def test_no_readable_answer_makes_the_batch_uncertain_and_it_is_never_resent_by_itself(
    store, client, simulator, kind, accepted
):
    broadcast_id = journal(store, numbers(450))
    simulator.add_fault(
        [
            {"endpoint": "send", "kind": "delay", "seconds": 0},
            {"endpoint": "send", "kind": kind, "accepted": accepted, "seconds": 2},
        ]
    )
    outcome = Run(store, client, broadcast_id)()
    assert states(store, broadcast_id) == ["accepted", "uncertain", "accepted"]
    assert store.batches.get(broadcast_id, 2).error_code in ("TIMEOUT", "BAD_RESPONSE")
    assert outcome.state == "finished" and outcome.uncertain_batches == (2,)
    assert "uncertain" in outcome.reason_en and "200 numbers in 1 batch are uncertain" in outcome.reason_en
    sent = ledger_numbers(simulator)
    assert sorted(sent) == (numbers(450) if accepted else numbers(200) + numbers(50, 400))
    # Running it again sends nothing: an uncertain batch waits for the user's choice.
    again = Run(store, client, broadcast_id)()
    assert again.state == "finished" and ledger_numbers(simulator) == sent


def test_a_gateway_that_stops_answering_pauses_after_three_unanswered_batches(store, client, simulator):
    broadcast_id = journal(store, numbers(1000))
    simulator.add_fault({"endpoint": "send", "kind": "timeout", "count": 3, "seconds": 2})
    outcome = Run(store, client, broadcast_id)()
    assert (outcome.state, outcome.error_code) == ("paused", "TIMEOUT")
    assert "stopped answering" in outcome.reason_en
    assert states(store, broadcast_id) == ["uncertain", "uncertain", "uncertain", "pending", "pending"]


def test_a_batch_left_sending_by_a_crash_becomes_uncertain_and_the_rest_is_sent(store, client, simulator):
    broadcast_id = journal(store, numbers(450))
    store.batches.mark_sending(broadcast_id, 1)  # the process died during this request
    run = Run(store, client, broadcast_id)
    outcome = run()
    assert run.of(BatchChanged)[0] == BatchChanged(broadcast_id, 1, "uncertain", "INTERRUPTED")
    assert states(store, broadcast_id) == ["uncertain", "accepted", "accepted"]
    assert outcome.uncertain_batches == (1,)
    assert sorted(ledger_numbers(simulator)) == numbers(250, 200)


def test_only_one_runner_may_send_a_broadcast(store, client, simulator):
    broadcast_id = journal(store, numbers(5))
    with BroadcastLock(store.data_dir, broadcast_id):
        with pytest.raises(BroadcastBusy, match="another kwtSMS Desktop"):
            Run(store, client, broadcast_id, lock_wait=0.2)()
    assert simulator.ledger() == [] and states(store, broadcast_id) == ["pending"]
    with pytest.raises(UnknownBroadcast):
        BroadcastRunner(store, client, broadcast_id + 1).run()


def test_the_outcome_is_also_reported_as_the_last_event(store, client, simulator):
    run = Run(store, client, journal(store, numbers(1)))
    outcome = run()
    assert run.events[-1] == outcome and isinstance(outcome, RunOutcome)


def test_a_lock_left_by_a_process_still_dying_is_waited_for(store, client, simulator):
    broadcast_id = journal(store, numbers(5))
    held = BroadcastLock(store.data_dir, broadcast_id)
    held.acquire()
    releaser = threading.Timer(0.3, held.release)  # the killed process finishes dying
    releaser.start()
    try:
        assert Run(store, client, broadcast_id, lock_wait=10)().all_accepted
    finally:
        releaser.join()
    assert sorted(ledger_numbers(simulator)) == numbers(5)


def test_a_batch_the_gateway_took_only_in_part_says_so(store, client, simulator):
    simulator.account.coverage = ("965",)
    broadcast_id = journal(store, ["96550000001", "971501234567"])  # planned with coverage unknown
    assert Run(store, client, broadcast_id)().state == "finished"
    batch = store.batches.get(broadcast_id, 1)
    assert batch.state == "accepted" and batch.points_charged == 1
    assert batch.error_text == "kwtSMS took 1 of the 2 numbers of this batch."
    assert ledger_numbers(simulator) == ["96550000001"]
