"""The message being written and its recipients survive a crash: saved while typing, back at the next start."""

from __future__ import annotations

import pytest

from kwtsms_desktop.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def add_recipients(window, qtbot, text, count):
    with qtbot.waitSignal(window.recipients.recipientsChanged, timeout=10_000):
        window.recipients.paste_text(text)
    qtbot.waitUntil(lambda: window.recipients.valid_count() == count, timeout=10_000)


def test_text_sender_and_recipients_come_back_after_a_crash(build_window, qtbot, tmp_path):
    folder = tmp_path / "crashy"
    first = build_window(data_dir=folder)
    qtbot.waitUntil(lambda: first.compose.sender_combo.count() == 2, timeout=10_000)
    with qtbot.waitSignal(first.draft.saved, timeout=10_000):
        add_recipients(first, qtbot, "name\tmobile\nAhmad\t98765432\nSara\t96555111\nNo one\t12\nAgain\t98765432\n", 2)
        first.compose.editor.setPlainText("Parents meeting on Sunday at 9.")
        first.compose.sender_combo.setCurrentText("DEMO")
    qtbot.waitUntil(lambda: _saved(folder) == ("Parents meeting on Sunday at 9.", "DEMO", 4), timeout=10_000)
    # No clean exit: no closeEvent, no save at quit; only what was already written survives.
    first.session.settings.set("last_sender", "KWT-SMS")  # the draft's sender must win over this
    first.session.close()

    second = build_window(data_dir=folder, ready=False)
    with qtbot.waitSignal(second.draft.restored, timeout=10_000) as restored:
        pass
    assert restored.args == [True]
    assert second.compose.message_text() == "Parents meeting on Sunday at 9."
    assert second.recipients.valid_count() == 2
    assert second.recipients.counts()["invalid"] == 1 and second.recipients.counts()["duplicate"] == 1
    names = sorted(e.name for e in second.recipients.valid_recipients())
    assert names == ["Ahmad", "Sara"]
    combo = second.compose.sender_combo
    qtbot.waitUntil(lambda: combo.count() == 2, timeout=10_000)
    assert combo.currentText() == "DEMO"


def _saved(folder):
    with Store.open(folder) as store:
        draft = store.drafts.load()
    return None if draft is None else (draft.text, draft.sender, len(draft.recipients))


def test_the_draft_is_cleared_once_it_became_a_broadcast(build_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from kwtsms_desktop.ui.compose.send_dialog import SendConfirmDialog

    monkeypatch.setattr(SendConfirmDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    folder = tmp_path / "sent"
    window = build_window(data_dir=folder)
    with qtbot.waitSignal(window.draft.saved, timeout=10_000):
        add_recipients(window, qtbot, "98765432\n", 1)
        window.compose.editor.setPlainText("Hello")
    assert _saved(folder) is not None
    with qtbot.waitSignal(window.draft.saved, timeout=20_000):
        window.request_send()
    assert _saved(folder) is None


def test_a_clean_exit_writes_the_last_keystrokes(build_window, qtbot, tmp_path):
    folder = tmp_path / "clean"
    window = build_window(data_dir=folder)
    qtbot.waitUntil(lambda: window.draft._active, timeout=10_000)
    window.compose.editor.setPlainText("typed just before quitting")
    window.close()  # the debounce timer had no time to fire
    assert _saved(folder) == ("typed just before quitting", "KWT-SMS", 0)
