"""Settings as a person uses them: credentials to the keyring only, Test connection in plain words, defaults saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox

from kwtsms_desktop.core.errors import error_info
from kwtsms_desktop.credentials import SERVICE
from tests.gui.conftest import find

PASSWORD = "Kw-Unique-Pass-7391"

# Showing a dialog on Qt's offscreen platform logs this harmless warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_settings(window, qtbot):
    window.settings_action.trigger()
    dialog = window.findChild(QDialog, "settingsDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_credentials_go_to_the_keyring_and_nowhere_else(build_window, simulator, memory_keyring, qtbot):
    window = build_window("--gateway", simulator.url, demo=False)
    assert window.connection_label.text() == "Not connected"
    dialog = open_settings(window, qtbot)
    find(dialog, QLineEdit, "usernameEdit").setText("demo")
    find(dialog, QLineEdit, "passwordEdit").setText(PASSWORD)
    find(dialog, QSpinBox, "sendRateSpin").setValue(3)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(find(dialog, QPushButton, "saveSettingsButton"), Qt.MouseButton.LeftButton)
    assert memory_keyring.get_password(SERVICE, "demo") == PASSWORD
    settings = window.session.settings
    assert settings.get("api_username") == "demo"
    assert settings.get("send_rate") == 3
    assert window.session.rate_limiter.rate == 3
    assert window.account_label.text() == "Account: demo"
    window.session.store.connection.execute("PRAGMA wal_checkpoint(FULL)")
    secret = PASSWORD.encode()
    for path in window.session.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert secret not in data and PASSWORD.encode("utf-16-le") not in data, path


def test_wrong_password_gets_a_plain_sentence_that_fits_settings(build_window, simulator, qtbot):
    window = build_window("--gateway", simulator.url, demo=False)
    dialog = open_settings(window, qtbot)
    find(dialog, QLineEdit, "usernameEdit").setText("demo")
    find(dialog, QLineEdit, "passwordEdit").setText("not-the-password")
    result = find(dialog, QLabel, "connectionResult")
    qtbot.mouseClick(find(dialog, QPushButton, "testConnectionButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wrong" in result.text(), timeout=10_000)
    # The same meaning as ERR003's sentence, but not "Open Settings": the user is in Settings.
    assert result.text().startswith("The API username or password is wrong. Check both fields above")
    assert "Open Settings" in error_info("ERR003").message("en") and "Open Settings" not in result.text()
    assert result.property("state") == "bad"
    assert "not-the-password" not in result.text()


def test_right_password_shows_balance_and_sender_ids_then_connects(build_window, simulator, memory_keyring, qtbot):
    window = build_window("--gateway", simulator.url, demo=False)
    dialog = open_settings(window, qtbot)
    find(dialog, QLineEdit, "usernameEdit").setText("demo")
    find(dialog, QLineEdit, "passwordEdit").setText("demo")
    result = find(dialog, QLabel, "connectionResult")
    qtbot.mouseClick(find(dialog, QPushButton, "testConnectionButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.property("state") == "ok", timeout=10_000)
    assert result.text() == "Connected. Balance: 5,000 points; sender IDs: KWT-SMS, DEMO."
    senders = find(dialog, QComboBox, "defaultSenderCombo")
    assert [senders.itemText(i) for i in range(senders.count())] == ["KWT-SMS", "DEMO"]
    senders.setCurrentText("DEMO")
    country = find(dialog, QComboBox, "defaultCountryCombo")
    country.setCurrentIndex(country.findData("966"))
    find(dialog, QCheckBox, "testModeDefaultCheck").setChecked(False)
    with qtbot.waitSignal(window.account.balanceChanged, timeout=10_000):
        dialog.save()
    assert window.balance_label.text() == "5,000 points"
    combo = find(window, QComboBox, "senderCombo")
    qtbot.waitUntil(lambda: combo.count() == 2)
    assert combo.currentText() == "DEMO"
    assert window.session.default_country() == "966"
    assert not window.compose.test_mode()


def test_a_missing_keyring_is_explained_and_nothing_is_saved(build_window, simulator, qtbot):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the autouse fixture restores the previous one
    window = build_window("--gateway", simulator.url, demo=False)
    dialog = open_settings(window, qtbot)
    assert "GNOME Keyring" in find(dialog, QLabel, "keyringNote").text()
    find(dialog, QLineEdit, "usernameEdit").setText("demo")
    find(dialog, QLineEdit, "passwordEdit").setText(PASSWORD)
    dialog.save()
    error = find(dialog, QLabel, "settingsError")
    assert error.isVisibleTo(dialog) and "plain file" in error.text()
    assert dialog.isVisible()
    assert window.session.settings.get("api_username") is None


def test_a_locked_keyring_shows_in_the_header_with_what_to_do(build_window, simulator, qtbot):
    import keyring
    import keyring.errors

    from kwtsms_desktop.credentials import MemoryKeyring

    class Locked(MemoryKeyring):
        def get_password(self, service, username):
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    keyring.backend.KeyringBackend._classes.discard(Locked)
    keyring.set_keyring(Locked())  # the autouse fixture restores the previous one
    window = build_window("--gateway", simulator.url, demo=False, ready=False)
    window.session.settings.set("api_username", "office")
    window.session.reload_credentials()
    window.refresh_account()
    qtbot.waitUntil(lambda: window.connection_label.text() == "● Keyring locked")
    assert "Unlock it" in window.connection_label.toolTip()


def test_a_ca_bundle_chosen_in_settings_is_checked_saved_and_trusted_at_once(build_window, simulator, qtbot, tmp_path):
    import trustme

    window = build_window("--gateway", simulator.url, demo=False)
    dialog = open_settings(window, qtbot)
    edit = find(dialog, QLineEdit, "caBundleEdit")
    assert edit.text() == ""
    not_pem = tmp_path / "not.pem"
    not_pem.write_text("hello")
    edit.setText(str(not_pem))
    qtbot.mouseClick(find(dialog, QPushButton, "saveSettingsButton"), Qt.MouseButton.LeftButton)
    error = find(dialog, QLabel, "settingsError")
    assert "cannot be used" in error.text() and dialog.isVisible()
    assert window.session.settings.get("ca_bundle") is None

    bundle = tmp_path / "company-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(bundle))
    edit.setText(str(bundle))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(find(dialog, QPushButton, "saveSettingsButton"), Qt.MouseButton.LeftButton)
    assert window.session.settings.get("ca_bundle") == str(bundle)
    assert window.session.client.verify == str(bundle)


def test_send_rate_and_api_log_follow_their_settings_at_once(build_window, simulator):
    from kwtsms_desktop.store.settings_schema import API_LOG, SEND_RATE

    window = build_window("--gateway", simulator.url, demo=False)
    window.session.settings.put(SEND_RATE, 9.0)  # clamped to the schema's 4
    window.session.settings.put(API_LOG, False)
    assert window.session.rate_limiter.rate == 4.0
    assert window.session.api_log.enabled is False
