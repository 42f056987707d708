"""The set-aside vocabulary: the words after a count agree with it in English, Arabic has its own."""

from __future__ import annotations

from kwtsms_desktop.core.plan import DUPLICATE, INVALID
from kwtsms_desktop.core.set_aside import set_aside_label, set_aside_phrase


def test_the_words_after_a_count_of_one_are_singular() -> None:
    assert f"1 {set_aside_phrase(DUPLICATE, count=1)}" == "1 duplicate"
    assert f"3 {set_aside_phrase(DUPLICATE, count=3)}" == "3 duplicates"
    assert f"1 {set_aside_phrase(INVALID, count=1)}" == "1 invalid"


def test_arabic_and_unknown_reasons() -> None:
    assert set_aside_phrase(DUPLICATE, "ar", count=1) == "مكرر"
    assert set_aside_label(INVALID, "ar") == "رقم غير صالح"
    assert set_aside_phrase("something_new") == "something_new"
