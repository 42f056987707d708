"""The window's send-later parts on their own: countdown, the time picker, the missed-time choice, the tick, the tray.

The clock is injected everywhere: nothing waits for real minutes.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.core.schedule import KUWAIT, QuietHours, ScheduleSettings, utc_text
from kwtsms_desktop.engine.controller import SendController
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.demo import demo_credentials
from kwtsms_desktop.gateway.ratelimit import RateLimiter
from kwtsms_desktop.store import Store
from kwtsms_desktop.store.settings_schema import LATE_SEND_MINUTES, QUIET_HOURS
from kwtsms_desktop.ui.schedule.countdown import countdown_text, due_countdown
from kwtsms_desktop.ui.schedule.missed_dialog import CANCEL, NEW_TIME, SEND_NOW, MissedTimeDialog
from kwtsms_desktop.ui.schedule.send_later_dialog import SendLaterDialog, default_due
from kwtsms_desktop.ui.schedule.settings_box import ScheduleSettingsBox
from kwtsms_desktop.ui.schedule.tick import SchedulerTick
from kwtsms_desktop.ui.schedule.tray import TrayKeeper
from kwtsms_desktop.ui.shared.translation import install_language as set_language

EVENING = datetime(2026, 2, 4, 18, 0, tzinfo=KUWAIT)
NUMBERS = [f"9655{i:07d}" for i in range(5)]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def jump(self, **delta) -> None:
        self.now += timedelta(**delta)


def schedule(store: Store, due: datetime, recipients=NUMBERS) -> int:
    plan = make_plan(list(recipients), "Reminder: school trip tomorrow", "KWT-SMS", test=True)
    return store.broadcasts.create(plan, gateway_url="http://127.0.0.1/API/", due_utc=utc_text(due))


# ---- countdown --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(days=2, hours=3, minutes=5), "in 2 d 3 h"),
        (timedelta(hours=13, minutes=4), "in 13 h 04 min"),
        (timedelta(minutes=25, seconds=10), "in 25 min"),
        (timedelta(minutes=4, seconds=7), "in 4 min 07 s"),
        (timedelta(seconds=42), "in 42 s"),
        (timedelta(0), "due now"),
        (timedelta(minutes=-3), "due now"),
    ],
)
def test_countdown_text(delta, text):
    assert countdown_text(EVENING + delta, EVENING) == text


def test_countdown_of_the_journal_text_and_in_arabic():
    assert due_countdown(utc_text(EVENING + timedelta(hours=1)), EVENING) == "in 1 h 00 min"
    assert due_countdown(None, EVENING) == "" and due_countdown("garbage", EVENING) == ""
    set_language("ar")
    assert "بعد" in countdown_text(EVENING + timedelta(hours=2), EVENING)


@pytest.mark.parametrize(
    ("delta", "arabic"),
    [
        (timedelta(days=3, hours=4), "بعد 3 أيام و4 ساعات"),
        (timedelta(days=1, hours=11), "بعد يوم واحد و11 ساعة"),
        (timedelta(hours=2, minutes=5), "بعد ساعتين و05 دقائق"),
        (timedelta(minutes=11), "بعد 11 دقيقة"),
        (timedelta(seconds=5), "بعد 5 ثوانٍ"),
    ],
)
def test_the_arabic_countdown_gives_each_unit_its_form(delta, arabic):
    from kwtsms_desktop.core.bidi import strip_marks

    set_language("ar")
    assert strip_marks(countdown_text(EVENING + delta, EVENING)) == arabic


def test_the_late_send_minutes_take_their_plural(qtbot):
    from kwtsms_desktop.ui.schedule.settings_box import ScheduleSettingsBox

    box = ScheduleSettingsBox()
    qtbot.addWidget(box)
    box.lateSpin.setValue(1)
    assert box.lateSpin.suffix() == " minute"
    box.lateSpin.setValue(5)
    assert box.lateSpin.suffix() == " minutes"
    set_language("ar")
    box.retranslate_ui()
    assert box.lateSpin.suffix() == " دقائق"


# ---- Send later… --------------------------------------------------------------------------------------
def test_the_picker_reads_kuwait_time_and_shows_the_computers_own_when_it_differs(qtbot):
    dialog = SendLaterDialog(clock=Clock(EVENING), settings=ScheduleSettings(), local_zone=UTC)
    qtbot.addWidget(dialog)
    assert dialog.due() == default_due(EVENING) == datetime(2026, 2, 4, 19, 0, tzinfo=KUWAIT)
    dialog.set_due(datetime(2026, 2, 5, 7, 0, tzinfo=KUWAIT))
    assert dialog.due() == datetime(2026, 2, 5, 4, 0, tzinfo=UTC)
    assert not dialog.localLabel.isHidden()
    assert dialog.localLabel.text() == "On this computer's clock: 2026-02-05 04:00 (UTC+00:00)"
    same = SendLaterDialog(clock=Clock(EVENING), settings=ScheduleSettings(), local_zone=KUWAIT)
    qtbot.addWidget(same)
    assert same.localLabel.isHidden()


def test_a_time_inside_quiet_hours_is_refused_with_the_sentence(qtbot):
    quiet = ScheduleSettings(QuietHours(time(21, 0), time(7, 0)))
    dialog = SendLaterDialog(clock=Clock(EVENING), settings=quiet, local_zone=KUWAIT)
    qtbot.addWidget(dialog)
    dialog.set_due(datetime(2026, 2, 4, 22, 30, tzinfo=KUWAIT))
    dialog.okButton.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.problemLabel.isHidden()
    assert "inside the quiet hours (21:00-07:00 Kuwait time)" in dialog.problemLabel.text()
    assert "2026-02-05 07:00 Kuwait time" in dialog.problemLabel.text()
    dialog.set_due(datetime(2026, 2, 5, 7, 0, tzinfo=KUWAIT))
    assert dialog.problemLabel.isHidden()  # a new time clears the old refusal
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.okButton.click()


def test_a_past_time_is_refused_in_arabic_too(qtbot):
    set_language("ar")
    dialog = SendLaterDialog(clock=Clock(EVENING), settings=ScheduleSettings(), local_zone=KUWAIT)
    qtbot.addWidget(dialog)
    dialog.set_due(EVENING - timedelta(hours=1))
    dialog.okButton.click()
    assert "قد مضى" in dialog.problemLabel.text()


# ---- the missed-time choice ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("button", "choice"),
    [("sendNowButton", SEND_NOW), ("newTimeButton", NEW_TIME), ("cancelBroadcastButton", CANCEL)],
)
def test_the_missed_dialog_offers_the_three_choices(qtbot, tmp_path, button, choice):
    with Store.open(tmp_path / "data") as store:
        broadcast_id = schedule(store, EVENING + timedelta(hours=1))
        store.broadcasts.mark_missed(
            store.broadcasts.get(broadcast_id), reason_en="Not sent: it was due at 19:00.", reason_ar="لم تُرسل."
        )
        broadcast = store.broadcasts.get(broadcast_id)
    assert broadcast.missed
    dialog = MissedTimeDialog(broadcast, len(NUMBERS))
    qtbot.addWidget(dialog)
    assert "2026-02-04 19:00 Kuwait time" in dialog.findChild(QWidget, "missedHeadline").text()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        getattr(dialog, button).click()
    assert dialog.choice == choice


# ---- the tick: due -> sent once through the controller's worker; missed -> reported --------------------
@pytest.fixture
def engine(tmp_path, simulator):
    client = GatewayClient(demo_credentials, simulator.url, rate_limiter=RateLimiter(4.0), timeout=(2.0, 2.0))
    controller = SendController(tmp_path / "data", lambda: client, delay_scale=0.001)
    store = Store.open(tmp_path / "data")
    yield store, controller
    controller.shutdown()
    store.close()
    client.close()


def ledger_numbers(simulator) -> list[str]:
    return [n for entry in simulator.ledger() for n in entry["numbers"]]


def test_the_tick_sends_a_due_broadcast_once_off_the_gui_thread(qtbot, engine, simulator):
    store, controller = engine
    clock = Clock(EVENING)
    broadcast_id = schedule(store, EVENING + timedelta(hours=13))
    tick = SchedulerTick(store, controller, clock=clock)
    assert tick.check() is False  # not due: nothing handed to the engine, nothing sent
    clock.jump(hours=12, minutes=59, seconds=59)
    assert tick.check() is False
    clock.jump(seconds=2)
    with qtbot.waitSignal(controller.broadcastFinished, timeout=10_000) as finished:
        with qtbot.waitSignal(controller.broadcastStarted, timeout=10_000):
            assert tick.check() is True
            assert tick.check() is False  # one request at a time
    assert finished.args[:2] == [broadcast_id, "finished"]
    qtbot.waitUntil(lambda: not tick.in_flight)
    assert sorted(ledger_numbers(simulator)) == NUMBERS
    assert tick.check() is False
    assert store.broadcasts.get(broadcast_id).state == "finished"


def test_a_missed_time_is_reported_and_not_sent(qtbot, engine, simulator):
    store, controller = engine
    clock = Clock(EVENING + timedelta(hours=3))
    broadcast_id = schedule(store, EVENING + timedelta(hours=1))
    tick = SchedulerTick(store, controller, clock=clock)
    with qtbot.waitSignal(tick.missedFound, timeout=10_000) as found:
        tick.start()
    tick.stop()
    assert found.args == [[broadcast_id]]
    assert store.broadcasts.get(broadcast_id).missed
    assert ledger_numbers(simulator) == []
    with qtbot.assertNotEmitted(tick.missedFound):
        tick.check()  # reported once per window


def test_a_due_broadcast_the_account_cannot_pay_is_paused_with_its_reason(qtbot, engine, simulator):
    store, controller = engine
    clock = Clock(EVENING)
    broadcast_id = schedule(store, EVENING + timedelta(minutes=30))
    simulator.set_balance(1)  # overnight the balance ran out
    clock.jump(minutes=30)
    tick = SchedulerTick(store, controller, clock=clock)
    with qtbot.waitSignal(controller.broadcastPaused, timeout=10_000) as paused:
        tick.check()
    assert paused.args[:3] == [broadcast_id, "paused", "PRECHECK"]
    assert "balance" in paused.args[3]
    assert ledger_numbers(simulator) == []


# ---- the settings group ---------------------------------------------------------------------------------
def test_the_settings_group_keeps_quiet_hours_off_by_default_and_saves_through_the_schema(qtbot, tmp_path):
    with Store.open(tmp_path / "data") as store:
        box = ScheduleSettingsBox()
        qtbot.addWidget(box)
        box.load(store.settings)
        assert not box.quietCheck.isChecked() and box.lateSpin.value() == 0
        assert not box.quietStart.isEnabled()
        box.quietCheck.setChecked(True)
        box.lateSpin.setValue(15)
        box.save(store.settings)
        assert store.settings.value(QUIET_HOURS) == {"start": "21:00", "end": "07:00"}
        assert store.settings.value(LATE_SEND_MINUTES) == 15
        box.quietCheck.setChecked(False)
        box.save(store.settings)
        assert store.settings.value(QUIET_HOURS) is None


# ---- closing with something pending ---------------------------------------------------------------------
def test_without_a_tray_closing_with_something_scheduled_asks(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    asked: list[str] = []
    answer = [False]

    def ask(title, text):
        asked.append(text)
        return answer[0]

    keeper = TrayKeeper(window, None, lambda: {7}, tray_available=lambda: False, ask=ask)
    event = QCloseEvent()
    assert keeper.close_requested(event) is False and not event.isAccepted()
    assert "1 broadcast sending or scheduled" in asked[0]
    answer[0] = True
    assert keeper.close_requested(QCloseEvent()) is True
    nothing = TrayKeeper(window, None, set, tray_available=lambda: False, ask=ask)
    assert nothing.close_requested(QCloseEvent()) is True and len(asked) == 2  # nothing pending: no question


# Offscreen Qt has no real tray: what it says about that is not the app's warning.
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged", "does not support raise")
def test_with_a_tray_closing_hides_to_it_and_notifies(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    keeper = TrayKeeper(window, None, lambda: {3, 4}, tray_available=lambda: True, ask=lambda *_: False)
    event = QCloseEvent()
    assert keeper.close_requested(event) is False
    assert not event.isAccepted() and not window.isVisible()
    assert keeper.icon is not None and keeper.icon.isVisible()
    assert "2 broadcasts sending or scheduled" in keeper.last_notification[1]
    keeper.notify("Broadcast 3 paused: the balance ran out.", attention=True)
    assert keeper.last_notification == ("kwtSMS Desktop: needs attention", "Broadcast 3 paused: the balance ran out.")
    keeper.quit()  # something pending and the answer is no: nothing happens
    assert not keeper.quitting
    keeper.show_window()
    assert window.isVisible()
    keeper.icon.hide()
