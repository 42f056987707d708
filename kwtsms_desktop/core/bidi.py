"""Values that must keep their own reading order inside right-to-left text (Unicode isolates).

A phone number, sender ID, file name or message ID shown in an Arabic sentence or a right-to-left
table cell is reordered by the bidi algorithm ("+965 9988 7755" shows as "7755 9988 965+").
Wrapping it in an isolate keeps it as one left-to-right (or its own direction) run where it sits.
The marks are invisible, and core.phone drops them if such a text is pasted back as a number.
"""

from __future__ import annotations

LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
RLI = "\u2067"  # RIGHT-TO-LEFT ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE: the direction of the value's first letter
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
RLM = "\u200f"  # RIGHT-TO-LEFT MARK: makes a paragraph right-to-left
MARKS = frozenset(LRI + RLI + FSI + PDI + RLM)

__all__ = ["FSI", "LRI", "MARKS", "PDI", "RLI", "RLM", "isolate", "ltr", "rtl_line", "strip_marks"]


def isolate(value: object) -> str:
    """`value` as a run of its own direction (a name in Arabic or English, a free text)."""
    text = "" if value is None else str(value)
    return f"{FSI}{text}{PDI}" if text else ""


def ltr(value: object) -> str:
    """`value` as a left-to-right run: phone numbers, sender IDs, file names, message IDs, counts with units."""
    text = "" if value is None else str(value)
    return f"{LRI}{text}{PDI}" if text else ""


def rtl_line(value: object) -> str:
    """A left-to-right value alone on a right-to-left line ("KWT-SMS" next to its Arabic label):
    isolated, in a right-to-left paragraph, so it sits on the right, by its label."""
    text = ltr(value)
    return f"{RLM}{text}" if text else ""


def strip_marks(text: str) -> str:
    """`text` without the isolate marks (what a person copies or a test compares)."""
    return text.translate({ord(mark): None for mark in MARKS})
