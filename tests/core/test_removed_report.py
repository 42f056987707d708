"""The cleaning report names what was removed (emoji shown and named, hidden characters by name and code), never a Python list."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kwtsms_desktop.core.message import analyse_message
from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.core.removed_report import describe_removed
from kwtsms_desktop.importing import Rejected


def test_emoji_hidden_characters_and_tags_are_named():
    removed = analyse_message("Hi 👨\u200d👩\u200d👧 \u200b\u200b👍🏽 🇰🇼 1\ufe0f\u20e3 <b>x</b>").removed
    assert describe_removed(removed) == (
        "👨\u200d👩\u200d👧 family (emoji) ×1, zero width space (U+200B) ×2, 👍🏽 thumbs up sign, medium skin tone (emoji) ×1, "
        "🇰🇼 flag KW (emoji) ×1, 1\ufe0f\u20e3 keycap 1 (emoji) ×1, <b> (HTML tag) ×1, </b> (HTML tag) ×1"
    )


def test_the_arabic_report_names_hidden_characters_in_arabic():
    removed = analyse_message("مرحبا 🎉\u200b\u200f").removed
    text = describe_removed(removed, arabic=True)
    assert "🎉" in text and "رمز تعبيري" in text
    assert "مسافة صفرية العرض (U+200B) ×1" in text and "علامة اتجاه من اليمين إلى اليسار (U+200F) ×1" in text
    assert "zero width" not in text


def test_a_long_report_ends_with_an_ellipsis():
    removed = [(chr(0x1F600 + i), 1) for i in range(10)]
    assert describe_removed(removed, limit=6).endswith(", …")


def test_the_command_line_prints_the_report_not_a_python_list(capsys):
    from kwtsms_desktop.cli.broadcasts import describe_plan

    plan = make_plan(
        ["98765432"], "Hello 👨\u200d👩\u200d👧\u200b", "KWT-SMS", rejected=[Rejected(3, "9" * 100, "Too long.")]
    )
    describe_plan(plan, 100.0)
    err = capsys.readouterr().err
    assert (
        "Removed before sending (the gateway cannot deliver them): 👨\u200d👩\u200d👧 family (emoji) ×1, zero width space (U+200B) ×1"
        in err
    )
    assert "[(" not in err and "\\u200d" not in err


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            [
                "a",
                " ",
                "👨",
                "\u200d",
                "👩",
                "\u200b",
                "\ufe0f",
                "🏽",
                "🇰",
                "🇼",
                "1",
                "\u20e3",
                "<",
                "b",
                ">",
                "\x07",
                "\ue000",
            ]
        ),
        max_size=20,
    )
)
def test_whatever_was_removed_the_report_is_plain_text(text):
    removed = analyse_message(text).removed
    report = describe_removed(removed)
    assert "[(" not in report and "\\u" not in report and "\\x" not in report
    assert report.count("×") == len(removed)
    for label, _count in removed:
        assert label in report
