"""How the message box shows its text: its direction, the characters that make it UCS-2 highlighted, the page counter.

Called on every keystroke by the compose panel (ui/compose/panel.py), so each is cheap.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from kwtsms_desktop.core.message import MAX_PAGES, MessageInfo, to_plain_characters
from kwtsms_desktop.ui.shared.translation import translate


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character (Arabic/Hebrew: RTL, Latin...: LTR), None if none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def is_arabic(char: str) -> bool:
    """Arabic script: letters, harakat, Arabic punctuation and presentation forms."""
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_BLOCKS)


_fixable_cache: dict[str, bool] = {}


def is_fixable(char: str) -> bool:
    """Does the one-click fix replace this character with plain (GSM-7) ones?"""
    known = _fixable_cache.get(char)
    if known is None:
        known = _fixable_cache[char] = to_plain_characters(char) != char
    return known


def counter_text(info: MessageInfo) -> str:
    """`UCS-2 · 2 pages · 31 left` (translated)."""
    if info.too_long:
        return translate(
            "compose.message_text",
            "{encoding} · {pages} pages · too long (at most {max} pages)",
            encoding=info.encoding,
            pages=info.pages,
            max=MAX_PAGES,
        )
    if info.pages == 1:
        return translate(
            "compose.message_text", "{encoding} · 1 page · {left} left", encoding=info.encoding, left=info.remaining
        )
    return translate(
        "compose.message_text",
        "{encoding} · {pages} · {left} left",
        encoding=info.encoding,
        pages=translate("compose.message_text", "%n page(s)", n=info.pages),
        left=info.remaining,
    )


class CulpritHighlighter(QSyntaxHighlighter):
    """Colours the characters that make the message UCS-2 (amber: fixable in one click; red: not)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.culprits: frozenset[str] = frozenset()
        self._fixable = QTextCharFormat()
        self._fixable.setBackground(QColor("#ffd54f"))
        self._fixable.setToolTip(translate("CulpritHighlighter", "Use plain characters to replace it"))
        self._other = QTextCharFormat()
        self._other.setBackground(QColor("#ffcdd2"))
        self._other.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._other.setUnderlineColor(QColor("#c62828"))

    def set_culprits(self, culprits: frozenset[str]) -> None:
        if culprits != self.culprits:
            self.culprits = culprits
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        if not self.culprits:
            return
        position = 0  # in UTF-16 units, as Qt counts
        for char in text:
            width = 2 if ord(char) > 0xFFFF else 1
            if char in self.culprits:
                self.setFormat(position, width, self._fixable if is_fixable(char) else self._other)
            position += width
