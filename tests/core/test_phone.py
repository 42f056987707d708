"""check_number / normalize_number: what a person typing or pasting numbers gets back."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kwtsms_desktop.core.phone import (
    KUWAIT,
    NumberCheck,
    check_number,
    country_name,
    country_of,
    known_countries,
    normalize_number,
)

# ── Local numbers of the default country ───────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("raw", "default", "number"),
    [
        ("98765432", "965", "96598765432"),
        ("5123 4567", "965", "96551234567"),
        ("6000-1234", "965", "96560001234"),
        ("41234567", "965", "96541234567"),
        ("٩٨٧٦٥٤٣٢", "965", "96598765432"),
        ("۹۸۷۶ ۵۴۳۲", "965", "96598765432"),
        ("098765432", "965", "96598765432"),
        ("0501234567", "966", "966501234567"),
        ("501234567", "966", "966501234567"),
        ("050 123 4567", "966", "966501234567"),
        ("0501234567", "971", "971501234567"),
        ("55 123 4567", "971", "971551234567"),
        ("36123456", "973", "97336123456"),
        ("66123456", "973", "97366123456"),
        ("33123456", "974", "97433123456"),
        ("55123456", "974", "97455123456"),
        ("77123456", "974", "97477123456"),
        ("91234567", "968", "96891234567"),
        ("71234567", "968", "96871234567"),
        ("98765432", "+965", "96598765432"),
    ],
)
def test_local_number_gets_the_default_country_code(raw: str, default: str, number: str) -> None:
    result = check_number(raw, default)
    assert result == NumberCheck(True, number, number[: len(default.lstrip("+"))], None)


def test_default_country_is_kuwait() -> None:
    assert KUWAIT == "965"
    assert check_number("98765432").number == "96598765432"


@pytest.mark.parametrize(
    "raw",
    ["96598765432", "+96598765432", "0096598765432", "00 965 9876 5432", "+965 9876 5432", "(965) 98765432"],
)
def test_number_already_with_kuwait_code_stays_as_it_is(raw: str) -> None:
    assert check_number(raw) == NumberCheck(True, "96598765432", "965", None)


@pytest.mark.parametrize(
    ("raw", "number", "country"),
    [
        ("966501234567", "966501234567", "966"),
        ("+966 50 123 4567", "966501234567", "966"),
        ("009660501234567", "966501234567", "966"),
        ("971501234567", "971501234567", "971"),
        ("447911123456", "447911123456", "44"),
        ("+1 (212) 555-1234", "12125551234", "1"),
        ("919876543210", "919876543210", "91"),
        ("97336123456", "97336123456", "973"),
    ],
)
def test_international_numbers_are_read_as_such_with_kuwait_default(raw: str, number: str, country: str) -> None:
    assert check_number(raw) == NumberCheck(True, number, country, None)


@given(st.from_regex(r"[4569][0-9]{7}", fullmatch=True))
def test_eight_digit_kuwait_mobile_is_never_another_countrys_number(local: str) -> None:
    result = check_number(local)
    assert result.ok and result.country == "965" and result.number == "965" + local


@pytest.mark.parametrize("local", ["44123456", "91234567", "60123456", "49123456", "63123456", "98123456"])
def test_kuwait_local_that_looks_like_a_foreign_code_stays_kuwaiti(local: str) -> None:
    # 44 is the UK, 91 India, 60 Malaysia, 49 Germany, 63 the Philippines, 98 Iran
    assert check_number(local).number == "965" + local


@pytest.mark.parametrize("raw", ["22345678", "12345678", "88812345", "31234567"])
def test_eight_digits_with_a_landline_start_is_rejected_naming_kuwait(raw: str) -> None:
    result = check_number(raw)
    assert not result.ok
    assert "Kuwait mobile numbers start with 4, 5, 6 or 9" in result.error
    assert result.country == "965"


def test_plus_or_00_is_always_international() -> None:
    plus = check_number("+98765432")
    assert not plus.ok and plus.country == "98" and "Iran" in plus.error
    zeros = check_number("0098765432")
    assert not zeros.ok and zeros.country == "98"


def test_number_too_short_for_the_default_country_says_so() -> None:
    result = check_number("9876543")  # 7 digits: one missing
    assert not result.ok
    assert "too short" in result.error and "Kuwait" in result.error and "8" in result.error


@pytest.mark.parametrize("raw", ["987654321", "9876543210"])
def test_kuwait_number_with_an_extra_digit_is_explained_as_kuwaiti(raw: str) -> None:
    result = check_number(raw)
    assert not result.ok
    assert "Kuwait mobile numbers have 8" in result.error and "Iran" not in result.error


def test_foreign_local_number_with_default_kuwait_is_not_guessed() -> None:
    # A Saudi local number is not a Kuwait local number: 10 digits, read as international.
    assert not check_number("0501234567").ok
    assert check_number("0501234567", "966").ok


def test_default_country_without_rules_reads_everything_as_international() -> None:
    assert check_number("98765432", "999").number == "98765432"
    assert check_number("96598765432", "999").number == "96598765432"


def test_without_default_country_a_local_number_is_not_guessed() -> None:
    result = check_number("98765432", None)
    assert not result.ok and result.country == "98"


# ── Spreadsheet damage ────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "raw", ["9.65988E+10", "9.65988e10", "9,65988E+10", " 9.65988E+010 ", "1.23456789E+10", "٩٫٦٥٩٨٨E+١٠", "9.66E+11"]
)
@pytest.mark.parametrize("default", ["965", None])
def test_scientific_notation_is_rejected_because_digits_were_lost(raw: str, default: str | None) -> None:
    result = check_number(raw, default)
    assert not result.ok
    assert "scientific notation" in result.error and "digits were lost" in result.error
    assert result.number == ""


@pytest.mark.parametrize(
    ("raw", "default", "number"),
    [
        ("96598765432.0", "965", "96598765432"),
        ("96598765432.0", None, "96598765432"),
        ("96598765432.00", "965", "96598765432"),
        ("98765432.0", "965", "96598765432"),
        (" 966501234567.0 ", None, "966501234567"),
    ],
)
def test_whole_number_rendered_as_float_is_read_as_the_whole_number(raw: str, default: str | None, number: str) -> None:
    result = check_number(raw, default)
    assert result.ok and result.number == number


@pytest.mark.parametrize(
    "raw",
    [
        "\u200e+965 9876 5432\u200f",  # LRM / RLM around a pasted number
        "\u00a096598765432\u00a0",  # non-breaking spaces
        "\u202a+96598765432\u202c",  # directional embedding
        "\ufeff96598765432",  # byte-order mark from a CSV
        "965\u200b9876\u200b5432",  # zero-width spaces
        "965\u20139876\u20145432",  # en and em dashes
        "96598765432\r\n",
        "\t+965/9876.5432 ",
        "[965] 9876 5432",
        "\uff0b96598765432",  # fullwidth plus
    ],
)
def test_invisible_marks_and_separators_are_ignored(raw: str) -> None:
    assert check_number(raw) == NumberCheck(True, "96598765432", "965", None)


def test_invisible_marks_do_not_hide_a_local_number() -> None:
    assert check_number("\u200f٩٨٧٦ ٥٤٣٢\u200f").number == "96598765432"
    assert check_number("\u00a098765432").number == "96598765432"


# ── Rejections say why, in words ──────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("raw", "default", "words"),
    [
        ("user@example.com", "965", "an email address, not a phone number"),
        ("", "965", "required"),
        ("   ", "965", "required"),
        ("\u200b", "965", "no digits found"),
        ("phone", "965", "no digits found"),
        ("123", None, "too short"),
        ("12345678901234567", "965", "too long"),
        ("96512345678", "965", "Kuwait mobile numbers start with 4, 5, 6 or 9"),
        ("12345678", "965", "Kuwait mobile numbers start with 4, 5, 6 or 9"),
        ("9659876543", "965", "Kuwait"),
        ("966412345678", "965", "Saudi Arabia mobile numbers start with 5"),
        ("96650123456", "965", "Saudi Arabia"),
        ("97341234567", "965", "Bahrain"),
        ("97321234567", "965", "Bahrain mobile numbers start with 3 or 6"),
        ("97421234567", "965", "Qatar mobile numbers start with 3, 5, 6 or 7"),
        ("96851234567", "965", "Oman mobile numbers start with 7 or 9"),
        ("971401234567", "965", "UAE mobile numbers start with 5"),
        ("98765432", "973", "Bahrain mobile numbers start with 3 or 6"),
        ("0412345678", "966", "Saudi Arabia mobile numbers start with 5"),
    ],
)
def test_rejection_is_a_sentence_naming_the_problem(raw: str, default: str | None, words: str) -> None:
    result = check_number(raw, default)
    assert not result.ok
    assert words in result.error
    assert result.error[0].isupper() or result.error[0] == "“"
    assert result.error.endswith((".", "?"))


@pytest.mark.parametrize("raw", ["0", "000", "+", "00", "\udc80", "\x00", "٠٠٠", "+-()", "E+10", "1e", ".0"])
def test_odd_text_is_rejected_with_a_sentence_not_an_exception(raw: str) -> None:
    result = check_number(raw)
    assert not result.ok and result.error


def test_error_names_the_country_it_checked() -> None:
    result = check_number("+966 41 234 5678")
    assert result.country == "966" and "Saudi Arabia" in result.error


def test_number_check_is_a_frozen_dataclass() -> None:
    result = check_number("98765432")
    assert dataclasses.is_dataclass(result)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.ok = False  # type: ignore[misc]


# ── normalize_number ─────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("9660559123456", "966559123456"),
        ("+965 9876 5432", "96598765432"),
        ("٠٠٩٦٥٩٨٧٦٥٤٣٢", "96598765432"),
        ("۰۰۹۶۶۰۵۰۱۲۳۴۵۶۷", "966501234567"),
        ("98765432", "98765432"),
        ("2000101234567", "20101234567"),
        ("0", ""),
    ],
)
def test_normalize_number(raw: str, digits: str) -> None:
    assert normalize_number(raw) == digits


# ── Helpers for the rest of the app ───────────────────────────────────────────────────────


def test_country_names_in_english_and_arabic() -> None:
    assert country_name("965") == "Kuwait"
    assert country_name("+966") == "Saudi Arabia"
    assert country_name("971") == "United Arab Emirates"
    assert country_name("965", lang="ar") == "الكويت"
    for code in ("965", "966", "971", "973", "974", "968"):
        name = country_name(code, lang="ar")
        assert name and all("\u0600" <= c <= "\u06ff" or c == " " for c in name)
    assert country_name("999") is None


def test_country_of_a_normalized_number() -> None:
    assert country_of("96598765432") == "965"
    assert country_of("12125551234") == "1"
    assert country_of("201012345678") == "20"
    assert country_of("8887654321") is None
    assert country_of("") is None


def test_known_countries_for_a_dropdown() -> None:
    countries = known_countries()
    assert len(countries) >= 80
    assert ("965", "Kuwait") in countries
    names = [name for _, name in countries]
    assert names == sorted(names)
    assert len({code for code, _ in countries}) == len(countries)
    countries.clear()  # the caller's copy: the next call is whole again
    assert len(known_countries()) >= 80


def test_gcc_rules_are_exact() -> None:
    expected = {
        "965": ("96541234567", "96531234567", "9654123456"),
        "966": ("966512345678", "966412345678", "96651234567"),
        "971": ("971512345678", "971412345678", "97151234567"),
        "973": ("97331234567", "97341234567", "9733123456"),
        "974": ("97471234567", "97441234567", "9743123456"),
        "968": ("96891234567", "96881234567", "9689123456"),
    }
    for good, bad_start, bad_length in expected.values():
        assert check_number(good, None).ok, good
        assert not check_number(bad_start, None).ok, bad_start
        assert not check_number(bad_length, None).ok, bad_length


# ── Properties ───────────────────────────────────────────────────────────────────────────

_defaults = st.sampled_from(["965", "966", "971", "973", "974", "968", None, "1", "999", ""])


@settings(max_examples=1500)
@given(st.text(), _defaults)
def test_check_number_never_raises_and_ok_means_sendable(text: str, default: str | None) -> None:
    result = check_number(text, default)
    assert isinstance(result, NumberCheck)
    assert (result.error is None) == result.ok
    if result.ok:
        assert result.number.isascii() and result.number.isdigit()
        assert 7 <= len(result.number) <= 15
        assert result.number[0] != "0"
        if result.country is not None:
            assert result.number.startswith(result.country)
    else:
        assert result.error and result.error.strip()


@settings(max_examples=500)
@given(st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩+ -()", max_size=20), _defaults)
def test_number_the_app_accepted_is_accepted_again_unchanged(text: str, default: str | None) -> None:
    first = check_number(text, default)
    if first.ok:
        again = check_number(first.number, None)
        assert again.ok and again.number == first.number
        assert check_number("+" + first.number, default).number == first.number


@given(st.text())
def test_normalize_is_idempotent_and_digits_only(text: str) -> None:
    once = normalize_number(text)
    assert once == "" or (once.isascii() and once.isdigit() and once[0] != "0")
    assert normalize_number(once) == once
