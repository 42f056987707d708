"""The compose area: message editor, live page counter, UCS-2 culprits and their fix, cost line, sender, test mode.

Everything here reacts to each keystroke, so it stays cheap: one `analyse_message` call (about
100 us), a highlighter that only re-colours the edited paragraph, and labels set only when their
text changes. The panel never sends anything: `sendRequested` asks the main window to plan,
confirm and hand the broadcast to the engine.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.core.message import MessageInfo, analyse_message, to_plain_characters
from kwtsms_desktop.core.removed_report import describe_removed
from kwtsms_desktop.store.settings import SettingsRepository
from kwtsms_desktop.store.settings_schema import DEFAULT_SENDER, LAST_SENDER, TEST_MODE_DEFAULT, Setting
from kwtsms_desktop.ui.compose.message_text import (
    CulpritHighlighter,
    counter_text,
    is_arabic,
    is_fixable,
    text_direction,
)
from kwtsms_desktop.ui.compose.plan_text import pages_text
from kwtsms_desktop.ui.shared.formatting import format_number
from kwtsms_desktop.ui.shared.translation import is_rtl, translatable, translate, translate_marked

T = TypeVar("T")


TEST_MODE_TEXT = translatable(
    "compose.panel",
    "TEST MODE: messages are queued, not delivered; credits are held until you delete them from the queue on kwtsms.com",
)
LIVE_MODE_TEXT = translatable(
    "compose.panel", "LIVE: messages go to real phones and cost points. Switch Test mode on to try first."
)


class ComposePanel(QWidget):
    """Editor, counter, culprits, cleaning note, cost line, sender, test mode and the Send button."""

    sendRequested = Signal()
    sendLaterRequested = Signal()  # Send later…: the window asks for the time (ui/schedule/)
    testModeChanged = Signal(bool)
    senderChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, settings: SettingsRepository | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composePanel")
        self._settings = settings
        self._recipients = 0
        self._balance: float | None = None
        self._info = analyse_message("")
        self._direction: Qt.LayoutDirection | None = None
        self._preferred_sender = ""  # a draft's sender, chosen once the account's IDs arrive
        self._build()
        self.set_test_mode(self._setting(TEST_MODE_DEFAULT))
        self._on_text_changed()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        title = QLabel(translate("ComposePanel", "Message"))
        title.setObjectName("areaTitle")
        layout.addWidget(title)

        self.test_badge = QLabel(translate_marked("compose.panel", TEST_MODE_TEXT))
        self.test_badge.setObjectName("testModeBadge")
        self.test_badge.setWordWrap(True)
        self.test_badge.setAccessibleName(translate("ComposePanel", "Test mode is on"))
        layout.addWidget(self.test_badge)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("messageEdit")
        self.editor.setAccessibleName(translate("ComposePanel", "Message text"))
        self.editor.setPlaceholderText(translate("ComposePanel", "Type the message in Arabic or English…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(110)
        font = self.editor.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.editor.setFont(font)
        self.highlighter = CulpritHighlighter(self.editor.document())
        self.editor.textChanged.connect(self._on_text_changed)
        layout.addWidget(self.editor, 1)

        counter_row = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("pageCounter")
        self.counter.setAccessibleName(translate("ComposePanel", "Message length"))
        counter_font = QFont(self.counter.font())
        counter_font.setBold(True)
        self.counter.setFont(counter_font)
        counter_row.addWidget(self.counter)
        counter_row.addStretch(1)
        layout.addLayout(counter_row)

        self.culprit_box = QFrame()
        self.culprit_box.setObjectName("culpritBox")
        culprit_row = QHBoxLayout(self.culprit_box)
        culprit_row.setContentsMargins(8, 4, 8, 4)
        self.culprit_note = QLabel()
        self.culprit_note.setObjectName("culpritNote")
        self.culprit_note.setWordWrap(True)
        self.culprit_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        culprit_row.addWidget(self.culprit_note, 1)
        self.fix_button = QPushButton(translate("ComposePanel", "Use plain characters"))
        self.fix_button.setObjectName("plainCharactersButton")
        self.fix_button.setAccessibleName(translate("ComposePanel", "Use plain characters"))
        self.fix_button.clicked.connect(self.use_plain_characters)
        culprit_row.addWidget(self.fix_button)
        layout.addWidget(self.culprit_box)

        self.cleaning_note = QLabel()
        self.cleaning_note.setObjectName("cleaningNote")
        self.cleaning_note.setWordWrap(True)
        layout.addWidget(self.cleaning_note)

        self.cost_line = QLabel()
        self.cost_line.setObjectName("costLine")
        self.cost_line.setAccessibleName(translate("ComposePanel", "Cost"))
        self.cost_line.setWordWrap(True)
        layout.addWidget(self.cost_line)

        send_row = QHBoxLayout()
        sender_label = QLabel(translate("ComposePanel", "Sender ID"))
        self.sender_combo = QComboBox()
        self.sender_combo.setObjectName("senderCombo")
        self.sender_combo.setAccessibleName(translate("ComposePanel", "Sender ID"))
        self.sender_combo.setPlaceholderText(translate("ComposePanel", "Loading sender IDs…"))
        self.sender_combo.setMinimumContentsLength(10)
        self.sender_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sender_combo.currentTextChanged.connect(self._on_sender_changed)
        sender_label.setBuddy(self.sender_combo)
        send_row.addWidget(sender_label)
        send_row.addWidget(self.sender_combo)
        send_row.addSpacing(12)
        self.test_switch = QCheckBox(translate("ComposePanel", "Test mode"))
        self.test_switch.setObjectName("testModeSwitch")
        self.test_switch.setAccessibleName(translate("ComposePanel", "Test mode"))
        self.test_switch.setToolTip(translate_marked("compose.panel", TEST_MODE_TEXT))
        self.test_switch.toggled.connect(self._on_test_toggled)
        send_row.addWidget(self.test_switch)
        send_row.addStretch(1)
        self.send_button = QPushButton(translate("ComposePanel", "Send…"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(translate("ComposePanel", "Send the message"))
        self.send_button.setDefault(False)
        self.send_button.setMinimumWidth(110)
        self.send_button.clicked.connect(self.sendRequested)
        self.send_later_button = QPushButton(translate("ComposePanel", "Send later…"))
        self.send_later_button.setObjectName("sendLaterButton")
        self.send_later_button.setAccessibleName(translate("ComposePanel", "Send the message later, at a chosen time"))
        self.send_later_button.clicked.connect(self.sendLaterRequested)
        send_row.addWidget(self.send_later_button)
        send_row.addWidget(self.send_button)
        layout.addLayout(send_row)

        self.problem = QLabel()
        self.problem.setObjectName("sendProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)

        QWidget.setTabOrder(self.editor, self.fix_button)
        QWidget.setTabOrder(self.fix_button, self.sender_combo)
        QWidget.setTabOrder(self.sender_combo, self.test_switch)
        QWidget.setTabOrder(self.test_switch, self.send_later_button)
        QWidget.setTabOrder(self.send_later_button, self.send_button)

    # -- reading --------------------------------------------------------------------------------
    def message_text(self) -> str:
        return self.editor.toPlainText()

    def message_info(self) -> MessageInfo:
        return self._info

    def sender_id(self) -> str:
        """The chosen sender ID (not QObject.sender(), which this name used to hide)."""
        return self.sender_combo.currentText().strip()

    def test_mode(self) -> bool:
        return self.test_switch.isChecked()

    def editor_direction(self) -> Qt.LayoutDirection:
        return self.editor.document().defaultTextOption().textDirection()

    def cost_blocked(self) -> bool:
        """True when the balance is known and does not cover pages x recipients."""
        return self._balance is not None and self._info.pages * self._recipients > self._balance

    # -- inputs from the window -----------------------------------------------------------------
    @Slot(int)
    def set_recipient_count(self, count: int) -> None:
        self._recipients = max(0, int(count))
        self._update_cost()
        if self._recipients and not self.problem.isHidden():
            self.show_problem("")  # e.g. "Add recipients first…" is answered: Send checks again anyway

    @Slot(float)
    def set_balance(self, balance: float | None) -> None:
        self._balance = None if balance is None else float(balance)
        self._update_cost()

    @Slot(list)
    def set_sender_ids(self, sender_ids: list[str]) -> None:
        wanted = (
            self.sender_id() or self._preferred_sender or self._setting(LAST_SENDER) or self._setting(DEFAULT_SENDER)
        )
        self.sender_combo.blockSignals(True)
        self.sender_combo.clear()
        self.sender_combo.addItems([str(s) for s in sender_ids])
        index = self.sender_combo.findText(wanted) if wanted else -1
        self.sender_combo.setCurrentIndex(index if index >= 0 else (0 if sender_ids else -1))
        self.sender_combo.blockSignals(False)
        if not sender_ids:
            self.sender_combo.setPlaceholderText(translate("ComposePanel", "No sender ID on this account"))

    def prefer_sender(self, sender: str) -> None:
        """Choose this sender ID now if the account has it, else when the account's IDs arrive."""
        index = self.sender_combo.findText(sender)
        if index >= 0:
            self.sender_combo.setCurrentIndex(index)
        else:
            self._preferred_sender = sender

    def set_test_mode(self, on: bool) -> None:
        self.test_switch.setChecked(bool(on))
        self._show_test_badge(bool(on))

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    # -- the one-click fix --------------------------------------------------------------------------
    @Slot()
    def use_plain_characters(self) -> None:
        """Replace fixable characters in place, as one undoable step (Ctrl+Z restores them)."""
        text = self.editor.toPlainText()
        replacements: list[tuple[int, str]] = []
        position = 0
        for char in text:
            if is_fixable(char):
                replacements.append((position, to_plain_characters(char)))
            position += 2 if ord(char) > 0xFFFF else 1
        if not replacements:
            return
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        for start, plain in reversed(replacements):
            cursor.setPosition(start)
            cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(plain)
        cursor.endEditBlock()

    # -- reacting -------------------------------------------------------------------------------
    @Slot()
    def _on_text_changed(self) -> None:
        text = self.editor.toPlainText()
        info = self._info = analyse_message(text)
        self._set_text(self.counter, counter_text(info))
        _set_state(self.counter, "state", "bad" if info.too_long else "")
        self._apply_direction(text)
        self._update_culprits(info)
        self._update_cleaning(info)
        self._update_cost()
        if not self.problem.isHidden():
            self.show_problem("")

    def _apply_direction(self, text: str) -> None:
        direction = text_direction(text) or self.layoutDirection()
        if direction == self._direction:
            return
        self._direction = direction
        option = self.editor.document().defaultTextOption()
        option.setTextDirection(direction)
        side = (
            Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft
        )
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.document().setDefaultTextOption(option)
        self.editor.setLayoutDirection(direction)

    def _update_culprits(self, info: MessageInfo) -> None:
        """Flag what makes a Latin-script message UCS-2. An Arabic message is UCS-2 by nature:
        nothing to flag there, replacing a curly quote would not make it any cheaper."""
        if any(is_arabic(c) for c in info.unicode_chars):
            culprits: list[str] = []
        else:
            culprits = list(info.unicode_chars)
        self.highlighter.set_culprits(frozenset(culprits))
        if not culprits:
            self.culprit_box.setVisible(False)
            return
        fixable = [c for c in culprits if is_fixable(c)]
        others = [c for c in culprits if not is_fixable(c)]
        shown = " ".join(fixable[:8] + others[:8])
        note = translate(
            "ComposePanel",
            "These characters make this a Unicode (UCS-2) message, 70 characters per page instead of 160: {chars}",
            chars=shown,
        )
        self._set_text(self.culprit_note, note)
        self.fix_button.setVisible(bool(fixable))
        self.culprit_box.setVisible(True)

    def _update_cleaning(self, info: MessageInfo) -> None:
        if not info.removed:
            self.cleaning_note.setVisible(False)
            return
        items = describe_removed(info.removed, arabic=is_rtl(), limit=6)
        self._set_text(
            self.cleaning_note,
            translate("ComposePanel", "Removed before sending (phones cannot show them): {items}", items=items),
        )
        self.cleaning_note.setVisible(True)

    def _update_cost(self) -> None:
        pages, count = self._info.pages, self._recipients
        points = pages * count
        balance = (
            translate("ComposePanel", "balance unknown")
            if self._balance is None
            else translate("ComposePanel", "balance {balance}", balance=format_number(self._balance))
        )
        page_word = pages_text(pages, pages)
        if pages and count:
            text = translate(
                "ComposePanel",
                "{page_word} × {count} = {points} · {balance}",
                page_word=page_word,
                count=format_number(count),
                points=translate("ComposePanel", "{count} point(s)", n=points, count=format_number(points)),
                balance=balance,
            )
        elif pages:
            text = translate(
                "ComposePanel", "{page_word} × no recipients yet · {balance}", page_word=page_word, balance=balance
            )
        else:
            text = translate("ComposePanel", "The cost shows once there is a message · {balance}", balance=balance)
        blocked = self.cost_blocked()
        if blocked:
            text += " · " + translate("ComposePanel", "not enough balance")
        self._set_text(self.cost_line, text)
        _set_state(self.cost_line, "state", "bad" if blocked else "")
        self.send_button.setEnabled(not blocked)
        self.send_button.setToolTip(
            translate(
                "ComposePanel",
                "The balance does not cover this broadcast: recharge at kwtsms.com or send to fewer numbers.",
            )
            if blocked
            else translate("ComposePanel", "Send the message (Ctrl+Return)")
        )

    def _on_sender_changed(self, sender: str) -> None:
        if sender and self._settings is not None:
            self._settings.put(LAST_SENDER, sender)
        self.senderChanged.emit(sender)

    def _on_test_toggled(self, on: bool) -> None:
        self._show_test_badge(on)
        self.testModeChanged.emit(on)

    def _show_test_badge(self, on: bool) -> None:
        """TEST in amber or LIVE in red: the badge always says which one the Send button does."""
        self._set_text(
            self.test_badge,
            translate_marked("compose.panel", TEST_MODE_TEXT)
            if on
            else translate_marked("compose.panel", LIVE_MODE_TEXT),
        )
        self.test_badge.setAccessibleName(
            translate("ComposePanel", "Test mode is on")
            if on
            else translate("ComposePanel", "Live mode: real messages")
        )
        _set_state(self.test_badge, "mode", "test" if on else "live")

    def _setting(self, setting: Setting[T]) -> T:
        return setting.default if self._settings is None else self._settings.value(setting)

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)


def _set_state(widget: QWidget, name: str, value: str) -> None:
    """Set a property the stylesheet selects on, and re-polish so the new colour shows at once."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
