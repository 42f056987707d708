"""From the Send button to a running broadcast: check, plan, confirm, journal, hand to the engine.

Refusals are sentences shown under the Send button (no dialog to dismiss). Only the
confirmation is a dialog, and only before anything is sent; once the plan is journaled the
engine's controller runs it on its own thread and the window stays usable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kwtsms_desktop.core.leave_out import leave_out
from kwtsms_desktop.core.message import MAX_PAGES
from kwtsms_desktop.core.own_phone import own_phone_plan
from kwtsms_desktop.core.plan import SendPlan, make_plan
from kwtsms_desktop.core.schedule import ScheduleRefused, check_due, utc_text
from kwtsms_desktop.store import StoreError
from kwtsms_desktop.store.recent import RecentSend
from kwtsms_desktop.store.settings_schema import LOW_BALANCE, OWN_PHONE
from kwtsms_desktop.ui.compose.seams import SendWindow
from kwtsms_desktop.ui.compose.send_dialog import TEST_FIRST, SendConfirmDialog
from kwtsms_desktop.ui.schedule.countdown import kuwait_time
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.formatting import format_number
from kwtsms_desktop.ui.shared.translation import language, translatable, translate, translate_marked

log = logging.getLogger(__name__)

SUPPRESSIONS_UNREADABLE = translatable(
    "compose.send_flow",
    "The do-not-send list cannot be read, so nothing was sent: sending now could reach people who asked "
    "not to get messages. Restore a backup of the data folder.",
)


class SendFlow(QObject):
    """Owned by the main window; `start()` is what Send and Ctrl+Return do.

    Planning (every number checked) and journaling (thousands of rows, synchronous=FULL) run off
    the GUI thread, so even a 100,000-number broadcast never freezes the window; only the
    confirmation question waits for the user.
    """

    preparing = Signal()  # the plan is being made
    confirmationShown = Signal(object)  # the SendConfirmDialog about to be asked
    declined = Signal()  # the user answered Cancel, or the plan has a blocking problem
    launched = Signal(int)  # journaled and handed to the engine: the broadcast id
    testLaunched = Signal(int)  # a test to the user's own phone, journaled and handed to the engine

    def __init__(self, window: SendWindow, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.parent_widget = parent  # the dialogs' parent
        self.last_plan: SendPlan | None = None
        self.last_broadcast_id: int | None = None
        self.last_dialog: SendConfirmDialog | None = None
        self.last_recent: RecentSend | None = None  # of the last plan
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.busy = False
        self.due: datetime | None = None  # Send later…: when the broadcast being prepared is due
        self._background = BackgroundRunner(self, name="kwtsms-send-prepare")

    def refusal(self) -> str | None:
        """Why this message cannot be sent now, or None."""
        window = self.window
        compose = window.compose
        recipients = self._recipient_count()
        if self.busy:
            return translate("SendFlow", "The previous send is still being prepared.")
        if window.recipients.is_importing():
            return translate("SendFlow", "Wait for the import to finish before sending.")
        if recipients == 0:
            return translate(
                "SendFlow", "Add recipients first: import a file (Ctrl+O) or paste numbers (Ctrl+Shift+V)."
            )
        if message_problem := self._message_refusal():
            return message_problem
        if compose.cost_blocked():
            return translate(
                "SendFlow",
                "The balance does not cover this broadcast: recharge at kwtsms.com or send to fewer numbers.",
            )
        if window.session.controller is None:
            return translate("SendFlow", "The send engine is not available in this build.")
        return None

    def _message_refusal(self) -> str | None:
        """What stops this message itself (empty, too long, no sender), for a broadcast and a test alike."""
        compose = self.window.compose
        info = compose.message_info()
        if not info.cleaned.strip():
            return translate(
                "SendFlow",
                "Type the message first: it is empty (emoji and hidden characters are removed before sending).",
            )
        if info.too_long:
            return translate(
                "SendFlow",
                "The message is {pages} pages long; at most {max} pages can be sent. Shorten it.",
                pages=info.pages,
                max=MAX_PAGES,
            )
        if not compose.sender_id():
            return translate("SendFlow", "Choose a sender ID. If the list is empty, check the connection in Settings.")
        return None

    def refuse_now(self) -> bool:
        """Say under the Send button why nothing can be sent now; True when so."""
        problem = self.refusal()
        if problem:
            self.window.compose.show_problem(problem)
            self.declined.emit()
        return bool(problem)

    def start(self, due: datetime | None = None) -> None:
        """Check, then plan in the background; the confirmation follows when the plan is ready.

        With ``due`` (Send later…) the plan is journaled as scheduled for then, and not sent now.
        """
        compose = self.window.compose
        if self.refuse_now():
            return
        self.due = due
        try:
            plan = self.plan_function()
        except StoreError:  # the do-not-send list cannot be read: never send without it
            log.exception("the do-not-send list cannot be read")
            compose.show_problem(translate_marked("compose.send_flow", SUPPRESSIONS_UNREADABLE))
            self.declined.emit()
            return
        self.busy = True
        compose.send_button.setEnabled(False)
        compose.show_problem("")
        self.window.statusBar().showMessage(translate("SendFlow", "Preparing the broadcast…"))
        self.preparing.emit()
        self._background.run(self.prepare_function(plan), self._prepared)

    def prepare_function(
        self, plan_function: Callable[[], SendPlan]
    ) -> Callable[[], tuple[SendPlan, RecentSend | None]]:
        """The plan, and which of its numbers got the same text recently (both off the GUI thread)."""
        data_dir, now = self.window.session.data_dir, self.clock()

        def prepare() -> tuple[SendPlan, RecentSend | None]:
            plan = plan_function()
            return plan, recent_sends(data_dir, plan, now)

        return prepare

    def _prepared(self, result: tuple[SendPlan, RecentSend | None] | None, error: BaseException | None) -> None:
        plan, self.last_recent = result if result is not None and error is None else (None, None)
        self._planned(plan, error)

    def _planned(self, plan: SendPlan | None, error: BaseException | None) -> None:
        window = self.window
        compose = window.compose
        if error is not None or plan is None:
            self._done()
            compose.show_problem(
                translate("SendFlow", "The broadcast could not be prepared: {error}", error=str(error))
            )
            self.declined.emit()
            return
        if plan.problems:
            self._done()
            compose.show_problem(" ".join(_problem_text(p) for p in plan.problems))
            self.declined.emit()
            return
        self.last_plan = plan
        window.statusBar().clearMessage()
        if self.last_dialog is not None:
            self.last_dialog.deleteLater()  # kept until the next question: what was asked stays readable
        settings = window.session.settings
        dialog = self.last_dialog = SendConfirmDialog(
            plan,
            window.account.balance,
            parent=self.parent_widget,
            recent=self.last_recent,
            now=self.clock(),
            rate=window.session.send_rate(),
            own_phone=settings.value(OWN_PHONE),
            low_balance=settings.value(LOW_BALANCE),
        )
        if self.due is not None:
            scheduled_dialog(dialog, self.due)
        self.confirmationShown.emit(dialog)
        answer = dialog.exec()
        if answer == TEST_FIRST:
            self._done()
            self.send_test_to_own_phone(ask=False)  # the button said what it does: no second question
            return
        if answer != QDialog.DialogCode.Accepted:
            self._done()
            self.declined.emit()
            return
        if self.due is not None and (refused := self._due_refusal()):
            self._done()
            compose.show_problem(refused)  # e.g. the time passed while the question was open
            self.declined.emit()
            return
        left_out = dialog.left_out()
        if left_out:
            self.busy = True
            self._background.run(lambda: leave_out(plan, left_out), self._replanned)
            return
        self.launch(plan)

    def _replanned(self, plan: SendPlan | None, error: BaseException | None) -> None:
        if error is not None or plan is None:
            self._done()
            self.window.compose.show_problem(
                translate("SendFlow", "The broadcast could not be prepared: {error}", error=str(error))
            )
            self.declined.emit()
            return
        self.last_plan = plan
        self.launch(plan)

    def plan_function(self) -> Callable[[], SendPlan]:
        """What planning needs, read now on the GUI thread; the returned function runs anywhere."""
        window = self.window
        session = window.session
        compose = window.compose
        recipients = window.recipients.valid_recipients()
        suppressed = list(session.store.suppressions.numbers())  # unreadable: raises, nothing is sent
        text, sender, test = compose.message_text(), compose.sender_id(), compose.test_mode()
        coverage, balance = window.account.coverage, window.account.balance
        country = session.default_country()
        personal = window.personal
        options = personal.plan_options() if personal.uses_fields() else {}

        def plan() -> SendPlan:
            return make_plan(
                recipients,
                text,
                sender,
                test=test,
                coverage=coverage,
                suppressed=suppressed,
                balance=balance,
                default_country=country,
                **options,
            )

        return plan

    def make_plan(self) -> SendPlan:
        """The plan, made here and now (benchmarks and tests)."""
        return self.plan_function()()

    def send_test_to_own_phone(self, *, ask: bool = True) -> None:
        """The current message, as the first recipient would get it, LIVE to the own phone of Settings alone.

        Journaled and run like any broadcast (one batch, shown on the Broadcasts page); the draft stays.
        """
        window = self.window
        compose = window.compose
        session = window.session
        own = session.settings.value(OWN_PHONE)
        problem = self._test_refusal(own)
        if problem:
            compose.show_problem(problem)
            self.declined.emit()
            return
        recipients = window.recipients.valid_recipients()
        try:
            suppressed = list(session.store.suppressions.numbers())
        except StoreError:
            log.exception("the do-not-send list cannot be read")
            compose.show_problem(translate_marked("compose.send_flow", SUPPRESSIONS_UNREADABLE))
            self.declined.emit()
            return
        first = recipients[0] if recipients else None
        personal = window.personal
        options = personal.plan_options() if personal.uses_fields() else {}
        plan = own_phone_plan(
            own,
            compose.message_text(),
            compose.sender_id(),
            first_recipient=first,
            fields=options["fields_of"](first) if options and first is not None else None,
            fallbacks=options.get("fallbacks"),
            available_fields=options.get("available_fields"),
            coverage=window.account.coverage,
            suppressed=suppressed,
            balance=window.account.balance,
            default_country=session.default_country(),
        )
        if plan.problems:
            details = [s.detail for s in plan.set_aside]
            compose.show_problem(" ".join([*details, *(_problem_text(p) for p in plan.problems)]))
            self.declined.emit()
            return
        if ask and not self._confirm_test(plan):
            self.declined.emit()
            return
        compose.show_problem("")
        self.launch(plan, test_phone=True)

    def _test_refusal(self, own: str) -> str | None:
        if self.busy:
            return translate("SendFlow", "The previous send is still being prepared.")
        if not own:
            return translate("SendFlow", "Set your own phone number in Settings first (Ctrl+,).")
        if message_problem := self._message_refusal():
            return message_problem
        if self.window.session.controller is None:
            return translate("SendFlow", "The send engine is not available in this build.")
        return None

    def _confirm_test(self, plan: SendPlan) -> bool:
        answer = QMessageBox.question(
            self.parent_widget,
            translate("SendFlow", "Send a test to your phone?"),
            translate(
                "SendFlow",
                "This message goes LIVE to your own number {number} only, as the first recipient would get "
                "it: {points}.",
                number=plan.numbers[0],
                points=translate(
                    "SendFlow",
                    "{count} point(s)",
                    n=plan.estimated_points,
                    count=format_number(plan.estimated_points),
                ),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def launch(self, plan: SendPlan, *, test_phone: bool = False) -> None:
        """Journal the plan (off the GUI thread), then start the engine on it; `launched` says the id."""
        session = self.window.session
        self.busy = True
        data_dir, gateway_url = session.data_dir, session.gateway_url
        source = "test-phone" if test_phone else "window"
        # A test to one's own phone goes now, never at a broadcast's scheduled time.
        due_utc = utc_text(self.due) if self.due is not None and not test_phone else None

        def journal() -> int:
            from kwtsms_desktop.store import Store

            with Store.open(data_dir) as store:  # this thread's own connection
                return store.broadcasts.create(plan, gateway_url=gateway_url, source=source, due_utc=due_utc)

        self._background.run(
            journal, lambda broadcast_id, error: self._journaled(plan, broadcast_id, error, test_phone=test_phone)
        )

    def _journaled(
        self, plan: SendPlan, broadcast_id: int | None, error: BaseException | None, *, test_phone: bool = False
    ) -> None:
        window = self.window
        due = self.due
        self._done()
        if error is not None or broadcast_id is None:
            log.error("journaling failed", exc_info=error)
            window.compose.show_problem(
                translate(
                    "SendFlow",
                    "The broadcast could not be saved before sending, so nothing was sent: {error}",
                    error=str(error),
                )
            )
            self.declined.emit()
            return
        controller = window.session.controller
        assert controller is not None  # the refusals let nothing through without one
        if test_phone:
            controller.start(broadcast_id)
            window.queue.refresh()
            window.statusBar().showMessage(
                translate(
                    "SendFlow",
                    "Test to your phone {number} sent as broadcast {id}.",
                    number=plan.numbers[0],
                    id=broadcast_id,
                ),
                8000,
            )
            self.testLaunched.emit(broadcast_id)
            return
        self.last_broadcast_id = broadcast_id
        if due is None:
            controller.start(broadcast_id)
        window.queue.refresh()
        window.queue.show_broadcast(broadcast_id)
        count = f"{len(plan.recipients):,}"
        if due is None:
            started = translate(
                "SendFlow",
                "Broadcast {id} started: {count} number(s).",
                id=broadcast_id,
                n=len(plan.recipients),
                count=count,
            )
        else:
            started = translate(
                "SendFlow",
                "Broadcast {id} scheduled for {time}: {count} number(s). Nothing was sent yet.",
                n=len(plan.recipients),
                id=broadcast_id,
                time=kuwait_time(due),
                count=count,
            )
        window.statusBar().showMessage(started, 8000)
        self.launched.emit(broadcast_id)

    def _due_refusal(self) -> str | None:
        from kwtsms_desktop.engine.runner import schedule_settings

        assert self.due is not None
        try:
            check_due(self.due, self.clock(), schedule_settings(self.window.session.store))
        except ScheduleRefused as refused:
            return refused.ar if language() == "ar" else refused.en
        return None

    def _done(self) -> None:
        self.busy = False
        self.due = None
        compose = self.window.compose
        compose.send_button.setEnabled(not compose.cost_blocked())

    def shutdown(self) -> None:
        self._background.shutdown(wait=True)

    def _recipient_count(self) -> int:
        return self.window.recipients.valid_count()


def scheduled_dialog(dialog: SendConfirmDialog, due: datetime) -> None:
    """The confirmation worded for Send later: the same cost and recipients, journaled now, sent at ``due``."""
    dialog.setWindowTitle(translate("compose.send_flow", "Schedule this message?"))
    dialog.send_button.setText(translate("compose.send_flow", "Schedule for {time}", time=kuwait_time(due)))


def recent_sends(data_dir: Path, plan: SendPlan, now: datetime) -> RecentSend | None:
    """Which of the plan's numbers got this text lately (None when that cannot be read: never blocks a send)."""
    from kwtsms_desktop.store import Store
    from kwtsms_desktop.store.recent import recently_sent

    try:
        with Store.open(data_dir) as store:  # this thread's own connection
            return recently_sent(store.connection, plan.message.cleaned, plan.numbers, test=plan.test, now=now)
    except Exception:  # noqa: BLE001 - a warning we cannot give is not a reason to refuse the send
        log.warning("reading recent sends failed", exc_info=True)
        return None


def _problem_text(problem: str) -> str:
    """One of the plan's problems in the window's language (its fixed sentences; others stay English)."""
    fixed = {
        "Choose a sender ID.": translate("SendFlow", "Choose a sender ID."),
        "No valid recipient is left to send to: check the phone column and the numbers set aside.": translate(
            "SendFlow", "No valid recipient is left to send to: check the phone column and the numbers set aside."
        ),
        "The message is empty once emoji and hidden characters are removed: type the text to send.": translate(
            "SendFlow", "The message is empty once emoji and hidden characters are removed: type the text to send."
        ),
    }
    return fixed.get(problem, problem)
