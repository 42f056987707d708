"""The window after sending: a test to my own phone, the low-balance warning, Help (F1), the Each number tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QTabWidget, QWidget

from kwtsms_desktop.store.settings_schema import LOW_BALANCE, OWN_PHONE
from kwtsms_desktop.ui.compose.send_dialog import TEST_FIRST, SendConfirmDialog
from tests.gui.conftest import find
from tests.gui.fixtures_queue import translation_problems
from tests.gui.test_send import add_recipients

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAMED = "Name,Phone,Class\nAli,98765432,3B\nSara,96555111,4A\n"


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question answered Yes, and recorded."""
    asked: list[tuple[str, str]] = []

    def question(_parent, title, text, *_args):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _compose(window, text: str, *, live: bool = True) -> None:
    window.compose.editor.setPlainText(text)
    window.compose.sender_combo.setCurrentText("KWT-SMS")
    window.compose.set_test_mode(not live)


def test_send_a_test_to_my_phone_sends_the_first_recipients_text_live_to_me_alone(build_window, qtbot, answers):
    window = build_window()
    window.session.settings.put(OWN_PHONE, "96599887766")
    add_recipients(window, qtbot, NAMED, count=2)
    _compose(window, "Dear {name}, class {class} meets on Sunday.", live=False)  # even from test mode: a live test
    controller = window.session.controller
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000) as finished:
        window.test_phone_action.trigger()
    assert "96599887766" in answers[-1][1]
    ledger = window.session.simulator.ledger()
    assert len(ledger) == 1 and ledger[0]["numbers"] == ["96599887766"]
    assert ledger[0]["message"] == "Dear Ali, class 3B meets on Sunday."
    assert ledger[0]["test"] in (False, 0, "0")
    # Journaled and shown on the Broadcasts page like any broadcast; the draft is kept.
    broadcast_id = finished.args[0]
    assert window.session.store.broadcasts.get(broadcast_id).source == "test-phone"
    assert window.queue.broadcasts.row_of(broadcast_id) is not None
    assert window.recipients.valid_count() == 2 and window.compose.message_text().startswith("Dear {name}")


def test_without_an_own_phone_the_test_says_where_to_set_it(build_window, qtbot, answers):
    window = build_window()
    add_recipients(window, qtbot)
    _compose(window, "Hello")
    with qtbot.waitSignal(window.send_flow.declined):
        window.test_phone_action.trigger()
    assert "Settings" in window.compose.problem.text()
    assert window.session.simulator.ledger() == [] and answers == []


def test_the_live_confirmation_offers_the_test_first(build_window, qtbot, monkeypatch):
    window = build_window()
    window.session.settings.put(OWN_PHONE, "96599887766")
    add_recipients(window, qtbot)
    _compose(window, "Hello", live=True)
    seen = []

    def test_first(dialog):
        seen.append(dialog)
        assert dialog.findChild(QWidget, "testFirstButton").isEnabled()
        return TEST_FIRST

    monkeypatch.setattr(SendConfirmDialog, "exec", test_first)
    with qtbot.waitSignal(window.session.controller.broadcastFinished, timeout=20_000):
        window.send_action.trigger()
    ledger = window.session.simulator.ledger()
    assert [entry["numbers"] for entry in ledger] == [["96599887766"]]  # only the test went, nobody else


def test_low_balance_turns_the_header_amber_and_the_confirmation_warns(build_window, qtbot, monkeypatch):
    window = build_window()
    label = find(window, QLabel, "balanceLabel")
    assert label.property("low") is False  # 5,000 points, warning level 100
    window.session.settings.put(LOW_BALANCE, 6_000)
    window._settings_saved()
    assert label.property("low") is True and "6,000" in label.toolTip()

    window.session.settings.put(LOW_BALANCE, 4_998)
    window._settings_saved()
    add_recipients(window, qtbot)
    _compose(window, "Hello", live=False)
    seen = []
    monkeypatch.setattr(SendConfirmDialog, "exec", lambda dialog: seen.append(dialog) or QDialog.DialogCode.Rejected)
    with qtbot.waitSignal(window.send_flow.declined, timeout=10_000):
        window.send_action.trigger()
    warning = seen[0].findChild(QLabel, "lowBalanceWarning")
    assert not warning.isHidden() and "4,995" in warning.text() and "4,998" in warning.text()
    assert seen[0].findChild(QWidget, "testFirstButton") is None  # a test broadcast needs no test first


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", "This plugin does not support raise")
def test_f1_opens_the_guide_and_help_has_shortcuts_and_about(build_window, qtbot):
    window = build_window(show=True)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(QDialog, "helpGuide")
    assert guide is not None and guide.isVisible() and "uncertain" in guide.text()
    shortcuts = window.show_shortcuts()
    assert "Ctrl+O" in shortcuts.text() and "F1" in shortcuts.text()
    about = window.show_about()
    assert str(window.session.data_dir) in about.text()
    for dialog in (guide, shortcuts, about):
        dialog.close()


def test_the_broadcasts_page_has_each_number(build_window, qtbot, answers):
    window = build_window()
    tabs = find(window, QTabWidget, "broadcastDetailTabs")
    assert tabs.tabText(1) == "Each number"
    window.session.settings.put(OWN_PHONE, "96599887766")
    _compose(window, "Hello")
    with qtbot.waitSignal(window.session.controller.broadcastFinished, timeout=20_000):
        window.test_phone_action.trigger()
    results = window.queue.results
    qtbot.waitUntil(lambda: results.model.index(0, 2).data() == "Accepted", timeout=10_000)
    assert results.model.rowCount() == 1
    assert results.checkButton.isEnabled()


def test_every_new_text_has_arabic():
    assert (
        translation_problems(
            "queue/panel",
            "main_window",
            "compose/send_flow",
            "compose/send_dialog",
            "settings/dialog",
            "results/panel",
            "results/model",
            "help/dialogs",
        )
        == []
    )
