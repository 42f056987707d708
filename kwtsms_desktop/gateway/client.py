"""GatewayClient: the seven kwtSMS endpoints over one requests.Session, typed results, safe errors.

Safety rules kept here: https:// required except to loopback (checked in the constructor, before
any connection); TLS verification always on (``verify`` is True or a CA bundle path, never False);
the password is fetched from the credentials provider for each call and never appears in a log
line, an exception or a repr. Every call first waits for the shared RateLimiter, if one is given.

Transport failures are split the way the send engine needs them:
``RequestNotSent`` (nothing left this computer: safe to retry), ``NoAnswer`` (the request went out,
no answer: a send is uncertain) and ``BadResponse`` (an answer that is not kwtSMS JSON: a send is
uncertain too). A gateway error answer (any HTTP status) is ``GatewayRejected`` with its code.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from .apilog import ApiLog, mask_secret
from .exceptions import (
    BadResponse,
    GatewayError,
    GatewayRejected,
    InsecureGatewayURL,
    NoAnswer,
    RequestCancelled,
    RequestNotSent,
    TransportError,
)
from .ratelimit import RateLimiter
from .results import BalanceResult, DlrEntry, SendResult, StatusResult, ValidateResult
from .urls import check_gateway_url, is_loopback_host

__all__ = [
    "Credentials",
    "CredentialsProvider",
    "DEFAULT_GATEWAY_URL",
    "MAX_NUMBERS_PER_SEND",
    "GatewayClient",
    "GatewayError",
    "GatewayRejected",
    "TransportError",
    "RequestNotSent",
    "NoAnswer",
    "BadResponse",
    "InsecureGatewayURL",
    "RequestCancelled",
    "BalanceResult",
    "SendResult",
    "ValidateResult",
    "StatusResult",
    "DlrEntry",
]

Credentials = tuple[str, str]  # (username, password)
CredentialsProvider = Callable[[], Credentials]

DEFAULT_GATEWAY_URL = "https://www.kwtsms.com/API/"
MAX_NUMBERS_PER_SEND = 200
USER_AGENT = "kwtsms-desktop"


class GatewayClient:
    """Talks to the kwtSMS gateway (or the local simulator). Thread-safe for concurrent calls."""

    def __init__(
        self,
        credentials: CredentialsProvider,
        base_url: str = DEFAULT_GATEWAY_URL,
        *,
        rate_limiter: RateLimiter | None = None,
        timeout: tuple[float, float] = (10.0, 30.0),
        api_log: ApiLog | None = None,
        verify: bool | str = True,
    ) -> None:
        self.base_url = check_gateway_url(base_url)
        if verify is False or verify is None or verify == "":
            raise ValueError("TLS certificate verification cannot be turned off; give a CA bundle path instead.")
        if not (verify is True or isinstance(verify, str)):
            raise ValueError("verify must be True or the path of a CA bundle (PEM).")
        if isinstance(verify, str) and not os.path.exists(verify):
            raise ValueError(f"The CA bundle {verify!r} does not exist.")
        self._credentials = credentials
        self.verify: bool | str = verify  # True or a CA bundle path; reuse it for sibling clients
        self.rate_limiter = rate_limiter
        self.timeout = (float(timeout[0]), float(timeout[1]))
        self.api_log = api_log
        self._last_username: str | None = None
        self._session = requests.Session()
        self._session.verify = verify
        self._session.headers.update(
            {"Content-Type": "application/json", "Accept": "application/json", "User-Agent": USER_AGENT}
        )
        if is_loopback_host(urlsplit(self.base_url).hostname or ""):
            # Never route loopback traffic through an HTTP(S)_PROXY from the environment.
            self._session.trust_env = False
        self._closed = False
        self._lock = threading.Lock()

    # ---- lifecycle -----------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._session.close()

    def __enter__(self) -> GatewayClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        username = self._last_username
        if username is None:
            try:
                username = str(self._credentials()[0])
            except Exception:  # noqa: BLE001 - a locked keyring must not break a repr
                username = "?"
        return f"GatewayClient(url={self.base_url!r}, username={username!r})"

    # ---- endpoints -----------------------------------------------------------------------------
    def balance(self, *, cancel: threading.Event | None = None) -> BalanceResult:
        data = self._call("balance", {}, cancel)
        try:
            return BalanceResult(available=_number(data["available"]), purchased=_number(data.get("purchased", 0)))
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise BadResponse(f"The balance answer has no readable balance ({exc}).", "balance") from None

    def sender_ids(self, *, cancel: threading.Event | None = None) -> list[str]:
        data = self._call("senderid", {}, cancel)
        for key in ("senderid", "senderids", "sender", "list"):
            if key in data:
                return _string_list(data[key])
        raise BadResponse("The sender-ID answer has no list of sender IDs.", "senderid")

    def coverage(self, *, cancel: threading.Event | None = None) -> list[str]:
        data = self._call("coverage", {}, cancel)
        for key in ("prefixes", "coverage", "list"):
            if key in data:
                return _string_list(data[key])
        raise BadResponse("The coverage answer has no list of country prefixes.", "coverage")

    def validate(self, numbers: Sequence[str], *, cancel: threading.Event | None = None) -> ValidateResult:
        numbers = _number_list(numbers)
        data = self._call("validate", {"mobile": ",".join(numbers)}, cancel)
        buckets = data.get("mobile")
        if not isinstance(buckets, dict):
            raise BadResponse("The validate answer has no OK/ER/NR lists.", "validate")
        return ValidateResult(
            ok=_string_list(buckets.get("OK", [])),
            er=_string_list(buckets.get("ER", [])),
            nr=_string_list(buckets.get("NR", [])),
        )

    def send(self, numbers: Sequence[str], message: str, sender: str, *, test: bool,
             cancel: threading.Event | None = None) -> SendResult:
        """Send one batch (1..200 numbers, digits with country code). ValueError before anything is sent otherwise."""
        numbers = _number_list(numbers)
        if not numbers:
            raise ValueError("send() needs at least one number.")
        if len(numbers) > MAX_NUMBERS_PER_SEND:
            raise ValueError(f"send() takes at most {MAX_NUMBERS_PER_SEND} numbers per call (got {len(numbers)}).")
        payload = {"sender": sender, "mobile": ",".join(numbers), "message": message, "test": "1" if test else "0"}
        data = self._call("send", payload, cancel)
        try:
            msg_id = data["msg-id"]
            if not isinstance(msg_id, (str, int)) or str(msg_id).strip() == "":
                raise ValueError("empty msg-id")
            return SendResult(
                msg_id=str(msg_id),
                numbers=int(_number(data.get("numbers", len(numbers)))),
                points_charged=_number(data.get("points-charged", 0)),
                balance_after=_number(data.get("balance-after", 0)),
                unix_timestamp=int(_number(data.get("unix-timestamp", 0))),
                raw=dict(data),
            )
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise BadResponse(f"The gateway said OK but the answer has no readable msg-id ({exc}).", "send") from None

    def status(self, msg_id: str, *, cancel: threading.Event | None = None) -> StatusResult:
        data = self._call("status", {"msgid": str(msg_id)}, cancel)
        return StatusResult(status=str(data.get("status", "")), description=str(data.get("description", "")))

    def dlr(self, msg_id: str, *, cancel: threading.Event | None = None) -> list[DlrEntry]:
        data = self._call("dlr", {"msgid": str(msg_id)}, cancel)
        report = data.get("report", [])
        if not isinstance(report, list):
            raise BadResponse("The delivery report is not a list.", "dlr")
        entries = []
        for item in report:
            if isinstance(item, dict):
                number = item.get("Number", item.get("number", item.get("mobile", "")))
                status = item.get("Status", item.get("status", ""))
                entries.append(DlrEntry(number=str(number), status=str(status)))
        return entries

    # ---- transport -----------------------------------------------------------------------------
    def _call(self, endpoint: str, fields: dict[str, Any], cancel: threading.Event | None) -> dict[str, Any]:
        if self._closed:
            raise RuntimeError("This GatewayClient is closed.")
        username, password = self._credentials()
        self._last_username = username
        payload = {"username": username, "password": password, **fields}
        if self.rate_limiter is not None and not self.rate_limiter.acquire(cancel):
            raise RequestCancelled(f"{endpoint}: cancelled before the request was sent.")
        elif cancel is not None and cancel.is_set():
            raise RequestCancelled(f"{endpoint}: cancelled before the request was sent.")
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        url = self.base_url + endpoint + "/"
        log_response: Any = None
        try:
            try:
                response = self._session.post(url, data=body, timeout=self.timeout)
            except requests.exceptions.RequestException as exc:
                raise _transport_error(exc, endpoint, password) from None
            try:
                raw = response.content
                http_status = response.status_code
            except requests.exceptions.RequestException as exc:
                raise _transport_error(exc, endpoint, password) from None
            finally:
                response.close()
            data = _parse_json(raw, http_status, endpoint, password)
            log_response = mask_secret(data, password)
            if str(data.get("result", "")).upper() == "OK":
                self._log(endpoint, payload, log_response, ok=True, error=None, password=password)
                return data
            if str(data.get("result", "")).upper() == "ERROR" or "code" in data:
                code = str(data.get("code", "")).strip().upper() or "ERROR"
                description = mask_secret(str(data.get("description", "")), password)
                raise GatewayRejected(code, description, endpoint)
            raise BadResponse(f"The answer (HTTP {http_status}) has no result field.", endpoint,
                              http_status=http_status)
        except GatewayError as exc:
            self._log(endpoint, payload, log_response, ok=False, error=str(exc), password=password)
            raise

    def _log(self, endpoint: str, payload: dict[str, Any], response: Any, *, ok: bool, error: str | None,
             password: str) -> None:
        if self.api_log is not None:
            self.api_log.record(endpoint, payload, response, ok=ok, error=error, secret=password)


def _parse_json(raw: bytes, http_status: int, endpoint: str, password: str) -> dict[str, Any]:
    if not raw.strip():
        raise BadResponse(f"The gateway sent an empty answer (HTTP {http_status}).", endpoint, http_status=http_status)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        head = raw[:200].decode("utf-8", "replace")
        kind = "an HTML page" if "<html" in head.lower() or "<!doctype" in head.lower() else "text that is not JSON"
        snippet = mask_secret(" ".join(head.split())[:80], password)
        raise BadResponse(f"The gateway answered HTTP {http_status} with {kind}: {snippet!r}", endpoint,
                          http_status=http_status) from None
    if not isinstance(data, dict):
        raise BadResponse(f"The gateway answered HTTP {http_status} with JSON that is not an object.", endpoint,
                          http_status=http_status)
    return data


def _transport_error(exc: requests.exceptions.RequestException, endpoint: str, password: str) -> TransportError:
    """Classify a requests failure: did the request possibly reach the gateway?"""
    text = mask_secret(_describe(exc), password)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return RequestNotSent(f"Could not connect to the gateway in time ({text}).", endpoint)
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return NoAnswer(f"The request went out but no answer came in time ({text}).", endpoint)
    if isinstance(exc, requests.exceptions.SSLError):
        return RequestNotSent(f"The secure connection to the gateway could not be set up ({text}).", endpoint)
    if isinstance(exc, requests.exceptions.ConnectionError):
        reason = exc.args[0] if exc.args else None
        if isinstance(reason, urllib3.exceptions.MaxRetryError):
            reason = reason.reason
        if isinstance(reason, (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError,
                               urllib3.exceptions.NameResolutionError)):
            return RequestNotSent(f"Could not connect to the gateway ({text}).", endpoint)
        if isinstance(reason, urllib3.exceptions.SSLError):
            return RequestNotSent(f"The secure connection to the gateway could not be set up ({text}).", endpoint)
        return NoAnswer(f"The connection was lost after the request went out ({text}).", endpoint)
    if isinstance(exc, (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)):
        return NoAnswer(f"The answer was cut off ({text}).", endpoint)
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidSchema, requests.exceptions.InvalidHeader)):
        return RequestNotSent(f"The request could not be made ({text}).", endpoint)
    return NoAnswer(f"The request failed after it may have gone out ({text}).", endpoint)


def _describe(exc: BaseException) -> str:
    """A short cause: the innermost OS/SSL error text, without the URL noise requests adds."""
    seen = exc
    for _ in range(6):
        nxt = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        nxt = nxt or getattr(seen, "reason", None)
        if not isinstance(nxt, BaseException) or nxt is seen:
            break
        seen = nxt
    text = str(seen) or type(seen).__name__
    return f"{type(seen).__name__}: {text}"[:300]


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError("boolean is not a number")
    return float(value)


def _string_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return []


def _number_list(numbers: Sequence[str]) -> list[str]:
    if isinstance(numbers, str):
        numbers = [numbers]
    return [str(n).strip() for n in numbers if str(n).strip()]
