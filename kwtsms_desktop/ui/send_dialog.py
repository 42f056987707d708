"""The last question before a broadcast: who, how many pages, how many points, balance after, sender, test or live."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.ui.compose_panel import text_direction
from kwtsms_desktop.ui.formatting import format_number
from kwtsms_desktop.ui.i18n import tr

_SET_ASIDE_WORDS = {
    "invalid": "not a valid number",
    "duplicate": "duplicate",
    "suppressed": "on the do-not-send list",
    "not_covered": "country not activated",
}


class SendConfirmDialog(QDialog):
    """Modal only for this question (nothing is sending yet); Send is not the default button."""

    def __init__(self, plan: Any, balance: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendConfirmDialog")
        self.setWindowTitle(tr("Send this message?"))
        self.setMinimumWidth(460)
        self.plan = plan
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
            form.addRow(tr(label), widget)
            self.fields[key] = widget
            return widget

        row("recipients", "Recipients", tr("{count} numbers", count=format_number(count)))
        set_aside = self._set_aside_text(plan)
        if set_aside:
            row("set_aside", "Not sent to", set_aside)
        row("pages", "Pages", tr("{pages} per message ({encoding})", pages=info.pages, encoding=info.encoding))
        row("points", "Cost", tr("{points} points", points=format_number(points)))
        if balance is None:
            row("balance_after", "Balance after", tr("unknown (the balance could not be read)"))
        else:
            row("balance_after", "Balance after", tr("{points} points", points=format_number(balance - points)))
        row("sender", "Sender ID", plan.sender)
        batches = len(plan.batches)
        row("batches", "Batches", tr("{batches} request(s) of at most 200 numbers", batches=batches))
        if plan.test:
            row("mode", "Mode", tr("TEST: queued at kwtsms.com, not delivered to phones; the credits stay "
                                    "held until you delete the messages from the queue on kwtsms.com."), "testWarning")
        else:
            row("mode", "Mode", tr("LIVE: real messages to real phones. This cannot be undone."), "liveWarning")
        layout.addLayout(form)

        preview = QPlainTextEdit(info.cleaned)
        preview.setObjectName("messagePreview")
        preview.setReadOnly(True)
        preview.setMaximumHeight(110)
        direction = text_direction(info.cleaned)
        if direction is not None:
            preview.setLayoutDirection(direction)
            option = preview.document().defaultTextOption()
            option.setTextDirection(direction)
            preview.document().setDefaultTextOption(option)
        layout.addWidget(QLabel(tr("The message as it will be sent:")))
        layout.addWidget(preview)

        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(
            tr("Send test") if plan.test else tr("Send now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("confirmSendButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("Cancel"))
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _set_aside_text(plan: Any) -> str:
        parts = []
        for reason, words in _SET_ASIDE_WORDS.items():
            count = plan.set_aside_count(reason)
            if count:
                parts.append(f"{format_number(count)} {tr(words)}")
        return ", ".join(parts)

    def summary(self) -> dict[str, str]:
        """The dialog's facts as shown (tests and screen readers)."""
        return {key: label.text() for key, label in self.fields.items()}
