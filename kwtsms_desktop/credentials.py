"""The API password in the OS keyring (never in a file); the username lives in the settings.

`CredentialStore` reads and writes the password through `keyring` (service ``kwtsms-desktop``)
and turns every way the keyring can be missing into one of two explained states:

* ``KeyringUnavailable``: there is no usable OS keyring (keyring's ``fail`` backend, an empty
  chainer, the ``null`` backend, no D-Bus Secret Service...). A plaintext ``keyrings.alt`` backend
  counts as unavailable: a password in a plain file is exactly what this app promises not to do.
* ``KeyringLocked``: the keyring exists but stayed locked (the user dismissed the unlock prompt).

Both carry what to do on Windows, macOS and Linux in English and Arabic.  The store is only ever
used from the GUI thread (a keyring may show an unlock prompt, and Secret Service connections are
not thread-safe); worker threads get a `CredentialSnapshot` taken on the GUI thread instead.

`MemoryKeyring` is an in-memory backend for demo mode and tests.  It does not register itself
with keyring's backend discovery, so it can never become anybody's default by accident.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast

import keyring
import keyring.backend
import keyring.errors

from kwtsms_desktop.store.settings_schema import API_USERNAME

SERVICE = "kwtsms-desktop"
T = TypeVar("T")


class SettingsLike(Protocol):
    """What the store needs from the settings repository (the username is stored there)."""

    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: Any) -> None: ...


class CredentialState(enum.Enum):
    READY = "ready"
    UNAVAILABLE = "unavailable"
    LOCKED = "locked"


_ADVICE = {
    "unavailable": {
        "en": (
            "No secure password store (OS keyring) is available, so the API password cannot be "
            "saved. Windows: Credential Manager is built in; make sure the 'Credential Manager' "
            "service is running. macOS: open Keychain Access and check that the login keychain "
            "exists. Linux: install and start GNOME Keyring (gnome-keyring) or KWallet, then log "
            "out and back in. kwtSMS Desktop never stores the password in a plain file."
        ),
        "ar": (
            "لا توجد خزنة آمنة لكلمات المرور (سلسلة مفاتيح النظام)، لذلك لا يمكن حفظ كلمة مرور "
            "الواجهة البرمجية. ويندوز: مدير بيانات الاعتماد مدمج، تأكد أن خدمة 'Credential Manager' "
            "تعمل. ماك: افتح Keychain Access وتأكد من وجود سلسلة مفاتيح تسجيل الدخول. لينكس: ثبّت "
            "GNOME Keyring أو KWallet وشغّله ثم سجّل الخروج والدخول. لا يحفظ kwtSMS Desktop كلمة "
            "المرور في ملف نصي أبداً."
        ),
    },
    "plaintext": {
        "en": (
            "The only password store found writes passwords to a plain file (keyrings.alt), so "
            "kwtSMS Desktop will not use it. Uninstall keyrings.alt, or install a real OS keyring: "
            "Credential Manager on Windows, the login keychain on macOS, GNOME Keyring or KWallet "
            "on Linux."
        ),
        "ar": (
            "خزنة كلمات المرور الوحيدة الموجودة تكتب كلمات المرور في ملف نصي (keyrings.alt)، لذلك لن "
            "يستخدمها kwtSMS Desktop. أزل keyrings.alt أو ثبّت سلسلة مفاتيح حقيقية للنظام: مدير "
            "بيانات الاعتماد في ويندوز، أو سلسلة مفاتيح تسجيل الدخول في ماك، أو GNOME Keyring أو "
            "KWallet في لينكس."
        ),
    },
    "locked": {
        "en": (
            "The OS keyring is locked, so the saved API password cannot be read. Unlock it and try "
            "again: on Linux accept the keyring's unlock prompt (or unlock 'Login' in Passwords and "
            "Keys / KWallet Manager); on macOS unlock the login keychain in Keychain Access; on "
            "Windows sign in to your Windows account again."
        ),
        "ar": (
            "سلسلة مفاتيح النظام مقفلة، لذلك لا يمكن قراءة كلمة مرور الواجهة البرمجية المحفوظة. افتح "
            "القفل وحاول مرة أخرى: في لينكس وافق على نافذة فتح سلسلة المفاتيح (أو افتح 'Login' في "
            "Passwords and Keys أو KWallet Manager)، وفي ماك افتح سلسلة مفاتيح تسجيل الدخول في "
            "Keychain Access، وفي ويندوز سجّل الدخول إلى حسابك مرة أخرى."
        ),
    },
    "failed": {
        "en": "The OS keyring refused the request ({detail}). Check that it is running and unlocked, then try again.",
        "ar": "رفضت سلسلة مفاتيح النظام الطلب ({detail}). تأكد أنها تعمل وأنها غير مقفلة ثم حاول مرة أخرى.",
    },
}


class CredentialError(Exception):
    """The keyring could not be used; `message(lang)` says why and what to do."""

    kind = "failed"
    state = CredentialState.UNAVAILABLE

    def __init__(self, detail: str = "", *, kind: str | None = None) -> None:
        self.kind = kind or self.kind
        self.detail = detail
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        text = _ADVICE[self.kind].get(lang, _ADVICE[self.kind]["en"])
        return text.format(detail=self.detail) if "{detail}" in text else text


class KeyringUnavailable(CredentialError):
    """No usable OS keyring (or only a plaintext one, which is refused)."""

    kind = "unavailable"
    state = CredentialState.UNAVAILABLE


class KeyringLocked(CredentialError):
    """The OS keyring exists but is locked (the unlock prompt was dismissed)."""

    kind = "locked"
    state = CredentialState.LOCKED


def _assert_main_thread() -> None:
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError(
            "CredentialStore used from a worker thread; take a CredentialSnapshot on the GUI thread instead"
        )


def _is_plaintext(backend: keyring.backend.KeyringBackend) -> bool:
    return type(backend).__module__.startswith("keyrings.alt")


def _resolve_backend(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
    """The backend that will really hold the password, or raise KeyringUnavailable."""
    from keyring.backends import chainer, fail

    module = type(backend).__module__
    if isinstance(backend, fail.Keyring) or module == "keyring.backends.null":
        raise KeyringUnavailable(type(backend).__name__)
    if _is_plaintext(backend):
        raise KeyringUnavailable(module, kind="plaintext")
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        safe = [ring for ring in chained if not _is_plaintext(ring) and not isinstance(ring, fail.Keyring)]
        if not safe:
            raise KeyringUnavailable("chainer", kind="plaintext" if chained else "unavailable")
        return cast(
            keyring.backend.KeyringBackend, safe[0]
        )  # highest priority first: never read from a plaintext one further down
    return backend


class CredentialStore:
    """The API username (in settings) and password (in the OS keyring). GUI thread only.

    `backend`: a keyring backend to use instead of keyring's active one (tests, demo mode).
    """

    def __init__(
        self,
        settings: SettingsLike,
        *,
        backend: keyring.backend.KeyringBackend | None = None,
        service: str = SERVICE,
    ) -> None:
        self._settings = settings
        self._backend = backend
        self.service = service

    # -- state ------------------------------------------------------------------------------
    def backend(self) -> keyring.backend.KeyringBackend:
        """The backend holding the password; raises KeyringUnavailable when there is none usable."""
        _assert_main_thread()
        return _resolve_backend(self._backend if self._backend is not None else keyring.get_keyring())

    def backend_name(self) -> str:
        try:
            ring = self.backend()
        except CredentialError:
            return "none"
        return f"{type(ring).__module__}.{type(ring).__name__}"

    def status(self) -> CredentialState:
        """READY, UNAVAILABLE or LOCKED (reading the saved password, which may prompt to unlock)."""
        try:
            self.backend()
            self.password()
        except CredentialError as error:
            return error.state
        return CredentialState.READY

    # -- username (settings) ------------------------------------------------------------------
    def username(self) -> str:
        return str(self._settings.get(API_USERNAME.key, "") or "")

    # -- password (keyring) -------------------------------------------------------------------
    def password(self) -> str | None:
        """The saved password for the saved username, None when there is none."""
        username = self.username()
        if not username:  # nothing saved: no need to wake the keyring (or find it missing) yet
            _assert_main_thread()
            return None
        return self._call(self.backend().get_password, self.service, username)

    def save(self, username: str, password: str | None) -> None:
        """Store the username in settings and the password in the keyring.

        `password=None` keeps the password already saved for that username (the settings dialog
        leaves the field empty when the user did not retype it).  The keyring is written first, so
        a refused keyring leaves the settings as they were.
        """
        username = username.strip()
        if not username:
            raise ValueError("the API username is empty")
        ring = self.backend()
        previous = self.username()
        if password is not None:
            self._call(ring.set_password, self.service, username, password)
        elif previous and previous != username:
            old = self._call(ring.get_password, self.service, previous)
            if old is not None:
                self._call(ring.set_password, self.service, username, old)
        if previous and previous != username:
            self._delete_quietly(ring, previous)
        self._settings.set(API_USERNAME.key, username)

    def delete(self) -> None:
        """Forget the password (and the username)."""
        username = self.username()
        if username:
            self._delete_quietly(self.backend(), username)
        self._settings.set(API_USERNAME.key, "")

    def snapshot(self) -> CredentialSnapshot:
        """Username and password read now, on the GUI thread, for worker threads to use."""
        return CredentialSnapshot(self.username(), self.password() or "")

    # -- internals ----------------------------------------------------------------------------
    def _delete_quietly(self, ring: keyring.backend.KeyringBackend, username: str) -> None:
        try:
            self._call(ring.delete_password, self.service, username)
        except CredentialError as error:
            if isinstance(error, KeyringLocked | KeyringUnavailable):
                raise
            # nothing saved under that name: nothing to delete

    @staticmethod
    def _call(function: Callable[..., T], *args: Any) -> T:
        _assert_main_thread()
        try:
            return function(*args)
        except keyring.errors.KeyringLocked as error:
            raise KeyringLocked(str(error)) from None
        except (keyring.errors.NoKeyringError, keyring.errors.InitError) as error:
            raise KeyringUnavailable(type(error).__name__) from None
        except keyring.errors.PasswordDeleteError as error:
            raise CredentialError(str(error) or "nothing to delete") from None
        except keyring.errors.KeyringError as error:
            raise CredentialError(_describe(error)) from None
        except Exception as error:  # noqa: BLE001 - a backend's own failure (D-Bus gone, keychain error...)
            if _looks_locked(error):
                raise KeyringLocked(type(error).__name__) from None
            raise CredentialError(_describe(error)) from None


def _describe(error: BaseException) -> str:
    # Backends' messages never contain the password; keep it short all the same.
    text = str(error).strip() or type(error).__name__
    return text[:200]


def _looks_locked(error: BaseException) -> bool:
    name = type(error).__name__.lower()
    return "locked" in name or "dismissed" in str(error).lower()


@dataclass(frozen=True)
class CredentialSnapshot:
    """Username and password copied from the keyring on the GUI thread, safe to read anywhere."""

    username: str
    password: str

    def __repr__(self) -> str:  # the password never shows in logs or tracebacks
        return f"CredentialSnapshot(username={self.username!r}, password=***)"

    def __call__(self) -> tuple[str, str]:
        return self.username, self.password

    @property
    def complete(self) -> bool:
        return bool(self.username and self.password)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring for demo mode and tests. Never discovered as anyone's default."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves KeyringBackend.__init__ unannotated
        self._passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("no such password") from None


# keyring's metaclass registers every concrete backend for discovery; take this one back out.
keyring.backend.KeyringBackend._classes.discard(MemoryKeyring)
