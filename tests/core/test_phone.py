"""check_number / normalize_number: what a person typing or pasting numbers sees."""

from __future__ import annotations

from kwtsms_desktop.core.phone import check_number, normalize_number


def test_local_kuwait_number_gets_country_code() -> None:
    result = check_number("98765432")
    assert result.ok and result.number == "96598765432" and result.country == "965"


def test_trunk_zero_after_country_code_is_dropped() -> None:
    assert normalize_number("9660559123456") == "966559123456"
