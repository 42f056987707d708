"""Isolates keep a value's reading order inside right-to-left text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kwtsms_desktop.core.bidi import FSI, LRI, PDI, isolate, ltr, strip_marks
from kwtsms_desktop.core.phone import check_number


def test_ltr_wraps_a_phone_number_in_a_left_to_right_isolate() -> None:
    assert ltr("+965 9988 7755") == f"{LRI}+965 9988 7755{PDI}"


def test_isolate_lets_the_value_take_its_own_direction() -> None:
    assert isolate("أحمد") == f"{FSI}أحمد{PDI}"


def test_nothing_to_isolate_stays_empty() -> None:
    assert ltr("") == "" and isolate(None) == ""


@given(st.text())
def test_the_marks_come_off_again(value: str) -> None:
    assert strip_marks(ltr(value)) == strip_marks(value)


def test_an_isolated_number_pasted_back_is_the_same_number() -> None:
    assert check_number(ltr("+965 9988 7755")).number == "96599887755"
