"""The preview: step through the messages exactly as each recipient will get them (filled in and cleaned).

It shows a plan (core.plan.SendPlan) made off the GUI thread: the first recipient, the longest
message, any row by its number, previous and next; the page range over everyone, and who is set
aside for a missing value or a message over 7 pages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.core.message import analyse_message, measure
from kwtsms_desktop.core.plan import NO_VALUE, TOO_LONG
from kwtsms_desktop.ui.compose.message_text import counter_text, text_direction
from kwtsms_desktop.ui.compose.plan_text import range_counter_text
from kwtsms_desktop.ui.shared.formatting import format_number
from kwtsms_desktop.ui.shared.translation import translate


def longest_index(texts: tuple[str, ...]) -> int:
    """The first recipient whose text takes the most units (each distinct text measured once)."""
    best, best_units, seen = 0, -1, set()
    for index, text in enumerate(texts):
        if text in seen:
            continue
        seen.add(text)
        units = measure(text)[1]
        if units > best_units:
            best, best_units = index, units
    return best


def set_aside_text(plan: Any) -> str:
    """ "3 set aside: 2 with no value for {name}, 1 over 7 pages" ("" when nobody is)."""
    parts = []
    missing: dict[str, int] = {}
    for item in plan.set_aside:
        if item.reason == NO_VALUE:
            field = item.detail.split("}", 1)[0].split("{", 1)[-1] if "{" in item.detail else ""
            missing[field] = missing.get(field, 0) + 1
    for field, count in missing.items():
        if field:
            parts.append(
                translate(
                    "personal.preview",
                    "{count} with no value for {field}",
                    count=format_number(count),
                    field="{" + field + "}",
                )
            )
        else:
            parts.append(translate("personal.preview", "{count} with an empty message", count=format_number(count)))
    too_long = plan.set_aside_count(TOO_LONG)
    if too_long:
        parts.append(translate("personal.preview", "{count} over 7 pages", count=format_number(too_long)))
    if not parts:
        return ""
    total = sum(missing.values()) + too_long
    return translate(
        "personal.preview", "{count} set aside: {parts}", count=format_number(total), parts=", ".join(parts)
    )


class PreviewDialog(QDialog):
    """First, Longest, Previous, Next and a row number; the text as that recipient gets it, with its counter."""

    def __init__(self, plan: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setWindowTitle(translate("PreviewDialog", "Preview: each recipient's message"))
        self.setMinimumWidth(480)
        self.plan = plan
        self.index = 0
        self._longest: int | None = None
        count = len(plan.recipients)
        layout = QVBoxLayout(self)

        self.range_label = QLabel(range_counter_text(plan) if plan.personal else counter_text(plan.message))
        self.range_label.setObjectName("previewRange")
        font = self.range_label.font()
        font.setBold(True)
        self.range_label.setFont(font)
        layout.addWidget(self.range_label)
        self.aside_label = QLabel(set_aside_text(plan))
        self.aside_label.setObjectName("previewSetAside")
        self.aside_label.setWordWrap(True)
        self.aside_label.setVisible(bool(self.aside_label.text()))
        layout.addWidget(self.aside_label)

        steps = QHBoxLayout()
        self.first_button = self._button(translate("PreviewDialog", "First"), "previewFirst", steps)
        self.longest_button = self._button(translate("PreviewDialog", "Longest"), "previewLongest", steps)
        steps.addStretch(1)
        self.previous_button = self._button(translate("PreviewDialog", "Previous"), "previewPrevious", steps)
        self.row_box = QSpinBox()
        self.row_box.setObjectName("previewRow")
        self.row_box.setAccessibleName(translate("PreviewDialog", "Recipient number"))
        self.row_box.setRange(1 if count else 0, max(count, 0))
        self.row_box.setSuffix(translate("PreviewDialog", " of {count}", count=format_number(count)))
        self.row_box.setGroupSeparatorShown(True)
        self.row_box.valueChanged.connect(lambda value: self.show_index(value - 1))
        steps.addWidget(self.row_box)
        self.next_button = self._button(translate("PreviewDialog", "Next"), "previewNext", steps)
        layout.addLayout(steps)
        self.first_button.clicked.connect(lambda: self.show_index(0))
        self.longest_button.clicked.connect(self.show_longest)
        self.previous_button.clicked.connect(lambda: self.show_index(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_index(self.index + 1))

        self.recipient_label = QLabel()
        self.recipient_label.setObjectName("previewRecipient")
        self.recipient_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.recipient_label)
        self.text = QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("PreviewDialog", "The message this recipient gets"))
        layout.addWidget(self.text, 1)
        self.counter = QLabel()
        self.counter.setObjectName("previewCounter")
        layout.addWidget(self.counter)

        buttons = QDialogButtonBox()
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("PreviewDialog", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if count:
            self.show_index(0)
        else:
            self.recipient_label.setText(
                translate("PreviewDialog", "Nobody would get a message: every recipient is set aside.")
            )
            for button in (self.first_button, self.longest_button, self.previous_button, self.next_button):
                button.setEnabled(False)

    def _button(self, text: str, name: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    def message_at(self, index: int) -> str:
        texts = self.plan.recipient_texts
        return texts[index] if texts else self.plan.message.cleaned

    @Slot()
    def show_longest(self) -> None:
        if self._longest is None:
            self._longest = longest_index(self.plan.recipient_texts) if self.plan.recipient_texts else 0
        self.show_index(self._longest)

    def show_index(self, index: int) -> None:
        count = len(self.plan.recipients)
        if not count:
            return
        index = max(0, min(index, count - 1))
        self.index = index
        recipient = self.plan.recipients[index]
        text = self.message_at(index)
        if self.row_box.value() != index + 1:
            self.row_box.blockSignals(True)
            self.row_box.setValue(index + 1)
            self.row_box.blockSignals(False)
        who = recipient.number if not recipient.name else f"{recipient.name} · {recipient.number}"
        if recipient.row is not None:
            who = translate("PreviewDialog", "{who} (row {row})", who=who, row=recipient.row)
        self.recipient_label.setText(who)
        self.text.setPlainText(text)
        direction = text_direction(text) or Qt.LayoutDirection.LeftToRight
        option = self.text.document().defaultTextOption()
        option.setTextDirection(direction)
        self.text.document().setDefaultTextOption(option)
        self.text.setLayoutDirection(direction)
        self.counter.setText(counter_text(analyse_message(text)))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
