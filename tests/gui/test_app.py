"""The window as a whole: named widgets, the demo account arriving, screenshot, single instance, language, crash log."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QLockFile, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMainWindow, QPushButton, QTableView

from tests.gui.conftest import find

NAMED = {
    "messageEdit": object,
    "pageCounter": QLabel,
    "senderCombo": QComboBox,
    "balanceLabel": QLabel,
    "recipientsView": QTableView,
    "importButton": QPushButton,
    "sendButton": QPushButton,
    "queueView": object,
    "testModeBadge": QLabel,
}


def test_build_main_window_has_every_named_widget(build_window):
    window = build_window(ready=False)
    assert isinstance(window, QMainWindow)
    assert not window.isVisible()
    from PySide6.QtWidgets import QWidget

    for name, kind in NAMED.items():
        widget = find(window, QWidget if kind is object else kind, name)
        assert widget.objectName() == name
    assert find(window, QLabel, "balanceLabel").accessibleName()
    assert find(window, QPushButton, "sendButton").accessibleName()


def test_demo_account_sender_ids_and_balance_arrive(build_window, qtbot):
    window = build_window()
    combo = find(window, QComboBox, "senderCombo")
    qtbot.waitUntil(lambda: combo.count() == 2)
    assert [combo.itemText(i) for i in range(combo.count())] == ["KWT-SMS", "DEMO"]
    balance = find(window, QLabel, "balanceLabel")
    assert balance.text() == "5,000 points"
    assert window.connection_label.text() == "● Connected"
    assert window.demo_banner.isVisibleTo(window)
    assert "nothing is really sent" in window.demo_banner.text()


def test_f5_refreshes_the_balance_from_the_account(build_window, qtbot):
    window = build_window()
    window.session.simulator.set_balance(1234)
    with qtbot.waitSignal(window.account.balanceChanged, timeout=10_000):
        window.refresh_action.trigger()
    assert find(window, QLabel, "balanceLabel").text() == "1,234 points"


def test_the_demo_simulator_stops_with_the_window(build_window, qtbot):
    import requests

    window = build_window()
    url = window.session.simulator.url
    window.close()
    with pytest.raises(requests.ConnectionError):
        requests.post(url + "balance/", json={"username": "demo", "password": "demo"}, timeout=2)


def test_arabic_window_is_right_to_left(build_window):
    window = build_window("--lang", "ar", ready=False)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert find(window, QPushButton, "sendButton").text() != "Send…"


def test_window_geometry_is_remembered(build_window, tmp_path, qtbot):
    folder = tmp_path / "geometry"
    first = build_window(data_dir=folder, ready=False)
    first.show()
    qtbot.waitExposed(first)
    first.resize(1111, 666)  # what the user chose, inside the 1366x768 test screen
    qtbot.waitUntil(lambda: first.width() == 1111)
    first.close()
    second = build_window(data_dir=folder, ready=False)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (1111, 666)


def test_a_file_dropped_on_the_window_goes_to_the_recipients(build_window, qtbot, tmp_path):
    window = build_window(ready=False)
    csv = tmp_path / "people.csv"
    csv.write_text("name,mobile\nAhmad,98765432\nSara,+965 6555 1234\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(csv))])
    event = QDropEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.recipients.recipientsChanged, timeout=10_000):
        window.dropEvent(event)
    qtbot.waitUntil(lambda: window.recipients.valid_count() == 2, timeout=10_000)


@pytest.fixture
def keep_hooks(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def test_screenshot_through_main_writes_a_png_and_exits_0(tmp_path, keep_hooks, qapp):
    from kwtsms_desktop.app import main

    target = tmp_path / "shot.png"
    code = main(["--demo", "--data-dir", str(tmp_path / "d"), "--screenshot", str(target)])
    assert code == 0
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


def test_a_second_instance_on_the_same_data_dir_says_so_and_exits(tmp_path, keep_hooks, qapp, capsys):
    from kwtsms_desktop.app import main

    folder = tmp_path / "d"
    folder.mkdir()
    lock = QLockFile(str(folder / "kwtsms-desktop.lock"))
    assert lock.tryLock(0)
    try:
        code = main(["--demo", "--data-dir", str(folder), "--screenshot", str(tmp_path / "x.png")])
    finally:
        lock.unlock()
    assert code == 1
    assert "already running" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_unexpected_errors_are_logged_without_the_password(tmp_path, keep_hooks, capsys):
    from kwtsms_desktop.ui.shared import crash

    crash.install(tmp_path, secrets=lambda: ["Sup3r-Secret-Pw"])
    try:
        raise RuntimeError("login failed for demo with Sup3r-Secret-Pw; payload password=hunter2")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    log = (tmp_path / crash.LOG_FILE).read_text(encoding="utf-8")
    assert "RuntimeError" in log and "login failed" in log
    assert "Sup3r-Secret-Pw" not in log and "hunter2" not in log
    capsys.readouterr()


def test_an_interrupted_broadcast_is_announced_as_uncertain_at_start(build_window, tmp_path):
    from kwtsms_desktop.core.plan import make_plan
    from kwtsms_desktop.store import Store

    folder = tmp_path / "crashed"
    with Store.open(folder) as store:  # what a process killed mid-send leaves behind
        plan = make_plan([f"9655{i:07d}" for i in range(300)], "Hello", "KWT-SMS", test=True)
        broadcast_id = store.broadcasts.create(plan)
        store.broadcasts.set_state(broadcast_id, "sending")
        store.batches.mark_sending(broadcast_id, 1)
    window = build_window(data_dir=folder, ready=False)
    assert window.recovery_banner.isVisibleTo(window)
    text = window.recovery_text.text()
    assert "stopped while sending" in text and "200 number(s)" in text
    assert window.current_page() == 1  # opened where the decision is taken: the Broadcasts page
    assert "uncertain" in window.page_tabs.tabText(1)
    with Store.open(folder) as store:
        assert store.batches.get(broadcast_id, 1).state == "uncertain"
        assert store.batches.get(broadcast_id, 2).state == "pending"  # never sent by itself


def test_keyboard_shortcuts_reach_their_actions(build_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QPlainTextEdit

    window = build_window(show=True)
    calls = []
    monkeypatch.setattr(window.recipients, "open_import_dialog", lambda: calls.append("import"))
    monkeypatch.setattr(window.recipients, "paste_from_clipboard", lambda: calls.append("paste"))
    monkeypatch.setattr(window.send_flow, "start", lambda: calls.append("send"))
    editor = find(window, QPlainTextEdit, "messageEdit")
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["import", "paste", "send"]
    assert editor.toPlainText() == ""  # Ctrl+Return sent, it did not type a new line
    with qtbot.waitSignal(window.account.balanceChanged, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_F5)
