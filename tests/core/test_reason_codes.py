"""Every refusal of check_number carries a stable code and its params next to the English sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kwtsms_desktop.core.phone import REASON_CODES, check_number


def test_a_short_kuwait_number_says_too_short_with_its_figures() -> None:
    result = check_number("9876-543")
    assert not result.ok
    assert result.code == "too_short"
    assert dict(result.params) == {"country": "965", "lengths": (8,), "size": 7}
    assert result.error is not None and "too short" in result.error


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "empty"),
        ("abc", "no_digits"),
        ("ali@example.com", "email"),
        ("9.65988E+10", "scientific_notation"),
        ("+9659876543", "wrong_length"),
        ("+96518765432", "not_mobile"),
        ("22345678", "local_not_mobile"),
        ("998765432", "extra_digit"),
        ("0501234567", "foreign_local"),
        ("1" * 16, "too_long"),
        ("+96512", "too_few_digits"),
    ],
)
def test_each_refusal_has_its_code_and_the_params_the_code_promises(raw: str, code: str) -> None:
    result = check_number(raw)
    assert (result.ok, result.code) == (False, code)
    assert tuple(result.params) == REASON_CODES[code]
    assert result.error


def test_an_accepted_number_has_no_code() -> None:
    result = check_number("98765432")
    assert result.ok and result.code is None and not result.params and result.error is None


@given(st.text(max_size=30), st.sampled_from(["965", "966", None]))
def test_whatever_the_input_a_refusal_has_a_known_code_and_an_accepted_number_none(
    raw: str, default: str | None
) -> None:
    result = check_number(raw, default)
    if result.ok:
        assert result.code is None and result.error is None
    else:
        assert result.code in REASON_CODES and result.error
        assert tuple(result.params) == REASON_CODES[result.code]
