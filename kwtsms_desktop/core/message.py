"""Message text: clean it to what the gateway can deliver, count its encoding and pages, offer GSM-7 replacements.

Why cleaning matters (reference/api-facts.md, "What breaks delivery silently"): the gateway answers
OK to a message holding emoji or hidden characters and then the message sticks in the queue, and it
rejects HTML tags (ERR027). :func:`clean_message` removes all of that, keeps every Arabic letter
(presentation forms pasted from PDFs included), keeps ``\\n`` and ``\\t``, and turns Arabic-Indic
and Persian digits into Latin ones. :func:`analyse_message` is what the compose counter shows on every
keystroke, so it is built for speed: plain text takes a few quick scans and no per-character Python loop.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kwtsms_desktop.core.gsm7 import EXTENSION, GSM7_CHARS

__all__ = [
    "MAX_PAGES",
    "MessageInfo",
    "analyse_message",
    "clean_message",
    "measure",
    "replace_ucs2_culprits",
    "to_plain_characters",
]

#: The most pages the gateway accepts (observed live: 7 accepted, 8 rejected with ERR012).
MAX_PAGES = 7

GSM7_SINGLE, GSM7_MULTI = 160, 153  # septets in a one-page message / in each page of a longer one
UCS2_SINGLE, UCS2_MULTI = 70, 67  # UTF-16 units, likewise

# --------------------------------------------------------------------------------------------------
# What cleaning removes
# --------------------------------------------------------------------------------------------------

# Emoji that are always pictures: the emoji blocks of the plane-1 pictographs (emoticons, symbols and
# pictographs, transport, mahjong and cards, regional indicators, skin-tone modifiers, chess,
# extended-A, and the range Unicode reserves for future emoji), the BMP's miscellaneous symbols and
# dingbats (as the official clients strip them), and the other characters shown as emoji by default.
_EMOJI_BMP = "\u2600-\u27bf\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2b1b\u2b1c\u2b50\u2b55"
_EMOJI = "\U0001f000-\U0001faff\U0001fc00-\U0001fffd" + _EMOJI_BMP
# Ordinary text symbols that become emoji only when followed by VS16 (U+FE0F): "©" stays, "©️" goes.
_TEXT_PICTO = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u2328\u2388\u23cf"
    "\u23ed-\u23ef\u23f1\u23f2\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb\u25fc"
    "\u2934\u2935\u2b05-\u2b07\u3030\u303d\u3297\u3299"
)
_REGIONAL = "\U0001f1e6-\U0001f1ff"
# Pieces that only make sense inside an emoji: skin tones, variation selectors, tag characters.
_EMOJI_TAIL = "\U0001f3fb-\U0001f3ff\ufe0e\ufe0f\U000e0020-\U000e007f"

# Characters removed on their own, wherever they are:
_INVISIBLE_BMP = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 and C1 controls except \t \n (\r becomes \n first)
    # every Unicode format character (Cf): soft hyphen, Arabic number signs, Arabic letter mark,
    # zero-width space / non-joiner / joiner, LRM, RLM, LRE..RLO, word joiner, invisible operators,
    # LRI..PDI, deprecated format controls, BOM, interlinear annotations
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    # invisible lookalikes that are not Cf: combining grapheme joiner, Mongolian variation
    # selectors, Hangul fillers used as "blank" text, variation selectors, the keycap mark
    "\u034f\u180b-\u180d\u180f\u3164\uffa0\ufe00-\ufe0f\u20e3"
    # object replacement character, noncharacters, lone surrogates (cannot be encoded at all),
    # private-use characters (a logo pasted from a Mac shows as nothing on a phone)
    "\ufffc\ufffe\uffff\ud800-\udfff\ue000-\uf8ff"
)
_INVISIBLE = _INVISIBLE_BMP + (
    # the same kinds of characters outside the BMP: format characters, tags, variation
    # selectors supplement, supplementary private use
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef\U000f0000-\U0010ffff"
)

_ZWJ = "\u200d"
_EMOJI_CHAR = f"(?:[{_EMOJI}]|[{_TEXT_PICTO}]\ufe0f)"
_EMOJI_SEQUENCE = f"{_EMOJI_CHAR}[{_EMOJI_TAIL}]*(?:{_ZWJ}{_EMOJI_CHAR}[{_EMOJI_TAIL}]*|{_ZWJ}[{_TEXT_PICTO}])*"

# One pass finds what to drop, longest unit first so the report names a whole emoji ("👍🏽", "🇰🇼",
# "👨‍👩‍👧") rather than its pieces. A keycap ("1️⃣") keeps its digit: "Press 1️⃣" reads "Press 1".
_REMOVE = re.compile(
    f"(?P<flag>[{_REGIONAL}]{{2}}[{_EMOJI_TAIL}]*)"
    f"|(?P<keycap>(?P<key>[0-9#*])\ufe0f?\u20e3)"
    f"|(?P<emoji>{_EMOJI_SEQUENCE})"
    f"|(?P<one>[{_INVISIBLE}{_EMOJI_TAIL}{_ZWJ}])"
)
# Cheap test first: nothing to remove in the great majority of keystrokes. A class of BMP characters
# only is a constant-time lookup per character (one with astral ranges is a linear scan of the
# ranges), so astral characters are detected apart: they make the UTF-16 form longer than the text.
_MIGHT_REMOVE_BMP = re.compile(f"[{_EMOJI_BMP}{_INVISIBLE_BMP}]")

# An HTML tag is "<" then a letter, "/", "!" or "?" and then no "<" or ">" until the closing ">":
# "<b>", "</p>", "<br/>", '<a href="x">', "<!-- note -->". "a < b and c > d" is left alone
# because a space follows its "<".
_HTML_TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")
_TAG_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz/!?")

# Arabic-Indic (U+0660-0669) and Persian / Extended Arabic-Indic (U+06F0-06F9) digits become Latin;
# Unicode line and paragraph separators (pasted from Word) become ordinary line breaks.
# (A regex substitution: str.translate walks every character in Python-object terms, ten times slower.)
_TRANSLATE = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_TRANSLATE |= {"\u2028": "\n", "\u2029": "\n"}
_TO_TRANSLATE = re.compile("[\u0660-\u0669\u06f0-\u06f9\u2028\u2029]")

_TAG_LABEL_MAX = 40


# Where a removed character was ("\x00" itself is a control character cleaning removes, so none is
# left over). A removed character between two spaces would leave a double space that is sent and
# paid for: "Thanks 👍 see you" becomes "Thanks see you". Only the spaces after it go; the spacing
# before it stays as typed, and so does a single space ("Code 123 🎉" keeps its trailing space, as
# the official clients' cleaning does).
_GAP = "\x00"
_SPACES_AROUND_GAP = re.compile(" *\x00[ \x00]*")


def _close_gap(match: re.Match[str]) -> str:
    """Spaces and removed characters mixed: the first run of spaces stays, the ones after it go."""
    spaces = [part for part in match[0].split(_GAP) if part]
    return spaces[0] if spaces else ""


def _has_astral(text: str) -> bool:
    """True when ``text`` holds a character beyond U+FFFF (it takes two UTF-16 units)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _label(char: str) -> str:
    """A readable name for one removed invisible character: 'zero width space (U+200B)'."""
    code = ord(char)
    name = unicodedata.name(char, "")
    if not name:
        if code < 0x20 or 0x7F <= code <= 0x9F:
            name = "control character"
        elif 0xD800 <= code <= 0xDFFF:
            name = "broken character"
        elif 0xE000 <= code <= 0xF8FF or code >= 0xF0000:
            name = "private-use character"
        else:
            name = "unassigned character"
    return f"{name.lower()} (U+{code:04X})"


def _strip_nested_tags(text: str, tags: list[str]) -> str:
    """Remove HTML tags until none is left, in one pass; append each removed tag to ``tags``.

    Characters go to ``out`` one by one. ``opens`` holds the positions in ``out`` of the "<" not yet
    followed by a ">": only the last of them can start a tag ending at the next ">". When that tag
    is removed, the "<" before it is the last open one again, which is how "<<b>b>" goes entirely.
    """
    out: list[str] = []
    opens: list[int] = []
    for char in text:
        out.append(char)
        if char == "<":
            opens.append(len(out) - 1)
        elif char == ">" and opens:
            start = opens[-1]
            if out[start + 1] in _TAG_START:
                tags.append("".join(out[start:]))
                del out[start:]
                opens.pop()
            else:  # this "<" is followed by a ">" and is not a tag: no later ">" can close it
                opens.clear()
    return "".join(out)


def _clean(text: str, removed: dict[str, int] | None) -> str:
    """clean_message's work; counts what it removes into ``removed`` when given one."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TO_TRANSLATE.search(text):
        text = _TO_TRANSLATE.sub(lambda m: _TRANSLATE[m[0]], text)
    if _has_astral(text) or _MIGHT_REMOVE_BMP.search(text):
        if removed is None:
            text = _REMOVE.sub(lambda m: m["key"] or _GAP, text)
        else:
            kept: list[str] = []
            start = 0
            for match in _REMOVE.finditer(text):
                kept.append(text[start : match.start()])
                start = match.end()
                kept.append(match["key"] or _GAP)
                one = match["one"]
                label = _label(one) if one is not None else match[0]
                removed[label] = removed.get(label, 0) + 1
            kept.append(text[start:])
            text = "".join(kept)
        if _GAP in text:
            text = _SPACES_AROUND_GAP.sub(_close_gap, text)
    if "<" in text:
        tags = _HTML_TAG.findall(text)
        if tags:
            text = _HTML_TAG.sub("", text)
            if _HTML_TAG.search(text):
                # Removing a tag joined two halves into a new one ("<<b>b>"): rare, and repeating the
                # regex could take quadratic time on a crafted paste, so finish in one linear scan.
                text = _strip_nested_tags(text, tags)
            if removed is not None:
                for tag in tags:
                    label = tag if len(tag) <= _TAG_LABEL_MAX else tag[: _TAG_LABEL_MAX - 1] + "…"
                    removed[label] = removed.get(label, 0) + 1
    return text


def clean_message(text: str) -> str:
    """The text the gateway can deliver.

    Removes: emoji of every kind (pictographs, flags, skin tones, ZWJ families, variation selectors,
    tag sequences; a keycap keeps its digit, "1️⃣" becomes "1"), hidden characters (zero-width
    space / joiner / non-joiner, BOM, soft hyphen, word joiner, every other Unicode format character,
    C0/C1 control characters other than ``\\n`` and ``\\t``), directional marks, embeddings and
    isolates, private-use and broken characters, and HTML tags (the tag goes, its inner text stays).
    Converts Arabic-Indic and Persian digits to Latin digits, ``\\r\\n``, lone ``\\r`` and the Unicode
    line/paragraph separators to ``\\n``. Keeps Arabic letters, Arabic presentation forms, spaces,
    ``\\n`` and ``\\t`` exactly. Idempotent; the result is never longer than the input.
    """
    return _clean(text, None)


# --------------------------------------------------------------------------------------------------
# Analysis
# --------------------------------------------------------------------------------------------------


_NOT_GSM7 = re.compile("[^" + "".join(map(re.escape, sorted(GSM7_CHARS))) + "]")
_GSM7_EXTENSION = re.compile("[" + "".join(map(re.escape, sorted(EXTENSION))) + "]")


@dataclass(frozen=True)
class MessageInfo:
    """What the compose counter shows about a message (always about its cleaned text)."""

    cleaned: str  # clean_message(text): what will actually be sent
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # GSM-7 septets (extension characters count 2) or UTF-16 code units
    pages: int  # SMS pages the gateway charges for; 0 for an empty message
    per_page: int  # 160 / 153 (GSM-7 one page / several) or 70 / 67 (UCS-2); 160 when empty
    remaining: int  # units still free on the last page
    unicode_chars: list[str]  # distinct characters forcing UCS-2, in order of first appearance
    too_long: bool  # more than MAX_PAGES pages: the gateway refuses it
    # What cleaning removed, as (label, count): emoji and hidden characters in order of first
    # appearance, then HTML tags in order of first appearance. The label is the
    # removed text itself when it is visible: an emoji as typed ("🎉", "👍🏽", "🇰🇼", "1️⃣" whose
    # digit stays) or an HTML tag ("<b>", shortened with "…" past 40 characters). An invisible
    # character is named in lower case with its code point: "zero width space (U+200B)",
    # "left-to-right mark (U+200E)", "control character (U+0007)". Converted digits and line
    # breaks are not listed: nothing was lost.
    removed: list[tuple[str, int]] = field(default_factory=list)


def measure(cleaned: str) -> tuple[str, int, int]:
    """(encoding, units, pages) of an already cleaned text: the counting of analyse_message alone
    (the send plan measures every recipient's own text)."""
    if _NOT_GSM7.search(cleaned) is None:
        single, multi = GSM7_SINGLE, GSM7_MULTI
        units = len(cleaned)
        if _GSM7_EXTENSION.search(cleaned):
            units += sum(map(cleaned.count, EXTENSION))
        encoding = "GSM-7"
    else:
        single, multi = UCS2_SINGLE, UCS2_MULTI
        units = len(cleaned.encode("utf-16-le")) // 2  # characters beyond U+FFFF take two units
        encoding = "UCS-2"
    if units == 0:
        return encoding, 0, 0
    return encoding, units, 1 if units <= single else -(-units // multi)


def analyse_message(text: str) -> MessageInfo:
    """Encoding, length and pages of ``clean_message(text)``, plus what cleaning removed."""
    removed: dict[str, int] = {}
    cleaned = _clean(text, removed)
    encoding, units, pages = measure(cleaned)
    unicode_chars: list[str] = []
    if encoding == "GSM-7":
        single, multi = GSM7_SINGLE, GSM7_MULTI
    else:
        single, multi = UCS2_SINGLE, UCS2_MULTI
        unicode_chars = sorted(set(cleaned) - GSM7_CHARS, key=cleaned.index)
    per_page = multi if pages > 1 else single
    return MessageInfo(
        cleaned=cleaned,
        encoding=encoding,
        units=units,
        pages=pages,
        per_page=per_page,
        remaining=max(pages, 1) * per_page - units,
        unicode_chars=unicode_chars,
        too_long=pages > MAX_PAGES,
        removed=list(removed.items()),
    )


# --------------------------------------------------------------------------------------------------
# One-click fix: replace the characters that needlessly force UCS-2
# --------------------------------------------------------------------------------------------------


def _plain_table() -> dict[int, str]:
    table: dict[int, str] = {}

    def put(chars: str, replacement: str) -> None:
        for char in chars:
            table[ord(char)] = replacement

    put("\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\u0060\u00b4\u02b9\u02bb\u02bc\uff07", "'")
    put("\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u02ba\u02dd\uff02", '"')
    put("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d", "-")
    put("\u2022\u2023\u2027\u2219\u25cf\u25e6\u00b7", "-")  # bullets and middle dots
    put("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a", " ")
    put("\u202f\u205f\u3000\t", " ")  # narrow/medium/ideographic spaces and the tab (not in GSM-7)
    put("\u2026", "...")
    put("\u00a9", "(c)")
    put("\u00ae", "(R)")
    put("\u2122", "TM")
    put("\u00d7", "x")
    put("\u00f7\u2044\u2215", "/")
    put("\u00a6", "|")
    put("\u02c6", "^")
    put("\u02dc", "~")
    put("\u0152", "OE")
    put("\u0153", "oe")
    put("\u00f0", "d")
    put("\u00d0", "D")
    put("\u00fe", "th")
    put("\u00de", "Th")
    put("\u0131", "i")
    put("\u0142", "l")
    put("\u0141", "L")
    put("\u0111", "d")
    put("\u0110", "D")
    # Accented Latin letters outside GSM-7 lose their accent: "á" -> "a", "ç" -> "c", "Ê" -> "E".
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        if char in GSM7_CHARS or code in table:
            continue
        base = unicodedata.normalize("NFD", char)[0]
        if base.isascii() and base.isalpha():
            table[code] = base
    # Full-width ASCII (from Chinese / Japanese input methods) and Latin ligatures ("ﬁ" -> "fi").
    for code in (*range(0xFF01, 0xFF5F), *range(0xFB00, 0xFB07)):
        if code not in table:
            table[code] = unicodedata.normalize("NFKC", chr(code))
    table[0xFF40] = "'"  # full-width grave accent: "`" itself is not in GSM-7
    return table


_PLAIN = _plain_table()
_NEEDS_PLAIN = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_PLAIN)) + "]")


def to_plain_characters(text: str) -> str:
    """Replace the usual UCS-2 culprits with their GSM-7 look-alikes.

    Curly quotes, primes and guillemets become straight quotes, en/em/figure dashes and the minus
    sign become "-", "…" becomes "...", non-breaking and other odd spaces (and the tab) become a
    space, bullets become "-", ©/®/™ become (c)/(R)/TM, accented Latin letters outside GSM-7 lose
    their accent, full-width letters and ligatures become plain ones. Arabic letters, digits and
    punctuation are never touched; anything else is left as it is.
    """
    if _NEEDS_PLAIN.search(text) is None:
        return text
    return text.translate(_PLAIN)


#: The same function under the name that says why the compose window calls it.
replace_ucs2_culprits = to_plain_characters
