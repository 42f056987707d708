"""Send later from the window, as a person does it: schedule, watch the countdown, the due time, a missed time, closing.

The window's clock is injected (`window.schedule.clock`, `window.send_flow.clock`, the queue
model's clock): nothing waits for real minutes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.core.schedule import KUWAIT, utc_text
from kwtsms_desktop.store import Store
from kwtsms_desktop.store.settings_schema import QUIET_HOURS
from kwtsms_desktop.ui.compose.send_dialog import SendConfirmDialog
from kwtsms_desktop.ui.queue import broadcasts_model as bm
from kwtsms_desktop.ui.schedule.missed_dialog import MissedTimeDialog
from kwtsms_desktop.ui.schedule.send_later_dialog import SendLaterDialog
from tests.gui.conftest import find
from tests.gui.test_send import add_recipients

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NUMBERS = ["96598765432", "96596555111", "96565551234", "96550001234", "96566123456"]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def jump(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def answers(monkeypatch):
    """The Send later dialog picks `answers["due"]` and presses Schedule; the confirmation says yes."""
    chosen: dict = {"due": None, "problems": [], "confirmations": []}

    def pick(dialog):
        dialog.set_due(chosen["due"])
        dialog.okButton.click()
        chosen["problems"].append(dialog.problemLabel.text() if not dialog.problemLabel.isHidden() else "")
        return dialog.result()

    def confirm(dialog):
        chosen["confirmations"].append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SendLaterDialog, "exec", pick)
    monkeypatch.setattr(SendConfirmDialog, "exec", confirm)
    return chosen


def clocked(window, now: datetime) -> Clock:
    clock = Clock(now)
    window.schedule.clock = clock
    window.send_flow.clock = clock
    window.queue.broadcasts.clock = clock
    return clock


def schedule_from_the_window(window, qtbot, answers, due: datetime) -> int:
    add_recipients(window, qtbot)
    window.compose.editor.setPlainText("Reminder: school trip tomorrow at 7.")
    window.compose.sender_combo.setCurrentText("KWT-SMS")
    answers["due"] = due
    with qtbot.waitSignal(window.send_flow.launched, timeout=20_000) as launched:
        qtbot.mouseClick(find(window, QPushButton, "sendLaterButton"), Qt.MouseButton.LeftButton)
    return launched.args[0]


def test_scheduled_from_the_window_is_journaled_with_its_countdown_and_nothing_is_sent(build_window, qtbot, answers):
    window = build_window()
    clock = clocked(window, datetime(2026, 2, 4, 18, 0, tzinfo=KUWAIT))
    due = datetime(2026, 2, 5, 7, 0, tzinfo=KUWAIT)
    broadcast_id = schedule_from_the_window(window, qtbot, answers, due)
    broadcast = window.session.store.broadcasts.get(broadcast_id)
    assert (broadcast.state, broadcast.due_utc) == ("scheduled", utc_text(due))
    assert window.session.simulator.ledger() == []
    assert answers["confirmations"][0].send_button.text() == "Schedule for 2026-02-05 07:00 Kuwait time"
    assert answers["confirmations"][0].summary()["recipients"] == "5 numbers"  # cost and recipients fixed, shown
    model = window.queue.broadcasts
    row = model.row_of(broadcast_id)
    assert model.index(row, bm.COL_STATE).data() == "Scheduled · in 13 h 00 min"
    window.queue.show_broadcast(broadcast_id)
    assert window.queue.reasonLabel.text() == "Sends at 2026-02-05 07:00 Kuwait time."
    assert model.index(row, bm.COL_ETA).data() == "in 13 h 00 min"
    assert window.queue._countdown.isActive()
    clock.jump(hours=12, minutes=55, seconds=30)
    with qtbot.waitSignal(model.dataChanged, timeout=3_000):
        pass  # the countdown's own timer repaints the cell
    assert model.index(row, bm.COL_ETA).data() == "in 4 min 30 s"
    assert model.index(row, bm.COL_STATE).data() == "Scheduled · in 4 min 30 s"
    window.queue.show_broadcast(broadcast_id)
    assert window.queue.changeTimeButton.isEnabled() and window.queue.sendNowButton.isEnabled()
    assert window.queue.cancelButton.isEnabled() and not window.queue.resumeButton.isEnabled()


def test_at_the_due_time_the_window_sends_it_once(build_window, qtbot, answers):
    window = build_window()
    clock = clocked(window, datetime(2026, 2, 4, 18, 0, tzinfo=KUWAIT))
    broadcast_id = schedule_from_the_window(window, qtbot, answers, datetime(2026, 2, 4, 19, 0, tzinfo=KUWAIT))
    tick = window.schedule.tick
    assert tick.check() is False
    clock.jump(hours=1, seconds=5)
    controller = window.session.controller
    with qtbot.waitSignal(controller.broadcastFinished, timeout=20_000) as finished:
        assert tick.check() is True
    assert finished.args[:2] == [broadcast_id, "finished"]
    qtbot.waitUntil(lambda: not tick.in_flight)
    assert tick.check() is False
    ledger = [n for entry in window.session.simulator.ledger() for n in entry["numbers"]]
    assert sorted(ledger) == sorted(NUMBERS)
    qtbot.waitUntil(lambda: window.queue.broadcasts.broadcast(broadcast_id).state == "finished")


def test_a_time_inside_quiet_hours_is_refused_and_nothing_is_journaled(build_window, qtbot, answers):
    window = build_window()
    window.session.settings.put(QUIET_HOURS, {"start": "21:00", "end": "07:00"})
    clocked(window, datetime(2026, 2, 4, 18, 0, tzinfo=KUWAIT))
    add_recipients(window, qtbot)
    window.compose.editor.setPlainText("Late reminder")
    answers["due"] = datetime(2026, 2, 4, 23, 0, tzinfo=KUWAIT)
    with qtbot.assertNotEmitted(window.send_flow.launched):
        qtbot.mouseClick(find(window, QPushButton, "sendLaterButton"), Qt.MouseButton.LeftButton)
    assert "inside the quiet hours (21:00-07:00 Kuwait time), when nothing is sent" in answers["problems"][0]
    assert window.session.store.broadcasts.all() == []


@pytest.fixture
def missed_folder(tmp_path):
    """A data dir with a broadcast that was due two hours ago (the computer was off)."""
    folder = tmp_path / "missed"
    with Store.open(folder) as store:
        plan = make_plan(NUMBERS, "Reminder: school trip tomorrow", "KWT-SMS", test=True)
        due = datetime.now(UTC) - timedelta(hours=2)
        broadcast_id = store.broadcasts.create(plan, source="tests", due_utc=utc_text(due))
    return folder, broadcast_id


@pytest.mark.parametrize("button", ["sendNowButton", "newTimeButton", "cancelBroadcastButton"])
def test_a_missed_time_is_shown_at_start_and_each_choice_does_what_it_says(
    build_window, qtbot, monkeypatch, missed_folder, button
):
    folder, broadcast_id = missed_folder
    shown: list[str] = []

    def choose(dialog):
        shown.append(dialog.findChild(QLabel, "missedHeadline").text())
        getattr(dialog, button).click()
        return dialog.result()

    monkeypatch.setattr(MissedTimeDialog, "exec", choose)
    new_time = datetime.now(UTC) + timedelta(days=1)
    monkeypatch.setattr(SendLaterDialog, "exec", lambda d: (d.set_due(new_time), d.okButton.click(), d.result())[-1])
    window = build_window(data_dir=folder)
    store = window.session.store
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "It was not sent: nothing is sent late on its own." in shown[0]
    if button == "sendNowButton":
        qtbot.waitUntil(lambda: store.broadcasts.get(broadcast_id).state == "finished", timeout=20_000)
        ledger = [n for entry in window.session.simulator.ledger() for n in entry["numbers"]]
        assert sorted(ledger) == sorted(NUMBERS)
    else:
        assert window.session.simulator.ledger() == []
    broadcast = window.session.store.broadcasts.get(broadcast_id)
    if button == "newTimeButton":
        assert broadcast.state == "scheduled" and not broadcast.missed
        assert broadcast.due_utc == utc_text(new_time.replace(second=0, microsecond=0))
    elif button == "cancelBroadcastButton":
        assert broadcast.state == "cancelled"
    else:
        assert broadcast.state == "finished"
    assert len(shown) == 1


def test_closing_with_something_scheduled_and_no_tray_asks(build_window, qtbot, answers):
    window = build_window(show=True)
    clocked(window, datetime.now(UTC))
    schedule_from_the_window(window, qtbot, answers, datetime.now(UTC) + timedelta(hours=2))
    asked: list[str] = []
    reply = [False]
    window.schedule.tray.ask = lambda title, text: asked.append(text) or reply[0]
    window.close()
    assert window.isVisible() and not window.session.closed  # the user said No: still working
    assert "1 broadcast sending or scheduled" in asked[0]
    reply[0] = True
    window.quit_app()
    assert window.session.closed and len(asked) == 2
