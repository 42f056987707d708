"""The window on a laptop: it opens inside the screen, every action stays visible, pages switch, LIVE is loud."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QStatusBar, QTabBar

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.ui.compose.send_dialog import SendConfirmDialog
from kwtsms_desktop.ui.main_window import PAGE_BROADCASTS, PAGE_SEND
from kwtsms_desktop.ui.window.geometry import FRAME_ALLOWANCE, fit_rect
from tests.gui.conftest import find
from tests.gui.fixtures_queue import paused_with_uncertain  # noqa: F401 - a fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_test_screen_is_a_1366x768_laptop(qapp):
    assert qapp.primaryScreen().availableGeometry() == QRect(0, 0, 1366, 768)


def test_a_first_start_opens_inside_the_screen_with_room_for_the_frame(build_window, qtbot):
    window = build_window(ready=False, show=True)
    available = window.screen().availableGeometry()
    assert window.width() + FRAME_ALLOWANCE.width() <= available.width()
    assert window.height() + FRAME_ALLOWANCE.height() <= available.height()
    qtbot.waitUntil(lambda: available.contains(window.frameGeometry()), timeout=3_000)


def test_a_remembered_size_larger_than_the_screen_is_fitted(build_window, qtbot, tmp_path):
    folder = tmp_path / "big"
    first = build_window(data_dir=folder, ready=False)
    first.session.settings.set("window_size", [1900, 1200])
    first.close()
    second = build_window(data_dir=folder, ready=False, show=True)
    available = second.screen().availableGeometry()
    # fitted again once the window manager has put its frame around it
    qtbot.waitUntil(lambda: available.contains(second.frameGeometry()), timeout=3_000)
    assert second.width() >= 1200


@pytest.mark.parametrize(
    ("wanted", "available", "frame", "expected"),
    [
        (QRect(0, 0, 1280, 820), QRect(0, 0, 1366, 738), QSize(16, 40), QRect(0, 0, 1280, 698)),
        (QRect(500, 300, 1000, 600), QRect(0, 0, 1366, 768), QSize(0, 0), QRect(366, 168, 1000, 600)),
        (QRect(-50, -20, 800, 600), QRect(0, 30, 1366, 738), QSize(10, 30), QRect(0, 30, 800, 600)),
    ],
)
def test_fit_rect_keeps_the_framed_window_inside(wanted, available, frame, expected):
    fitted = fit_rect(wanted, available, frame)
    assert fitted == expected
    assert available.contains(QRect(fitted.topLeft(), fitted.size() + frame))


def _visible_actions(window) -> list[QAbstractButton]:
    return [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and b.window() is window and not isinstance(b.parent(), QTabBar)
    ]


def _assert_inside(window, widget) -> None:
    """The widget is drawn whole: inside the window and inside every parent's visible area."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    assert window.rect().contains(rect), f"{widget.objectName() or widget.text()} at {rect} outside {window.rect()}"
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        parent_rect = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        assert parent_rect.contains(rect), f"{widget.objectName() or widget.text()} clipped by {parent.objectName()}"
        parent = parent.parentWidget()
    assert widget.height() >= min(widget.minimumSizeHint().height(), 20), f"{widget.objectName()} squeezed"


@pytest.mark.parametrize("size", [QSize(1024, 600), QSize(1366 - 16, 768 - 40)])
def test_every_action_is_visible_on_both_pages(build_window, qtbot, size, paused_with_uncertain):
    window = build_window(data_dir=paused_with_uncertain, show=True)
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    window.recovery_banner.setVisible(True)  # the worst case: every banner showing
    for page in (PAGE_SEND, PAGE_BROADCASTS):
        window.show_page(page)
        QApplication.processEvents()
        buttons = _visible_actions(window)
        assert buttons
        for button in buttons:
            _assert_inside(window, button)
    _assert_inside(window, window.findChild(QStatusBar))
    queue = window.queue
    for name in (
        "pauseButton",
        "resumeButton",
        "cancelBroadcastButton",
        "changeTimeButton",
        "sendNowButton",
        "resendUncertainButton",
        "markReceivedButton",
        "exportResultsButton",
        "statusLookupButton",
    ):
        button = find(window, QPushButton, name)
        assert button.isVisible(), name
        _assert_inside(window, button)
    assert queue.resendButton.isEnabled() and queue.resumeButton.isEnabled()


def test_queue_buttons_keep_their_place_whatever_the_state(build_window, qtbot, paused_with_uncertain):
    window = build_window(data_dir=paused_with_uncertain, show=True)
    window.show_page(PAGE_BROADCASTS)
    queue = window.queue
    buttons = (
        queue.pauseButton,
        queue.resumeButton,
        queue.cancelButton,
        queue.changeTimeButton,
        queue.sendNowButton,
        queue.resendButton,
        queue.markReceivedButton,
    )

    def places():
        QApplication.processEvents()
        return [b.mapTo(window, QPoint(0, 0)) for b in buttons]

    before = places()
    queue._show_message("Pausing after the batch being sent now… and a long sentence " * 4, error=True)
    queue._show_lookup("Batch 1: accepted by the gateway.\nA second line of detail.")
    queue.reasonLabel.setText("Paused: the balance ran out. " * 5)
    queue.reasonLabel.show()
    assert places() == before


def test_an_empty_queue_keeps_its_buttons_disabled_in_place(build_window, qtbot):
    window = build_window(ready=False, show=True)
    window.show_page(PAGE_BROADCASTS)
    for button in (window.queue.pauseButton, window.queue.resumeButton, window.queue.cancelButton):
        assert button.isVisible() and not button.isEnabled()


def test_ctrl_1_and_ctrl_2_switch_pages(build_window, qtbot):
    window = build_window(ready=False, show=True)
    tabs = find(window, QTabBar, "pageTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Send", "Broadcasts", "Contacts", "Do not send"]
    assert window.current_page() == PAGE_SEND
    editor = window.compose.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_BROADCASTS
    assert find(window, QLabel, "pageCounter") is not None  # still findable, just on the other page
    assert window.queue.view.isVisible() and not editor.isVisible()
    qtbot.keyClick(window.queue.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == window.contacts_area.contacts_index
    qtbot.keyClick(window.contacts_area.contacts.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_SEND
    assert window.compose.editor.isVisible()


def test_a_started_broadcast_is_shown_on_the_broadcasts_page(build_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(SendConfirmDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    window = build_window(show=True)
    with qtbot.waitSignal(window.recipients.recipientsChanged, timeout=10_000):
        window.recipients.paste_text("98765432\n96555111\n")
    qtbot.waitUntil(lambda: window.recipients.valid_count() == 2, timeout=10_000)
    window.compose.editor.setPlainText("Hello")
    controller = window.session.controller
    with qtbot.waitSignal(controller.broadcastStarted, timeout=10_000):
        window.request_send()
    assert window.current_page() == PAGE_BROADCASTS
    assert window.queue.selected_broadcast_id() == window.send_flow.last_broadcast_id
    tabs = find(window, QTabBar, "pageTabs")
    assert "sending" in tabs.tabText(PAGE_BROADCASTS)
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000):
        pass
    assert tabs.tabText(PAGE_BROADCASTS) == "Broadcasts"


# -- LIVE ---------------------------------------------------------------------------------------


def test_live_mode_shows_a_red_live_badge(build_window, qtbot):
    window = build_window(ready=False, show=True)
    badge = find(window, QLabel, "testModeBadge")
    window.compose.set_test_mode(False)
    assert badge.isVisibleTo(window)
    assert badge.text().startswith("LIVE")
    assert badge.property("mode") == "live"
    background = badge.grab().toImage().pixelColor(badge.width() // 2, 3)
    assert background.red() > 150 and background.green() < 90  # drawn red, not the amber of TEST
    window.compose.set_test_mode(True)
    assert badge.text().startswith("TEST") and badge.property("mode") == "test"


@pytest.mark.parametrize("modifier", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier])
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_a_live_confirmation_does_not_send(qtbot, key, modifier):
    plan = make_plan(["96598765432", "96596555111"], "Hello", "KWT-SMS", test=False)
    dialog = SendConfirmDialog(plan, 5000.0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focus = QApplication.focusWidget() or dialog
    qtbot.keyClick(focus, key, modifier)
    assert dialog.result() != SendConfirmDialog.DialogCode.Accepted
    assert not dialog.send_button.isDefault() and not dialog.send_button.autoDefault()


def test_a_live_confirmation_sends_on_an_explicit_click(qtbot):
    plan = make_plan(["96598765432"], "Hello", "KWT-SMS", test=False)
    dialog = SendConfirmDialog(plan, 5000.0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.send_button.text() == "&Send to real phones"  # Alt+S is its own mnemonic


# -- small ones ----------------------------------------------------------------------------------


def _has_red_text(widget) -> bool:
    image = widget.grab().toImage()
    return any(
        (lambda c: c.red() > 150 and c.green() < 80 and c.blue() < 80)(image.pixelColor(x, y))
        for x in range(0, image.width(), 1)
        for y in range(image.height())
    )


def test_the_page_counter_turns_red_when_the_message_is_too_long(build_window, qtbot):
    window = build_window(ready=False, show=True)
    counter = find(window, QLabel, "pageCounter")
    window.compose.editor.setPlainText("Hello")
    assert not _has_red_text(counter)
    window.compose.editor.setPlainText("x" * 1200)  # more than 7 pages
    assert "too long" in counter.text()
    assert _has_red_text(counter)  # re-polished: the stylesheet's red is really drawn


def test_add_recipients_first_goes_away_once_recipients_arrive(build_window, qtbot):
    window = build_window()
    window.compose.editor.setPlainText("Hello")
    with qtbot.waitSignal(window.send_flow.declined, timeout=5_000):
        window.request_send()
    problem = window.compose.problem
    assert problem.isVisibleTo(window) and problem.text().startswith("Add recipients first")
    with qtbot.waitSignal(window.recipients.recipientsChanged, timeout=10_000):
        window.recipients.paste_text("98765432\n")
    qtbot.waitUntil(lambda: window.recipients.valid_count() == 1, timeout=10_000)
    assert not problem.isVisibleTo(window)
