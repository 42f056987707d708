"""Find every phone number in free text (a chat line, a cell holding two numbers), and the name around them.

"Ali: 97001122, 97001133" holds two numbers; "[12/05/2025, 9:14 AM] أم محمد: +965 9988 7711" holds one
(the date and the time are not numbers); "99 88 77 44 / 66554433" holds two. A number may be written
with spaces, dashes, dots and parentheses inside it ("+965 9988 7711", "(965) 9876-5432"); commas,
semicolons, slashes and words separate numbers. Digit runs too short to be a phone number (a room, a
price, "at 12") are not numbers; anything longer that cannot be read is still returned, so the
caller can give it a row and a reason instead of dropping it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kwtsms_desktop.core.phone import check_number

_D = "0-9\u0660-\u0669\u06f0-\u06f9"  # Latin, Arabic-Indic and Persian digits

# A run of digits this long (or longer) looks like a phone number even when it cannot be read.
MIN_NUMBER_DIGITS = 6
# Two groups this long side by side are two numbers ("97001122 97001133"), never one.
_WHOLE_GROUP = 6

_DATE = re.compile(rf"(?<![{_D}])[{_D}]{{1,4}}([/.\-])[{_D}]{{1,2}}\1[{_D}]{{2,4}}(?![{_D}])")
_TIME = re.compile(
    rf"(?<![{_D}:])[{_D}]{{1,2}}:[{_D}]{{2}}(?::[{_D}]{{2}})?(?![{_D}])"
    r"(?:\s?(?:[AaPp]\.?[Mm]\.?|ص|م)(?![A-Za-z\u0600-\u06ff]))?"
)
_SCIENTIFIC = re.compile(rf"[{_D}]+[.,\u066b][{_D}]+[eE][+\-]?[{_D}]+")
# A number as written: an optional + (or fullwidth +), then digit groups with at most three of
# " - . ( )" between them. Commas, slashes, semicolons and letters end it.
_GROUP = rf"\(?[{_D}]+\)?"
_RUN = re.compile(rf"(?:[+\uff0b]\s?)?{_GROUP}(?:[ \-.\u00a0\u2010-\u2013()]{{1,3}}{_GROUP})*")
_DIGITS = re.compile(rf"[{_D}]+")
_EXCEL_FLOAT = re.compile(rf"([{_D}]{{7,}})\.0+")
# What is left of a line once its numbers, dates and times are taken out: punctuation is not a name.
_NAME_NOISE = re.compile(r"[\[\](){}<>:;,./\\|~*_#=+\-–—\"'“”‘’«»]+")


@dataclass(frozen=True, slots=True)
class FoundNumber:
    """One number as written in the text (``raw``) and where it is (``start``, ``end``)."""

    raw: str
    start: int
    end: int


def find_numbers(text: str, default_country: str | None = "965") -> list[FoundNumber]:
    """Every number-like run of ``text``, in order; dates and times are skipped.

    A run that reads as one number is one; else it is cut where its digit groups make several
    readable numbers ("97001122 97001133"); else it is returned whole (the caller says why).
    """
    blanked = _blank(_TIME, _blank(_DATE, text))
    found: list[FoundNumber] = []
    position = 0
    while True:
        scientific = _SCIENTIFIC.search(blanked, position)
        run = _RUN.search(blanked, position)
        if run is None and scientific is None:
            return found
        if scientific is not None and (run is None or scientific.start() <= run.start()):
            found.append(FoundNumber(text[scientific.start() : scientific.end()], scientific.start(), scientific.end()))
            position = scientific.end()
            continue
        assert run is not None
        position = run.end()
        start, end = run.start(), _trim_run(blanked, run.start(), run.end())
        for part_start, part_end in _split_run(blanked, start, end, default_country):
            found.append(FoundNumber(text[part_start:part_end], part_start, part_end))


def has_date_or_time(text: str) -> bool:
    return _DATE.search(text) is not None or _TIME.search(text) is not None


def names_around(text: str, found: list[FoundNumber]) -> list[str]:
    """The name written next to each number: the words before it ("Ali: 97001122, 97001133" gives
    Ali twice, the second number having no words of its own), else the words after it."""
    between = [text[(found[i - 1].end if i else 0) : number.start] for i, number in enumerate(found)]
    after = [
        text[number.end : (found[i + 1].start if i + 1 < len(found) else len(text))] for i, number in enumerate(found)
    ]
    names: list[str] = []
    for i in range(len(found)):
        name = _words(between[i]) or (names[-1] if names else "") or _words(after[i])
        names.append(name)
    return names


def _words(text: str) -> str:
    """``text`` without dates, times and punctuation; "" when no letter is left."""
    rest = " ".join(_NAME_NOISE.sub(" ", _TIME.sub(" ", _DATE.sub(" ", text))).split())
    return rest if any(char.isalpha() for char in rest) else ""


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with every match replaced by as many commas (positions kept; a comma ends a number)."""
    return pattern.sub(lambda match: "," * len(match[0]), text)


def _trim_run(text: str, start: int, end: int) -> int:
    """Where the run really ends: not on trailing separators, and a float's ".0" is not a digit group."""
    while end > start and not text[end - 1].isdecimal() and text[end - 1] != ")":
        end -= 1
    float_text = _EXCEL_FLOAT.search(text[start:end])
    if float_text is not None and start + float_text.end() == end:
        return start + float_text.end(1)
    return end


def _split_run(text: str, start: int, end: int, default_country: str | None) -> list[tuple[int, int]]:
    """The numbers of one run, as (start, end) spans; a run too short to be a number gives none."""
    groups = [(m.start(), m.end()) for m in _DIGITS.finditer(text, start, end)]
    if sum(b - a for a, b in groups) < MIN_NUMBER_DIGITS:
        return []
    # Two long groups side by side are two numbers: cut there first.
    pieces: list[list[tuple[int, int]]] = [[groups[0]]]
    for previous, group in zip(groups, groups[1:], strict=False):
        if previous[1] - previous[0] >= _WHOLE_GROUP and group[1] - group[0] >= _WHOLE_GROUP:
            pieces.append([group])
        else:
            pieces[-1].append(group)
    spans = []
    for index, piece in enumerate(pieces):
        piece_start = start if index == 0 else _opening(text, piece[0][0])
        spans += _split_piece(text, piece_start, piece, default_country)
    return spans


def _split_piece(
    text: str, start: int, groups: list[tuple[int, int]], default_country: str | None
) -> list[tuple[int, int]]:
    """One piece whole when it reads as a number; else cut into the readable numbers it holds.

    Unreadable, or readable only by dropping zeros ("90 00 00 50 90000000" read as a Turkish number
    with trunk zeros): the cut that leaves the fewest digits unread wins, then the one with the
    fewest numbers. A part that cannot be read is allowed only as one whole digit group long
    enough to be a number ("+965 9988 7711 9922032": a valid number and a short one), or as the
    whole piece when nothing better exists.
    """
    end = _closing(text, groups[-1][1])
    if len(groups) == 1 or _reading(text[start:end], default_country) == _KNOWN:
        return [(start, end)]
    count = len(groups)

    def span(begin: int, stop: int) -> tuple[int, int]:
        return (start if begin == 0 else _opening(text, groups[begin][0]), _closing(text, groups[stop - 1][1]))

    # best[i]: (digits left unread, numbers, cut positions) covering groups[:i]; None: impossible.
    best: list[tuple[int, int, list[int]] | None] = [(0, 0, [])] + [None] * count
    for stop in range(1, count + 1):
        for begin in range(stop):
            before = best[begin]
            if before is None:
                continue
            first, last = span(begin, stop)
            reading = _reading(text[first:last], default_country)
            if reading == _KNOWN:
                unread = 0
            elif reading == _UNKNOWN_COUNTRY:  # readable, but only as a guess: counts as unread
                unread = sum(b - a for a, b in groups[begin:stop])
            elif (stop - begin == 1 and groups[begin][1] - groups[begin][0] >= MIN_NUMBER_DIGITS) or (
                begin == 0 and stop == count
            ):
                unread = sum(b - a for a, b in groups[begin:stop])
            else:
                continue
            candidate = (before[0] + unread, before[1] + 1, [*before[2], begin])
            current = best[stop]
            if current is None or candidate[:2] < current[:2]:
                best[stop] = candidate
    cuts = best[count][2]  # type: ignore[index]  # the whole piece is always a candidate
    bounds = [*cuts, count]
    return [span(bounds[i], bounds[i + 1]) for i in range(len(cuts))]


def _opening(text: str, position: int) -> int:
    """A number cut out of a run starts at its "(" or "+" when it has one: "(965) 9000-0000"."""
    while position > 0 and text[position - 1] in "(+\uff0b":
        position -= 1
    return position


def _closing(text: str, position: int) -> int:
    return position + 1 if position < len(text) and text[position] == ")" else position


_KNOWN, _UNKNOWN_COUNTRY, _UNREADABLE = "known", "unknown country", "unreadable"


def _reading(text: str, default_country: str | None) -> str:
    """How ``text`` reads as one number: a number of a known country with every digit written kept
    (an 00 prefix aside), a valid number of no known country (a guess), or not at all."""
    check = check_number(text, default_country)
    if not check.ok:
        return _UNREADABLE
    written = sum(1 for char in text if char.isdecimal())
    if text.lstrip("+\uff0b( ").startswith("00"):
        written -= 2
    if len(check.number) < written:
        return _UNREADABLE  # zeros dropped inside: "90 00 00 50 90000000" is not a Turkish number
    return _KNOWN if check.country is not None else _UNKNOWN_COUNTRY
