"""What every command shares: exit codes, refusals, printing for people, opening the store, the gateway client.

stdout carries only what scripts read; everything for people goes to stderr (:func:`say`).
The password is never printed or written: it comes from the OS keyring or the environment and
goes only into the client's requests.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kwtsms_desktop.store.settings_schema import API_LOG, CA_BUNDLE, GATEWAY_URL, REQUEST_DEADLINE, SEND_RATE

# The store, the HTTP client and the importers are imported inside the functions that use them,
# for start-up speed: `history` never loads requests, `--help` loads almost nothing.
if TYPE_CHECKING:
    from kwtsms_desktop.gateway.client import GatewayClient
    from kwtsms_desktop.importing import Table
    from kwtsms_desktop.store import Store

EXIT_OK = 0  # everything accepted
EXIT_INCOMPLETE = 1  # finished with rejected or uncertain batches
EXIT_BAD_INPUT = 2  # nothing sent
EXIT_PAUSED = 3  # balance, account or message problem: resumable
EXIT_STORAGE = 4  # the data file cannot be written (disk full, I/O error, read-only): nothing more sent

USERNAME_ENV = "KWTSMS_USERNAME"
PASSWORD_ENV = "KWTSMS_PASSWORD"


class Refusal(Exception):
    """Bad input or a failed pre-check: nothing was sent. The message says what to do."""


def counted(count: int, one: str, many: str | None = None) -> str:
    """'1 batch', '2 batches', '1,200 numbers'."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def say(text: str = "", *, end: str = "\n") -> None:
    print(text, file=sys.stderr, end=end, flush=True)


def open_store(data_dir: str | None, *, read_only: bool = False) -> Store:
    from kwtsms_desktop.store import StorageFailure, Store, StoreError

    try:
        return Store.open(data_dir, read_only=read_only)
    except StorageFailure:
        raise  # guarded() says it and ends with EXIT_STORAGE
    except (StoreError, OSError) as error:
        raise Refusal(str(error)) from None


def read_credentials(store: Store) -> tuple[str, str]:
    """The OS keyring (for the username saved in Settings), else KWTSMS_USERNAME / KWTSMS_PASSWORD."""
    try:
        from kwtsms_desktop.credentials import CredentialError, CredentialStore

        credentials = CredentialStore(store.settings)
        if credentials.username():
            snapshot = credentials.snapshot()
            if snapshot.complete:
                return snapshot.username, snapshot.password
    except (ImportError, CredentialError):
        pass  # no usable keyring: the environment may still hold them
    username = os.environ.get(USERNAME_ENV, "").strip()
    password = os.environ.get(PASSWORD_ENV, "")
    if username and password:
        return username, password
    raise Refusal(
        "No kwtSMS API username and password were found. Save them in kwtSMS Desktop's Settings "
        f"(the password goes to the system keyring), or set {USERNAME_ENV} and {PASSWORD_ENV}. "
        "Nothing was sent."
    )


CA_BUNDLE_HELP = (
    "PEM file of certificate authorities trusted in addition to the operating system's "
    "(a company proxy's); default: the one chosen in Settings"
)


def make_client(store: Store, gateway: str | None, ca_bundle: str | None = None) -> GatewayClient:
    from kwtsms_desktop.gateway.apilog import API_LOG_FILE, ApiLog
    from kwtsms_desktop.gateway.client import DEFAULT_GATEWAY_URL, GatewayClient, InsecureGatewayURL
    from kwtsms_desktop.gateway.ratelimit import RateLimiter
    from kwtsms_desktop.gateway.transport import BadCABundle

    username, password = read_credentials(store)
    url = gateway or store.settings.value(GATEWAY_URL) or DEFAULT_GATEWAY_URL
    limiter = RateLimiter(store.settings.value(SEND_RATE))
    try:
        api_log = ApiLog(store.data_dir / API_LOG_FILE, enabled=store.settings.value(API_LOG))
        bundle = ca_bundle or store.settings.value(CA_BUNDLE) or None
        return GatewayClient(
            lambda: (username, password),
            url,
            rate_limiter=limiter,
            api_log=api_log,
            verify=str(bundle) if bundle else True,
            deadline=store.settings.value(REQUEST_DEADLINE),
        )
    except BadCABundle as error:
        where = "" if ca_bundle else " (chosen in Settings)"
        raise Refusal(f"{error}{where} Nothing was sent.") from None
    except InsecureGatewayURL as error:
        raise Refusal(str(error)) from None


def explain_gateway_error(error: Exception, doing: str, gateway_url: str | None = None) -> str:
    """A refused pre-check in plain words: its own sentence (no batch exists yet, nothing to resume)."""
    from kwtsms_desktop.core.errors import lookup_failure
    from kwtsms_desktop.gateway.client import DEFAULT_GATEWAY_URL
    from kwtsms_desktop.gateway.exceptions import BadResponse, GatewayError

    if isinstance(error, BadResponse) and error.http_status in (404, 405):
        where = f" {gateway_url}" if gateway_url else ""
        return (
            f"Could not {doing}: the gateway address{where} is wrong (it answered HTTP {error.http_status}, "
            f"page not found). Check the --gateway URL: kwtSMS's is {DEFAULT_GATEWAY_URL}. Nothing was sent."
        )
    if isinstance(error, GatewayError):
        sentence = lookup_failure(error.code)[0]
        detail = f" ({error.description})" if error.code in ("NETWORK", "TLS", "TIMEOUT", "BAD_RESPONSE") else ""
        nothing = "" if "Nothing was sent" in sentence else " Nothing was sent."
        return f"Could not {doing}. {sentence}{nothing}{detail}"
    return f"Could not {doing}: {error}. Nothing was sent."


def guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from kwtsms_desktop.store import storage_failure

        try:
            return handler(args)
        except Refusal as refusal:
            say(str(refusal))
            return EXIT_BAD_INPUT
        except Exception as error:
            failure = storage_failure(error, _database_path(args))
            if failure is None:
                raise
            say(str(failure))
            return EXIT_STORAGE

    return run


def _database_path(args: argparse.Namespace) -> Path:
    from kwtsms_desktop.store import DATABASE_FILE, StoreError, resolve_data_dir

    try:
        return resolve_data_dir(getattr(args, "data_dir", None), create=False) / DATABASE_FILE
    except StoreError:
        return Path(getattr(args, "data_dir", None) or ".") / DATABASE_FILE


def read_message(args: argparse.Namespace) -> str:
    if args.message is not None:
        return str(args.message)
    try:
        return Path(args.message_file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise Refusal(
            f"The message file {args.message_file} cannot be read ({error}). Save it as UTF-8 text."
        ) from None


def column(table: Table, wanted: str | None, detect: Callable[[], int | None], what: str) -> int | None:
    if wanted is None:
        return detect()
    headers = [h.strip() for h in table.headers]
    for candidates in (headers, [h.casefold() for h in headers]):
        key = wanted.strip() if candidates is headers else wanted.strip().casefold()
        if key in candidates:
            return candidates.index(key)
    if wanted.strip().isdigit() and 1 <= int(wanted) <= len(headers):
        return int(wanted) - 1  # a column number, counted from 1 as a person does
    raise Refusal(
        f"There is no {what} column called {wanted!r}. The columns are: "
        + ", ".join(repr(h) for h in table.headers)
        + "."
    )
