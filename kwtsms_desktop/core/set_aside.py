"""Why a recipient is set aside, in words: the one vocabulary of the send plan, the recipients table, the results and the command line.

Each reason of core/plan.py's SET_ASIDE_REASONS has two forms, in English and Arabic: a label
(a table cell, a results row: "Invalid number") and the words after a count ("3 invalid").
"""

from __future__ import annotations

from kwtsms_desktop.core.plan import DUPLICATE, INVALID, NO_VALUE, NOT_COVERED, SUPPRESSED, TOO_LONG

# reason -> ((label en, label ar), (after a count en, after a count ar))
_WORDS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    INVALID: (("Invalid number", "رقم غير صالح"), ("invalid", "رقم غير صالح")),
    DUPLICATE: (("Duplicate", "رقم مكرر"), ("duplicates", "مكرر")),
    SUPPRESSED: (
        ("On the do-not-send list", "في قائمة عدم الإرسال"),
        ("on the do-not-send list", "في قائمة عدم الإرسال"),
    ),
    NOT_COVERED: (
        ("Country not covered by the account", "الدولة غير مفعّلة في الحساب"),
        ("in countries not activated on the account", "الدولة غير مفعّلة"),
    ),
    NO_VALUE: (
        ("No value for a field of the message", "لا قيمة لحقل في الرسالة"),
        ("without a value for a field of the message", "بلا قيمة لحقل في الرسالة"),
    ),
    TOO_LONG: (
        ("Message over 7 pages", "الرسالة تتجاوز 7 صفحات"),
        ("whose message would be over 7 pages", "تتجاوز رسالتهم 7 صفحات"),
    ),
}


def _arabic(lang: str) -> bool:
    return lang.lower().startswith("ar")


def set_aside_label(reason: str, lang: str = "en") -> str:
    """The reason as a label ("Invalid number"); a reason this version does not know shows as its code."""
    words = _WORDS.get(reason)
    if words is None:
        return reason
    return words[0][1] if _arabic(lang) else words[0][0]


# The English words after a count of one, where they differ ("1 duplicate", "2 duplicates").
_ENGLISH_ONE = {DUPLICATE: "duplicate"}


def set_aside_phrase(reason: str, lang: str = "en", count: int = 2) -> str:
    """The words after `count` set-aside numbers: "invalid" (3 invalid), "duplicate" (1 duplicate)."""
    words = _WORDS.get(reason)
    if words is None:
        return reason
    if _arabic(lang):
        return words[1][1]
    return _ENGLISH_ONE.get(reason, words[1][0]) if count == 1 else words[1][0]
