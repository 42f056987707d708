"""The credential store: password only in the keyring, explained unavailable/locked states, GUI thread only."""

from __future__ import annotations

import os
import threading
import uuid

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail

from kwtsms_desktop.credentials import (
    SERVICE,
    CredentialError,
    CredentialState,
    CredentialStore,
    KeyringLocked,
    KeyringUnavailable,
    MemoryKeyring,
)


class DictSettings(dict):
    def set(self, key, value):
        self[key] = value


@pytest.fixture(autouse=True)
def memory_keyring(request):
    """Every test runs on an in-memory keyring, except the real Secret Service test."""
    if request.node.get_closest_marker("secret_service"):
        yield None
        return
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_password_goes_to_the_keyring_and_username_to_settings(memory_keyring):
    settings = DictSettings()
    store = CredentialStore(settings)
    store.save("office", "s3cret-pass")
    assert settings == {"api_username": "office"}
    assert memory_keyring.get_password(SERVICE, "office") == "s3cret-pass"
    assert store.password() == "s3cret-pass"
    assert store.status() is CredentialState.READY
    snap = store.snapshot()
    assert snap() == ("office", "s3cret-pass")
    assert "s3cret-pass" not in repr(snap)


def test_saving_without_a_new_password_keeps_the_old_one_under_a_renamed_user(memory_keyring):
    settings = DictSettings()
    store = CredentialStore(settings)
    store.save("office", "first")
    store.save("office2", None)
    assert store.password() == "first"
    assert memory_keyring.get_password(SERVICE, "office") is None
    store.delete()
    assert store.username() == ""
    assert memory_keyring.get_password(SERVICE, "office2") is None


def test_no_os_keyring_is_an_explained_state():
    keyring.set_keyring(fail.Keyring())
    store = CredentialStore(DictSettings(api_username="office"))
    assert store.status() is CredentialState.UNAVAILABLE
    with pytest.raises(KeyringUnavailable) as caught:
        store.save("office", "pw")
    english = caught.value.message("en")
    assert "Windows" in english and "macOS" in english and "GNOME Keyring" in english
    assert "سلسلة مفاتيح" in caught.value.message("ar")


class FakeAltPlaintext(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's PlaintextKeyring (the module name is what matters)."""

    priority = 0.5

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise AssertionError("a plaintext backend must never receive the password")

    def delete_password(self, service, username):
        pass


FakeAltPlaintext.__module__ = "keyrings.alt.file"
keyring.backend.KeyringBackend._classes.discard(FakeAltPlaintext)


def test_a_plaintext_keyrings_alt_backend_is_refused():
    keyring.set_keyring(FakeAltPlaintext())
    store = CredentialStore(DictSettings())
    with pytest.raises(KeyringUnavailable) as caught:
        store.save("office", "pw")
    assert "plain file" in caught.value.message("en")
    assert store.username() == ""  # settings untouched when the keyring refused


def test_a_chainer_holding_only_plaintext_is_refused(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [FakeAltPlaintext()])
    keyring.set_keyring(chainer.ChainerBackend())
    with pytest.raises(KeyringUnavailable):
        CredentialStore(DictSettings()).save("office", "pw")


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    set_password = get_password


keyring.backend.KeyringBackend._classes.discard(LockedKeyring)


def test_a_locked_keyring_is_a_distinct_explained_state():
    store = CredentialStore(DictSettings(api_username="office"), backend=LockedKeyring())
    assert store.status() is CredentialState.LOCKED
    with pytest.raises(KeyringLocked) as caught:
        store.password()
    assert "locked" in caught.value.message("en")
    assert isinstance(caught.value, CredentialError)


def test_never_used_from_a_worker_thread():
    store = CredentialStore(DictSettings(api_username="office"))
    errors = []

    def worker():
        try:
            store.password()
        except RuntimeError as error:
            errors.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert errors and "worker thread" in str(errors[0])


def test_memory_keyring_is_never_discovered_as_a_default():
    assert MemoryKeyring not in keyring.backend.KeyringBackend._classes
    assert not any(isinstance(ring, MemoryKeyring) for ring in keyring.backend.get_all_keyring())


@pytest.mark.secret_service
def test_real_secret_service_stores_reads_and_deletes_the_password():
    from keyring.backends import SecretService

    required = os.environ.get("KWTSMS_REQUIRE_SECRET_SERVICE") == "1"
    ring = SecretService.Keyring()
    try:
        ring.priority  # noqa: B018 - raises when no Secret Service daemon is reachable on D-Bus
    except Exception as error:  # noqa: BLE001 - whatever the backend raises means 'not reachable'
        if required:
            pytest.fail(f"KWTSMS_REQUIRE_SECRET_SERVICE=1 but no Secret Service is reachable: {error}")
        pytest.skip(f"no Secret Service reachable: {error}")
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        username = f"ci-{uuid.uuid4().hex[:8]}"
        store = CredentialStore(DictSettings(), service="kwtsms-desktop-test")
        assert store.backend_name().endswith("SecretService.Keyring")
        store.save(username, "real-keyring-pass")
        assert ring.get_password("kwtsms-desktop-test", username) == "real-keyring-pass"
        assert store.password() == "real-keyring-pass"
        store.delete()
        assert ring.get_password("kwtsms-desktop-test", username) is None
    finally:
        keyring.set_keyring(previous)
