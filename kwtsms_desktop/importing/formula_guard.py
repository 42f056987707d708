"""Which exported cells a spreadsheet would run as a formula, once the invisible characters in front are ignored.

Excel and LibreOffice run a CSV cell starting with = + - @ as a formula (=HYPERLINK can send the
sheet's data away). A NUL, spaces, a no-break space, a zero-width space, a BOM or a direction mark in
front do not make it safe: LibreOffice drops or trims them and runs the formula. So the leading
invisible characters are removed and the cell is marked as text: a leading apostrophe in CSV (how
Excel itself writes text that looks like a formula; our importer drops it again), quotePrefix in XLSX.
A phone number such as +96598765432 is therefore exported as the text '+96598765432: it stays exactly
the number, and never turns into the arithmetic +96598765432 = 96598765432.
"""

from __future__ import annotations

import re

# Visible characters that start a formula (and their full-width forms, which LibreOffice accepts).
FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# A cell starting with one of these is marked as text even when no formula follows (a tab or a line
# break in front of the data is how several injection payloads hide).
_CONTROL_STARTS = ("\t", "\r", "\n")
# Controls, every kind of space, zero-width characters and joiners, direction marks, embeddings
# and isolates, the word joiner and invisible operators, soft hyphen, Arabic letter mark, BOM.
_INVISIBLE_LEAD = re.compile(
    "[\x00-\x20\x7f-\xa0\u00ad\u061c\u115f\u1160\u180e\u1680\u2000-\u200f\u2028-\u202f"
    "\u205f-\u2064\u2066-\u206f\u3000\u3164\ufeff\uffa0]+"
)


def formula_safe_text(text: str) -> str | None:
    """None when ``text`` is safe as it is; otherwise the text to write after the text mark
    (leading invisible characters removed when a formula follows them)."""
    if not text:
        return None
    if text.startswith(FORMULA_STARTS):
        return text
    lead = _INVISIBLE_LEAD.match(text)
    if lead is None:
        return None
    rest = text[lead.end() :]
    if rest.startswith(FORMULA_STARTS):
        return rest
    if text.startswith(_CONTROL_STARTS):
        return text
    return None
