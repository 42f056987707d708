"""The send journal in SQLite: a plan lands whole, batch moves are guarded and survive reopening."""

from __future__ import annotations

import pytest

from kwtsms_desktop.store import JournalConflict, Store


def test_a_plan_is_journaled_whole_with_pending_batches_and_set_aside_recipients(store, planned):
    broadcast_id, plan = planned
    batches = store.batches.of_broadcast(broadcast_id)
    assert [b.size for b in batches] == [200, 200, 50]
    assert all(b.state == "pending" for b in batches)
    assert [n for b in batches for n in b.numbers] == plan.numbers
    broadcast = store.broadcasts.get(broadcast_id)
    assert broadcast.state == "planned"
    assert broadcast.sender == "KWT-SMS" and broadcast.cleaned_message == "Hello"
    assert broadcast.gateway_url == "http://127.0.0.1:1/API/"
    aside = store.recipients.set_aside(broadcast_id)
    assert sorted(r.set_aside for r in aside) == ["duplicate", "invalid"]
    in_batches = [r for r in store.recipients.of_broadcast(broadcast_id) if r.batch_seq is not None]
    assert len(in_batches) == 450 and in_batches[-1].batch_seq == 3 and in_batches[0].batch_state == "pending"


def test_a_batch_moves_through_the_journal_and_keeps_what_the_gateway_answered(store, planned):
    broadcast_id, _ = planned
    long_id = "f" * 64  # msg-ids longer than 32 characters exist
    store.batches.mark_sending(broadcast_id, 1)
    store.batches.mark_accepted(
        broadcast_id, 1, msg_id=long_id, points_charged=200, balance_after=800.5, gateway_timestamp=1700000000
    )
    batch = store.batches.get(broadcast_id, 1)
    assert (batch.state, batch.msg_id, batch.points_charged, batch.balance_after) == ("accepted", long_id, 200, 800.5)
    assert batch.attempts == 1 and batch.sent_utc and batch.answered_utc.endswith("Z")
    assert store.batches.next_pending(broadcast_id).seq == 2


def test_a_move_from_the_wrong_state_is_refused_not_overwritten(store, planned):
    broadcast_id, _ = planned
    with pytest.raises(JournalConflict, match="pending"):
        store.batches.mark_accepted(broadcast_id, 1, msg_id="x", points_charged=1, balance_after=1, gateway_timestamp=1)
    store.batches.mark_sending(broadcast_id, 1)
    with pytest.raises(JournalConflict):
        store.batches.mark_sending(broadcast_id, 1)
    assert store.batches.get(broadcast_id, 1).state == "sending"


def test_a_batch_left_sending_becomes_uncertain_when_reopened(tmp_path, planned, store):
    broadcast_id, _ = planned
    store.batches.mark_sending(broadcast_id, 2)
    store.close()  # as if the process died here
    with Store.open(store.data_dir) as reopened:
        assert reopened.batches.get(broadcast_id, 2).state == "sending"
        assert reopened.batches.recover_sending() == [(broadcast_id, 2)]
        batch = reopened.batches.get(broadcast_id, 2)
        assert batch.state == "uncertain" and batch.error_code == "INTERRUPTED"
        # Never resent by itself: only the user's choices move it.
        assert reopened.batches.next_pending(broadcast_id).seq == 1
        reopened.batches.resend_uncertain(broadcast_id, 2)
        assert reopened.batches.get(broadcast_id, 2).state == "pending"


def test_marking_an_uncertain_batch_received_flags_it_as_the_users_word(store, planned):
    broadcast_id, _ = planned
    store.batches.mark_sending(broadcast_id, 3)
    store.batches.mark_uncertain(broadcast_id, 3, error_code="TIMEOUT", error_text="No answer")
    store.batches.mark_received(broadcast_id, 3)
    batch = store.batches.get(broadcast_id, 3)
    assert batch.state == "accepted" and batch.marked_by_user and batch.msg_id is None


def test_summaries_count_numbers_and_points_per_state(store, planned):
    broadcast_id, _ = planned
    store.batches.mark_sending(broadcast_id, 1)
    store.batches.mark_accepted(broadcast_id, 1, msg_id="a", points_charged=200, balance_after=1, gateway_timestamp=1)
    store.batches.mark_sending(broadcast_id, 3)
    store.batches.mark_rejected(broadcast_id, 3, error_code="ERR025")
    store.broadcasts.set_state(broadcast_id, "paused", error_code="ERR010", reason_en="Recharge.", reason_ar="اشحن.")
    (summary,) = store.broadcasts.summaries()
    assert summary.numbers_by_state == {"accepted": 200, "pending": 200, "rejected": 50}
    assert summary.points_charged == 200 and summary.set_aside == 2 and summary.numbers_total == 450
    assert (summary.state, summary.broadcast.reason_ar) == ("paused", "اشحن.")
    assert store.broadcasts.summary(broadcast_id + 1) is None


def test_an_unknown_broadcast_state_is_refused(store, planned):
    broadcast_id, _ = planned
    with pytest.raises(ValueError):
        store.broadcasts.set_state(broadcast_id, "exploded")
