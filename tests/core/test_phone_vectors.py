"""The official kwtSMS clients' own phone vectors, run through check_number / normalize_number.

Gathered from the clients' test suites and READMEs (boxlinknet/kwtsms-python tests/test_phone.py,
kwtsms-rust tests/phone_test.rs, kwtsms-dart test/phone_test.dart, kwtsms-js test/phone.test.ts,
kwtsms-go phone_test.go, kwtsms-php tests/PhoneUtilsTest.php, kwtsms-java PhoneUtilsTest.java,
kwtsms-ruby test/test_phone.rb, kwtsms-csharp PhoneUtilsTests.cs, kwtsms-kotlin PhoneUtilsTest.kt,
kwtsms-swift PhoneTests.swift, kwtsms-zig src/phone.zig) and the REST page's "Phone number edge
cases". The expected (ok, number) pairs are what the Python client kwtsms 0.7.40
`validate_phone_input` answers. Older suites (Rust, JS, Go, PHP, Ruby, C#, Swift, Zig) written
before the clients shared a country table expect "1234567" and "123456789012345" to pass; the
current Python client reads them as +1 numbers of the wrong length and rejects them, and so do we.

Deliberate differences from the official client are in DIVERGENCES below, each with its reason;
when kwtsms is installed the tests also confirm the official client still answers differently, so
the list stays true.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kwtsms_desktop.core.phone import check_number, normalize_number

# (raw, ok, number) as kwtsms 0.7.40 validate_phone_input answers (default_country=None)
VALIDATE = [
    ("+96598765432", True, "96598765432"),
    ("965 9876 5432", True, "96598765432"),
    ("", False, ""),
    ("   ", False, ""),
    ("user@gmail.com", False, ""),
    ("my+name@domain.com", False, ""),
    ("abc", False, ""),
    ("---", False, ""),
    ("abc123", False, "123"),
    ("123456", False, "123456"),
    ("8887654", True, "8887654"),
    ("1234567890123456", False, "1234567890123456"),
    ("888456789012345", True, "888456789012345"),
    ("٩٦٥٩٨٧٦٥٤٣٢", True, "96598765432"),
    ("+9660559123456", True, "966559123456"),
    ("123", False, "123"),
    ("96512345678", False, "96512345678"),
    ("9660559123456", True, "966559123456"),
    ("1234567", False, "1234567"),
    ("123456789012345", False, "123456789012345"),
    ("0096598765432", True, "96598765432"),
    ("!@#$%^&*", False, ""),
    ("!#$%^&*", False, ""),
    ("96598765432", True, "96598765432"),
    ("user@example.com", False, ""),
    ("abcdef", False, ""),
    ("12345", False, "12345"),
    ("9651234567", False, "9651234567"),
    ("+٩٦٥٩٨٧٦٥٤٣٢", True, "96598765432"),
    ("5", False, "5"),
    ("test123@gmail.com", False, ""),
    ("admin@test.com", False, ""),
    ("call me", False, ""),
    ("+٩٦٥ ٩٨٧٦٥٤٣٢", True, "96598765432"),
    ("9991234", True, "9991234"),
    ("999123456789012", True, "999123456789012"),
    ("۹۶۵۹۸۷۶۵۴۳۲", True, "96598765432"),
    ("١٢٣", False, "123"),
    ("965٩٨٧٦٥٤٣٢", True, "96598765432"),
    ("009660559123456", True, "966559123456"),
    ("966712345678", False, "966712345678"),
    ("  +96598765432  ", True, "96598765432"),
    ("٩٦٥-٩٨٧٦ ٥٤٣٢", True, "96598765432"),
    ("٩٦٥98765432", True, "96598765432"),
    ("٩٦٦٥٥١٢٣٤٥٦٧", True, "966551234567"),
    ("  96598765432  ", True, "96598765432"),
    ("+9660559876543", True, "966559876543"),
    ("96518765432", False, "96518765432"),
    ("96655987", False, "96655987"),
    ("1", False, "1"),
    ("965-9876-5432", True, "96598765432"),
    ("96522334455", False, "96522334455"),
    ("971504496677", True, "971504496677"),
    ("(965) 98765432", True, "96598765432"),
]
NORMALIZE = [
    ("+96598765432", "96598765432"),
    ("0096598765432", "96598765432"),
    ("965 9876 5432", "96598765432"),
    ("965-9876-5432", "96598765432"),
    ("٩٦٥٩٨٧٦٥٤٣٢", "96598765432"),
    ("00 965 9876-5432", "96598765432"),
    ("", ""),
    ("96598765432", "96598765432"),
    ("۹۶۵۹۸۷۶۵۴۳۲", "96598765432"),
    ("٩٦٥۹۸۷۶۵۴۳۲", "96598765432"),
    ("9660559123456", "966559123456"),
    ("+9660551234567", "966551234567"),
    ("009660551234567", "966551234567"),
    ("971050123456", "97150123456"),
    ("200101234567", "20101234567"),
    ("965.9876.5432", "96598765432"),
    ("(965) 98765432", "96598765432"),
    ("965/9876/5432", "96598765432"),
    ("+00 965-9876-5432", "96598765432"),
    ("   ", ""),
    ("abc", ""),
    ("0098765432", "98765432"),
    ("000", ""),
    ("[965] 98765432", "96598765432"),
    ("965٩876٥432", "96598765432"),
    ("  96598765432  ", "96598765432"),
    ("00096598765432", "96598765432"),
    ("abcdef", ""),
    ("٩٦٥123", "965123"),
    ("+00 (965) 9876-5432", "96598765432"),
    ("(965)98765432", "96598765432"),
    ("۹۶۵", "965"),
    ("096598765432", "96598765432"),
    ("(965) 9876-5432", "96598765432"),
    ("+965.9876.5432", "96598765432"),
    ("  +965 9876 5432  ", "96598765432"),
    ("---", ""),
    ("+965 9876-5432", "96598765432"),
    ("abc@xyz.com", ""),
    ("  +965 (98) 765-432  ", "96598765432"),
    ("+٩٦٥٩٨٧٦٥٤٣٢", "96598765432"),
    ("٠٠٩٦٥٩٨٧٦٥٤٣٢", "96598765432"),
    ("٩٦٥ ٩٨٧٦ ٥٤٣٢", "96598765432"),
    ("٩٦٥-٩٨٧٦-٥٤٣٢", "96598765432"),
    ("965٩٨٧٦٥٤٣٢", "96598765432"),
    ("+۹۶۵۹۸۷۶۵۴۳۲", "96598765432"),
    ("۰۰۹۶۵۹۸۷۶۵۴۳۲", "96598765432"),
    ("966559123456", "966559123456"),
    ("9710501234567", "971501234567"),
    ("2001012345678", "201012345678"),
    ("+00 965-9876 5432", "96598765432"),
    ("٩٦٦٥٥١٢٣٤٥٦٧", "966551234567"),
    ("٩٧١٥٠٤٤٩٦٦٧٧", "971504496677"),
    ("۹۶۵ ۹۸۷۶ ۵۴۳۲", "96598765432"),
    ("+965 (987) 65-432", "96598765432"),
    ("0598765432", "598765432"),
    ("0000", ""),
    ("9660559876543", "966559876543"),
    ("+9660559876543", "966559876543"),
    ("009660559876543", "966559876543"),
    ("+2001012345678", "201012345678"),
    ("+00965 (9876)-5432", "96598765432"),
    ("098765432", "98765432"),
    ("۹۶۵۱۲۳۴۵۶۷۸", "96512345678"),
    ("20010123456789", "2010123456789"),
]

# (raw, substring the error must contain): the words the official suites check for
ERROR_WORDS = [
    ("", "required"),
    ("   ", "required"),
    ("user@gmail.com", "email address"),
    ("user@gmail.com", "user@gmail.com"),
    ("my+name@domain.com", "email address"),
    ("!@#$%^&*", "email address"),
    ("abc", "no digits found"),
    ("---", "no digits found"),
    ("!#$%^&*", "no digits found"),
    ("call me", "no digits found"),
    ("abc123", "too short"),
    ("123", "too short"),
    ("123", "3 digits"),
    ("123", "minimum is 7"),
    ("123456", "6 digits"),
    ("12345", "5 digits"),
    ("5", "1 digit,"),
    ("١٢٣", "too short"),
    ("1234567890123456", "too long"),
    ("1234567890123456", "16 digits"),
    ("1234567890123456", "maximum is 15"),
    ("9651234567", "Kuwait"),
    ("9651234567", "8 digits"),
    ("96512345678", "Kuwait mobile numbers start with 4, 5, 6 or 9"),
    ("96518765432", "Kuwait"),
    ("96522334455", "Kuwait"),
    ("966712345678", "Saudi Arabia"),
    ("96655987", "Saudi Arabia"),
    ("1234567", "USA/Canada"),
]

# (raw, official (ok, number), ours (ok, number), why following the official client would be wrong)
DIVERGENCES = [
    (
        "1.23456789E+10",
        (True, "12345678910"),
        (False, ""),
        "scientific notation: the official client glues mantissa and exponent digits into a "
        "different, valid-looking number; the real digits are lost, so we refuse it",
    ),
    (
        "9.6598765432E+10",
        (False, "9659876543210"),
        (False, ""),
        "scientific notation is refused with its own sentence (same decision, clearer reason)",
    ),
    (
        "1234567890.0",
        (True, "12345678900"),
        (False, "1234567890"),
        "a whole number rendered as a float: the official client keeps the .0 as a digit and "
        "accepts a number nobody wrote",
    ),
    (
        "96598765432.0",
        (False, "965987654320"),
        (True, "96598765432"),
        "Excel rendered 96598765432 as a float; the digits are all there",
    ),
    (
        "\uff19\uff16\uff15\uff19\uff18\uff17\uff16\uff15\uff14\uff13\uff12",
        (True, "\uff19\uff16\uff15\uff19\uff18\uff17\uff16\uff15\uff14\uff13\uff12"),
        (True, "96598765432"),
        "fullwidth digits (Asian keyboards): the official client would send non-Latin digits "
        "the gateway cannot read; we turn every Unicode decimal digit into its Latin digit",
    ),
    (
        "\uff19\uff16\uff15\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18",
        (True, "\uff19\uff16\uff15\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18"),
        (False, "96512345678"),
        "fullwidth digits read as Latin are a Kuwait number with a wrong first digit",
    ),
]


@pytest.mark.parametrize(("raw", "ok", "number"), VALIDATE)
def test_official_vector_without_default_country(raw: str, ok: bool, number: str) -> None:
    result = check_number(raw, default_country=None)
    assert (result.ok, result.number) == (ok, number)
    assert (result.error is None) == ok


@pytest.mark.parametrize(("raw", "ok", "number"), VALIDATE)
def test_official_vector_with_kuwait_default_never_breaks_an_accepted_number(raw: str, ok: bool, number: str) -> None:
    """A number the official client accepts keeps its digits unless it is an 8-digit Kuwait local, or,
    written without + or 00, one digit short or long of one (the local-length reason wins then)."""
    result = check_number(raw)
    digits = normalize_number(raw)
    written_locally = not raw.strip().startswith(("+", "00", "０"))
    one_off = written_locally and len(digits) in (7, 9) and not raw.strip().startswith("0")
    if one_off:
        assert not result.ok and "Kuwait mobile numbers have 8" in result.error
    elif ok and not (len(digits) == 8 and digits[0] in "4569"):
        assert (result.ok, result.number) == (True, number)
    if not ok and len(digits) != 8:
        assert not result.ok


@pytest.mark.parametrize(("raw", "normalized"), NORMALIZE)
def test_official_normalization_vector(raw: str, normalized: str) -> None:
    assert normalize_number(raw) == normalized


@pytest.mark.parametrize(("raw", "words"), ERROR_WORDS)
def test_error_sentence_says_what_the_official_suites_check(raw: str, words: str) -> None:
    result = check_number(raw, default_country=None)
    assert not result.ok
    assert words in result.error


def test_non_text_input_is_read_like_the_other_clients() -> None:
    assert check_number(96598765432, None).number == "96598765432"  # type: ignore[arg-type]
    assert not check_number(None, None).ok  # type: ignore[arg-type]
    assert "required" in check_number(None, None).error  # type: ignore[arg-type,operator]
    assert normalize_number(12345678) == "12345678"  # type: ignore[arg-type]
    assert normalize_number(None) == ""  # type: ignore[arg-type]


@pytest.mark.parametrize(("raw", "official", "ours", "why"), DIVERGENCES)
def test_documented_divergence(raw: str, official: tuple, ours: tuple, why: str) -> None:
    result = check_number(raw, default_country=None)
    assert (result.ok, result.number) == ours, why
    kwtsms = pytest.importorskip("kwtsms")
    ok, _, number = kwtsms.validate_phone_input(raw)
    assert (ok, number) == official


# ── Property: on everything else, exactly the official client's decision and digits ──────────

_SCIENTIFIC = re.compile(r"[+\-]?\d+(?:[.,\u066b]\d*)?[eE][+\-]?\d+")
_FLOAT = re.compile(r"\+?\d+[.\u066b]0+")
_ARABIC_OR_PERSIAN = set("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


def _a_divergence_class(text: str) -> bool:
    """Inputs DIVERGENCES describes: scientific notation, float text, other scripts' digits."""
    stripped = text.strip()
    if _SCIENTIFIC.fullmatch(stripped) or _FLOAT.fullmatch(stripped):
        return True
    return any(c.isdecimal() and not c.isascii() and c not in _ARABIC_OR_PERSIAN for c in text)


_PHONE_CHARS = "0123456789" * 4 + "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹+ -().[]/\u00a0\u200e\u200f\u200b\t@eE,a"
_PREFIXES = ["", "+", "00", "0", "965", "+965", "00965", "966", "9660", "971", "1", "44", "20", "880"]

phone_like = st.builds(
    lambda prefix, body: prefix + body,
    st.sampled_from(_PREFIXES),
    st.text(alphabet=_PHONE_CHARS, max_size=20),
)


@settings(max_examples=1500, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.one_of(phone_like, st.text(max_size=30)))
@example("+965 9876 5432")
@example("\u200e+965\u00a09876\u00a05432\u200f")
@example("9660559123456")
def test_same_decision_and_digits_as_the_official_client(text: str) -> None:
    kwtsms = pytest.importorskip("kwtsms")
    if _a_divergence_class(text):
        return
    ok, _, number = kwtsms.validate_phone_input(text)
    result = check_number(text, default_country=None)
    assert result.ok == ok
    if ok:
        assert result.number == number
    assert normalize_number(text) == kwtsms.normalize_phone(text)


def test_unicode_digit_conversion_covers_every_decimal_digit() -> None:
    sample = [chr(cp) for cp in range(0x0660, 0x1D800) if unicodedata.category(chr(cp)) == "Nd"]
    text = "".join(sample)
    assert set(normalize_number("1" + text)) <= set("0123456789")
