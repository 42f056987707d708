"""What cleaning removed from a message, in words a person reads: each emoji shown and named, each hidden character named with its code, in English or Arabic.

analyse_message lists what it removed as (label, count) pairs; this turns them into
"👨‍👩‍👧 family (emoji) ×1, zero width space (U+200B) ×2, <b> (HTML tag) ×1" for the command line and
the window, instead of a Python list.
"""

from __future__ import annotations

import re
import unicodedata

_HIDDEN = re.compile(r"(?P<name>.+) \(U\+(?P<code>[0-9A-F]{4,6})\)")
_PEOPLE = frozenset({"MAN", "WOMAN", "BOY", "GIRL", "BABY", "CHILD", "ADULT", "PERSON"})
_SKIN_TONES = {0x1F3FB: "light", 0x1F3FC: "medium-light", 0x1F3FD: "medium", 0x1F3FE: "medium-dark", 0x1F3FF: "dark"}
_NOT_NAMED = frozenset({0x200D, 0xFE0E, 0xFE0F, 0x20E3})  # joiners and selectors inside an emoji
_NAME_MAX = 60

# Arabic names for the hidden characters people actually paste; others are "hidden character".
_HIDDEN_AR = {
    0x200B: "مسافة صفرية العرض",
    0x200C: "فاصل غير مرئي بين الحروف",
    0x200D: "واصل غير مرئي بين الحروف",
    0x200E: "علامة اتجاه من اليسار إلى اليمين",
    0x200F: "علامة اتجاه من اليمين إلى اليسار",
    0x061C: "علامة الحرف العربي (اتجاه)",
    0x2060: "واصل كلمات غير مرئي",
    0xFEFF: "علامة ترتيب البايت (BOM)",
    0x00AD: "شرطة اختيارية غير مرئية",
    0x202A: "بداية تضمين من اليسار إلى اليمين",
    0x202B: "بداية تضمين من اليمين إلى اليسار",
    0x202C: "نهاية تضمين الاتجاه",
    0x202D: "فرض الاتجاه من اليسار إلى اليمين",
    0x202E: "فرض الاتجاه من اليمين إلى اليسار",
    0x2066: "عزل من اليسار إلى اليمين",
    0x2067: "عزل من اليمين إلى اليسار",
    0x2068: "عزل الاتجاه الأول",
    0x2069: "نهاية عزل الاتجاه",
}


def _emoji_name(text: str) -> str:
    """'family' for a family of people, else the names of the pictures joined: 'thumbs up sign, medium skin tone'."""
    codes = [ord(char) for char in text]
    if all(0x1F1E6 <= code <= 0x1F1FF for code in codes[:2]) and len(codes) >= 2:
        return "flag " + "".join(chr(code - 0x1F1E6 + ord("A")) for code in codes[:2])
    if len(codes) >= 2 and codes[-1] == 0x20E3:
        return "keycap " + text[0]
    names: list[str] = []
    tones: list[str] = []
    for code in codes:
        if code in _SKIN_TONES:
            tones.append(_SKIN_TONES[code] + " skin tone")
        elif code not in _NOT_NAMED:
            names.append(unicodedata.name(chr(code), f"U+{code:04X}"))
    if len(names) >= 2 and all(name in _PEOPLE for name in names):
        names = ["FAMILY"]
    name = ", ".join([" + ".join(names).lower(), *tones]) if names else ", ".join(tones)
    return name if len(name) <= _NAME_MAX else name[: _NAME_MAX - 1] + "…"


def name_removed(label: str, arabic: bool = False) -> str:
    """One removed thing as shown: the emoji with its name, a hidden character's name and code, an HTML tag."""
    hidden = _HIDDEN.fullmatch(label)
    if hidden is not None:
        if not arabic:
            return label
        code = int(hidden["code"], 16)
        return f"{_HIDDEN_AR.get(code, 'محرف مخفي')} (U+{hidden['code']})"
    if label.startswith("<"):
        return f"{label} ({'وسم HTML' if arabic else 'HTML tag'})"
    # "\u2068...\u2069" keeps the emoji whole and in place inside Arabic text.
    return f"\u2068{label}\u2069 (رمز تعبيري)" if arabic else f"{label} {_emoji_name(label)} (emoji)"


def describe_removed(removed: list[tuple[str, int]], arabic: bool = False, limit: int | None = None) -> str:
    """``[("👨‍👩‍👧", 1), ("zero width space (U+200B)", 2)]`` as
    "👨‍👩‍👧 family (emoji) ×1, zero width space (U+200B) ×2"; past ``limit`` items, "…" ends the list."""
    shown = removed if limit is None else removed[:limit]
    parts = [f"{name_removed(label, arabic)} ×{count}" for label, count in shown]
    if limit is not None and len(removed) > limit:
        parts.append("…")
    return ("، " if arabic else ", ").join(parts)
