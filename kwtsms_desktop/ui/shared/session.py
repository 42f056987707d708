"""Everything one window works with, built once: data dir, store, credentials, gateway client, account, engine.

The window and its panels receive these objects; they never open files, sockets or the keyring
themselves. In demo mode the session also runs the gateway simulator in-process on a free
loopback port and keeps the demo account's password in a `MemoryKeyring`.
"""

from __future__ import annotations

import atexit
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kwtsms_desktop.gateway.apilog import API_LOG_FILE  # a small module: no HTTP stack
from kwtsms_desktop.store import Store, resolve_data_dir
from kwtsms_desktop.store.settings_schema import (
    API_LOG,
    API_USERNAME,
    CA_BUNDLE,
    DEFAULT_COUNTRY,
    GATEWAY_URL,
    REQUEST_DEADLINE,
    SEND_RATE,
)

# The keyring, the HTTP client and the engine are imported by Session.start(), after the window is
# on screen: together they cost more start-up time than the whole of Qt. Here only for their types.
if TYPE_CHECKING:
    from kwtsms_desktop.credentials import CredentialError
    from kwtsms_desktop.engine.controller import SendController
    from kwtsms_desktop.gateway.client import GatewayClient
    from kwtsms_desktop.gateway.simulator import Simulator
    from kwtsms_desktop.ui.shared.account_service import AccountService

log = logging.getLogger(__name__)


@dataclass
class WindowOptions:
    """The window's command line (README, "Command line")."""

    demo: bool = False
    data_dir: str | None = None
    lang: str | None = None
    screenshot: str | None = None
    gateway: str | None = None


def data_dir_for(options: WindowOptions) -> Path:
    """--data-dir, else $KWTSMS_DESKTOP_DATA_DIR / platform dir; demo mode keeps to a `demo` folder inside it."""
    if options.data_dir:
        return resolve_data_dir(options.data_dir)
    base = resolve_data_dir(None)
    if options.demo:
        demo = base / "demo"
        demo.mkdir(parents=True, exist_ok=True)
        return demo
    return base


_open_sessions: weakref.WeakSet[Session] = weakref.WeakSet()


@atexit.register
def _close_open_sessions() -> None:
    """A window never closed (a script, a test) still stops its engine thread and simulator at exit."""
    for session in list(_open_sessions):
        session.close()


class Session:
    """Owns the long-lived objects of one window; `close()` stops them in the right order.

    Opening is in two steps so the window can be shown early: the constructor opens only the
    store (settings, geometry, language); `start()` adds the keyring, the gateway client, the
    account service, the engine and, in demo mode, the simulator.
    """

    def __init__(self, options: WindowOptions) -> None:
        self.options = options
        self.demo = options.demo
        self.data_dir = data_dir_for(options)
        self.store = Store.open(self.data_dir)
        self.settings = self.store.settings
        self.simulator: Simulator | None = None
        self.keyring_problem: CredentialError | None = None
        self.controller: SendController | None = None
        self.account: AccountService | None = None
        self.client: GatewayClient | None = None
        self.started = False
        self._closed = False
        _open_sessions.add(self)

    def start(self) -> None:
        """Keyring, gateway client, account service, engine (and the demo simulator). Idempotent."""
        if self.started:
            return
        self.started = True
        try:
            self._open()
        except BaseException:
            self.close()
            raise

    def _open(self) -> None:
        from kwtsms_desktop.credentials import CredentialStore, MemoryKeyring
        from kwtsms_desktop.gateway.apilog import ApiLog
        from kwtsms_desktop.gateway.client import DEFAULT_GATEWAY_URL, GatewayClient
        from kwtsms_desktop.gateway.ratelimit import RateLimiter
        from kwtsms_desktop.ui.shared.account_service import AccountService, SharedCredentials

        backend = None
        if self.demo:
            from kwtsms_desktop.gateway import demo
            from kwtsms_desktop.gateway.simulator import Simulator

            self.simulator = Simulator()
            self.simulator.start()
            url = self.simulator.url
            backend = MemoryKeyring()
            backend.set_password("kwtsms-desktop", demo.DEMO_USERNAME, demo.DEMO_PASSWORD)
            self.settings.put(API_USERNAME, demo.DEMO_USERNAME)
        else:
            url = self.options.gateway or self.settings.value(GATEWAY_URL) or DEFAULT_GATEWAY_URL
        self.gateway_url = url
        self.credential_store = CredentialStore(self.settings, backend=backend)
        self.credentials = SharedCredentials()
        self.reload_credentials()
        self.rate_limiter = RateLimiter(self.send_rate())
        self.api_log = ApiLog(self.data_dir / API_LOG_FILE, enabled=self.settings.value(API_LOG))
        self.settings.subscribe(self._setting_changed)
        self.client = GatewayClient(
            self.credentials,
            url,
            rate_limiter=self.rate_limiter,
            api_log=self.api_log,
            deadline=self.settings.value(REQUEST_DEADLINE),
        )
        self.apply_ca_bundle()
        self.account = AccountService(self.client, self.credentials, self.rate_limiter)
        self.controller = self._make_controller()

    def _make_controller(self) -> SendController:
        from kwtsms_desktop.engine.controller import SendController

        # The engine gets the session's one client (one rate limiter for every call the app makes);
        # the client reads the credential snapshot taken on the GUI thread, never the keyring.
        from kwtsms_desktop.ui.shared.translation import language

        return SendController(self.data_dir, lambda: self.client, language=language)

    # -- settings the session applies itself ------------------------------------------------------
    def send_rate(self) -> float:
        return self.settings.value(SEND_RATE)

    def apply_ca_bundle(self) -> None:
        """Trust the CA bundle chosen in Settings; one that became unusable is dropped with a sentence, never fatal."""
        from kwtsms_desktop.gateway.transport import BadCABundle

        self.ca_bundle_problem: str | None = None
        client = self.client
        if client is None:  # not started
            return
        try:
            client.set_ca_bundle(self.settings.value(CA_BUNDLE) or None)
        except BadCABundle as error:
            self.ca_bundle_problem = str(error)
            client.set_ca_bundle(None)

    def apply_settings(self) -> None:
        """Re-read what the settings dialog may have changed in the keyring (rate and API log follow
        their settings by themselves: _setting_changed)."""
        self.reload_credentials()

    def _setting_changed(self, key: str) -> None:
        if key == SEND_RATE.key:
            self.rate_limiter.set_rate(self.send_rate())
        elif key == API_LOG.key:
            self.api_log.enabled = self.settings.value(API_LOG)
        elif key == CA_BUNDLE.key:
            self.apply_ca_bundle()

    def reload_credentials(self) -> None:
        """Copy the keyring's password into the snapshot worker threads read (GUI thread only)."""
        from kwtsms_desktop.credentials import CredentialError

        try:
            self.credentials.update(self.credential_store.snapshot())
            self.keyring_problem = None
        except CredentialError as error:
            self.keyring_problem = error
            log.warning("keyring: %s", error.kind)

    def default_country(self) -> str:
        return self.settings.value(DEFAULT_COUNTRY)

    # -- teardown ---------------------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        # Answers already queued for the GUI thread must not reach panels whose store is closing.
        for emitter in (self.controller, self.account):
            if emitter is not None:
                emitter.blockSignals(True)
        stops: tuple[tuple[str, Callable[[], None] | None], ...] = (
            ("controller", self.controller.shutdown if self.controller is not None else None),
            ("account", self.account.shutdown if self.account is not None else None),
            ("client", self.client.close if self.client is not None else None),
            ("simulator", self.simulator.stop if self.simulator is not None else None),
            ("store", self.store.close),
        )
        for name, stop in stops:
            if stop is None:
                continue
            try:
                stop()
            except Exception:  # keep closing the rest
                log.exception("closing %s failed", name)
