"""One HTTP exchange with the gateway: bounded in time and size, no redirects, and honest about whether it left.

Why this exists: a send may only be retried when the request provably never left this computer.
urllib3 raises the same exception types (SSLError, ProtocolError, ...) before and after the
request is written, so the exception alone cannot tell. Here every connection records the phase it
reached: ``connecting`` (TCP, proxy tunnel, TLS handshake) or ``sending`` (the first byte of the
request is about to be written). A failure while ``connecting`` means nothing was sent; anything
else, including a failure we cannot place, is *uncertain*.

Other guarantees:
- a total deadline per call (``requests``' own timeouts are per socket read, so a gateway that
  drips one byte every few seconds would hold a call forever): the exchange runs on a short-lived
  worker thread, the caller waits at most the deadline, then abandons it; an abandoned call can
  never start writing its request afterwards (checked under a lock), and its socket is shut down;
- :meth:`Transport.interrupt` ends the calls in flight at once (SIGTERM, a second Ctrl+C);
- redirects are never followed (the body holds the password); the caller sees the 3xx;
- the answer is read as a stream and refused past ``max_bytes``;
- TLS is verified against the operating system's trust store (``truststore``) plus an optional
  CA bundle file (a company proxy's certificate authority); verification is never off.
"""

from __future__ import annotations

import socket
import ssl
import threading
from dataclasses import dataclass
from typing import Any

import requests
import truststore
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from .exceptions import BadResponse, NoAnswer, RequestCancelled, RequestNotSent, SecureConnectionFailed, TransportError

__all__ = [
    "Answer",
    "Transport",
    "MAX_ANSWER_BYTES",
    "DEFAULT_DEADLINE",
    "make_ssl_context",
    "check_ca_bundle",
    "BadCABundle",
]

MAX_ANSWER_BYTES = 2_000_000  # the largest kwtSMS answer (a delivery report of 200 numbers) is ~20 KB
DEFAULT_DEADLINE = 45.0  # seconds, for the whole call: connect, write, wait, read

_PREPARING, _CONNECTING, _SENDING = "preparing", "connecting", "sending"
_local = threading.local()


@dataclass(frozen=True)
class Answer:
    status: int
    location: str | None  # the Location header of a 3xx, never followed
    body: bytes


class _Abandoned(Exception):
    """The caller gave up on this call (deadline or interrupt): the request must not be written now."""


class _AnswerTooBig(Exception):
    pass


class _Call:
    """One call's shared state between the caller and its worker thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.phase = _PREPARING
        self.abandoned = False
        self.abandoned_in = _PREPARING
        self.interrupted = False  # abandoned by Transport.interrupt(), not by the deadline
        self.finished = threading.Event()
        self.answer: Answer | None = None
        self.error: BaseException | None = None
        self.failed_in: str = _PREPARING
        self._sockets: list[socket.socket] = []

    # worker side
    def connecting(self) -> None:
        with self._lock:
            if self.abandoned:
                raise _Abandoned()
            if self.phase == _PREPARING:
                self.phase = _CONNECTING

    def sending(self, sock: Any) -> None:
        with self._lock:
            if self.abandoned:
                raise _Abandoned()
            self.phase = _SENDING
            if isinstance(sock, socket.socket):
                self._sockets.append(sock)

    def finish(self, answer: Answer | None = None, error: BaseException | None = None) -> None:
        with self._lock:
            self.answer, self.error, self.failed_in = answer, error, self.phase
        self.finished.set()

    # caller side
    def abandon(self) -> str | None:
        """Give up unless the worker already finished; returns the phase reached, None if it finished."""
        with self._lock:
            if self.abandoned:
                return self.abandoned_in
            if self.answer is not None or self.error is not None:
                return None
            self.abandoned, self.abandoned_in = True, self.phase
            phase, sockets = self.phase, list(self._sockets)
        for sock in sockets:
            try:
                # The plain socket's shutdown (not SSLSocket's): wakes a recv blocked in the worker.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass
        self.finished.set()
        return phase


def _current_call() -> _Call | None:
    return getattr(_local, "call", None)


class _PhaseMixin:
    """Records on the current call when the connection starts connecting and when it starts writing."""

    sock: Any

    def connect(self) -> None:
        call = _current_call()
        if call is not None:
            call.connecting()
        super().connect()  # type: ignore[misc]

    def request(self, method: str, url: str, body: Any = None, headers: Any = None, **kwargs: Any) -> None:
        call = _current_call()
        if self.sock is None:  # plain http connects lazily inside request(): do it here, as "connecting"
            self.connect()
        if call is not None:
            call.sending(self.sock)
        super().request(method, url, body=body, headers=headers, **kwargs)  # type: ignore[misc]


class _HTTPConnection(_PhaseMixin, HTTPConnection):
    pass


class _HTTPSConnection(_PhaseMixin, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


def _track(manager: Any) -> Any:
    manager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}
    return manager


def make_ssl_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """The operating system's trust store, plus ``ca_bundle`` (PEM) when given. Raises OSError/ssl.SSLError on a bad file."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    return context


class BadCABundle(ValueError):
    """The CA bundle file cannot be used; the message says why and what to give instead."""


def check_ca_bundle(path: str) -> str:
    """``path`` as given if it is a readable PEM file holding at least one certificate; BadCABundle otherwise."""
    try:
        make_ssl_context(path)
    except FileNotFoundError:
        raise BadCABundle(f"The CA bundle file {path} does not exist.") from None
    except (OSError, ssl.SSLError, ValueError) as error:
        raise BadCABundle(
            f"The CA bundle file {path} cannot be used ({type(error).__name__}: {error}). Give a PEM file "
            "holding your company's certificate authority (text starting with -----BEGIN CERTIFICATE-----)."
        ) from None
    return path


class _GatewayAdapter(HTTPAdapter):
    """The OS trust store (as pip does), phase-recording connections, no retries of any kind."""

    def __init__(self, ssl_context: ssl.SSLContext) -> None:
        self._ssl_context = ssl_context
        super().__init__(max_retries=0)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        pool_kwargs["ssl_context"] = self._ssl_context
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        _track(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        if not proxy.lower().startswith(("http://", "https://")):
            # Its connections would record no phase: every failure would be a guess.
            raise requests.exceptions.InvalidProxyURL(f"Only HTTP(S) proxies are supported, not {proxy.split(':')[0]}.")
        proxy_kwargs.setdefault("ssl_context", self._ssl_context)
        return _track(super().proxy_manager_for(proxy, **proxy_kwargs))

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:  # noqa: ARG002 - requests' signature
        # The trust lives in the SSL context; requests' own bundle (certifi) must not replace it.
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None


class Transport:
    """POSTs bytes to a URL and returns the answer, or raises a TransportError subclass / RequestCancelled."""

    def __init__(
        self,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = (10.0, 30.0),
        deadline: float = DEFAULT_DEADLINE,
        trust_env: bool = True,
        max_bytes: int = MAX_ANSWER_BYTES,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.timeout = timeout
        self.deadline = float(deadline)
        self.max_bytes = max_bytes
        self._session = requests.Session()
        self._session.trust_env = trust_env
        self._session.headers.update(headers or {})
        self._calls: set[_Call] = set()
        self._lock = threading.Lock()
        self.set_ca_bundle(ca_bundle)

    def set_ca_bundle(self, ca_bundle: str | None) -> None:
        """Trust ``ca_bundle`` (in addition to the OS store) from the next call on; calls in flight keep theirs."""
        adapter = _GatewayAdapter(make_ssl_context(ca_bundle))
        with self._lock:
            self._session.mount("https://", adapter)
            self._session.mount("http://", adapter)

    def close(self) -> None:
        self.interrupt()
        self._session.close()

    def interrupt(self) -> None:
        """End every call in flight now: each raises NoAnswer (request written) or RequestCancelled (not)."""
        with self._lock:
            calls = list(self._calls)
        for call in calls:
            call.interrupted = True
            call.abandon()

    def post(self, url: str, body: bytes, endpoint: str) -> Answer:
        call = _Call()
        with self._lock:
            self._calls.add(call)
        worker = threading.Thread(
            target=self._exchange, args=(call, url, body), name=f"gateway-{endpoint}", daemon=True
        )
        try:
            worker.start()
            call.finished.wait(self.deadline)
        finally:
            abandoned_in = call.abandon()  # also when a signal handler raised out of the wait
            with self._lock:
                self._calls.discard(call)
        if abandoned_in is None:
            if call.answer is not None:
                return call.answer
            assert call.error is not None
            raise _classify(call.error, call.failed_in, endpoint, self.max_bytes)
        interrupted = call.interrupted
        if abandoned_in == _SENDING:
            if interrupted:
                raise NoAnswer("Stopped while waiting for the answer: the request had gone out.", endpoint)
            raise NoAnswer(f"No complete answer within {self.deadline:.0f} s after the request went out.", endpoint)
        if interrupted:
            raise RequestCancelled(f"{endpoint}: stopped before the request was sent.")
        raise RequestNotSent(f"Could not connect to the gateway within {self.deadline:.0f} s.", endpoint)

    def _exchange(self, call: _Call, url: str, body: bytes) -> None:
        _local.call = call
        try:
            response = self._session.post(url, data=body, timeout=self.timeout, allow_redirects=False, stream=True)
            try:
                data = _read_capped(response.raw, self.max_bytes)
                call.finish(answer=Answer(response.status_code, response.headers.get("Location"), data))
            finally:
                response.close()
        except BaseException as error:  # noqa: BLE001 - the caller decides what it means; nothing may escape a worker
            call.finish(error=error)
        finally:
            _local.call = None


def _read_capped(raw: Any, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = raw.read(65536, decode_content=True)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise _AnswerTooBig()
        chunks.append(chunk)


def _causes(error: BaseException) -> list[BaseException]:
    """The error and what it wraps (args[0], .reason, __cause__, __context__), breadth first, bounded."""
    seen: list[BaseException] = []
    queue = [error]
    while queue and len(seen) < 20:
        current = queue.pop(0)
        if any(current is s for s in seen):
            continue
        seen.append(current)
        for nxt in (
            current.args[0] if current.args else None,
            getattr(current, "reason", None),
            current.__cause__,
            current.__context__,
        ):
            if isinstance(nxt, BaseException):
                queue.append(nxt)
    return seen


def describe(error: BaseException) -> str:
    """A short cause: the innermost OS/SSL error, without the URL noise requests adds."""
    innermost = _causes(error)[-1]
    for candidate in _causes(error):
        if isinstance(candidate, (ssl.SSLError, OSError)) and not isinstance(
            candidate, (urllib3.exceptions.HTTPError, requests.exceptions.RequestException)
        ):
            innermost = candidate
            break
    text = str(innermost) or type(innermost).__name__
    return f"{type(innermost).__name__}: {text}"[:300]


def _is_tls(error: BaseException) -> bool:
    return any(isinstance(e, (ssl.SSLError, ssl.CertificateError, urllib3.exceptions.SSLError)) for e in _causes(error))


def _classify(error: BaseException, phase: str, endpoint: str, max_bytes: int) -> TransportError | RequestCancelled:
    if isinstance(error, _AnswerTooBig):
        return BadResponse(
            f"The answer is larger than {max_bytes // 1_000_000} MB; a kwtSMS answer never is.", endpoint
        )
    cause = describe(error)
    if phase == _CONNECTING:
        if _is_tls(error):
            return SecureConnectionFailed(f"The secure connection could not be set up ({cause}).", endpoint)
        return RequestNotSent(f"Could not connect to the gateway ({cause}).", endpoint)
    if phase == _PREPARING:  # no connection was touched (SOCKS proxies, which would not say, are refused)
        return RequestNotSent(f"The request could not be made ({cause}).", endpoint)
    if isinstance(error, requests.exceptions.ReadTimeout):
        return NoAnswer(f"The request went out but no answer came in time ({cause}).", endpoint)
    if _is_tls(error):
        return NoAnswer(f"The secure connection broke after the request went out ({cause}).", endpoint)
    return NoAnswer(f"The connection was lost after the request went out ({cause}).", endpoint)
