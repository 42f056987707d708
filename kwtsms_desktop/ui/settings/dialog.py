"""Settings: API username and password (to the OS keyring), Test connection, defaults, send rate, API log, language.

The password goes only to the keyring through `CredentialStore`; every other value goes to the
store's settings. Test connection runs in the background (the account service) with the values
typed, before they are saved, and shows the answer in plain words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.core.bidi import ltr
from kwtsms_desktop.core.phone import check_number, country_name, known_countries
from kwtsms_desktop.credentials import CredentialError
from kwtsms_desktop.gateway.transport import BadCABundle, check_ca_bundle
from kwtsms_desktop.store.settings_schema import (
    API_LOG,
    CA_BUNDLE,
    DEFAULT_COUNTRY,
    DEFAULT_SENDER,
    LANGUAGE,
    LOW_BALANCE,
    MAX_SEND_RATE,
    MIN_SEND_RATE,
    OWN_PHONE,
    SEND_RATE,
    TEST_MODE_DEFAULT,
)
from kwtsms_desktop.ui.schedule.settings_box import ScheduleSettingsBox
from kwtsms_desktop.ui.shared.session import Session
from kwtsms_desktop.ui.shared.translation import language, translate


class SettingsDialog(QDialog):
    """Window-modal settings sheet; `saved` fires after everything was stored."""

    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(640)
        self.session = session
        self.settings = session.settings
        assert session.account is not None  # the window opens Settings once its session has started
        self.account = session.account
        self.last_test: dict | None = None
        self._build()
        self._load()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)

        account_box = QGroupBox(translate("SettingsDialog", "kwtSMS account (API)"))
        account_form = QFormLayout(account_box)
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("usernameEdit")
        self.username_edit.setAccessibleName(translate("SettingsDialog", "API username"))
        self.username_edit.setPlaceholderText(
            translate("SettingsDialog", "From the API page of your kwtsms.com account")
        )
        account_form.addRow(translate("SettingsDialog", "API username"), self.username_edit)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setAccessibleName(translate("SettingsDialog", "API password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        account_form.addRow(translate("SettingsDialog", "API password"), self.password_edit)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        account_form.addRow(self.keyring_note)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(translate("SettingsDialog", "Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        account_form.addRow(test_row)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        account_form.addRow(self.result_label)
        layout.addWidget(account_box)

        sending_box = QGroupBox(translate("SettingsDialog", "Sending"))
        sending_form = QFormLayout(sending_box)
        self.sender_combo = QComboBox()
        self.sender_combo.setObjectName("defaultSenderCombo")
        self.sender_combo.setEditable(True)
        self.sender_combo.setAccessibleName(translate("SettingsDialog", "Default sender ID"))
        sending_form.addRow(translate("SettingsDialog", "Default sender ID"), self.sender_combo)
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("defaultCountryCombo")
        self.country_combo.setAccessibleName(translate("SettingsDialog", "Default country"))
        for code, name in known_countries():
            shown = country_name(code, language()) or name
            self.country_combo.addItem(f"{shown} ({ltr('+' + code)})", code)
        sending_form.addRow(translate("SettingsDialog", "Default country"), self.country_combo)
        self.test_mode_check = QCheckBox(translate("SettingsDialog", "Start in test mode"))
        self.test_mode_check.setToolTip(
            translate("SettingsDialog", "Test messages are queued at kwtsms.com, not delivered.")
        )
        self.test_mode_check.setObjectName("testModeDefaultCheck")
        sending_form.addRow(translate("SettingsDialog", "Test mode"), self.test_mode_check)
        self.rate_spin = QSpinBox()
        self.rate_spin.setObjectName("sendRateSpin")
        self.rate_spin.setRange(int(MIN_SEND_RATE), int(MAX_SEND_RATE))
        self.rate_spin.setSuffix(translate("SettingsDialog", " requests per second"))
        self.rate_spin.setToolTip(
            translate("SettingsDialog", "kwtSMS blocks an address that sends more than 5 requests per second.")
        )
        sending_form.addRow(translate("SettingsDialog", "Send rate"), self.rate_spin)
        self.api_log_check = QCheckBox(translate("SettingsDialog", "Keep a log of gateway calls"))
        self.api_log_check.setToolTip(
            translate("SettingsDialog", "Written to the data folder; the password is never written to it.")
        )
        self.api_log_check.setObjectName("apiLogCheck")
        sending_form.addRow(translate("SettingsDialog", "API log"), self.api_log_check)
        self.own_phone_edit = QLineEdit()
        self.own_phone_edit.setObjectName("ownPhoneEdit")
        self.own_phone_edit.setAccessibleName(translate("SettingsDialog", "My phone"))
        self.own_phone_edit.setPlaceholderText(
            translate("SettingsDialog", "Your own mobile number, for a test before a broadcast")
        )
        self.own_phone_edit.setToolTip(
            translate("SettingsDialog", "Send a test to my phone sends the message live to this number alone.")
        )
        sending_form.addRow(translate("SettingsDialog", "My phone"), self.own_phone_edit)
        self.low_balance_spin = QSpinBox()
        self.low_balance_spin.setObjectName("lowBalanceSpin")
        self.low_balance_spin.setRange(int(LOW_BALANCE.minimum or 0), int(LOW_BALANCE.maximum or 10_000_000))
        self.low_balance_spin.setSingleStep(100)
        self.low_balance_spin.setSuffix(translate("SettingsDialog", " points"))
        self.low_balance_spin.setSpecialValueText(translate("SettingsDialog", "Never warn"))
        self.low_balance_spin.setToolTip(
            translate(
                "SettingsDialog",
                "Below this balance the header turns amber, and Send warns when a broadcast would go below it.",
            )
        )
        sending_form.addRow(translate("SettingsDialog", "Low balance warning"), self.low_balance_spin)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("العربية", "ar")
        sending_form.addRow(translate("SettingsDialog", "Language"), self.language_combo)
        self.ca_bundle_edit = QLineEdit()
        self.ca_bundle_edit.setObjectName("caBundleEdit")
        self.ca_bundle_edit.setPlaceholderText(
            translate("SettingsDialog", "None: the system's certificates are enough")
        )
        self.ca_bundle_edit.setToolTip(
            translate(
                "SettingsDialog",
                "Only if your office network inspects secure connections: your company's "
                "certificate authority file (PEM), trusted in addition to the system's.",
            )
        )
        choose = QPushButton(translate("SettingsDialog", "Choose…"))
        choose.setObjectName("caBundleChooseButton")
        choose.clicked.connect(self._choose_ca_bundle)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle_edit, 1)
        ca_row.addWidget(choose)
        sending_form.addRow(translate("SettingsDialog", "CA bundle"), ca_row)
        layout.addWidget(sending_box)
        self.schedule_box = ScheduleSettingsBox()  # quiet hours, late sends (ui/schedule/settings_box.py)
        layout.addWidget(self.schedule_box)

        self.error_label = QLabel()
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828; font-weight: 600;")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("SettingsDialog", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("SettingsDialog", "Cancel"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveSettingsButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _load(self) -> None:
        store = self.session.credential_store
        self.username_edit.setText(store.username())
        problem = self.session.keyring_problem
        has_password = False
        if problem is None:
            try:
                store.backend()  # says at once when there is no usable keyring, before anything is typed
                has_password = bool(store.password())
            except CredentialError as error:
                problem = error
        if problem is not None:
            self.keyring_note.setText(problem.message(language()))
            self.keyring_note.setVisible(True)
        else:
            self.keyring_note.setText(
                translate("SettingsDialog", "The password is kept in the system keyring, never in a file.")
            )
        if has_password:
            self.password_edit.setPlaceholderText(
                translate("SettingsDialog", "Saved in the system keyring (type to change)")
            )
        self._fill_senders(self.account.sender_ids)
        default_sender = self.settings.value(DEFAULT_SENDER)
        if default_sender:
            self.sender_combo.setCurrentText(default_sender)
        index = self.country_combo.findData(self.settings.value(DEFAULT_COUNTRY))
        self.country_combo.setCurrentIndex(
            index if index >= 0 else self.country_combo.findData(DEFAULT_COUNTRY.default)
        )
        self.test_mode_check.setChecked(self.settings.value(TEST_MODE_DEFAULT))
        rate: float = self.settings.value(SEND_RATE)
        self.rate_spin.setValue(round(rate))
        self.api_log_check.setChecked(self.settings.value(API_LOG))
        self.own_phone_edit.setText(self.settings.value(OWN_PHONE))
        self.low_balance_spin.setValue(self.settings.value(LOW_BALANCE))
        lang_index = self.language_combo.findData(self.settings.value(LANGUAGE) or language())
        self.ca_bundle_edit.setText(self.settings.value(CA_BUNDLE))
        self.language_combo.setCurrentIndex(max(lang_index, 0))
        self.schedule_box.load(self.settings)

    def _fill_senders(self, sender_ids: list[str]) -> None:
        current = self.sender_combo.currentText()
        self.sender_combo.clear()
        self.sender_combo.addItems(list(sender_ids))
        if current:
            self.sender_combo.setCurrentText(current)

    # -- test connection -----------------------------------------------------------------------------
    def _password_for_test(self) -> str | None:
        typed = self.password_edit.text()
        if typed:
            return typed
        try:
            return self.session.credential_store.password()
        except CredentialError as error:
            self._show_result(error.message(language()), ok=False)
            return None

    @Slot()
    def test_connection(self) -> None:
        username = self.username_edit.text().strip()
        if not username:
            self._show_result(translate("SettingsDialog", "Type the API username first."), ok=False)
            return
        password = self._password_for_test()
        if password is None:
            if not self.result_label.text():
                self._show_result(translate("SettingsDialog", "Type the API password first."), ok=False)
            return
        self.test_button.setEnabled(False)
        self._show_result(translate("SettingsDialog", "Testing the connection…"), ok=None)
        self.account.test_connection(username, password, self._tested)

    def _tested(self, result: dict | None, error: str | None) -> None:
        self.test_button.setEnabled(True)
        self.last_test = result
        if result is None:
            self._show_result(
                _said_in_settings(error) or translate("SettingsDialog", "The connection failed."), ok=False
            )
            return
        self._show_result(result["sentence"], ok=True)
        self._fill_senders(result["sender_ids"])

    def _show_result(self, sentence: str, *, ok: bool | None) -> None:
        self.result_label.setText(sentence)
        self.result_label.setProperty("state", {True: "ok", False: "bad", None: ""}[ok])
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)

    # -- saving ----------------------------------------------------------------------------------------
    @Slot()
    def _choose_ca_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("SettingsDialog", "Certificate authority file"),
            self.ca_bundle_edit.text(),
            translate("SettingsDialog", "Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_bundle_edit.setText(path)

    @Slot()
    def save(self) -> None:
        ca_bundle = self.ca_bundle_edit.text().strip()
        if ca_bundle:
            try:
                check_ca_bundle(ca_bundle)
            except BadCABundle as error:
                self._show_error(str(error))
                return
        own_phone = self.own_phone_edit.text().strip()
        if own_phone:
            checked = check_number(own_phone, self.country_combo.currentData())
            if not checked.ok:
                self._show_error(
                    translate("SettingsDialog", "My phone: this is not a mobile number that can be sent to.")
                    + ("" if language() == "ar" else f" {checked.error}")
                )
                return
            own_phone = checked.number
        username = self.username_edit.text().strip()
        password = self.password_edit.text() or None
        store = self.session.credential_store
        if username:
            try:
                if username != store.username() or password is not None:
                    store.save(username, password)
            except CredentialError as error:
                self._show_error(error.message(language()))
                return
        elif store.username():
            try:
                store.delete()
            except CredentialError as error:
                self._show_error(error.message(language()))
                return
        settings = self.settings
        settings.put(DEFAULT_SENDER, self.sender_combo.currentText().strip())
        settings.put(DEFAULT_COUNTRY, self.country_combo.currentData())
        settings.put(TEST_MODE_DEFAULT, self.test_mode_check.isChecked())
        settings.put(SEND_RATE, float(self.rate_spin.value()))
        settings.put(API_LOG, self.api_log_check.isChecked())
        settings.put(LANGUAGE, self.language_combo.currentData())
        settings.put(CA_BUNDLE, ca_bundle or "")
        settings.put(OWN_PHONE, own_phone)
        settings.put(LOW_BALANCE, self.low_balance_spin.value())
        self.schedule_box.save(settings)
        self.password_edit.clear()
        self.saved.emit()
        self.accept()

    def _show_error(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        self.error_label.setVisible(True)


def _said_in_settings(sentence: str | None) -> str | None:
    """A gateway sentence that sends the user to Settings, said for someone who is in Settings already."""
    from kwtsms_desktop.core.errors import error_info

    wrong_password = error_info("ERR003")
    if sentence in (wrong_password.message("en"), wrong_password.message("ar")):
        return translate(
            "settings.dialog",
            "The API username or password is wrong. Check both fields above: use the API username and "
            "password from the API page of your kwtsms.com account (not your login mobile number).",
        )
    return sentence
