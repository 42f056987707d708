"""Message cleaning, GSM-7 / UCS-2 counting and the plain-character fix, as the compose window and the engine rely on them."""

from __future__ import annotations

import math
import re
import sys
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kwtsms_desktop.core.gsm7 import BASIC, BASIC_TABLE, EXTENSION, GSM7_CHARS
from kwtsms_desktop.core.message import (
    MAX_PAGES,
    MessageInfo,
    analyse_message,
    clean_message,
    replace_ucs2_culprits,
    to_plain_characters,
)

# --------------------------------------------------------------------------------------------------
# clean_message: every example of the vendor pages and the official clients' test suites
# --------------------------------------------------------------------------------------------------

VENDOR_EXAMPLES = [
    # kwtsms-python README
    ("Your OTP is: ١٢٣٤٥٦ 🎉", "Your OTP is: 123456 "),
    # kwtsms-dart README
    ("Hello \U0001f600", "Hello "),
    ("<b>Bold</b>", "Bold"),
    ("\ufeffHello", "Hello"),
    ("رمز التحقق: ١٢٣٤٥٦", "رمز التحقق: 123456"),
    # kwtsms-rust README (its comment drops one of the two spaces; the Rust tests keep both). We drop
    # it: a double space left by a removed emoji is sent and paid for, and looks like a typo.
    ("Hello \U0001f600 OTP: \u0661\u0662\u0663", "Hello OTP: 123"),
    # kwtsms-python tests/test_message.py
    ("Order ١٢٣", "Order 123"),
    ("Hello\u200bWorld", "HelloWorld"),
    ("Hello<b>World</b>", "HelloWorld"),
    ("مرحبا", "مرحبا"),
    ("Line1\nLine2", "Line1\nLine2"),
    ("soft\u00adhyphen", "softhyphen"),
    ("Your OTP is 123456", "Your OTP is 123456"),
    ("Order ۱۲۳", "Order 123"),
    ("🎉🎊🚀", ""),
    # kwtsms-rust tests/message_test.rs
    ("Hello World", "Hello World"),
    ("Order \u0661\u0662\u0663", "Order 123"),
    ("Code \u06f4\u06f5\u06f6", "Code 456"),
    ("Hello \U0001f389", "Hello "),
    ("\U0001f389\U0001f38a\U0001f680", ""),
    ("\U0001f600\U0001f601\U0001f602", ""),
    ("Hi \U0001f600 \U0001f64f", "Hi "),  # the official suite keeps "Hi  ": no double space here
    ("Go \U0001f680", "Go "),
    ("Sun \u2600", "Sun "),
    ("Cut \u2702", "Cut "),
    ("Star\ufe0f", "Star"),
    ("1\u20e3", "1"),
    ("\U0001f1fa\U0001f1f8", ""),
    ("Text\U000e0001", "Text"),
    ('<p class="x">Hello</p>', "Hello"),
    ("<div><p>Hello</p></div>", "Hello"),
    ("Hello\u200cWorld", "HelloWorld"),
    ("Hello\u200dWorld", "HelloWorld"),
    ("Hello\u2060World", "HelloWorld"),
    ("Hel\u00adlo", "Hello"),
    ("Hello\ufffcWorld", "HelloWorld"),
    ("Hello\u200eWorld", "HelloWorld"),
    ("Hello\u200fWorld", "HelloWorld"),
    ("A\u202aB\u202cC", "ABC"),
    ("A\u2066B\u2069C", "ABC"),
    ("Hello\x00World", "HelloWorld"),
    ("Hello\x01\x02\x03World", "HelloWorld"),
    ("Hello\x7fWorld", "HelloWorld"),
    ("Hello\u0080\u009fWorld", "HelloWorld"),
    ("Hello\nWorld", "Hello\nWorld"),
    ("Hello\tWorld", "Hello\tWorld"),
    ("Hello \u0645\u0631\u062d\u0628\u0627", "Hello \u0645\u0631\u062d\u0628\u0627"),
    ("OTP: \u0661\u0662\u0663\u0664 \U0001f600\u200b<b>Done</b>", "OTP: 1234 Done"),
    ("Game \U0001f004", "Game "),
    ("Card \U0001f0a1", "Card "),
    ("Symbol \U0001f700", "Symbol "),
    ("Shape \U0001f780", "Shape "),
    ("Arrow \U0001f800", "Arrow "),
    ("Sym \U0001f900", "Sym "),
    ("Chess \U0001fa00", "Chess "),
    ("Pic \U0001fa70", "Pic "),
    # kwtsms-dart test/message_test.dart
    ("مرحبا بالعالم", "مرحبا بالعالم"),
    ("Col1\tCol2", "Col1\tCol2"),
    ("a b c", "a b c"),
    ("Order #12345", "Order #12345"),
    ("Hello, world! How are you?", "Hello, world! How are you?"),
    ("Code: \u0661\u0662\u0663\u0664\u0665\u0666", "Code: 123456"),
    ("Code: \u06f1\u06f2\u06f3\u06f4\u06f5\u06f6", "Code: 123456"),
    ("\u0661\u06f2\u0663", "123"),
    ("Love \u2764", "Love "),
    ("Flag \U0001f1f0\U0001f1fc", "Flag "),
    ("Eat \U0001f355", "Eat "),
    ("Star \u2764\ufe0f", "Star "),
    ("A\u202aB\u202bC\u202cD\u202dE\u202eF", "ABCDEF"),
    ("A\u2066B\u2067C\u2068D\u2069E", "ABCDE"),
    ("Hello\x07World", "HelloWorld"),
    ("Hello\x80\x81\x9fWorld", "HelloWorld"),
    ('<div class="msg">Hello <span>World</span></div>', "Hello World"),
    ("Hello<br/>World", "HelloWorld"),
    ("<b>مرحبا</b> \U0001f600", "مرحبا "),
    ("\ufeff\u0661\u0662\u0663 \U0001f600", "123 "),
]


@pytest.mark.parametrize(("raw", "expected"), VENDOR_EXAMPLES)
def test_clean_message_matches_the_vendor_examples(raw, expected):
    assert clean_message(raw) == expected


def test_python_client_checks_that_only_assert_removal():
    assert clean_message("Press 1\ufe0f\u20e3 to confirm") == "Press 1 to confirm"
    assert clean_message("Flag \U000e0067 text") == "Flag text"  # no double space left behind
    assert clean_message(" 🎉 ") == " "


# --------------------------------------------------------------------------------------------------
# Emoji: every kind goes, completely
# --------------------------------------------------------------------------------------------------

EMOJI = {
    "family (ZWJ)": "👨\u200d👩\u200d👧\u200d👦",
    "couple with heart": "👩\u200d❤\ufe0f\u200d👨",
    "technologist, medium skin": "👩🏽\u200d💻",
    "rainbow flag": "🏳\ufe0f\u200d🌈",
    "transgender flag": "🏳\ufe0f\u200d⚧\ufe0f",
    "pirate flag": "🏴\u200d☠\ufe0f",
    "heart on fire": "❤\ufe0f\u200d🔥",
    "eye in speech bubble": "👁\ufe0f\u200d🗨\ufe0f",
    "people holding hands, two tones": "🧑🏻\u200d🤝\u200d🧑🏿",
    "Kuwait flag": "🇰🇼",
    "Saudi flag": "🇸🇦",
    "England flag (tags)": "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "thumbs up, dark skin": "👍🏿",
    "waving hand, light skin": "👋🏻",
    "keycap ten": "🔟",
    "red heart text+VS16": "❤\ufe0f",
    "copyright as emoji": "\u00a9\ufe0f",
    "trade mark as emoji": "\u2122\ufe0f",
    "play button as emoji": "\u25b6\ufe0f",
    "star": "⭐",
    "hourglass": "⌛",
    "black large square": "⬛",
    "check mark": "✅",
    "heavy check": "✔",
    "hot beverage": "☕",
    "fingerprint (Unicode 15+)": "\U0001fac6",
    "future emoji range": "\U0001fc00",
    "lone skin tone": "🏽",
    "lone regional indicator": "🇰",
    "lone VS16": "\ufe0f",
    "lone VS15": "\ufe0e",
}


@pytest.mark.parametrize("emoji", EMOJI.values(), ids=EMOJI.keys())
def test_every_kind_of_emoji_is_removed_completely(emoji):
    assert clean_message(f"Hi {emoji} there") == "Hi there"  # no double space left to send
    assert clean_message(f"مرحبا{emoji}بكم") == "مرحبابكم"


@pytest.mark.parametrize(
    ("keycap", "left"),
    [("1\ufe0f\u20e3", "1"), ("1\u20e3", "1"), ("#\ufe0f\u20e3", "#"), ("*\ufe0f\u20e3", "*"), ("0\ufe0f\u20e3", "0")],
)
def test_a_keycap_keeps_its_digit_like_the_official_clients(keycap, left):
    assert clean_message(f"Press {keycap} now") == f"Press {left} now"


def test_text_symbols_stay_unless_asked_to_show_as_emoji():
    assert clean_message("© 2026 Shop ® ™ ↔ ▶") == "© 2026 Shop ® ™ ↔ ▶"
    assert clean_message("\u00a9\ufe0e 2026") == "© 2026"  # text presentation: only the selector goes
    assert clean_message("\u00a9\ufe0f 2026") == " 2026"


# --------------------------------------------------------------------------------------------------
# Hidden characters, directional marks, line breaks
# --------------------------------------------------------------------------------------------------

HIDDEN = {
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "Arabic letter mark": "\u061c",
    "LRE": "\u202a",
    "RLE": "\u202b",
    "PDF": "\u202c",
    "LRO": "\u202d",
    "RLO": "\u202e",
    "LRI": "\u2066",
    "RLI": "\u2067",
    "FSI": "\u2068",
    "PDI": "\u2069",
    "word joiner": "\u2060",
    "invisible times": "\u2062",
    "BOM": "\ufeff",
    "soft hyphen": "\u00ad",
    "Mongolian vowel separator": "\u180e",
    "combining grapheme joiner": "\u034f",
    "Hangul filler": "\u3164",
    "object replacement": "\ufffc",
    "private use (Apple logo)": "\uf8ff",
    "lone surrogate": "\ud83d",
    "vertical tab": "\x0b",
    "form feed": "\x0c",
    "escape": "\x1b",
    "NEL (C1)": "\x85",
    "variation selector supplement": "\U000e0100",
}


@pytest.mark.parametrize("hidden", HIDDEN.values(), ids=HIDDEN.keys())
def test_hidden_characters_are_removed(hidden):
    assert clean_message(f"Pay{hidden} now") == "Pay now"
    assert clean_message(f"ادفع{hidden} الآن") == "ادفع الآن"


def test_every_unicode_format_and_control_character_is_removed():
    bad = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) in ("Cf", "Cc", "Cs", "Co") and chr(c) not in "\n\t\r"
    ]
    assert clean_message("x".join(bad)) == "x" * (len(bad) - 1)


def test_line_breaks_are_normalised_to_newline():
    assert clean_message("one\r\ntwo\rthree\u2028four\u2029five") == "one\ntwo\nthree\nfour\nfive"
    assert clean_message("a\n\n\tb") == "a\n\n\tb"


# --------------------------------------------------------------------------------------------------
# HTML tags
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<b>Sale</b> today", "Sale today"),
        ("Line one<br>Line two<br />three", "Line oneLine twothree"),
        ('<a href="https://example.com/?a=1&b=2">Visit</a>', "Visit"),
        ("<p\nclass='multi-line'>Hi</p>", "Hi"),
        ("Hi<!-- note -->!", "Hi!"),
        ("<B>LOUD</B>", "LOUD"),
        ("<<b>b>x", "x"),
        ("<<<i>i>i>x", "x"),
        ("<\u200bb>x</\u200bb>", "x"),
        ('<span style="color:red">خصم ٥٠٪</span>', "خصم 50٪"),
    ],
)
def test_html_tags_are_stripped_keeping_their_text(raw, expected):
    assert clean_message(raw) == expected


def _strip_tags_by_repeating(text: str) -> str:
    tag = re.compile(r"<[A-Za-z/!?][^<>]*>")
    while (stripped := tag.sub("", text)) != text:
        text = stripped
    return text


@given(st.text(alphabet="<>ab/ !1", max_size=30))
def test_nested_tags_go_as_if_stripped_again_and_again(text):
    assert clean_message(text) == _strip_tags_by_repeating(text)


def test_a_crafted_nest_of_tags_is_removed_entirely():
    info = analyse_message("<" * 5000 + "b>" * 5000 + "ok")
    assert info.cleaned == "ok"
    assert info.removed == [("<b>", 5000)]


@pytest.mark.parametrize(
    "text",
    ["a < b and c > d", "5<6 and 7>3", "I <3 you", "x << y >> z", "if a<b", "price > 5", "<< sale >>", "< b >"],
)
def test_comparison_text_is_not_taken_for_html(text):
    assert clean_message(text) == text


# --------------------------------------------------------------------------------------------------
# Arabic stays, Arabic digits become Latin
# --------------------------------------------------------------------------------------------------

ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def test_arabic_and_persian_digits_become_latin():
    assert clean_message(ARABIC_DIGITS) == "0123456789"
    assert clean_message(PERSIAN_DIGITS) == "0123456789"
    assert clean_message("رقم الطلب ٩٨٧٦٥ وكود ۴۵۶") == "رقم الطلب 98765 وكود 456"


def _arabic_script_characters() -> list[str]:
    ranges = [(0x0600, 0x0700), (0x0750, 0x0780), (0x0870, 0x0900), (0xFB50, 0xFE00), (0xFE70, 0xFEFF)]
    return [
        chr(c)
        for start, stop in ranges
        for c in range(start, stop)
        if unicodedata.category(chr(c)) != "Cf" and chr(c) not in ARABIC_DIGITS + PERSIAN_DIGITS
    ]


def test_arabic_letters_marks_and_presentation_forms_are_kept():
    arabic = "".join(_arabic_script_characters())
    assert clean_message(arabic) == arabic
    every_presentation_form = "".join(chr(c) for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)))
    assert clean_message(every_presentation_form) == every_presentation_form
    with_harakat = "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ"
    assert clean_message(with_harakat) == with_harakat
    pdf_paste = "ﻣﺮﺣﺒﺎ ﺑﻜﻢ"  # presentation forms, as PDFs give them
    assert analyse_message(pdf_paste).cleaned == pdf_paste


def test_the_bom_is_the_one_presentation_block_character_removed():
    assert clean_message("\ufef0\ufeff\ufef1") == "\ufef0\ufef1"


# --------------------------------------------------------------------------------------------------
# analyse_message: encodings, units, pages
# --------------------------------------------------------------------------------------------------


def _page_facts(text: str) -> tuple[str, int, int, int, int, bool]:
    info = analyse_message(text)
    return info.encoding, info.units, info.pages, info.per_page, info.remaining, info.too_long


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("", ("GSM-7", 0, 0, 160, 160, False)),
        ("a", ("GSM-7", 1, 1, 160, 159, False)),
        ("a" * 160, ("GSM-7", 160, 1, 160, 0, False)),
        ("a" * 161, ("GSM-7", 161, 2, 153, 145, False)),
        ("a" * 306, ("GSM-7", 306, 2, 153, 0, False)),
        ("a" * 307, ("GSM-7", 307, 3, 153, 152, False)),
        ("a" * 1071, ("GSM-7", 1071, 7, 153, 0, False)),
        ("a" * 1072, ("GSM-7", 1072, 8, 153, 152, True)),
        ("ب", ("UCS-2", 1, 1, 70, 69, False)),
        ("ب" * 70, ("UCS-2", 70, 1, 70, 0, False)),
        ("ب" * 71, ("UCS-2", 71, 2, 67, 63, False)),
        ("ب" * 134, ("UCS-2", 134, 2, 67, 0, False)),
        ("ب" * 135, ("UCS-2", 135, 3, 67, 66, False)),
        ("ب" * 469, ("UCS-2", 469, 7, 67, 0, False)),
        ("ب" * 470, ("UCS-2", 470, 8, 67, 66, True)),
        # extension characters take two septets, also across a page boundary
        ("a" * 158 + "€", ("GSM-7", 160, 1, 160, 0, False)),
        ("a" * 159 + "€", ("GSM-7", 161, 2, 153, 145, False)),
        ("{}" * 80, ("GSM-7", 320, 3, 153, 139, False)),
        ("[" * 80, ("GSM-7", 160, 1, 160, 0, False)),
        ("~" * 81, ("GSM-7", 162, 2, 153, 144, False)),
        ("a" * 304 + "|", ("GSM-7", 306, 2, 153, 0, False)),
        ("a" * 305 + "|", ("GSM-7", 307, 3, 153, 152, False)),
        ("a" * 1069 + "\\", ("GSM-7", 1071, 7, 153, 0, False)),
        ("a" * 1070 + "\\", ("GSM-7", 1072, 8, 153, 152, True)),
        # one curly quote turns a 100-character English message into two UCS-2 pages
        ("a" * 99 + "\u2019", ("UCS-2", 100, 2, 67, 34, False)),
        # astral (non-emoji) characters take two UTF-16 units
        ("\U0001d400" * 35, ("UCS-2", 70, 1, 70, 0, False)),
        ("\U0001d400" * 35 + "a", ("UCS-2", 71, 2, 67, 63, False)),
        # only emoji: nothing is left to send
        ("🎉🎉", ("GSM-7", 0, 0, 160, 160, False)),
        # counted after cleaning: the emoji and digits do not switch to UCS-2
        ("Code ١٢٣ 🎉", ("GSM-7", 9, 1, 160, 151, False)),
    ],
)
def test_pages_units_and_encoding(text, facts):
    assert _page_facts(text) == facts


def test_max_pages_is_seven():
    assert MAX_PAGES == 7


def test_whole_gsm_basic_table_counts_one_septet_each():
    basic = "".join(sorted(BASIC - {"\r"}))  # \r is sent as \n: still one septet
    info = analyse_message(basic)
    assert (info.encoding, info.units, info.unicode_chars) == ("GSM-7", len(basic), [])
    assert len(BASIC) == 127 and len(BASIC_TABLE) == 128
    for char in "£¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà@$\n":
        assert analyse_message(char).encoding == "GSM-7", char


def test_extension_characters_count_two_septets_each():
    for char in "^{}\\[~]|€":
        info = analyse_message(char)
        assert (info.encoding, info.units) == ("GSM-7", 2), char
    assert EXTENSION == set("\x0c^{}\\[~]|€")


@pytest.mark.parametrize("char", ["á", "ç", "ê", "ü\u0301", "`", "\t", "\u00a0", "…", "—", "“", "α", "Ж", "ب", "€ب"])
def test_characters_outside_gsm7_switch_to_ucs2(char):
    assert analyse_message("Hello " + char).encoding == "UCS-2"


def test_unicode_chars_lists_each_culprit_once_in_order_of_appearance():
    info = analyse_message("It’s “great” — ok ’ آه")
    assert info.unicode_chars == ["’", "“", "”", "—", "آ", "ه"]
    assert analyse_message("plain text").unicode_chars == []


def test_removed_reports_what_cleaning_took_away():
    info = analyse_message("Hi 🎉 <b>Sale</b>\u200b🎉 👍🏽 1\ufe0f\u20e3\u200b<b>")
    assert info.cleaned == "Hi Sale 1"
    assert info.removed == [
        ("🎉", 2),
        ("zero width space (U+200B)", 2),
        ("👍🏽", 1),
        ("1\ufe0f\u20e3", 1),
        ("<b>", 2),
        ("</b>", 1),
    ]
    assert analyse_message("nothing to remove, ١٢٣\r\n").removed == []
    assert analyse_message("A\u200eB\x07").removed == [
        ("left-to-right mark (U+200E)", 1),
        ("control character (U+0007)", 1),
    ]


def test_long_html_tags_are_shortened_in_the_report():
    tag = '<a href="https://example.com/a/very/long/path/that/goes/on">'
    ((label, count),) = analyse_message(tag + "x").removed
    assert count == 1 and len(label) == 40 and label.endswith("…") and label.startswith("<a href")


def test_message_info_is_frozen():
    info = analyse_message("hi")
    assert isinstance(info, MessageInfo)
    with pytest.raises(AttributeError):
        info.pages = 3  # type: ignore[misc]


# --------------------------------------------------------------------------------------------------
# to_plain_characters: the compose window's one-click fix
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("It’s ‘fine’", "It's 'fine'"),
        ("“Quoted” „low“ «guillemets» ‹single›", '"Quoted" "low" "guillemets" \'single\''),
        ("5′ 10″", "5' 10\""),
        ("a–b — c ‒ d − e ‑ f", "a-b - c - d - e - f"),
        ("Wait…", "Wait..."),
        ("no\u00a0break\u202fnarrow\u2009thin\u3000wide\tTab", "no break narrow thin wide Tab"),
        ("• one\n· two", "- one\n- two"),
        ("© ® ™", "(c) (R) TM"),
        ("3×4 ÷ 2", "3x4 / 2"),
        (
            "café crème à Noël, São Paulo, Zürich, Ærø, naïve, façade",
            "café crème à Noel, Sao Paulo, Zürich, Ærø, naive, facade",
        ),
        ("Œuvre ﬁnal", "OEuvre final"),
        ("ＡＢＣ１２３！", "ABC123!"),
        ("`code`", "'code'"),
    ],
)
def test_to_plain_characters_replaces_the_usual_culprits(raw, plain):
    assert to_plain_characters(raw) == plain
    assert analyse_message(plain).encoding == "GSM-7"


def test_the_one_click_fix_brings_a_pasted_message_back_to_one_page():
    pasted = "Dear customer, your order’s ready — pick it up at “Branch 3” before 9 pm… Thanks!"
    assert analyse_message(pasted).encoding == "UCS-2"
    fixed = analyse_message(replace_ucs2_culprits(pasted))
    assert (fixed.encoding, fixed.pages, fixed.unicode_chars) == ("GSM-7", 1, [])


def test_to_plain_characters_never_touches_arabic():
    arabic = "".join(_arabic_script_characters()) + ARABIC_DIGITS + PERSIAN_DIGITS + "،؛؟٪"
    assert to_plain_characters(arabic) == arabic
    assert to_plain_characters("مرحبا “أحمد” — أهلاً") == 'مرحبا "أحمد" - أهلاً'


def test_alias_is_the_same_function():
    assert replace_ucs2_culprits is to_plain_characters


# --------------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------------

TRICKY = list("<>/ab \n\r\t€{}~é’…١۴ب\ufefb\ufe0f\ufe0e\u200d\u200b\u20e3\u2028\u00a9#1*") + [
    "🇰",
    "🇼",
    "🏽",
    "👍",
    "❤",
    "\U000e0067",
    "\U000e007f",
    "\ud83d",
    "\x00",
    "\x85",
    "<b>",
    "</p>",
    "<<",
]
TRICKY_CHARS = [t for t in TRICKY if len(t) == 1]
ANY_TEXT = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=()), st.sampled_from(TRICKY_CHARS)), max_size=60
) | st.lists(st.sampled_from(TRICKY), max_size=40).map("".join)


@given(ANY_TEXT)
@example("<<b>b>")
@example("1\u200b\ufe0f\u20e3")
@example("\u00a9\u200b\ufe0f")
@example("\r<b>\n")
def test_clean_message_is_idempotent_and_never_grows(text):
    once = clean_message(text)
    assert clean_message(once) == once
    assert len(once) <= len(text)


@given(ANY_TEXT)
def test_cleaned_text_holds_nothing_the_gateway_chokes_on(text):
    cleaned = clean_message(text)
    for char in cleaned:
        code = ord(char)
        assert char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co"), repr(char)
        assert not (0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF), repr(char)
        assert char not in ARABIC_DIGITS + PERSIAN_DIGITS + "\r\ufe0f\u20e3"
    cleaned.encode("utf-8")  # never raises: lone surrogates are gone


@given(ANY_TEXT)
def test_analyse_never_raises_and_counts_consistently(text):
    info = analyse_message(text)
    assert info.cleaned == clean_message(text)
    single, multi = (160, 153) if info.encoding == "GSM-7" else (70, 67)
    expected_pages = 0 if info.units == 0 else 1 if info.units <= single else math.ceil(info.units / multi)
    assert info.pages == expected_pages
    assert info.per_page == (multi if info.pages > 1 else single)
    assert info.remaining == max(info.pages, 1) * info.per_page - info.units
    assert 0 <= info.remaining <= info.per_page
    assert info.too_long == (info.pages > MAX_PAGES)
    assert (info.encoding == "UCS-2") == bool(info.unicode_chars)
    assert len(set(info.unicode_chars)) == len(info.unicode_chars)
    assert all(c not in GSM7_CHARS for c in info.unicode_chars)
    if info.encoding == "UCS-2":
        assert info.units == len(info.cleaned.encode("utf-16-le")) // 2
    else:
        assert info.units == len(info.cleaned) + sum(c in EXTENSION for c in info.cleaned)
    assert all(count > 0 for _, count in info.removed)


GSM_TEXT = st.text(alphabet=sorted(GSM7_CHARS - {"\x0c", "\r", "<"}), max_size=1200)
UCS2_TEXT = st.text(alphabet="بتثجحخ أهلا" + "ab{€’", min_size=1, max_size=500).map(lambda s: "ب" + s)


@given(GSM_TEXT, st.integers(min_value=0, max_value=1200))
def test_gsm7_pages_grow_with_length(text, cut):
    shorter, longer = analyse_message(text[:cut]), analyse_message(text)
    assert shorter.encoding == longer.encoding == "GSM-7"
    assert shorter.units <= longer.units
    assert shorter.pages <= longer.pages


@given(UCS2_TEXT, st.integers(min_value=1, max_value=500))
def test_ucs2_pages_grow_with_length(text, cut):
    shorter, longer = analyse_message(text[:cut]), analyse_message(text)
    assert shorter.encoding == longer.encoding == "UCS-2"
    assert shorter.pages <= longer.pages


@given(st.integers(min_value=0, max_value=2000))
def test_pages_follow_the_ceiling_formula(n):
    gsm, ucs = analyse_message("x" * n), analyse_message("س" * n)
    assert gsm.pages == (0 if n == 0 else 1 if n <= 160 else math.ceil(n / 153))
    assert ucs.pages == (0 if n == 0 else 1 if n <= 70 else math.ceil(n / 67))


@given(st.text(alphabet=sorted(GSM7_CHARS), max_size=200))
def test_plain_gsm_text_is_left_alone_by_the_fix(text):
    assert to_plain_characters(text) == text


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Thanks 👍 see you", "Thanks see you"),
        ("Hi 🎉 🎉 there", "Hi there"),
        ("Hi  🎉 there", "Hi  there"),  # the spacing typed before the emoji stays as typed
        ("a\u200b b", "a b"),
        ("two  spaces  kept", "two  spaces  kept"),
        ("Code 123 🎉", "Code 123 "),
        ("🎉 Hello", " Hello"),
        ("line 🇰🇼 \nnext", "line \nnext"),
    ],
)
def test_removing_a_character_leaves_no_double_space(raw, cleaned):
    assert clean_message(raw) == cleaned
    assert analyse_message(raw).cleaned == cleaned
