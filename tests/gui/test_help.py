"""Help: the guide in both languages (F1), the shortcuts as the window has them, About with version and folders."""

from __future__ import annotations

from kwtsms_desktop.ui.help.dialogs import about_window, app_version, guide_window, shortcuts_window
from kwtsms_desktop.ui.help.guide import sections
from kwtsms_desktop.ui.shared.i18n import set_language


def test_the_guide_covers_the_topics_in_english_and_arabic(qtbot):
    for lang, words in (
        ("en", ("Importing", "Test mode", "uncertain", "keyring", "do-not-send")),
        ("ar", ("استيراد", "وضع الاختبار", "غير المؤكدة", "حافظة المفاتيح", "عدم الإرسال")),
    ):
        set_language(lang)
        window = guide_window()
        qtbot.addWidget(window)
        text = window.text()
        for word in words:
            assert word in text, (lang, word)
    assert len(sections("en")) == len(sections("ar"))


def test_about_says_the_version_and_the_folders(qtbot, tmp_path):
    window = about_window(tmp_path)
    qtbot.addWidget(window)
    text = window.text()
    assert app_version() in text and app_version()[0].isdigit()
    assert text.count(str(tmp_path)) == 2 and "crash.log" in text and "api-log.jsonl" in text


def test_shortcuts_list_the_windows_real_actions(qtbot):
    from PySide6.QtGui import QAction

    action = QAction("&Import recipients…")
    action.setShortcut("Ctrl+O")
    none = QAction("No shortcut")
    window = shortcuts_window([action, none])
    qtbot.addWidget(window)
    assert "Ctrl+O" in window.text() and "Import recipients" in window.text()
    assert "No shortcut" not in window.text()
