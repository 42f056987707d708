"""GatewayClient: the seven kwtSMS endpoints over one Transport (transport.py), typed results, safe errors.

Safety rules kept here: https:// required except to loopback (checked in the constructor, before
any connection); TLS verification always on against the OS trust store (``verify`` is True, or
the path of a CA bundle trusted in addition, never False); redirects never followed;
the password is fetched from the credentials provider for each call and never appears in a log
line, an exception or a repr. Every call first waits for the shared RateLimiter, if one is given.

Transport failures are split the way the send engine needs them:
``RequestNotSent`` (nothing left this computer: safe to retry; ``SecureConnectionFailed`` when the
TLS handshake failed), ``NoAnswer`` (the request went out,
no answer: a send is uncertain) and ``BadResponse`` (an answer that is not kwtSMS JSON: a send is
uncertain too). A gateway error answer (any HTTP status) is ``GatewayRejected`` with its code.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from .apilog import ApiLog, mask_secret
from .exceptions import (
    BadResponse,
    GatewayError,
    GatewayRejected,
    InsecureGatewayURL,
    NoAnswer,
    RequestCancelled,
    RequestNotSent,
    SecureConnectionFailed,
    TransportError,
)
from .ratelimit import RateLimiter
from .results import BalanceResult, DlrEntry, SendResult, StatusResult, ValidateResult
from .transport import DEFAULT_DEADLINE, Answer, Transport, check_ca_bundle
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
    "SecureConnectionFailed",
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
        deadline: float = DEFAULT_DEADLINE,
    ) -> None:
        self.base_url = check_gateway_url(base_url)
        if verify is False or verify is None or verify == "":
            raise ValueError("TLS certificate verification cannot be turned off; give a CA bundle path instead.")
        if not (verify is True or isinstance(verify, str)):
            raise ValueError("verify must be True or the path of a CA bundle (PEM).")
        if isinstance(verify, str):
            check_ca_bundle(verify)  # BadCABundle (a ValueError) with a sentence
        self._credentials = credentials
        # True, or a CA bundle trusted in addition to the OS store; reuse it for sibling clients.
        self.verify: bool | str = verify
        self.rate_limiter = rate_limiter
        self.timeout = (float(timeout[0]), float(timeout[1]))
        self.deadline = float(deadline)
        self.api_log = api_log
        self._last_username: str | None = None
        self._url = local_connect_url(self.base_url)
        self._transport = Transport(
            ca_bundle=verify if isinstance(verify, str) else None,
            timeout=self.timeout,
            deadline=self.deadline,
            # Never route loopback traffic through an HTTP(S)_PROXY from the environment.
            trust_env=not is_loopback_host(urlsplit(self.base_url).hostname or ""),
            headers={"Content-Type": "application/json", "Accept": "application/json", "User-Agent": USER_AGENT},
        )
        self._closed = False
        self._lock = threading.Lock()

    # ---- lifecycle -----------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._transport.close()

    def set_ca_bundle(self, ca_bundle: str | None) -> None:
        """Trust this PEM file in addition to the OS store (None: the OS store only). BadCABundle if unusable."""
        if ca_bundle:
            check_ca_bundle(ca_bundle)
        self._transport.set_ca_bundle(ca_bundle or None)
        self.verify = ca_bundle or True

    def interrupt(self) -> None:
        """End the calls in flight now (SIGTERM, a second Ctrl+C, the app closing): see Transport.interrupt."""
        self._transport.interrupt()

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

    def send(
        self,
        numbers: Sequence[str],
        message: str,
        sender: str,
        *,
        test: bool,
        cancel: threading.Event | None = None,
        on_leaving: Callable[[], None] | None = None,
    ) -> SendResult:
        """Send one batch (1..200 numbers, digits with country code). ValueError before anything is sent otherwise.

        ``on_leaving`` is called once the rate limiter's wait is over, right before the request is
        made (the journal commits the batch as ``sending`` there); if it raises, nothing is sent.
        """
        numbers = _number_list(numbers)
        if not numbers:
            raise ValueError("send() needs at least one number.")
        if len(numbers) > MAX_NUMBERS_PER_SEND:
            raise ValueError(f"send() takes at most {MAX_NUMBERS_PER_SEND} numbers per call (got {len(numbers)}).")
        payload = {"sender": sender, "mobile": ",".join(numbers), "message": message, "test": "1" if test else "0"}
        data = self._call("send", payload, cancel, on_leaving)
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
    def _call(
        self,
        endpoint: str,
        fields: dict[str, Any],
        cancel: threading.Event | None,
        on_leaving: Callable[[], None] | None = None,
    ) -> dict[str, Any]:
        if self._closed:
            raise RuntimeError("This GatewayClient is closed.")
        username, password = self._credentials()
        self._last_username = username
        payload = {"username": username, "password": password, **fields}
        if self.rate_limiter is not None and not self.rate_limiter.acquire(cancel):
            raise RequestCancelled(f"{endpoint}: cancelled before the request was sent.")
        elif cancel is not None and cancel.is_set():
            raise RequestCancelled(f"{endpoint}: cancelled before the request was sent.")
        if on_leaving is not None:
            on_leaving()
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        log_response: Any = None
        try:
            try:
                answer = self._transport.post(self._url + endpoint + "/", body, endpoint)
            except TransportError as exc:
                exc.description = mask_secret(exc.description, password)
                raise
            data = _parse_json(answer, endpoint, password)
            log_response = mask_secret(data, password)
            if str(data.get("result", "")).upper() == "OK":
                self._log(endpoint, payload, log_response, ok=True, error=None, password=password)
                return data
            if str(data.get("result", "")).upper() == "ERROR" or "code" in data:
                code = str(data.get("code", "")).strip().upper()[:40] or "ERROR"
                description = _cut(mask_secret(str(data.get("description", "")), password), 300)
                raise GatewayRejected(code, description, endpoint)
            raise BadResponse(
                f"The answer (HTTP {answer.status}) has no result field.", endpoint, http_status=answer.status
            )
        except GatewayError as exc:
            self._log(endpoint, payload, log_response, ok=False, error=str(exc), password=password)
            raise

    def _log(
        self, endpoint: str, payload: dict[str, Any], response: Any, *, ok: bool, error: str | None, password: str
    ) -> None:
        if self.api_log is not None:
            self.api_log.record(endpoint, payload, response, ok=ok, error=error, secret=password)


MAX_ANSWER_DEPTH = 20  # a kwtSMS answer is at most 3 levels deep (dlr: object, list, object)


def _parse_json(answer: Answer, endpoint: str, password: str) -> dict[str, Any]:
    status = answer.status
    if 300 <= status < 400:
        where = _cut(mask_secret(" ".join((answer.location or "nowhere").split()), password), 200)
        raise BadResponse(
            f"The gateway answered HTTP {status}, pointing to {where}. The app never follows a redirect "
            "(the request holds the password), so nothing was sent there; check the gateway address.",
            endpoint,
            http_status=status,
        )
    raw = answer.body
    if not raw.strip():
        raise BadResponse(f"The gateway sent an empty answer (HTTP {status}).", endpoint, http_status=status)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except RecursionError:
        raise BadResponse(
            f"The gateway answered HTTP {status} with JSON nested too deeply to be a kwtSMS answer.",
            endpoint,
            http_status=status,
        ) from None
    except (UnicodeDecodeError, ValueError):
        # Mask the whole text first, then cut: a cut password would escape the mask.
        text = " ".join(mask_secret(raw.decode("utf-8", "replace"), password).split())
        kind = (
            "an HTML page"
            if "<html" in text[:300].lower() or "<!doctype" in text[:300].lower()
            else "text that is not JSON"
        )
        raise BadResponse(
            f"The gateway answered HTTP {status} with {kind}: {_cut(text, 80)!r}", endpoint, http_status=status
        ) from None
    if _depth_exceeds(data, MAX_ANSWER_DEPTH):
        raise BadResponse(
            f"The gateway answered HTTP {status} with JSON nested too deeply to be a kwtSMS answer.",
            endpoint,
            http_status=status,
        )
    if not isinstance(data, dict):
        raise BadResponse(
            f"The gateway answered HTTP {status} with JSON that is not an object.", endpoint, http_status=status
        )
    return data


def _depth_exceeds(value: Any, limit: int) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > limit:
                return True
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def local_connect_url(url: str) -> str:
    """``http://localhost`` is connected to as 127.0.0.1: the name is never looked up (a resolver could say otherwise)."""
    parts = urlsplit(url)
    if parts.scheme == "http" and (parts.hostname or "").lower() == "localhost":
        port = f":{parts.port}" if parts.port else ""
        return parts._replace(netloc=f"127.0.0.1{port}").geturl()
    return url


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
