"""Pause, resume and cancel at any moment; the user's choices for an uncertain batch; recovery at app start."""

from __future__ import annotations

import queue
import threading

import pytest

from kwtsms_desktop.engine.events import BatchChanged, Waiting
from kwtsms_desktop.engine.lock import BroadcastLock
from kwtsms_desktop.engine.recovery import (
    ChoiceRefused,
    cancel_broadcast,
    mark_received,
    recover_interrupted,
    resend_uncertain,
)
from kwtsms_desktop.store import BroadcastCancelled, JournalConflict, Store

from .conftest import Run, journal, ledger_numbers, make_client, numbers


def accepted_after(run, count, action):
    """Call ``action`` right after the count-th batch is accepted (from inside the run)."""
    seen = []

    def hook(event):
        if isinstance(event, BatchChanged) and event.state == "accepted":
            seen.append(event.seq)
            if len(seen) == count:
                action()

    run.on_event = hook


def test_pause_mid_broadcast_then_resume_sends_each_number_exactly_once(store, client, simulator):
    broadcast_id = journal(store, numbers(1000))
    run = Run(store, client, broadcast_id)
    accepted_after(run, 2, run.runner.pause)
    outcome = run()
    assert outcome.state == "paused" and outcome.numbers_by_state == {"accepted": 400, "pending": 600}
    assert "Resume" in outcome.reason_en
    assert sorted(ledger_numbers(simulator)) == numbers(400)

    resumed = Run(store, client, broadcast_id)()
    assert resumed.all_accepted
    sent = ledger_numbers(simulator)
    assert sorted(sent) == numbers(1000) and len(sent) == 1000


def test_cancel_mid_broadcast_leaves_the_rest_unsent_for_good(store, client, simulator):
    broadcast_id = journal(store, numbers(1000))
    run = Run(store, client, broadcast_id)
    accepted_after(run, 1, run.runner.cancel)
    outcome = run()
    assert outcome.state == "cancelled" and "800 numbers not sent yet will not be sent" in outcome.reason_en
    assert [b.state for b in store.batches.of_broadcast(broadcast_id)] == ["accepted"] + ["pending"] * 4
    again = Run(store, client, broadcast_id)()
    assert again.state == "cancelled"
    assert sorted(ledger_numbers(simulator)) == numbers(200)


class ThreadedRun:
    """A run on its own thread with its own Store (one connection per thread), controlled from this one."""

    def __init__(self, data_dir, client, broadcast_id, *, watch, **options):
        self.seen: queue.Queue = queue.Queue()
        self.outcome: queue.Queue = queue.Queue()
        made: queue.Queue = queue.Queue()

        def work():
            with Store.open(data_dir) as own:
                run = Run(own, client, broadcast_id, **options)
                run.on_event = lambda event: self.seen.put(event) if watch(event) else None
                made.put(run.runner)
                self.outcome.put(run())

        self.thread = threading.Thread(target=work)
        self.thread.start()
        self.runner = made.get(timeout=5)

    def finish(self):
        outcome = self.outcome.get(timeout=5)
        self.thread.join()
        return outcome


def test_pause_from_another_thread_cuts_a_long_backoff_short(store, client, simulator):
    broadcast_id = journal(store, numbers(10))
    simulator.add_fault({"endpoint": "send", "kind": "error", "code": "ERR013"})
    # The real 30 s wait:
    run = ThreadedRun(store.data_dir, client, broadcast_id, watch=lambda e: isinstance(e, Waiting), delay_scale=1.0)
    assert run.seen.get(timeout=10).seconds == 30
    run.runner.pause()
    outcome = run.finish()  # within 5 s, far less than the 30 s wait
    assert outcome.state == "paused" and simulator.ledger() == []
    assert store.batches.get(broadcast_id, 1).state == "pending"


def test_cancel_while_waiting_for_the_rate_limiter_sends_nothing_more(store, simulator):
    broadcast_id = journal(store, numbers(600))
    with make_client(simulator.url, rate=1.0) as slow:  # one request per second: the run waits on the limiter
        run = ThreadedRun(
            store.data_dir,
            slow,
            broadcast_id,
            watch=lambda e: isinstance(e, BatchChanged) and e.state == "sending" and e.seq == 2,
        )
        run.seen.get(timeout=10)
        run.runner.cancel()
        outcome = run.finish()
    assert outcome.state == "cancelled"
    journaled = [b.state for b in store.batches.of_broadcast(broadcast_id)]
    assert journaled[0] == "accepted" and journaled[2] == "pending"
    # Batch 2 was either cancelled before it left (pending) or sent and journaled; never lost.
    assert sorted(ledger_numbers(simulator)) == sorted(
        n for b in store.batches.of_broadcast(broadcast_id) if b.state == "accepted" for n in b.numbers
    )


def test_an_uncertain_batch_is_resent_only_when_the_user_says_so(store, client, simulator):
    broadcast_id = journal(store, numbers(450))
    simulator.add_fault([{"endpoint": "send", "kind": "delay", "seconds": 0}, {"endpoint": "send", "kind": "reset"}])
    assert Run(store, client, broadcast_id)().uncertain_batches == (2,)
    assert sorted(ledger_numbers(simulator)) == numbers(200) + numbers(50, 400)

    resend_uncertain(store, broadcast_id, 2)
    assert store.broadcasts.get(broadcast_id).state == "paused"
    assert "Batch 2 will be sent again" in store.broadcasts.get(broadcast_id).reason_en
    assert Run(store, client, broadcast_id)().all_accepted
    assert sorted(ledger_numbers(simulator)) == numbers(450)


def test_marking_an_uncertain_batch_received_finishes_the_broadcast_without_sending(store, client, simulator):
    broadcast_id = journal(store, numbers(450))
    simulator.add_fault(
        [{"endpoint": "send", "kind": "delay", "seconds": 0}, {"endpoint": "send", "kind": "http500", "accepted": True}]
    )
    Run(store, client, broadcast_id)()
    mark_received(store, broadcast_id, 2)
    batch = store.batches.get(broadcast_id, 2)
    assert batch.state == "accepted" and batch.marked_by_user
    assert "all 450 numbers" in store.broadcasts.get(broadcast_id).reason_en
    with pytest.raises(JournalConflict):
        resend_uncertain(store, broadcast_id, 2)  # no longer uncertain: nothing to resend
    assert sorted(ledger_numbers(simulator)) == numbers(450)


def test_at_app_start_batches_left_sending_become_uncertain_unless_another_process_is_sending(store):
    crashed = journal(store, numbers(450))
    busy = journal(store, numbers(10, 1000))
    for broadcast_id in (crashed, busy):
        store.broadcasts.set_state(broadcast_id, "sending")
        store.batches.mark_sending(broadcast_id, 1)
    with BroadcastLock(store.data_dir, busy):  # another window is sending this one right now
        assert recover_interrupted(store) == [(crashed, 1)]
    assert store.batches.get(crashed, 1).state == "uncertain"
    assert store.broadcasts.get(crashed).state == "paused"
    assert "interrupted" in store.broadcasts.get(crashed).reason_en
    assert store.batches.get(busy, 1).state == "sending"


def test_an_uncertain_batch_of_a_cancelled_broadcast_cannot_be_resent(store, client, simulator):
    broadcast_id = journal(store, numbers(1000))
    simulator.add_fault([{"endpoint": "send", "kind": "delay", "seconds": 0}, {"endpoint": "send", "kind": "reset"}])
    run = Run(store, client, broadcast_id)
    accepted_after(run, 2, run.runner.cancel)  # batch 2 uncertain, batch 3 accepted, then cancel
    assert run().state == "cancelled"
    with pytest.raises(ChoiceRefused, match="was cancelled"):
        resend_uncertain(store, broadcast_id, 2)
    assert store.batches.get(broadcast_id, 2).state == "uncertain"
    mark_received(store, broadcast_id, 2)  # the other choice stays open
    assert store.broadcasts.get(broadcast_id).state == "cancelled"
    assert sorted(ledger_numbers(simulator)) == numbers(200) + numbers(200, 400)


# ---- a cancel is committed to the journal at once, whatever is running --------------------------------


def test_cancelling_a_paused_broadcast_is_final_and_nothing_runs_it_again(store, client, simulator):
    broadcast_id = journal(store, numbers(1000))
    run = Run(store, client, broadcast_id)
    accepted_after(run, 1, run.runner.pause)
    assert run().state == "paused"

    reason_en, reason_ar = cancel_broadcast(store, broadcast_id)
    assert "800 numbers not sent yet will not be sent" in reason_en and reason_ar
    assert store.broadcasts.get(broadcast_id).state == "cancelled"
    assert cancel_broadcast(store, broadcast_id) == (reason_en, reason_ar)  # twice is harmless

    again = Run(store, client, broadcast_id)()
    assert again.state == "cancelled"
    assert sorted(ledger_numbers(simulator)) == numbers(200)
    assert [b.state for b in store.batches.of_broadcast(broadcast_id)] == ["accepted"] + ["pending"] * 4


def test_cancelling_an_interrupted_broadcast_makes_its_batch_in_flight_uncertain(store, client, simulator):
    broadcast_id = journal(store, numbers(450))
    store.broadcasts.set_state(broadcast_id, "sending")  # a process died while sending batch 1
    store.batches.mark_sending(broadcast_id, 1)
    cancel_broadcast(store, broadcast_id)
    assert [b.state for b in store.batches.of_broadcast(broadcast_id)] == ["uncertain", "pending", "pending"]
    assert store.broadcasts.get(broadcast_id).state == "cancelled"
    assert Run(store, client, broadcast_id)().state == "cancelled"
    assert simulator.ledger() == []


def test_a_cancel_committed_by_another_process_stops_a_running_broadcast_before_its_next_batch(
    store, client, simulator
):
    broadcast_id = journal(store, numbers(1000))
    run = ThreadedRun(
        store.data_dir,
        client,
        broadcast_id,
        watch=lambda e: isinstance(e, BatchChanged) and e.state == "accepted" and e.seq == 1,
    )
    run.seen.get(timeout=10)
    cancel_broadcast(store, broadcast_id)  # this thread's own connection: as a `cancel` command would
    outcome = run.finish()
    assert outcome.state == "cancelled"
    journaled = store.batches.of_broadcast(broadcast_id)
    assert [b.state for b in journaled][2:] == ["pending"] * 3  # at most the batch in flight went out
    assert sorted(ledger_numbers(simulator)) == sorted(n for b in journaled if b.state == "accepted" for n in b.numbers)
    assert store.broadcasts.get(broadcast_id).state == "cancelled"


def test_a_cancelled_broadcast_never_lets_a_batch_start_sending(store):
    broadcast_id = journal(store, numbers(10))
    cancel_broadcast(store, broadcast_id)
    with pytest.raises(BroadcastCancelled):
        store.batches.mark_sending(broadcast_id, 1)
    store.broadcasts.set_state(broadcast_id, "paused")  # a late runner's report does not undo it
    assert store.broadcasts.get(broadcast_id).state == "cancelled"


def test_a_finished_or_unknown_broadcast_cannot_be_cancelled(store, client, simulator):
    broadcast_id = journal(store, numbers(5))
    assert Run(store, client, broadcast_id)().state == "finished"
    with pytest.raises(ChoiceRefused, match="nothing is left to cancel"):
        cancel_broadcast(store, broadcast_id)
    with pytest.raises(ChoiceRefused, match="no broadcast 99"):
        cancel_broadcast(store, 99)
    assert store.broadcasts.get(broadcast_id).state == "finished"
