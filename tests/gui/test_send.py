"""Sending from the window as a person does: confirm, watch it run without a frozen window, see the balance drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from kwtsms_desktop.ui.compose.send_dialog import SendConfirmDialog
from tests.gui.conftest import find

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NUMBERS = "98765432\n96555111\n65551234\n50001234\n+965 6612 3456\n"


@pytest.fixture
def confirmations(monkeypatch):
    """Every confirmation dialog is answered Send (and recorded), as a person clicking it would."""
    seen: list[SendConfirmDialog] = []

    def accept(dialog):
        seen.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SendConfirmDialog, "exec", accept)
    return seen


def add_recipients(window, qtbot, text=NUMBERS, count=5):
    with qtbot.waitSignal(window.recipients.recipientsChanged, timeout=10_000):
        window.recipients.paste_text(text)
    qtbot.waitUntil(lambda: window.recipients.valid_count() == count, timeout=10_000)


def test_a_full_send_in_demo_mode_and_the_balance_drops(build_window, qtbot, confirmations):
    window = build_window()
    simulator = window.session.simulator
    add_recipients(window, qtbot)
    window.compose.editor.setPlainText("School is closed tomorrow.")
    window.compose.sender_combo.setCurrentText("KWT-SMS")
    assert window.compose.test_mode()
    controller = window.session.controller
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000) as finished:
        qtbot.mouseClick(find(window, QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
    assert finished.args[1] == "finished"
    dialog = confirmations[0]
    facts = dialog.summary()
    assert facts["recipients"] == "5 numbers"
    assert facts["points"] == "5 points"
    assert facts["balance_after"] == "4,995 points"
    assert facts["sender"] == "KWT-SMS"
    assert facts["mode"].startswith("TEST")
    qtbot.waitUntil(lambda: find(window, QLabel, "balanceLabel").text() == "4,995 points", timeout=5_000)
    ledger = simulator.ledger()
    assert len(ledger) == 1
    assert sorted(ledger[0]["numbers"]) == sorted(
        ["96598765432", "96596555111", "96565551234", "96550001234", "96566123456"]
    )
    assert ledger[0]["test"] in (True, 1, "1")
    broadcast = window.session.store.broadcasts.get(window.send_flow.last_broadcast_id)
    assert broadcast.state == "finished"


def test_live_mode_is_said_in_red_words(build_window, qtbot, confirmations):
    window = build_window()
    add_recipients(window, qtbot)
    window.compose.editor.setPlainText("Hello")
    window.compose.set_test_mode(False)
    window.session.controller.start = lambda broadcast_id: None  # the question is what is checked here
    with qtbot.waitSignal(window.send_flow.launched, timeout=10_000):
        window.send_action.trigger()
    dialog = confirmations[0]
    mode = dialog.findChild(QLabel, "liveWarning")
    assert mode is not None and mode.text().startswith("LIVE")


def test_cancelling_the_confirmation_sends_nothing(build_window, qtbot, monkeypatch):
    window = build_window()
    add_recipients(window, qtbot)
    window.compose.editor.setPlainText("Hello")
    monkeypatch.setattr(SendConfirmDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    with qtbot.waitSignal(window.send_flow.declined, timeout=10_000):
        window.request_send()
    assert window.session.store.broadcasts.ids() == []
    assert find(window, QPushButton, "sendButton").isEnabled()
    assert window.session.simulator.ledger() == []


def test_the_window_stays_usable_while_a_broadcast_runs(build_window, qtbot, confirmations):
    window = build_window()
    numbers = "\n".join(f"9655{i:07d}" for i in range(600))  # 3 batches at 2 requests a second
    add_recipients(window, qtbot, numbers, 600)
    window.compose.editor.setPlainText("First message")
    controller = window.session.controller
    with qtbot.waitSignal(controller.broadcastStarted, timeout=10_000):
        window.request_send()
    # Nothing modal: the next message can be typed and counted while the first one is sending.
    window.compose.editor.setPlainText("مرحبا")
    assert find(window, QLabel, "pageCounter").text().startswith("UCS-2")
    assert QDialog not in {type(w) for w in window.findChildren(QDialog) if w.isModal() and w.isVisible()}
    with qtbot.waitSignal(controller.broadcastFinished, timeout=30_000):
        pass
    assert window.account.balance == 5000 - 600


def test_out_of_credit_pauses_and_the_header_shows_the_real_balance(build_window, qtbot, confirmations):
    window = build_window()
    simulator = window.session.simulator
    add_recipients(window, qtbot)
    window.compose.editor.setPlainText("Hello")
    simulator.add_fault({"endpoint": "send", "kind": "error", "code": "ERR010"})
    simulator.set_balance(0)  # what the account really holds once the gateway says ERR010
    controller = window.session.controller
    with qtbot.waitSignal(controller.broadcastPaused, timeout=20_000) as paused:
        window.request_send()
    assert paused.args[2] == "ERR010"
    qtbot.waitUntil(lambda: find(window, QLabel, "balanceLabel").text() == "0 points", timeout=10_000)
    assert "Recharge" in window.statusBar().currentMessage()


def test_an_unreadable_do_not_send_list_sends_nothing_and_says_why(build_window, qtbot, confirmations, tmp_path):
    from kwtsms_desktop.store import DATABASE_FILE, Store
    from tests.corrupt_db import lose_table

    folder = tmp_path / "damaged"
    with Store.open(folder) as store:
        store.suppressions.add(["96598765432"], reason="opted out")
    lose_table(folder / DATABASE_FILE, "suppressions")
    window = build_window(data_dir=folder)
    add_recipients(window, qtbot)
    window.compose.editor.setPlainText("School is closed tomorrow.")
    window.compose.sender_combo.setCurrentText("KWT-SMS")
    with qtbot.waitSignal(window.send_flow.declined, timeout=10_000):
        qtbot.mouseClick(find(window, QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
    assert "do-not-send list cannot be read" in window.compose.problem.text()
    assert confirmations == []  # never asked: there is nothing it may send
    assert window.session.simulator.ledger() == []
    assert window.session.store.broadcasts.all() == []


def test_the_same_message_to_the_same_numbers_is_said_and_they_can_be_left_out(build_window, qtbot, confirmations):
    import datetime as dt

    window = build_window()
    simulator = window.session.simulator
    add_recipients(window, qtbot, "98765432\n96555111\n", 2)
    window.compose.editor.setPlainText("School is closed tomorrow.")
    controller = window.session.controller
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000):
        window.request_send()
    assert "recent" not in confirmations[0].summary()  # the first time: nothing to say
    # Three minutes later the same text goes to the same list plus one new number.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=3)
    window.send_flow.clock = lambda: later
    add_recipients(window, qtbot, "65551234\n", 3)
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000):
        window.request_send()
    dialog = confirmations[1]
    facts = dialog.summary()
    assert facts["recent"] == "This same message was sent to 2 of these numbers 3 minutes ago."
    assert dialog.leave_out_box.isChecked()  # leaving them out is the default
    assert facts["recipients"] == "1 numbers (2 left out: they got it recently)"
    assert facts["points"] == "1 points"
    ledger = simulator.ledger()
    assert [sorted(entry["numbers"]) for entry in ledger] == [["96596555111", "96598765432"], ["96565551234"]]
    set_aside = window.session.store.recipients.set_aside(window.send_flow.last_broadcast_id)
    assert sorted(r.number for r in set_aside) == ["96596555111", "96598765432"]
