"""Gateway URL safety: HTTPS everywhere except loopback, checked before any connection is made."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

__all__ = ["InsecureGatewayURL", "check_gateway_url", "is_loopback_host"]


class InsecureGatewayURL(ValueError):
    """The gateway URL would send the password unencrypted (http:// off loopback) or is not http(s) at all."""


def is_loopback_host(host: str) -> bool:
    """True for literal 127.0.0.0/8 and ::1 addresses and the exact name ``localhost`` (the only hosts plain HTTP may talk to).

    No other name counts, not even ``localhost.`` or ``foo.localhost``: they would be looked up through
    DNS, which may answer anything. ``localhost`` itself is never looked up (client.local_connect_url).
    """
    host = (host or "").strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_gateway_url(url: str) -> str:
    """Return ``url`` ending with "/" if it is safe to send credentials to; raise InsecureGatewayURL if not.

    https:// to any host is fine (TLS verification stays on); http:// only to a loopback address
    (the local simulator). Anything else (ftp://, no scheme, no host, user:pass@ in the URL) is refused.
    """
    if not isinstance(url, str) or not url.strip():
        raise InsecureGatewayURL("The gateway address is empty. Use https://www.kwtsms.com/API/.")
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        raise InsecureGatewayURL(f"The gateway address {url!r} is not a valid web address.") from exc
    if scheme not in ("http", "https") or not host:
        raise InsecureGatewayURL(f"The gateway address {url!r} is not a web address. Use https://www.kwtsms.com/API/.")
    if parts.username is not None or parts.password is not None:
        raise InsecureGatewayURL("Do not put a username or password in the gateway address.")
    if scheme == "http" and not is_loopback_host(host):
        raise InsecureGatewayURL(
            f"Refusing to send the password unencrypted to {host}: use an https:// address "
            "(plain http:// is only allowed to this computer, e.g. the local simulator)."
        )
    if not url.endswith("/"):
        url += "/"
    return url
