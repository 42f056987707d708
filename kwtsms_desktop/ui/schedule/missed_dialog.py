"""A broadcast whose time passed while the app or the computer was off: the user chooses what becomes of it.

Nothing is sent late on its own (core/schedule.py). The three choices are Send now, A new time…
and Cancel the broadcast; closing the dialog decides later (the queue keeps the same three).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kwtsms_desktop.core.schedule import from_utc_text
from kwtsms_desktop.store import Broadcast
from kwtsms_desktop.ui.schedule.countdown import kuwait_time
from kwtsms_desktop.ui.shared.translation import translate

SEND_NOW, NEW_TIME, CANCEL = "send_now", "new_time", "cancel"


class MissedTimeDialog(QDialog):
    """`choice` is SEND_NOW, NEW_TIME, CANCEL, or None when the user decides later."""

    def __init__(self, broadcast: Broadcast, numbers: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missedTimeDialog")
        self.setWindowTitle(translate("MissedTimeDialog", "A scheduled broadcast was not sent"))
        self.setMinimumWidth(480)
        self.broadcast = broadcast
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        due = kuwait_time(from_utc_text(broadcast.due_utc)) if broadcast.due_utc else ""
        headline = QLabel(
            translate(
                "MissedTimeDialog",
                "Broadcast {id} was due at {due}, to {count} number(s). It was not sent: nothing is sent late on its own.",
                n=numbers,
                id=broadcast.id,
                due=due,
                count=f"{numbers:,}",
            )
        )
        headline.setObjectName("missedHeadline")
        headline.setWordWrap(True)
        layout.addWidget(headline)
        message = QLabel(_excerpt(broadcast.message))
        message.setObjectName("missedMessage")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message.setStyleSheet("background: #f4f4f4; padding: 6px;")
        layout.addWidget(message)
        question = QLabel(translate("MissedTimeDialog", "What should happen to it?"))
        layout.addWidget(question)

        row = QHBoxLayout()
        self.sendNowButton = self._choice_button(
            translate("MissedTimeDialog", "Send now"), "missedSendNowButton", SEND_NOW
        )
        self.newTimeButton = self._choice_button(
            translate("MissedTimeDialog", "A new time…"), "missedNewTimeButton", NEW_TIME
        )
        self.cancelBroadcastButton = self._choice_button(
            translate("MissedTimeDialog", "Cancel the broadcast"), "missedCancelButton", CANCEL
        )
        self.laterButton = QPushButton(translate("MissedTimeDialog", "Decide later"))
        self.laterButton.setObjectName("missedLaterButton")
        self.laterButton.clicked.connect(self.reject)
        for button in (self.sendNowButton, self.newTimeButton, self.cancelBroadcastButton):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.laterButton)
        layout.addLayout(row)
        for button in (self.sendNowButton, self.newTimeButton, self.cancelBroadcastButton, self.laterButton):
            button.setAutoDefault(False)  # Enter never sends by surprise

    def _choice_button(self, text: str, name: str, choice: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def _excerpt(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
