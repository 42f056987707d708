"""Background gateway lookups for the window: balance, sender IDs, coverage, test connection, status, DLR.

Every call runs OFF the GUI thread (the window's background runner, ui/shared/background.py, two
threads here) through the app's one shared
`GatewayClient` (hence its one shared rate limiter); results come back ON the GUI thread, either
as signals or by calling the callback given. Widgets never talk HTTP themselves.

For the queue panel (the other UI helper) -- the interface to rely on:

    lookups.status(msg_id, callback)   # callback(result: StatusResult | None, error: str | None)
    lookups.dlr(msg_id, callback)      # callback(entries: list[DlrEntry] | None, error: str | None)

Both callbacks run on the GUI thread; `error` is the sentence to show (in the UI language),
`None` on success. Calls wait their turn in the shared rate limiter, so several clicks in a row
are spaced rather than refused. `lookups.language()` gives "en" or "ar".

Signals (GUI thread):
    balanceChanged(float)          latest known balance: a lookup or a send's balance-after
    senderIdsChanged(list)         the account's sender IDs (list[str])
    coverageChanged(list)          the account's active country prefixes (list[str])
    connectionChanged(str, str)    state, sentence. state: "unconfigured", "checking",
                                   "connected", "refused" (account problem), "offline" (network)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from kwtsms_desktop.core.errors import lookup_failure
from kwtsms_desktop.credentials import CredentialSnapshot
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.exceptions import GatewayError, RequestCancelled, TransportError
from kwtsms_desktop.gateway.ratelimit import RateLimiter
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.formatting import format_points
from kwtsms_desktop.ui.shared.translation import language, translate

log = logging.getLogger(__name__)

Callback = Callable[[Any, str | None], None]


class SharedCredentials:
    """The credentials the gateway client reads from worker threads: a snapshot set on the GUI thread."""

    def __init__(self, snapshot: CredentialSnapshot | None = None) -> None:
        self._snapshot = snapshot or CredentialSnapshot("", "")

    def update(self, snapshot: CredentialSnapshot) -> None:
        self._snapshot = snapshot  # one reference assignment: atomic for readers

    @property
    def complete(self) -> bool:
        return self._snapshot.complete

    @property
    def username(self) -> str:
        return self._snapshot.username

    def __call__(self) -> tuple[str, str]:
        return self._snapshot()

    def __repr__(self) -> str:
        return f"SharedCredentials(username={self._snapshot.username!r}, password=***)"


def error_sentence(error: BaseException) -> str:
    """What to tell the user about a failed lookup, in the UI language."""
    if isinstance(error, GatewayError):
        # A look-up: its own sentences (no batch, nothing to resume).
        en, ar = lookup_failure(error.code)
        return ar if language().lower().startswith("ar") else en
    if isinstance(error, RequestCancelled):
        return translate("shared.account_service", "The request was cancelled.")
    return translate(
        "shared.account_service",
        "Something unexpected went wrong talking to the gateway ({detail}).",
        detail=type(error).__name__,
    )


class AccountService(QObject):
    """The account as the window sees it: lookups off the GUI thread, answers as GUI-thread signals."""

    balanceChanged = Signal(float)
    senderIdsChanged = Signal(list)
    coverageChanged = Signal(list)
    connectionChanged = Signal(str, str)

    def __init__(
        self,
        client: GatewayClient,
        credentials: SharedCredentials,
        rate_limiter: RateLimiter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.credentials = credentials
        self.rate_limiter = rate_limiter
        self.balance: float | None = None
        self.sender_ids: list[str] = []
        self.coverage: list[str] | None = None
        self.state = "unconfigured"
        self.state_sentence = ""
        self._cancel = threading.Event()
        self._runner = BackgroundRunner(self, name="kwtsms-lookup", threads=2)
        self._pending = 0

    # -- public API (GUI thread) ----------------------------------------------------------------
    def language(self) -> str:
        return language()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def refresh(self) -> None:
        """Balance, then sender IDs and coverage (three calls through the shared rate limiter)."""
        if not self.credentials.complete:
            self._set_state(
                "unconfigured",
                translate("AccountService", "Not connected: enter your API username and password in Settings."),
            )
            return
        self._set_state("checking", translate("AccountService", "Connecting…"))
        self._submit(self._fetch_account, self.client, self._account_loaded)

    def refresh_balance(self) -> None:
        if not self.credentials.complete:
            self._set_state(
                "unconfigured",
                translate("AccountService", "Not connected: enter your API username and password in Settings."),
            )
            return
        self._submit(lambda: self.client.balance(cancel=self._cancel), self._balance_loaded)

    def test_connection(self, username: str, password: str, callback: Callback) -> None:
        """Balance with these credentials (not yet saved); on success also sender IDs and coverage.

        callback(result, error) on the GUI thread: result is a dict with balance, sender_ids,
        coverage and sentence, or None with the error sentence.
        """
        snapshot = CredentialSnapshot(username.strip(), password)
        client = GatewayClient(
            snapshot,
            self.client.base_url,
            rate_limiter=self.rate_limiter,
            api_log=self.client.api_log,
            verify=self.client.verify,
            deadline=self.client.deadline,
        )

        def work() -> dict:
            try:
                return self._fetch_account(client)
            finally:
                client.close()

        def done(result: dict | None, error: str | None) -> None:
            if result is not None:
                result["sentence"] = translate(
                    "AccountService",
                    "Connected. Balance: {balance}; sender IDs: {senders}.",
                    balance=translate(
                        "AccountService",
                        "{count} point(s)",
                        n=int(result["balance"]),
                        count=format_points(result["balance"]),
                    ),
                    senders=", ".join(result["sender_ids"]) or translate("AccountService", "none"),
                )
            callback(result, error)

        self._submit(work, done)

    def status(self, msg_id: str, callback: Callback) -> None:
        self._submit(lambda: self.client.status(msg_id, cancel=self._cancel), callback)

    def dlr(self, msg_id: str, callback: Callback) -> None:
        self._submit(lambda: self.client.dlr(msg_id, cancel=self._cancel), callback)

    @Slot(float)
    def set_balance(self, value: float) -> None:
        """The latest balance from elsewhere (a send's balance-after): shown without another call."""
        self.balance = float(value)
        self.balanceChanged.emit(self.balance)

    def shutdown(self) -> None:
        """Stop: queued lookups are dropped, waiting ones cancelled; answers still in flight are ignored."""
        self._cancel.set()
        self._runner.shutdown(wait=False)

    # -- internals --------------------------------------------------------------------------------
    def _fetch_account(self, client: GatewayClient) -> dict:
        balance = client.balance(cancel=self._cancel)
        sender_ids = client.sender_ids(cancel=self._cancel)
        try:
            coverage = client.coverage(cancel=self._cancel)
        except GatewayError as error:  # coverage is a nicety: the account is still usable without it
            log.info("coverage lookup failed: %s", error)
            coverage = None
        return {"balance": balance.available, "sender_ids": sender_ids, "coverage": coverage}

    def _account_loaded(self, result: dict | None, error: str | None, exc: BaseException | None = None) -> None:
        if result is None:
            self._set_state(self._failure_state(exc), error or "")
            return
        self.sender_ids = list(result["sender_ids"])
        self.coverage = result["coverage"]
        self._set_state("connected", translate("AccountService", "Connected as {user}", user=self.credentials.username))
        self.set_balance(result["balance"])
        self.senderIdsChanged.emit(self.sender_ids)
        self.coverageChanged.emit(self.coverage if self.coverage is not None else [])

    def _balance_loaded(self, result: Any, error: str | None, exc: BaseException | None = None) -> None:
        if result is None:
            self._set_state(self._failure_state(exc), error or "")
            return
        if self.state != "connected":
            self._set_state(
                "connected", translate("AccountService", "Connected as {user}", user=self.credentials.username)
            )
        self.set_balance(result.available)

    @staticmethod
    def _failure_state(exc: BaseException | None) -> str:
        return "offline" if isinstance(exc, TransportError) else "refused"

    def _set_state(self, state: str, sentence: str) -> None:
        self.state, self.state_sentence = state, sentence
        self.connectionChanged.emit(state, sentence)

    def _submit(self, work: Callable[..., Any], *args: Any) -> None:
        """Run work(*args[:-1]) on the runner; deliver (result, error) to the last arg on the GUI thread."""
        *work_args, callback = args
        self._pending += 1
        if not self._runner.run(lambda: work(*work_args), lambda result, error: self._deliver(callback, result, error)):
            self._pending -= 1  # shut down already

    def _deliver(self, callback: Callable[..., None] | None, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if callback is None:
            return
        sentence = None if error is None else error_sentence(error)
        if error is not None and not isinstance(error, GatewayError | RequestCancelled):
            log.error("lookup failed unexpectedly", exc_info=error)
        try:
            if callback in (self._account_loaded, self._balance_loaded):
                callback(result, sentence, error)
            else:
                callback(result, sentence)
        except RuntimeError as problem:  # the widget that asked was closed meanwhile
            if "already deleted" not in str(problem):
                raise
