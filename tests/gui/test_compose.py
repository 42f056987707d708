"""The compose area as a person uses it: counter, direction, culprits and their fix, cost line, sender, test mode, refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton

from kwtsms_desktop.ui.compose.panel import LIVE_MODE_TEXT, TEST_MODE_TEXT
from tests.gui.conftest import find, type_text

ARABIC = "مرحبا بكم في المدرسة"  # 20 Arabic characters incl. spaces


def widgets(window):
    return (
        find(window, QPlainTextEdit, "messageEdit"),
        find(window, QLabel, "pageCounter"),
    )


def test_counter_follows_every_keystroke_in_english_then_arabic(build_window, qtbot):
    window = build_window(ready=False)
    editor, counter = widgets(window)
    assert counter.text() == "GSM-7 · 0 pages · 160 left"
    qtbot.keyClicks(editor, "Hello")
    assert counter.text() == "GSM-7 · 1 page · 155 left"
    editor.setPlainText("a" * 160)
    assert counter.text() == "GSM-7 · 1 page · 0 left"
    editor.setPlainText("a" * 161)
    assert counter.text() == "GSM-7 · 2 pages · 145 left"  # 2 x 153 - 161
    editor.setPlainText("")
    type_text(editor, ARABIC)
    assert counter.text() == "UCS-2 · 1 page · 50 left"
    editor.setPlainText("م" * 70)
    assert counter.text() == "UCS-2 · 1 page · 0 left"
    editor.setPlainText("م" * 71)
    assert counter.text() == "UCS-2 · 2 pages · 63 left"  # 2 x 67 - 71
    editor.setPlainText("م" * 470)
    assert "too long" in counter.text()


def test_editor_direction_follows_the_first_strong_character(build_window):
    window = build_window(ready=False)
    editor, _ = widgets(window)
    compose = window.compose
    editor.setPlainText("123 " + ARABIC)
    assert compose.editor_direction() == Qt.LayoutDirection.RightToLeft
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    editor.setPlainText("School starts at 8 " + ARABIC)
    assert compose.editor_direction() == Qt.LayoutDirection.LeftToRight


def test_plain_characters_fix_is_one_click_and_undoable(build_window, qtbot):
    window = build_window(ready=False, show=True)
    editor, counter = widgets(window)
    typed = "Dear parents, “tomorrow” is a holiday – see you…"
    type_text(editor, typed)
    assert counter.text().startswith("UCS-2")
    fix = find(window, QPushButton, "plainCharactersButton")
    assert fix.isVisibleTo(window)
    assert "“" in window.compose.culprit_note.text()
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == 'Dear parents, "tomorrow" is a holiday - see you...'
    assert counter.text().startswith("GSM-7")
    assert not window.compose.culprit_box.isVisibleTo(window)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == typed
    assert counter.text().startswith("UCS-2")


def test_what_cleaning_removes_is_shown(build_window):
    window = build_window(ready=False)
    editor, counter = widgets(window)
    editor.setPlainText("Party tonight 🎉\u200b")
    note = window.compose.cleaning_note
    assert note.isVisibleTo(window)
    assert "🎉" in note.text() and "U+200B" in note.text()
    assert counter.text() == "GSM-7 · 1 page · 146 left"  # "Party tonight " is what is sent


def test_cost_line_turns_red_and_blocks_send_when_the_balance_is_short(build_window, qtbot):
    window = build_window()
    window.session.simulator.set_balance(3)
    with qtbot.waitSignal(window.account.balanceChanged, timeout=10_000):
        window.refresh_account()
    with qtbot.waitSignal(window.recipients.recipientsChanged, timeout=10_000):
        window.recipients.paste_text("98765432\n96555111\n65551234\n50001234\n+965 6612 3456\n")
    qtbot.waitUntil(lambda: window.recipients.valid_count() == 5)
    editor, _ = widgets(window)
    editor.setPlainText("Hello")
    cost = find(window, QLabel, "costLine")
    send = find(window, QPushButton, "sendButton")
    assert cost.text().startswith("1 page × 5 = 5 points · balance 3")
    assert cost.property("state") == "bad"
    assert not send.isEnabled()
    editor.setPlainText("")  # 0 pages: nothing to pay
    assert cost.property("state") != "bad"


def test_send_refuses_in_plain_words(build_window, qtbot):
    window = build_window()
    problem = find(window, QLabel, "sendProblem")
    editor, _ = widgets(window)
    editor.setPlainText("Hello")
    window.request_send()
    assert problem.isVisibleTo(window) and "Add recipients first" in problem.text()
    with qtbot.waitSignal(window.recipients.recipientsChanged, timeout=10_000):
        window.recipients.paste_text("98765432\n")
    editor.setPlainText("🎉")
    window.request_send()
    assert "empty" in problem.text()
    editor.setPlainText("x" * 1200)
    window.request_send()
    assert "at most 7 pages" in problem.text()


def test_sender_choice_is_remembered(build_window, tmp_path, qtbot):
    folder = tmp_path / "remember"
    first = build_window(data_dir=folder)
    combo = find(first, QComboBox, "senderCombo")
    combo.setCurrentText("DEMO")
    first.close()
    second = build_window(data_dir=folder)
    combo = find(second, QComboBox, "senderCombo")
    qtbot.waitUntil(lambda: combo.count() == 2)
    assert combo.currentText() == "DEMO"


def test_test_mode_badge_is_impossible_to_miss(build_window, qtbot):
    window = build_window(ready=False, show=True)
    badge = find(window, QLabel, "testModeBadge")
    switch = window.compose.test_switch
    assert switch.isChecked()  # test mode is the default
    assert badge.isVisibleTo(window)
    assert badge.text() == TEST_MODE_TEXT
    assert "credits are held" in badge.text()
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    # Live is said as loudly: the badge stays, in red words
    assert not switch.isChecked() and badge.isVisibleTo(window)
    assert badge.text() == LIVE_MODE_TEXT and badge.property("mode") == "live"


def test_an_arabic_message_is_not_flagged_for_its_own_letters(build_window):
    window = build_window(ready=False)
    editor, counter = widgets(window)
    editor.setPlainText("تذكير: الاجتماع غداً، الساعة “6” مساءً")
    assert counter.text().startswith("UCS-2")
    assert not window.compose.culprit_box.isVisibleTo(window)
    editor.setPlainText("Invoice № 12 confirmed")
    assert window.compose.culprit_box.isVisibleTo(window)
    assert "№" in window.compose.culprit_note.text()
    assert not window.compose.fix_button.isVisibleTo(window)  # no plain replacement for №


@pytest.mark.parametrize(
    ("lang", "numbers", "expected"),
    [
        ("en", "98765432\n", "1 page × 1 = 1 point · balance 5,000"),
        ("en", "98765432\n96555111\n", "1 page × 2 = 2 points · balance 5,000"),
        ("ar", "98765432\n", "صفحة واحدة × 1 = نقطة واحدة · الرصيد 5,000"),
        ("ar", "98765432\n96555111\n", "صفحة واحدة × 2 = نقطتان · الرصيد 5,000"),
        ("ar", "98765432\n96555111\n65551234\n", "صفحة واحدة × 3 = 3 نقاط · الرصيد 5,000"),
    ],
)
def test_the_cost_line_gives_each_count_its_nouns_form(build_window, qtbot, lang, numbers, expected):
    from kwtsms_desktop.core.bidi import strip_marks

    window = build_window("--lang", lang)
    with qtbot.waitSignal(window.account.balanceChanged, timeout=10_000):
        window.refresh_account()
    with qtbot.waitSignal(window.recipients.recipientsChanged, timeout=10_000):
        window.recipients.paste_text(numbers)
    editor, _ = widgets(window)
    editor.setPlainText("Hello")
    assert strip_marks(find(window, QLabel, "costLine").text()) == expected
