"""The Qt controller: a broadcast runs on the worker thread, its events arrive as GUI-thread signals, shutdown is clean."""

from __future__ import annotations

import threading

import pytest

from kwtsms_desktop.engine.controller import SendController
from kwtsms_desktop.engine.events import ProgressInfo
from kwtsms_desktop.engine.lock import BroadcastLock

from .conftest import FAST, journal, ledger_numbers, numbers


@pytest.fixture
def controller(store, client):
    made = SendController(store.data_dir, lambda: client, delay_scale=FAST, lock_wait=0.2)
    yield made
    made.shutdown()


def test_a_broadcast_runs_off_the_gui_thread_and_reports_on_it(qtbot, controller, store, simulator):
    broadcast_id = journal(store, numbers(450))
    gui_thread = threading.current_thread()
    seen: list = []
    threads: set = set()

    def on_batch(bid, seq, state):
        seen.append((seq, state))
        threads.add(threading.current_thread())

    controller.batchChanged.connect(on_batch)
    progress: list[ProgressInfo] = []
    controller.progress.connect(lambda bid, info: progress.append(info))
    balances: list[float] = []
    controller.balanceChanged.connect(balances.append)
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000) as finished:
        controller.start(broadcast_id)
    assert finished.args[:2] == [broadcast_id, "finished"]
    assert "all 450 numbers" in finished.args[2] and finished.args[3]
    assert threads == {gui_thread}
    assert seen[0] == (1, "sending") and seen[-1] == (3, "accepted")
    assert progress[-1].accepted == 450 and progress[-1].pending == 0
    assert balances[-1] == simulator.balance()
    assert sorted(ledger_numbers(simulator)) == numbers(450)


def test_pause_then_resume_from_the_gui_sends_each_number_once(qtbot, controller, store, simulator):
    broadcast_id = journal(store, numbers(1000))

    def pause_after_first(bid, seq, state):
        if state == "accepted" and seq == 1:
            controller.pause(bid)

    controller.batchChanged.connect(pause_after_first)
    with qtbot.waitSignal(controller.broadcastPaused, timeout=20_000) as paused:
        controller.start(broadcast_id)
    controller.batchChanged.disconnect(pause_after_first)
    assert paused.args[0] == broadcast_id and paused.args[1] == "paused" and "Resume" in paused.args[3]
    assert 200 <= len(ledger_numbers(simulator)) < 1000

    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000) as finished:
        controller.resume(broadcast_id)
    assert finished.args[1] == "finished"
    sent = ledger_numbers(simulator)
    assert sorted(sent) == numbers(1000) and len(sent) == 1000


def test_cancel_from_the_gui(qtbot, controller, store, simulator):
    broadcast_id = journal(store, numbers(1000))
    controller.batchChanged.connect(lambda bid, seq, state: controller.cancel(bid) if state == "accepted" else None)
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000) as finished:
        controller.start(broadcast_id)
    assert finished.args[1] == "cancelled" and "will not be sent" in finished.args[2]
    assert store.broadcasts.get(broadcast_id).state == "cancelled"


def test_zero_balance_is_reported_as_paused_with_the_reason_in_both_languages(qtbot, controller, store, simulator):
    simulator.set_balance(200)
    broadcast_id = journal(store, numbers(450))
    with qtbot.waitSignal(controller.broadcastPaused, timeout=20_000) as paused:
        controller.start(broadcast_id)
    assert paused.args[1:3] == ["paused", "ERR010"]
    assert "Recharge" in paused.args[3] and "اشحن" in paused.args[4]


def test_shutdown_during_a_long_backoff_returns_at_once_and_leaves_the_broadcast_resumable(
    qtbot, store, client, simulator
):
    controller = SendController(store.data_dir, lambda: client)  # the real 30 s backoff
    try:
        broadcast_id = journal(store, numbers(10))
        simulator.add_fault({"endpoint": "send", "kind": "error", "code": "ERR013"})
        with qtbot.waitSignal(controller.waiting, timeout=10_000) as waiting:
            controller.start(broadcast_id)
        assert waiting.args[2] == 30 and "queue is full" in waiting.args[3]
    finally:
        controller.shutdown()  # must not wait out the 30 s
    assert controller.is_shut_down
    broadcast = store.broadcasts.get(broadcast_id)
    assert broadcast.state == "paused" and "app was closed" in broadcast.reason_en
    assert [b.state for b in store.batches.of_broadcast(broadcast_id)] == ["pending"]


def test_the_users_choices_for_an_uncertain_batch(qtbot, controller, store, simulator):
    broadcast_id = journal(store, numbers(450))
    simulator.add_fault(
        [
            {"endpoint": "send", "kind": "delay", "seconds": 0},
            {"endpoint": "send", "kind": "reset"},
            {"endpoint": "send", "kind": "reset"},
        ]
    )
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000):
        controller.start(broadcast_id)
    assert [b.state for b in store.batches.of_broadcast(broadcast_id)] == ["accepted", "uncertain", "uncertain"]

    with qtbot.waitSignal(controller.batchChanged) as changed:
        controller.mark_received(broadcast_id, 3)
    assert changed.args == [broadcast_id, 3, "accepted"]
    with qtbot.waitSignal(controller.batchChanged) as changed:
        controller.resend_uncertain(broadcast_id, 2)
    assert changed.args == [broadcast_id, 2, "pending"]
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000) as finished:
        controller.resume(broadcast_id)
    assert "all 450 numbers" in finished.args[2]
    assert sorted(ledger_numbers(simulator)) == numbers(400)  # batch 3 was the user's word, never resent


def test_a_broadcast_another_window_is_sending_is_refused_plainly(qtbot, controller, store):
    broadcast_id = journal(store, numbers(5))
    with BroadcastLock(store.data_dir, broadcast_id):
        with qtbot.waitSignal(controller.runFailed, timeout=10_000) as failed:
            controller.start(broadcast_id)
    assert failed.args[0] == broadcast_id and "another kwtSMS Desktop" in failed.args[1]


def test_app_start_recovery_reports_the_batches_it_made_uncertain(qtbot, controller, store):
    broadcast_id = journal(store, numbers(5))
    store.broadcasts.set_state(broadcast_id, "sending")
    store.batches.mark_sending(broadcast_id, 1)
    with qtbot.waitSignal(controller.batchChanged) as changed:
        assert controller.recover_interrupted() == [(broadcast_id, 1)]
    assert changed.args == [broadcast_id, 1, "uncertain"]


def test_asking_twice_runs_a_broadcast_once_and_a_cancelled_one_still_answers(qtbot, controller, store, simulator):
    broadcast_id = journal(store, numbers(5))
    finished: list = []
    controller.broadcastFinished.connect(lambda *args: finished.append(args))
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000):
        controller.start(broadcast_id)
        assert controller.is_active(broadcast_id)
        controller.start(broadcast_id)  # a double click
    assert not controller.is_active(broadcast_id)
    store.broadcasts.set_state(broadcast_id, "cancelled", reason_en="Cancelled.", reason_ar="أُلغي.")
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000) as again:
        controller.start(broadcast_id)
    assert again.args[1] == "cancelled"
    assert len(finished) == 2 and len(simulator.ledger()) == 1


def test_cancel_of_a_paused_broadcast_is_journaled_at_once_and_survives_a_restart(qtbot, store, client, simulator):
    broadcast_id = journal(store, numbers(1000))
    first = SendController(store.data_dir, lambda: client, delay_scale=FAST, lock_wait=0.2)
    try:
        first.batchChanged.connect(lambda bid, seq, state: first.pause(bid) if state == "accepted" else None)
        with qtbot.waitSignal(first.broadcastPaused, timeout=20_000):
            first.start(broadcast_id)
        sent_before = len(ledger_numbers(simulator))
        with qtbot.waitSignal(first.broadcastFinished, timeout=1_000) as cancelled:
            first.cancel(broadcast_id)  # nothing is running it: the journal says so at once
        assert cancelled.args[:2] == [broadcast_id, "cancelled"] and "will not be sent" in cancelled.args[2]
        assert store.broadcasts.get(broadcast_id).state == "cancelled"
    finally:
        first.shutdown()

    restarted = SendController(store.data_dir, lambda: client, delay_scale=FAST, lock_wait=0.2)
    try:
        with qtbot.waitSignal(restarted.broadcastFinished, timeout=20_000) as again:
            restarted.resume(broadcast_id)
        assert again.args[1] == "cancelled"
    finally:
        restarted.shutdown()
    assert len(ledger_numbers(simulator)) == sent_before


def test_cancel_of_a_finished_broadcast_is_refused_with_a_sentence(qtbot, controller, store, simulator):
    broadcast_id = journal(store, numbers(5))
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000):
        controller.start(broadcast_id)
    with qtbot.waitSignal(controller.runFailed, timeout=1_000) as refused:
        controller.cancel(broadcast_id)
    assert "nothing is left to cancel" in refused.args[1]
    assert store.broadcasts.get(broadcast_id).state == "finished"
