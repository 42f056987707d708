"""Phone numbers: read what people type or paste into the digits the kwtSMS gateway wants.

`check_number(raw, None)` accepts exactly what the official kwtSMS clients accept
(`validate_phone_input` of kwtsms 0.7.40) and gives the same digits; with a default country
(Kuwait unless told otherwise) a number written without `+` or `00` that looks like a local
mobile number of that country is read as one. Deliberate differences from the official
client, each because following it would send to a wrong number or a number the gateway
cannot read, are listed in tests/core/test_phone_vectors.py:
  * scientific notation (9.65988E+10) is rejected: the spreadsheet already lost digits;
  * a whole number rendered as a float (96598765432.0) is read as 96598765432, not 965987654320;
  * every Unicode decimal digit (fullwidth, Devanagari...) becomes its Latin digit.

Called for every row of an import (100,000 rows), so the common path is one translate (bytes
for ASCII text), two string tests and a few dict lookups, with no regular expression.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from kwtsms_desktop.core.countries import COUNTRY_NAMES, PHONE_RULES

__all__ = [
    "KUWAIT",
    "REASON_CODES",
    "NumberCheck",
    "check_number",
    "country_name",
    "country_of",
    "known_countries",
    "normalize_number",
]

KUWAIT = "965"
MIN_DIGITS = 7  # shortest real number with its country code
MAX_DIGITS = 15  # E.164 maximum


@dataclass(frozen=True, slots=True)
class NumberCheck:
    """What `check_number` found: `number` is what the gateway gets when `ok`.

    A refusal has `error`, an English sentence (command line, logs), and `code`, a stable reason
    code with its `params` (calling codes, digit counts...) that a window renders in its own
    language; both are None/empty when `ok`. The codes and their params are listed in REASON_CODES.
    """

    ok: bool
    number: str
    country: str | None
    error: str | None
    code: str | None = None
    params: Mapping[str, object] = field(default_factory=lambda: _NO_PARAMS, hash=False)


_NO_PARAMS: Mapping[str, object] = MappingProxyType({})

# Every refusal code check_number gives, with the params that come with it. `country` is a
# calling code ("965"), `lengths` a tuple of local lengths, `starts` a tuple of first digits.
REASON_CODES: dict[str, tuple[str, ...]] = {
    "empty": (),
    "no_digits": (),
    "email": ("text",),
    "scientific_notation": (),
    "wrong_length": ("country", "lengths", "size"),
    "not_mobile": ("country", "starts", "first"),
    "local_not_mobile": ("country", "starts", "first"),
    "too_short": ("country", "lengths", "size"),
    "extra_digit": ("country", "lengths", "size"),
    "foreign_local": ("country",),
    "too_long": ("size", "maximum"),
    "too_few_digits": ("size", "minimum"),
}


# ── Tables built once ──────────────────────────────────────────────────────────

_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # U+0660..U+0669
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0..U+06F9

# Separators people type and the invisible marks spreadsheets and phones paste in.
_SEPARATORS = (
    " \t\r\n\v\f-()[]{}/\\_"
    "\u00a0\u00ad\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u200c\u200d\u200e\u200f\u2010\u2011\u2012\u2013\u2014\u2015\u2028\u2029"
    "\u202a\u202b\u202c\u202d\u202e\u202f\u205f\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u2212\u3000\ufeff\u061c"
)

# Arabic-Indic and Persian digits to Latin, separators removed, fullwidth plus to '+'.
# '+' and '.' are kept: '+' marks an international number, '.' may be an Excel float.
_CLEAN: dict[int, int | None] = {ord(c): None for c in _SEPARATORS}
_CLEAN.update({ord(a): ord("0") + i for i, a in enumerate(_ARABIC_DIGITS)})
_CLEAN.update({ord(p): ord("0") + i for i, p in enumerate(_PERSIAN_DIGITS)})
_CLEAN[0xFF0B] = ord("+")  # fullwidth plus sign
_CLEAN[0xFE62] = ord("+")  # small plus sign

# The same deletions for pure-ASCII text, where bytes.translate is about twice as fast.
_ASCII_DROP = bytes(ord(c) for c in _SEPARATORS if c.isascii())

_NOT_DIGIT = re.compile(r"\D")  # Unicode: keeps every decimal digit, as the official client does
_FIRST_MARK = re.compile(r"[+\d]")
# 9.65988E+10, 9,65988E+10, 9.65988e10, 1E+11, ٩٫٦٥E+١٠ ...
_SCIENTIFIC = re.compile(r"[+\-]?\d+(?:[.,\u066b]\d*)?[eE][+\-]?\d+")
# 96598765432.0 / 98765432.00: a whole number a spreadsheet rendered as a float
_EXCEL_FLOAT = re.compile(r"(\+?)(\d+)[.\u066b]0+")

# code -> (lengths, first digits, name used in sentences, lengths text, first digits text)
_Rule = tuple[frozenset[int], frozenset[str], str, str, str]


def _join_or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


_RULES: dict[str, _Rule] = {
    code: (
        frozenset(lengths),
        frozenset(starts),
        COUNTRY_NAMES[code][0],
        _join_or([str(n) for n in lengths]),
        _join_or(list(starts)) if starts else "",
    )
    for code, (lengths, starts) in PHONE_RULES.items()
}

# default_country as callers pass it ("965", "+965", 965...) -> the calling code or None
_DEFAULT_CODES: dict[object, str | None] = {None: None, "": None}


def _default_code(default_country: object) -> str | None:
    try:
        return _DEFAULT_CODES[default_country]
    except (KeyError, TypeError):
        pass
    code = _NOT_DIGIT.sub("", str(default_country).translate(_CLEAN)).lstrip("0") or None
    if code is not None and not code.isascii():
        code = _latin_digits(code)
    try:
        if len(_DEFAULT_CODES) < 1000:
            _DEFAULT_CODES[default_country] = code
    except TypeError:  # unhashable: just don't remember it
        pass
    return code


def _latin_digits(text: str) -> str:
    """Every Unicode decimal digit as its Latin digit; everything else dropped."""
    return "".join(str(unicodedata.decimal(c)) for c in text if c.isdecimal())


def _find_code(digits: str) -> str | None:
    """The known calling code `digits` starts with; the longest wins (as the official client)."""
    if digits[:3] in _RULES:
        return digits[:3]
    if digits[:2] in _RULES:
        return digits[:2]
    if digits[:1] in _RULES:
        return digits[:1]
    return None


# ── Public helpers ─────────────────────────────────────────────────────────────


def normalize_number(raw: str) -> str:
    """Digits only, Latin, no leading zeros, no trunk zero after a known calling code.

    Same result as the official client's `normalize_phone` (9660559123456 -> 966559123456),
    except that any Unicode decimal digit becomes its Latin digit.
    """
    if raw.__class__ is not str:
        raw = "" if raw is None else str(raw)
    if raw.isascii():
        digits = raw if raw.isdigit() else raw.encode().translate(None, _ASCII_DROP).decode()
    else:
        digits = raw.translate(_CLEAN)
    if not (digits.isascii() and digits.isdigit()):
        digits = _NOT_DIGIT.sub("", digits)
        if not digits.isascii():
            digits = _latin_digits(digits)
    return _drop_trunk_zero(digits.lstrip("0"))


def _drop_trunk_zero(digits: str) -> str:
    code = _find_code(digits)
    if code is not None and digits[len(code) : len(code) + 1] == "0":
        return code + digits[len(code) :].lstrip("0")
    return digits


def country_of(number: str) -> str | None:
    """The known calling code a normalized international number starts with, or None."""
    return _find_code(number) if number else None


def country_name(code: str, lang: str = "en") -> str | None:
    """The country's name in English (or Arabic with lang="ar"), None for an unknown code."""
    names = COUNTRY_NAMES.get(str(code).lstrip("+"))
    if names is None:
        return None
    return names[2] if lang == "ar" else names[1]


def known_countries() -> list[tuple[str, str]]:
    """(calling code, English name) of every country with rules, sorted by name."""
    return sorted(((code, names[1]) for code, names in COUNTRY_NAMES.items()), key=lambda cn: cn[1])


# ── check_number ───────────────────────────────────────────────────────────────

# A frozen dataclass's generated __init__ costs about 1 us (four object.__setattr__ calls); the
# slot descriptors set the same fields in half the time. Only this module builds NumberChecks.
_new = object.__new__
_set_ok = NumberCheck.__dict__["ok"].__set__
_set_number = NumberCheck.__dict__["number"].__set__
_set_country = NumberCheck.__dict__["country"].__set__
_set_error = NumberCheck.__dict__["error"].__set__
_set_code = NumberCheck.__dict__["code"].__set__
_set_params = NumberCheck.__dict__["params"].__set__


def _accepted(number: str, country: str | None) -> NumberCheck:
    result = _new(NumberCheck)
    _set_ok(result, True)
    _set_number(result, number)
    _set_country(result, country)
    _set_error(result, None)
    _set_code(result, None)
    _set_params(result, _NO_PARAMS)
    return result


def _rejected(number: str, country: str | None, reason: _Reason | None) -> NumberCheck:
    if reason is None:
        reason = ("This is not a valid phone number.", "invalid", _NO_PARAMS)
    result = _new(NumberCheck)
    _set_ok(result, False)
    _set_number(result, number)
    _set_country(result, country)
    _set_error(result, reason[0])
    _set_code(result, reason[1])
    _set_params(result, reason[2])
    return result


_EMPTY = NumberCheck(
    False,
    "",
    None,
    "A phone number is required, but this one is empty: type a number such as +965 9876 5432.",
    "empty",
)
_NO_DIGITS = NumberCheck(False, "", None, "This is not a phone number: no digits found.", "no_digits")
_SHOWN_MAX = 40  # characters of the raw text quoted back in a sentence
_SCIENTIFIC_ERROR = NumberCheck(
    False,
    "",
    None,
    "This number was written in scientific notation (like 9.65988E+10): the last digits were lost, "
    "type the number again. In the spreadsheet, format the column as Text before typing numbers.",
    "scientific_notation",
)

# Local-number rule of each possible default country: (code, local lengths, first digits).
# A country without first-digit rules accepts any first digit (a local number never starts
# with 0 here: one trunk zero is dropped and "00" means international).
_ANY_FIRST = frozenset("0123456789")
_HOMES: dict[object, tuple[str, frozenset[int], frozenset[str]] | None] = {
    code: (code, rule[0], rule[1] or _ANY_FIRST) for code, rule in _RULES.items()
}
_HOMES[None] = None


def _home_of(default_country: object) -> tuple[str, frozenset[int], frozenset[str]] | None:
    try:
        return _HOMES[default_country]
    except (KeyError, TypeError):
        code = _default_code(default_country)
        return _HOMES.get(code) if code is not None else None


def check_number(raw: str, default_country: str | None = KUWAIT) -> NumberCheck:
    """Read one phone number as typed or pasted; never raises.

    With `default_country=None` it accepts exactly what the official kwtSMS clients accept.
    With a default country, a number without `+` or `00` is that country's local mobile number
    when, after dropping one trunk zero, it has the local length and a mobile first digit.
    """
    if raw.__class__ is not str:
        raw = "" if raw is None else str(raw)
    if raw.isascii():
        text = raw if raw.isdigit() else raw.encode().translate(None, _ASCII_DROP).decode()
    else:
        text = raw.translate(_CLEAN)
    if text.isdigit() and text.isascii():
        if default_country is not None and text[:2] != "00":
            try:
                home = _HOMES[default_country]
            except (KeyError, TypeError):
                home = _home_of(default_country)
            if home is not None:
                local = text[1:] if text[0] == "0" else text
                if len(local) in home[1] and local[0] in home[2]:
                    return _accepted(home[0] + local, home[0])
                return _international(text, home[0])
        return _international(text, None)
    if text[:1] == "+":
        text = text[1:]
        if text.isdigit() and text.isascii():
            return _international(text, None)
    return _check_unusual(raw, default_country)


def _check_unusual(raw: str, default_country: object) -> NumberCheck:
    """The slow path: anything that is not just digits, separators and a leading '+'."""
    stripped = raw.strip()
    if not stripped:
        return _EMPTY
    if "@" in stripped:
        shown = stripped if len(stripped) <= _SHOWN_MAX else stripped[: _SHOWN_MAX - 1] + "…"
        email = (f"“{shown}” is an email address, not a phone number.", "email", MappingProxyType({"text": shown}))
        return _rejected("", None, email)
    # Scientific notation as a spreadsheet shows it, nothing else in the cell.
    if ("e" in stripped or "E" in stripped) and _SCIENTIFIC.fullmatch(stripped):
        return _SCIENTIFIC_ERROR
    text = stripped.translate(_CLEAN)
    # A float as typed, separators and all: "9659876.5432.0" is not a float.
    excel = _EXCEL_FLOAT.fullmatch(stripped) if "." in stripped or "\u066b" in stripped else None
    if excel is not None:
        marked = excel[1] == "+"
        digits = excel[2].translate(_CLEAN)
    else:
        first = _FIRST_MARK.search(text)
        marked = first is not None and first[0] == "+"
        digits = _NOT_DIGIT.sub("", text)
    if not digits.isascii():
        digits = _latin_digits(digits)
    if not digits:
        return _NO_DIGITS
    if marked or default_country is None or digits[:2] == "00":
        return _international(digits, None)
    home = _home_of(default_country)
    if home is None:
        return _international(digits, None)
    local = digits[1:] if digits[0] == "0" else digits
    if len(local) in home[1] and local[0] in home[2]:
        return _accepted(home[0] + local, home[0])
    return _international(digits, home[0])


def _international(digits: str, home: str | None) -> NumberCheck:
    """Read Latin `digits` as an international number, exactly as the official client does.

    `home` is the default country when the text was written without + or 00 (and did not fit
    that country's local numbers): its rules give a better sentence when the number fails.
    """
    number = digits.lstrip("0")
    if not number:  # only zeros: the official client says no digits either
        return _NO_DIGITS
    hint = _home_hint(home, digits) if home is not None and _one_digit_off(home, digits) else None
    if home is not None and hint is not None:
        # 9922032 or 992203211 with Kuwait as the default: a local number with a digit missing or
        # one too many, not a number of whatever country its first digits happen to name.
        return _rejected(number, home, hint)
    if number[:3] in _RULES:
        code = number[:3]
    elif number[:2] in _RULES:
        code = number[:2]
    elif number[:1] in _RULES:
        code = number[:1]
    else:
        size = len(number)
        if size < MIN_DIGITS or size > MAX_DIGITS:
            return _length_error(number, home, digits)
        if home is not None:
            # Without + or 00, an unknown calling code is a guess. Refuse it when the text looks
            # local: the default country's length (an 8-digit Kuwait landline is not +22345678)
            # or a trunk zero (0501234567 is dialled inside some country, not from abroad).
            if len(digits[1:] if digits[0] == "0" else digits) in _RULES[home][0]:
                hint = _home_hint(home, digits)
                assert hint is not None  # the length fits, so the sentence is about the first digit
                return _rejected(number, home, hint)
            if digits[0] == "0":
                return _rejected(number, home, _foreign_local(home))
        return _accepted(number, None)
    cut = len(code)
    if number[cut : cut + 1] == "0":
        number = code + number[cut:].lstrip("0")
    size = len(number)
    if size < MIN_DIGITS or size > MAX_DIGITS:
        return _length_error(number, home, digits)
    lengths, starts, _, _, _ = _RULES[code]
    local = number[cut:]
    if len(local) in lengths and (not starts or local[0] in starts):
        return _accepted(number, code)
    if home is not None:
        hint = _home_hint(home, digits)
        if hint is not None:
            return _rejected(number, home, hint)
    if len(local) not in lengths:
        return _rejected(number, code, _wrong_length(code, len(local)))
    return _rejected(number, code, _wrong_start(code, local[0]))


# (English sentence, code, params) of one refusal.
_Reason = tuple[str, str, Mapping[str, object]]

# Reasons are built once per distinct case: an import of 100,000 bad rows repeats a few dozen.
_SENTENCES: dict[tuple[object, ...], _Reason | None] = {}


def _reason(sentence: str, code: str, **params: object) -> _Reason:
    return sentence, code, MappingProxyType(params)


def _wrong_length(code: str, size: int) -> _Reason:
    key = ("length", code, size)
    reason = _SENTENCES.get(key)
    if reason is None:
        lengths, _, name, lengths_text, _ = _RULES[code]
        reason = _SENTENCES[key] = _reason(
            f"{name} mobile numbers have {lengths_text} digits after the country code {code}; "
            f"this one has {size}. Check for a missing or extra digit.",
            "wrong_length",
            country=code,
            lengths=tuple(sorted(lengths)),
            size=size,
        )
    return reason


def _wrong_start(code: str, first: str) -> _Reason:
    key = ("start", code, first)
    reason = _SENTENCES.get(key)
    if reason is None:
        _, _, name, _, starts_text = _RULES[code]
        reason = _SENTENCES[key] = _reason(
            f"{name} mobile numbers start with {starts_text} after the country code {code}; "
            f"this one starts with {first}.",
            "not_mobile",
            country=code,
            starts=_starts(code),
            first=first,
        )
    return reason


def _starts(code: str) -> tuple[str, ...]:
    """The first digits of `code`'s mobile numbers, in the order the rules list them."""
    return tuple(PHONE_RULES[code][1])


def _one_digit_off(home: str, digits: str) -> bool:
    """True when ``digits`` is one digit shorter or longer than the home country's numbers.

    Not for a number starting with 0: 0501234567 is more likely dialled inside another country
    (Saudi Arabia here) than a Kuwait number with a digit too many, and _foreign_local says so.
    """
    lengths = _RULES[home][0]
    size = len(digits)
    return digits[:1] != "0" and size not in lengths and (size + 1 in lengths or size - 1 in lengths)


def _home_hint(home: str, digits: str) -> _Reason | None:
    """A sentence about the default country when `digits` looks like a mistyped local number."""
    local = digits[1:] if digits[:1] == "0" else digits
    key = ("home", home, len(local), local[:1])
    try:
        return _SENTENCES[key]
    except KeyError:
        pass
    lengths, _, name, lengths_text, starts_text = _RULES[home]
    sorted_lengths = tuple(sorted(lengths))
    reason: _Reason | None = None
    if len(local) in lengths:  # right length, so the first digit is wrong
        reason = _reason(
            f"{name} mobile numbers start with {starts_text}; this one starts with {local[:1]}.",
            "local_not_mobile",
            country=home,
            starts=_starts(home),
            first=local[:1],
        )
    elif len(local) < min(lengths):
        reason = _reason(
            f"This number is too short: it has {_digits(len(local))}, and {name} mobile numbers "
            f"have {lengths_text}. For another country, write its country code first, with + or 00.",
            "too_short",
            country=home,
            lengths=sorted_lengths,
            size=len(local),
        )
    elif len(local) == max(lengths) + 1 or (
        len(local) == max(lengths) + 2 and local[:1] in (_RULES[home][1] or _ANY_FIRST)
    ):
        reason = _reason(
            f"This number has {_digits(len(local))}, and {name} mobile numbers have "
            f"{lengths_text}: check for an extra digit. For another country, write its country "
            f"code first, with + or 00.",
            "extra_digit",
            country=home,
            lengths=sorted_lengths,
            size=len(local),
        )
    _SENTENCES[key] = reason
    return reason


def _foreign_local(home: str) -> _Reason:
    name = _RULES[home][2]
    return _reason(
        f"This is not a {name} mobile number, and it starts with 0 like a number dialled inside "
        f"another country: write it with its country code, for example +966 50 123 4567.",
        "foreign_local",
        country=home,
    )


def _digits(count: int) -> str:
    return "1 digit" if count == 1 else f"{count} digits"


def _length_error(number: str, home: str | None, digits: str) -> NumberCheck:
    size = len(number)
    country = _find_code(number)
    if size > MAX_DIGITS:
        return _rejected(
            number,
            country,
            _reason(
                f"This number is too long: it has {size} digits, the maximum is {MAX_DIGITS}. "
                f"Is it two numbers in one cell?",
                "too_long",
                size=size,
                maximum=MAX_DIGITS,
            ),
        )
    if home is not None:
        hint = _home_hint(home, digits)
        if hint is not None:
            return _rejected(number, home, hint)
    return _rejected(
        number,
        country,
        _reason(
            f"This number is too short: it has {_digits(size)}, the minimum is {MIN_DIGITS} with the country code.",
            "too_few_digits",
            size=size,
            minimum=MIN_DIGITS,
        ),
    )
