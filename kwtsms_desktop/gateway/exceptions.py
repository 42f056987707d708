"""What can go wrong talking to the gateway: a gateway answer (ERRxxx) or a transport failure, with the catalogue entry."""

from __future__ import annotations

from typing import Any

from kwtsms_desktop.core.errors import ErrorInfo, error_info

from .urls import InsecureGatewayURL

__all__ = [
    "GatewayError",
    "GatewayRejected",
    "TransportError",
    "RequestNotSent",
    "SecureConnectionFailed",
    "NoAnswer",
    "BadResponse",
    "InsecureGatewayURL",
    "RequestCancelled",
]


class GatewayError(Exception):
    """Base of every gateway failure.

    ``code`` is "ERRxxx" for a gateway answer, or "NETWORK" / "TIMEOUT" / "BAD_RESPONSE";
    ``description`` the gateway's text or what happened; ``info`` the core catalogue entry
    (category, action, sentences in English and Arabic); ``endpoint`` e.g. "send".
    The text never contains the password (the client masks it before raising).
    """

    def __init__(self, code: str, description: str, endpoint: str = "") -> None:
        self.code = code
        self.description = description
        self.endpoint = endpoint
        self.info: ErrorInfo = error_info(code)
        self.category = self.info.category
        super().__init__(code, description, endpoint)

    def __str__(self) -> str:
        where = f"{self.endpoint}: " if self.endpoint else ""
        return f"{where}{self.code} {self.description}".rstrip()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, description={self.description!r}, endpoint={self.endpoint!r})"
        )

    def __reduce__(self) -> tuple[Any, tuple[str, ...]]:
        return (type(self), (self.code, self.description, self.endpoint))


class GatewayRejected(GatewayError):
    """The gateway answered ``{"result": "ERROR", "code": ...}`` (whatever the HTTP status, usually 403)."""


class TransportError(GatewayError):
    """No readable gateway answer. ``request_sent`` says whether the request may have reached the gateway."""

    request_sent: bool = True


class RequestNotSent(TransportError):
    """The request never left (DNS failure, connection refused, TLS handshake failed): safe to retry."""

    request_sent = False

    def __init__(self, description: str, endpoint: str = "") -> None:
        super().__init__("NETWORK", description, endpoint)

    def __reduce__(self) -> tuple[Any, tuple[str, ...]]:
        return (type(self), (self.description, self.endpoint))


class SecureConnectionFailed(RequestNotSent):
    """The TLS handshake failed (certificate, clock, a company proxy), before the request was written: safe to retry."""

    def __init__(self, description: str, endpoint: str = "") -> None:
        TransportError.__init__(self, "TLS", description, endpoint)


class NoAnswer(TransportError):
    """The request went out and no answer came (read timeout, connection reset or closed): a send is UNCERTAIN."""

    def __init__(self, description: str, endpoint: str = "") -> None:
        super().__init__("TIMEOUT", description, endpoint)

    def __reduce__(self) -> tuple[Any, tuple[str, ...]]:
        return (type(self), (self.description, self.endpoint))


class BadResponse(TransportError):
    """An answer came but is not a kwtSMS JSON answer (HTML error page, proxy page, empty): a send is UNCERTAIN."""

    def __init__(self, description: str, endpoint: str = "", *, http_status: int | None = None) -> None:
        self.http_status = http_status
        super().__init__("BAD_RESPONSE", description, endpoint)

    def __reduce__(self) -> tuple[Any, tuple[str, ...]]:
        return (type(self), (self.description, self.endpoint))


class RequestCancelled(Exception):
    """The caller's cancel event was set, or the call was interrupted, before the request was written: nothing was sent."""
