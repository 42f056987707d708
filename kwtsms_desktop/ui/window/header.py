"""The main window's header: the account, the connection's state, the balance, Refresh and Settings."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QToolButton, QVBoxLayout

from kwtsms_desktop.core.own_phone import is_low
from kwtsms_desktop.store.settings_schema import LOW_BALANCE
from kwtsms_desktop.ui.shared.formatting import format_points
from kwtsms_desktop.ui.shared.session import Session
from kwtsms_desktop.ui.shared.translation import language, translate

NO_BALANCE = "—"  # no digits until the account answered


class WindowHeader(QMainWindow):
    """The header bar and what it shows about the account (a base of MainWindow)."""

    ready = Signal()  # the account answered (or failed) once: balance and sender IDs are shown

    session: Session
    is_ready: bool
    status_connection: QLabel

    def _build_header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("headerBar")
        row = QHBoxLayout(header)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(12)
        title = QLabel(translate("WindowHeader", "kwtSMS Desktop"))
        title.setObjectName("appTitle")
        row.addWidget(title)

        who = QVBoxLayout()
        who.setSpacing(0)
        self.account_label = QLabel()
        self.account_label.setObjectName("accountLabel")
        self.account_label.setAccessibleName(translate("WindowHeader", "Account"))
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setAccessibleName(translate("WindowHeader", "Connection"))
        who.addWidget(self.account_label)
        who.addWidget(self.connection_label)
        row.addLayout(who)
        row.addStretch(1)

        caption = QLabel(translate("WindowHeader", "Balance"))
        caption.setObjectName("balanceCaption")
        row.addWidget(caption)
        self.balance_label = QLabel(NO_BALANCE)
        self.balance_label.setObjectName("balanceLabel")
        self.balance_label.setAccessibleName(translate("WindowHeader", "Balance in points"))
        self.balance_label.setToolTip(
            translate("WindowHeader", "Points available. Updated after every send; F5 refreshes it.")
        )
        row.addWidget(self.balance_label)
        self.refresh_button = QToolButton()
        self.refresh_button.setObjectName("refreshBalanceButton")
        self.refresh_button.setText(translate("WindowHeader", "Refresh"))
        self.refresh_button.setAccessibleName(translate("WindowHeader", "Refresh the balance"))
        self.refresh_button.setToolTip(translate("WindowHeader", "Refresh the balance (F5)"))
        row.addWidget(self.refresh_button)
        self.settings_button = QToolButton()
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setText(translate("WindowHeader", "Settings"))
        self.settings_button.setAccessibleName(translate("WindowHeader", "Settings"))
        self.settings_button.setToolTip(translate("WindowHeader", "Settings (Ctrl+,)"))
        row.addWidget(self.settings_button)
        return header

    @Slot(float)
    def show_balance(self, balance: float) -> None:
        self.balance_label.setText(
            translate("WindowHeader", "{points} point(s)", n=int(balance), points=format_points(balance))
        )
        self._show_low_balance()

    def _show_low_balance(self) -> None:
        """Amber below the warning level chosen in Settings (the tooltip says why)."""
        threshold = self.session.settings.value(LOW_BALANCE)
        account = self.session.account
        low = account is not None and is_low(account.balance, threshold)
        self.balance_label.setProperty("low", low)
        self.balance_label.setStyleSheet(
            "color: #8a5300; background: #ffe08a; border-radius: 3px; padding: 0 4px;" if low else ""
        )
        self.balance_label.setToolTip(
            translate(
                "WindowHeader",
                "The balance is below your warning level of {points} points. Recharge at kwtsms.com.",
                points=format_points(threshold),
            )
            if low
            else translate("WindowHeader", "Points available. Updated after every send; F5 refreshes it.")
        )

    @Slot(str, str)
    def update_connection(self, state: str, sentence: str) -> None:
        username = self.session.credentials.username
        if self.session.demo:
            self.account_label.setText(translate("WindowHeader", "Demo account ({user})", user=username))
        elif username:
            self.account_label.setText(translate("WindowHeader", "Account: {user}", user=username))
        else:
            self.account_label.setText(translate("WindowHeader", "No account set up"))
        words = {
            "unconfigured": translate("WindowHeader", "Not connected"),
            "checking": translate("WindowHeader", "Connecting…"),
            "connected": translate("WindowHeader", "● Connected"),
            "refused": translate("WindowHeader", "● Not connected"),
            "offline": translate("WindowHeader", "● Offline"),
        }
        problem = self.session.keyring_problem
        if state == "unconfigured" and problem is not None:
            # The password may well be saved: the keyring holding it is locked or missing.
            sentence = problem.message(language())
            words["unconfigured"] = (
                translate("WindowHeader", "● Keyring locked")
                if problem.kind == "locked"
                else translate("WindowHeader", "● No keyring")
            )
        self.connection_label.setText(words.get(state, state))
        self.connection_label.setToolTip(sentence)
        self.connection_label.setProperty("state", state)
        self.connection_label.style().unpolish(self.connection_label)
        self.connection_label.style().polish(self.connection_label)
        self.status_connection.setText(sentence if state != "connected" else "")
        if state in ("refused", "offline", "unconfigured") and sentence:
            self.statusBar().showMessage(sentence)
        if state in ("connected", "refused", "offline", "unconfigured") and not self.is_ready and sentence:
            self.is_ready = True
            self.ready.emit()
