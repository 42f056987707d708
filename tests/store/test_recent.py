"""The same text to the same numbers again: which numbers got it, when, with a clock the test chooses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kwtsms_desktop.core.leave_out import leave_out
from kwtsms_desktop.core.plan import DUPLICATE, make_plan
from kwtsms_desktop.store.recent import RECENT_WINDOW, recently_sent
from tests.store.conftest import kuwait_numbers


def journal_sent(store, numbers, text="School is closed tomorrow.", *, test=False, accept=(1,), uncertain=()):
    plan = make_plan(numbers, text, "KWT-SMS", test=test)
    broadcast_id = store.broadcasts.create(plan)
    for seq in accept:
        store.batches.mark_sending(broadcast_id, seq)
        store.batches.mark_accepted(
            broadcast_id, seq, msg_id=f"m{seq}", points_charged=1.0, balance_after=1.0, gateway_timestamp=None
        )
    for seq in uncertain:
        store.batches.mark_sending(broadcast_id, seq)
        store.batches.mark_uncertain(broadcast_id, seq, error_code="TIMEOUT")
    return broadcast_id, plan


def now_plus(minutes: float) -> datetime:
    return datetime.now(UTC) + timedelta(minutes=minutes)


def test_numbers_that_got_the_same_cleaned_text_are_found_with_the_time(store):
    numbers = kuwait_numbers(450)
    broadcast_id, plan = journal_sent(store, numbers, accept=(1, 2), uncertain=(3,))  # every batch may have gone
    again = numbers[:300] + kuwait_numbers(10, start=9000)
    # the same text after cleaning: the pasted zero-width space is removed before sending
    cleaned = make_plan(again, "School is\u200b closed tomorrow.", "KWT-SMS").message.cleaned
    recent = recently_sent(store.connection, cleaned, again, test=False, now=now_plus(3))
    assert recent.count == 300 and recent.numbers == frozenset(numbers[:300])
    assert recent.broadcast_ids == (broadcast_id,)
    assert timedelta(minutes=2) < now_plus(3) - recent.last_sent < timedelta(minutes=4)


def test_pending_rejected_other_text_test_kind_and_old_sends_do_not_count(store):
    numbers = kuwait_numbers(450)
    journal_sent(store, numbers, accept=(1,))  # batches 2 and 3 still pending
    cleaned = make_plan(numbers, "School is closed tomorrow.", "KWT-SMS").message.cleaned
    assert recently_sent(store.connection, cleaned, numbers, test=False, now=now_plus(1)).numbers == frozenset(
        numbers[:200]
    )
    assert not recently_sent(store.connection, cleaned + " Really.", numbers, test=False, now=now_plus(1))
    assert not recently_sent(
        store.connection, cleaned, numbers, test=True, now=now_plus(1)
    )  # test sends reach no phone
    late = now_plus(RECENT_WINDOW.total_seconds() / 60 + 1)
    assert not recently_sent(store.connection, cleaned, numbers, test=False, now=late)
    assert recently_sent(store.connection, cleaned, numbers, test=False, now=late, within=timedelta(days=2))


def test_nothing_sent_yet_gives_nothing(store):
    assert not recently_sent(store.connection, "Hello", kuwait_numbers(5), test=False, now=now_plus(0))
    assert not recently_sent(store.connection, "Hello", [], test=False, now=now_plus(0))


@given(st.sets(st.integers(min_value=0, max_value=59), max_size=60))
def test_leave_out_keeps_everyone_else_and_says_why(left_indexes):
    numbers = kuwait_numbers(60)
    plan = make_plan(numbers + ["12"], "Hello", "KWT-SMS", balance=1000)
    left = {numbers[i] for i in left_indexes}
    fewer = leave_out(plan, left)
    assert set(fewer.numbers) == set(numbers) - left
    assert [n for batch in fewer.batches for n in batch] == [n for n in numbers if n not in left]
    assert fewer.estimated_points == len(numbers) - len(left)
    left_aside = [s for s in fewer.set_aside if s.reason == DUPLICATE]
    assert {s.number for s in left_aside} == left
    assert len(fewer.set_aside) == len(plan.set_aside) + len(left)  # the invalid row is still there
