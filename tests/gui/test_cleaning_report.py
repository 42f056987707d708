"""The window's cleaning note names what is removed, in English and in Arabic."""

from __future__ import annotations


def test_the_cleaning_note_names_the_removed_characters_in_an_arabic_window(build_window):
    window = build_window("--lang", "ar", ready=False)
    window.compose.editor.setPlainText("حفلة 🎉\u200b\u200b")
    note = window.compose.cleaning_note.text()
    assert "🎉" in note and "رمز تعبيري" in note and "مسافة صفرية العرض (U+200B) ×2" in note


def test_the_cleaning_note_names_an_emoji_family_in_english(build_window):
    window = build_window(ready=False)
    window.compose.editor.setPlainText("Hi 👨\u200d👩\u200d👧")
    assert "👨\u200d👩\u200d👧 family (emoji) ×1" in window.compose.cleaning_note.text()
