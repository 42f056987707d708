"""The GSM 03.38 alphabet: which characters fit a GSM-7 SMS and which cost two septets.

A message made only of these characters is sent as GSM-7 (160 septets in one page); any other
character switches the whole message to UCS-2 (70 UTF-16 units in one page).
"""

from __future__ import annotations

__all__ = ["BASIC_TABLE", "BASIC", "EXTENSION", "GSM7_CHARS"]

_ESC = "\x1b"  # 0x1B is the escape to the extension table, not a character of its own

# The default alphabet, row by row as the standard prints it (code points 0x00-0x7F).
BASIC_TABLE = (
    "@£$¥èéùìòÇ\nØø\rÅå"  # 0x00-0x0F
    "Δ_ΦΓΛΩΠΨΣΘΞ" + _ESC + "ÆæßÉ"  # 0x10-0x1F
    " !\"#¤%&'()*+,-./"  # 0x20-0x2F
    "0123456789:;<=>?"  # 0x30-0x3F
    "¡ABCDEFGHIJKLMNO"  # 0x40-0x4F
    "PQRSTUVWXYZÄÖÑÜ§"  # 0x50-0x5F
    "¿abcdefghijklmno"  # 0x60-0x6F
    "pqrstuvwxyzäöñüà"  # 0x70-0x7F
)
assert len(BASIC_TABLE) == 128

#: Characters of the default alphabet: one septet each.
BASIC: frozenset[str] = frozenset(BASIC_TABLE) - {_ESC}

#: Characters reached through the escape: two septets each (form feed, ^ { } \ [ ~ ] | €).
EXTENSION: frozenset[str] = frozenset("\x0c^{}\\[~]|€")

#: Every character a GSM-7 message may hold.
GSM7_CHARS: frozenset[str] = BASIC | EXTENSION
