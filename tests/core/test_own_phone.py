"""A test to one's own phone reads as the first recipient's message; the low-balance rule."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from kwtsms_desktop.core.own_phone import is_low, leaves_low, own_phone_plan


def test_the_own_phone_gets_the_first_recipients_text_live_alone():
    first = SimpleNamespace(number="96550000001", name="Ali", fields={"class": "3B"})
    plan = own_phone_plan("98765432", "Dear {name}, class {Class} meets Sunday.", "KWT-SMS", first_recipient=first)
    assert plan.ok and not plan.test
    assert plan.numbers == ["96598765432"] and len(plan.batches) == 1
    assert plan.batch_texts == ("Dear Ali, class 3B meets Sunday.",)
    assert plan.estimated_points == 1


def test_a_plain_message_needs_no_recipient_and_suppression_still_applies():
    assert own_phone_plan("96598765432", "Hello", "KWT-SMS").numbers == ["96598765432"]
    blocked = own_phone_plan("96598765432", "Hello", "KWT-SMS", suppressed=["96598765432"])
    assert blocked.numbers == [] and not blocked.ok


@given(st.one_of(st.none(), st.floats(-1e6, 1e6)), st.floats(0, 1e6), st.integers(0, 10_000))
def test_low_balance_rule(balance, cost, threshold):
    assert is_low(balance, threshold) == (balance is not None and threshold > 0 and balance < threshold)
    assert leaves_low(balance, cost, threshold) == (balance is not None and is_low(balance - cost, threshold))
    if threshold == 0:
        assert not leaves_low(balance, cost, threshold)
