"""A personal message sent from the window: each number gets its own text, the confirmation says calls and time."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.ui.compose.send_dialog import SendConfirmDialog
from kwtsms_desktop.ui.shared.translation import install_language as set_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CLASS_LIST = "Name,Phone,Class\nAli,98765432,3A\nSara,96555111,4B\n,65551234,3A\nAli,50001234,3A\nنورة,66123456,5C\n"


@pytest.fixture
def confirmations(monkeypatch):
    seen: list[SendConfirmDialog] = []

    def accept(dialog):
        seen.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SendConfirmDialog, "exec", accept)
    return seen


def paste(window, qtbot, text, count):
    with qtbot.waitSignal(window.recipients.recipientsChanged, timeout=10_000):
        window.recipients.paste_text(text)
    qtbot.waitUntil(lambda: window.recipients.valid_count() == count, timeout=10_000)


def test_each_number_gets_its_own_text_and_the_nameless_one_is_set_aside(build_window, qtbot, confirmations):
    window = build_window()
    paste(window, qtbot, CLASS_LIST, 5)
    assert window.personal.insert_field.fields() == ["name", "Phone", "Class"]
    window.compose.editor.setPlainText("Dear parent of {name} ({class}): the meeting is on Thursday.")
    window.compose.sender_combo.setCurrentText("KWT-SMS")
    controller = window.session.controller
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000) as finished:
        window.request_send()
    assert finished.args[1] == "finished"
    facts = confirmations[0].summary()
    assert facts["recipients"] == "4 numbers"
    assert facts["set_aside"] == "1 without a value for a field of the message"  # core/set_aside.py's words
    assert facts["pages"] == "1 page per message (GSM-7), 3 different texts"
    assert facts["calls"] == "4 personal messages: 3 calls, about 2 s at 2 per second"
    texts = {number: entry["message"] for entry in window.session.simulator.ledger() for number in entry["numbers"]}
    assert texts == {
        "96598765432": "Dear parent of Ali (3A): the meeting is on Thursday.",
        "96596555111": "Dear parent of Sara (4B): the meeting is on Thursday.",
        "96550001234": "Dear parent of Ali (3A): the meeting is on Thursday.",
        "96566123456": "Dear parent of نورة (5C): the meeting is on Thursday.",
    }
    assert len(window.session.simulator.ledger()) == 3  # the two identical texts shared one call
    set_aside = window.session.store.recipients.set_aside(window.send_flow.last_broadcast_id)
    assert [(r.number, r.set_aside, r.detail) for r in set_aside] == [
        ("96565551234", "no_value", "No value for {name}: fill it in or give a fallback text.")
    ]


def test_the_fallback_text_reaches_the_nameless_row(build_window, qtbot, confirmations):
    window = build_window()
    paste(window, qtbot, CLASS_LIST, 5)
    window.compose.editor.setPlainText("عزيزي ولي أمر {name}، اجتماع أولياء الأمور يوم الخميس")
    window.personal.missing.set_choice("name", "الطالب")
    window.compose.sender_combo.setCurrentText("KWT-SMS")
    with qtbot.waitSignal(window.session.controller.broadcastFinished, timeout=20_000):
        window.request_send()
    texts = {number: entry["message"] for entry in window.session.simulator.ledger() for number in entry["numbers"]}
    assert texts["96565551234"] == "عزيزي ولي أمر الطالب، اجتماع أولياء الأمور يوم الخميس"
    assert len(texts) == 5
    assert "set_aside" not in confirmations[0].summary()


def test_a_field_nobody_has_blocks_the_send_with_the_field_named(build_window, qtbot):
    window = build_window()
    paste(window, qtbot, CLASS_LIST, 5)
    window.compose.editor.setPlainText("Dear {guardian}")
    with qtbot.waitSignal(window.send_flow.declined, timeout=10_000):
        window.request_send()
    assert "{guardian}" in window.compose.problem.text()
    assert window.session.simulator.ledger() == []


def test_the_confirmation_states_calls_and_time_next_to_the_cost(qtbot):
    numbers = [f"9655{i:07d}" for i in range(10_000)]
    plan = make_plan(numbers, "Dear parent", "KWT-SMS")
    dialog = SendConfirmDialog(plan, 50_000, rate=2)
    qtbot.addWidget(dialog)
    facts = dialog.summary()
    assert facts["calls"] == "10,000 messages: 50 calls, about 25 s at 2 per second"
    assert facts["points"] == "10,000 points"
    personal = [type("R", (), {"number": n, "name": f"N{i}"})() for i, n in enumerate(numbers)]
    plan = make_plan(personal, "Dear {name}", "KWT-SMS")
    dialog = SendConfirmDialog(plan, 50_000, rate=2)
    qtbot.addWidget(dialog)
    assert dialog.summary()["calls"] == "10,000 personal messages: 10,000 calls, about 1 h 24 min at 2 per second"
    set_language("ar")
    dialog = SendConfirmDialog(plan, 50_000, rate=2)
    qtbot.addWidget(dialog)
    assert dialog.summary()["calls"] == "10,000 رسالة شخصية: 10,000 طلب إرسال، نحو 1 س 24 د بمعدل 2 في الثانية"
