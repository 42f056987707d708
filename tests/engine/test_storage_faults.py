"""The runner when the journal cannot be written, and when a batch is journaled 'sending'.

A batch is committed 'sending' only after the rate limiter's wait, right before its request: a
kill during the wait leaves it pending (resumed later, sent once), not uncertain. When a journal
write fails (read-only, disk full) the run stops with a StorageFailure and nothing more is sent.
"""

from __future__ import annotations

import collections
import threading

import pytest

from kwtsms_desktop.engine.controller import SendController
from kwtsms_desktop.engine.events import BatchChanged
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.demo import demo_credentials
from kwtsms_desktop.gateway.ratelimit import RateLimiter
from kwtsms_desktop.store import DATABASE_FILE, StorageFailure, Store
from tests.small_disk import fill, small_disk

from .conftest import Run, journal, ledger_numbers, numbers


class WatchingLimiter(RateLimiter):
    """A real rate limiter that, at the start of each wait, reads the journal from another connection."""

    def __init__(self, data_dir, rate: float = 4.0) -> None:
        super().__init__(rate)
        self.data_dir = data_dir
        self.seen_during_waits: list[dict[int, str]] = []

    def acquire(self, cancel: threading.Event | None = None) -> bool:
        with Store.open(self.data_dir, read_only=True) as reader:
            (broadcast_id,) = reader.broadcasts.ids()
            self.seen_during_waits.append({b.seq: b.state for b in reader.batches.of_broadcast(broadcast_id)})
        return super().acquire(cancel)


def test_no_batch_is_journaled_sending_while_the_rate_limiter_waits(store, simulator):
    """A kill at any moment of a wait finds every batch pending or answered: nothing uncertain from it."""
    broadcast_id = journal(store, numbers(1000))
    limiter = WatchingLimiter(store.data_dir)
    with GatewayClient(demo_credentials, simulator.url, rate_limiter=limiter, timeout=(2.0, 2.0)) as client:
        outcome = Run(store, client, broadcast_id)()
    assert outcome.state == "finished"
    assert len(limiter.seen_during_waits) == 5
    for states in limiter.seen_during_waits:
        assert "sending" not in states.values(), states
    assert sorted(ledger_numbers(simulator)) == numbers(1000)


def test_a_run_that_ends_during_the_wait_leaves_the_batch_pending_and_resume_sends_it_once(store, simulator):
    """An interrupt inside the limiter's wait (a Ctrl+C there, say): the batch never left, so it stays pending."""

    class InterruptedWait(RateLimiter):
        calls = 0

        def acquire(self, cancel=None):
            InterruptedWait.calls += 1
            if InterruptedWait.calls == 3:
                raise KeyboardInterrupt
            return super().acquire(cancel)

    broadcast_id = journal(store, numbers(1000))
    with GatewayClient(
        demo_credentials, simulator.url, rate_limiter=InterruptedWait(4.0), timeout=(2.0, 2.0)
    ) as client:
        with pytest.raises(KeyboardInterrupt):
            Run(store, client, broadcast_id)()
    states = {b.seq: b.state for b in store.batches.of_broadcast(broadcast_id)}
    assert states == {1: "accepted", 2: "accepted", 3: "pending", 4: "pending", 5: "pending"}
    with GatewayClient(demo_credentials, simulator.url, rate_limiter=RateLimiter(4.0), timeout=(2.0, 2.0)) as client:
        assert Run(store, client, broadcast_id)().state == "finished"
    sent = ledger_numbers(simulator)
    assert sorted(sent) == numbers(1000) and len(sent) == len(set(sent))


def test_a_journal_that_cannot_be_written_before_sending_sends_nothing(store, client, simulator):
    broadcast_id = journal(store, numbers(450))
    store.connection.execute("PRAGMA query_only = ON")  # real SQLite refuses every write from here
    with pytest.raises(StorageFailure, match="nothing more was sent") as stopped:
        Run(store, client, broadcast_id)()
    assert stopped.value.kind == "readonly" and "توقف الإرسال" in stopped.value.ar
    assert simulator.ledger() == []


def test_an_answer_that_cannot_be_journaled_stops_the_run_and_the_batch_is_uncertain_after(store, client, simulator):
    broadcast_id = journal(store, numbers(1000))
    run = Run(store, client, broadcast_id)

    def refuse_writes_once_batch_2_leaves(event):
        if isinstance(event, BatchChanged) and (event.seq, event.state) == (2, "sending"):
            store.connection.execute("PRAGMA query_only = ON")

    run.on_event = refuse_writes_once_batch_2_leaves
    with pytest.raises(StorageFailure):
        run()
    assert len(simulator.ledger()) == 2  # batch 2 went out; nothing after the failed write
    store.connection.execute("PRAGMA query_only = OFF")  # the user freed the disk / fixed the folder
    assert {b.seq: b.state for b in store.batches.of_broadcast(broadcast_id)}[2] == "sending"
    outcome = Run(store, client, broadcast_id)()
    assert outcome.state == "finished" and outcome.uncertain_batches == (2,)
    assert max(collections.Counter(ledger_numbers(simulator)).values()) == 1


def test_a_disk_that_fills_up_mid_broadcast_stops_it_with_the_disk_full_sentence(tmp_path, simulator, client):
    with small_disk(tmp_path / "disk", "4m") as disk:
        with Store.open(disk / "data") as store:
            broadcast_id = journal(store, numbers(1000))
            store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            run = Run(store, client, broadcast_id)

            def disk_fills_while_batch_2_is_out(event):
                if isinstance(event, BatchChanged) and (event.seq, event.state) == (2, "sending"):
                    fill(disk)

            run.on_event = disk_fills_while_batch_2_is_out
            with pytest.raises(StorageFailure, match="is full") as stopped:
                run()
            assert stopped.value.kind == "full"
            assert len(simulator.ledger()) == 2
            with Store.open(disk / "data", read_only=True) as reader:
                assert reader.broadcasts.ids() == [broadcast_id]  # the history still reads on a full disk
            (disk / "filler").unlink()
            outcome = Run(store, client, broadcast_id)()
            assert outcome.state == "finished" and outcome.uncertain_batches == (2,)
    assert max(collections.Counter(ledger_numbers(simulator)).values()) == 1


def test_the_window_is_told_in_its_language_when_the_data_file_is_damaged(qtbot, store, client, simulator):
    broadcast_id = journal(store, numbers(10))
    store.close()
    (store.data_dir / DATABASE_FILE).write_bytes(b"\x00garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        (store.data_dir / f"{DATABASE_FILE}{suffix}").unlink(missing_ok=True)
    controller = SendController(store.data_dir, lambda: client, language=lambda: "ar")
    try:
        with qtbot.waitSignal(controller.runFailed, timeout=10_000) as failed:
            controller.start(broadcast_id)
    finally:
        controller.shutdown()
    assert failed.args[0] == broadcast_id
    assert "تالف" in failed.args[1] and "unexpected" not in failed.args[1]
    assert simulator.ledger() == []
