"""The last question before a broadcast: who, how many pages, how many points, balance after, sender, test or live."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.core.bidi import rtl_line, strip_marks
from kwtsms_desktop.core.own_phone import leaves_low
from kwtsms_desktop.core.plan import SET_ASIDE_REASONS, SendPlan
from kwtsms_desktop.store.recent import RecentSend
from kwtsms_desktop.ui.compose.message_text import text_direction
from kwtsms_desktop.ui.compose.plan_text import calls_line, pages_line, points_without
from kwtsms_desktop.ui.shared.formatting import format_number
from kwtsms_desktop.ui.shared.translation import is_rtl, translate


def _set_aside_words(reason: str, count: int) -> str:
    """ "3 invalid": a count of numbers left out, and why (core/set_aside.py's words, each count with its plural)."""
    shown = format_number(count)
    if reason == "invalid":
        return translate("SendConfirmDialog", "{count} invalid", n=count, count=shown)
    if reason == "duplicate":
        return translate("SendConfirmDialog", "{count} duplicate(s)", n=count, count=shown)
    if reason == "suppressed":
        return translate("SendConfirmDialog", "{count} on the do-not-send list", n=count, count=shown)
    if reason == "no_value":
        return translate(
            "SendConfirmDialog", "{count} without a value for a field of the message", n=count, count=shown
        )
    if reason == "too_long":
        return translate("SendConfirmDialog", "{count} whose message would be over 7 pages", n=count, count=shown)
    return translate("SendConfirmDialog", "{count} in countries not activated on the account", n=count, count=shown)


# exec()'s answer when the user chose to send a test to their own phone first (nothing else is sent).
TEST_FIRST = 2


def ago_text(then: datetime, now: datetime) -> str:
    """ "3 minutes ago", "2 hours ago", "just now" (translated)."""
    minutes = max(0, int((now - then).total_seconds() // 60))
    if minutes < 1:
        return translate("compose.send_dialog", "less than a minute ago")
    if minutes < 120:
        return translate("compose.send_dialog", "%n minute(s) ago", n=minutes)
    return translate("compose.send_dialog", "%n hour(s) ago", n=minutes // 60)


class SendConfirmDialog(QDialog):
    """Modal only for this question (nothing is sending yet); Send is not the default button.

    `recent` (store.recent.RecentSend): numbers of this list that got the same text lately; the
    dialog says so and offers to leave them out (`left_out()` is what the user chose).
    """

    def __init__(
        self,
        plan: SendPlan,
        balance: float | None,
        parent: QWidget | None = None,
        *,
        recent: RecentSend | None = None,
        now: datetime | None = None,
        rate: float | None = None,
        own_phone: str = "",
        low_balance: float = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendConfirmDialog")
        self.setWindowTitle(translate("SendConfirmDialog", "Send this message?"))
        self.setMinimumWidth(460)
        self.plan = plan
        self.balance = balance
        self.low_balance = low_balance
        layout = QVBoxLayout(self)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        count = len(plan.recipients)
        points = plan.estimated_points
        info = plan.message
        self.fields: dict[str, QLabel] = {}

        def row(key: str, label: str, value: str, name: str | None = None) -> QLabel:
            widget = QLabel(value)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            widget.setWordWrap(True)
            if name:
                widget.setObjectName(name)
            form.addRow(label, widget)
            self.fields[key] = widget
            return widget

        row(
            "recipients",
            translate("SendConfirmDialog", "Recipients"),
            translate("SendConfirmDialog", "{count} number(s)", n=count, count=format_number(count)),
        )
        set_aside = self._set_aside_text(plan)
        if set_aside:
            row("set_aside", translate("SendConfirmDialog", "Not sent to"), set_aside)
        row("pages", translate("SendConfirmDialog", "Pages"), pages_line(plan))
        row("points", translate("SendConfirmDialog", "Cost"), self._points_text(points))
        if balance is None:
            row(
                "balance_after",
                translate("SendConfirmDialog", "Balance after"),
                translate("SendConfirmDialog", "unknown (the balance could not be read)"),
            )
        else:
            row(
                "balance_after",
                translate("SendConfirmDialog", "Balance after"),
                self._points_text(balance - points),
            )
        row("sender", translate("SendConfirmDialog", "Sender ID"), rtl_line(plan.sender) if is_rtl() else plan.sender)
        batches = len(plan.batches)
        row(
            "batches",
            translate("SendConfirmDialog", "Batches"),
            translate("SendConfirmDialog", "%n request(s) of at most 200 numbers", n=batches),
        )
        if rate:
            row("calls", translate("SendConfirmDialog", "Time"), calls_line(plan, rate), "callsLine")
        if plan.test:
            row(
                "mode",
                translate("SendConfirmDialog", "Mode"),
                translate(
                    "SendConfirmDialog",
                    "TEST: queued at kwtsms.com, not delivered to phones; the credits stay "
                    "held until you delete the messages from the queue on kwtsms.com.",
                ),
                "testWarning",
            )
        else:
            row(
                "mode",
                translate("SendConfirmDialog", "Mode"),
                translate("SendConfirmDialog", "LIVE: real messages to real phones. This cannot be undone."),
                "liveWarning",
            )
        layout.addLayout(form)

        self.recent = recent if recent else None
        self.leave_out_box: QCheckBox | None = None
        if self.recent is not None:
            when = ago_text(self.recent.last_sent, now or datetime.now(UTC)) if self.recent.last_sent else ""
            warning = QLabel(
                translate(
                    "SendConfirmDialog",
                    "This same message was sent to {count} of these numbers {when}.",
                    n=self.recent.count,
                    count=format_number(self.recent.count),
                    when=when,
                )
            )
            warning.setObjectName("recentlySent")
            warning.setWordWrap(True)
            layout.addWidget(warning)
            self.fields["recent"] = warning
            self.leave_out_box = QCheckBox(
                translate(
                    "SendConfirmDialog",
                    "Leave those {count} number(s) out",
                    n=self.recent.count,
                    count=format_number(self.recent.count),
                )
            )
            self.leave_out_box.setObjectName("leaveOutRecent")
            self.leave_out_box.setChecked(True)  # sending twice is the surprise to avoid
            self.leave_out_box.toggled.connect(self._leave_out_toggled)
            layout.addWidget(self.leave_out_box)

        preview = QPlainTextEdit(plan.recipient_texts[0] if plan.personal and plan.recipient_texts else info.cleaned)
        preview.setObjectName("messagePreview")
        preview.setReadOnly(True)
        preview.setMaximumHeight(110)
        direction = text_direction(info.cleaned)
        if direction is not None:
            preview.setLayoutDirection(direction)
            option = preview.document().defaultTextOption()
            option.setTextDirection(direction)
            side = (
                Qt.AlignmentFlag.AlignRight
                if direction == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft
            )
            option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)  # as the editor shows it
            preview.document().setDefaultTextOption(option)
        layout.addWidget(
            QLabel(
                translate(
                    "SendConfirmDialog",
                    "The first recipient's message (each gets their own; Preview shows them all):",
                )
                if plan.personal
                else translate("SendConfirmDialog", "The message as it will be sent:")
            )
        )
        layout.addWidget(preview)
        self.low_balance_label = QLabel()
        self.low_balance_label.setObjectName("lowBalanceWarning")
        self.low_balance_label.setWordWrap(True)
        self.low_balance_label.setStyleSheet("color: #8a5300; background: #fff3cd; padding: 4px;")
        self.low_balance_label.hide()
        layout.addWidget(self.low_balance_label)

        buttons = QDialogButtonBox()
        self.test_first_button = None
        if not plan.test:
            # A live broadcast cannot be taken back: offer to see it on one's own phone first (1 message).
            self.test_first_button = buttons.addButton(
                translate("SendConfirmDialog", "Send a test to my phone first"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.test_first_button.setObjectName("testFirstButton")
            self.test_first_button.setAutoDefault(False)
            self.test_first_button.setEnabled(bool(own_phone))
            self.test_first_button.setToolTip(
                translate(
                    "SendConfirmDialog",
                    "Sends this message, as the first recipient gets it, live to {number} only.",
                    number=own_phone,
                )
                if own_phone
                else translate("SendConfirmDialog", "Set your own phone number in Settings first.")
            )
            self.test_first_button.clicked.connect(lambda: self.done(TEST_FIRST))
        self.send_button = buttons.addButton(
            translate("SendConfirmDialog", "Send test")
            if plan.test
            else translate("SendConfirmDialog", "&Send to real phones"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.send_button.setObjectName("confirmSendButton")
        # Return, Enter and Ctrl+Return never send: only a click, Space on it, or its own mnemonic.
        self.send_button.setAutoDefault(False)
        self.send_button.setDefault(False)
        cancel = self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("SendConfirmDialog", "Cancel"))
        cancel.setDefault(True)
        cancel.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._leave_out_toggled()

    def left_out(self) -> frozenset[str]:
        """The numbers the user chose to leave out (they got this message recently)."""
        if self.recent is not None and self.leave_out_box is not None and self.leave_out_box.isChecked():
            return frozenset(self.recent.numbers)
        return frozenset()

    def _leave_out_toggled(self, *_: object) -> None:
        count = len(self.plan.recipients)
        left = len(self.left_out())
        text = translate("SendConfirmDialog", "{count} number(s)", n=count, count=format_number(count))
        if left:
            text = translate(
                "SendConfirmDialog",
                "{count} number(s) ({left} left out: they got it recently)",
                n=count - left,
                count=format_number(count - left),
                left=format_number(left),
            )
        self.fields["recipients"].setText(text)
        points = points_without(self.plan, self.left_out())
        self.fields["points"].setText(self._points_text(points))
        if self.balance is not None:
            self.fields["balance_after"].setText(self._points_text(self.balance - points))
        after = None if self.balance is None else self.balance - points
        low = leaves_low(self.balance, points, self.low_balance)
        self.low_balance_label.setVisible(low)
        if low and after is not None:
            self.low_balance_label.setText(
                translate(
                    "SendConfirmDialog",
                    "After this broadcast the balance will be {after}, below your warning level of {level}.",
                    after=self._points_text(after),
                    level=format_number(self.low_balance),
                )
            )
            self.fields["low_balance"] = self.low_balance_label
        else:
            self.fields.pop("low_balance", None)
        self.send_button.setEnabled(count - left > 0)
        self.send_button.setToolTip(
            "" if count - left > 0 else translate("SendConfirmDialog", "Every number got this message recently.")
        )

    @staticmethod
    def _set_aside_text(plan: SendPlan) -> str:
        parts = []
        for reason in SET_ASIDE_REASONS:
            count = plan.set_aside_count(reason)
            if count:
                parts.append(_set_aside_words(reason, count))
        return translate("SendConfirmDialog", ", ").join(parts)

    @staticmethod
    def _points_text(points: float) -> str:
        return translate("SendConfirmDialog", "{count} point(s)", n=int(points), count=format_number(points))

    def summary(self) -> dict[str, str]:
        """The dialog's facts as shown (tests and screen readers)."""
        return {key: strip_marks(label.text()) for key, label in self.fields.items()}
