"""Hostile gateways on loopback: they read the request, then misbehave. Bounded in time, they stop by themselves.

A ``HostileGateway`` answers the look-ups a ``send`` command makes first (balance, senderid,
coverage) like the simulator's demo account, and answers ``send`` (or every endpoint, with
``endpoints=None``) the hostile way chosen by ``behaviour``:

- ``ok``: a normal send answer;
- ``drip``: the status line and headers one byte every ``drip_seconds`` (never a complete answer);
- ``redirect``: ``redirect_status`` (307) to ``location``;
- ``tls_garbage``: after reading the whole request, a corrupt TLS record (bad MAC);
- ``tls_alert``: after reading the whole request, a fatal TLS alert;
- ``reset``: after reading the whole request, a TCP reset;
- ``huge``: a 200 answer of ``huge_bytes`` bytes, streamed;
- ``nested``: a JSON object nested ``depth`` levels deep;
- ``echo_json``: a 403 kwtSMS error whose description is the whole request body (password included);
- ``echo_text``: a 500 whose plain-text body is ``Error: `` and the whole request body.

Every request received is kept in ``requests`` as (path, body bytes), appended once the whole
request has been read, so a test can count what reached the server.
"""

from __future__ import annotations

import json
import socket
import socketserver
import ssl
import threading
import time
from dataclasses import dataclass, field

LOOKUPS = {
    "balance": {"result": "OK", "available": 1000, "purchased": 1000},
    "senderid": {"result": "OK", "senderid": ["KWT-SMS", "DEMO"]},
    "coverage": {"result": "OK", "prefixes": ["965", "966"]},
}
SEND_OK = {
    "result": "OK",
    "msg-id": "hostile-1",
    "numbers": 1,
    "points-charged": 1,
    "balance-after": 999,
    "unix-timestamp": 1700000000,
}
LIFETIME = 120.0  # seconds: no connection handler lives longer, whatever the client does


@dataclass
class HostileGateway:
    behaviour: str = "ok"
    endpoints: tuple[str, ...] | None = ("send",)  # None: every endpoint is hostile
    ssl_context: ssl.SSLContext | None = None
    drip_seconds: float = 1.0
    redirect_status: int = 307
    location: str = ""
    huge_bytes: int = 50_000_000
    depth: int = 100_000
    requests: list[tuple[str, bytes]] = field(default_factory=list)

    def start(self) -> HostileGateway:
        gateway = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                gateway._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self._stopped = threading.Event()
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        scheme = "https" if self.ssl_context else "http"
        return f"{scheme}://127.0.0.1:{self.port}/API/"

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def count(self, endpoint: str) -> int:
        return sum(1 for path in self.paths() if path.rstrip("/").endswith("/" + endpoint))

    def stop(self) -> None:
        self._stopped.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> HostileGateway:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- one connection ---------------------------------------------------------------------------
    def _handle(self, raw: socket.socket) -> None:
        raw.settimeout(10)
        sock: socket.socket = raw
        try:
            if self.ssl_context is not None:
                sock = self.ssl_context.wrap_socket(raw, server_side=True)
            while not self._stopped.is_set():
                request = _read_request(sock)
                if request is None:
                    return
                path, body = request
                self.requests.append((path, body))
                endpoint = path.rstrip("/").rsplit("/", 1)[-1]
                hostile = self.endpoints is None or endpoint in self.endpoints
                if not hostile:
                    _answer(sock, 200, json.dumps(LOOKUPS.get(endpoint, SEND_OK)).encode())
                    continue
                self._misbehave(sock, body)
                return
        except (OSError, ssl.SSLError):
            return
        finally:
            try:
                sock.close()
            except OSError:
                pass

    def _misbehave(self, sock: socket.socket, body: bytes) -> None:
        kind = self.behaviour
        if kind == "ok":
            _answer(sock, 200, json.dumps(SEND_OK).encode())
        elif kind == "drip":
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
            ends = time.monotonic() + LIFETIME
            for byte in head:
                if self._stopped.wait(self.drip_seconds) or time.monotonic() > ends:
                    return
                sock.sendall(bytes([byte]))
        elif kind == "redirect":
            sock.sendall(
                f"HTTP/1.1 {self.redirect_status} Moved\r\nLocation: {self.location}\r\n"
                "Content-Length: 0\r\n\r\n".encode()
            )
        elif kind == "tls_garbage":  # an application-data record whose MAC cannot be right
            socket.socket.sendall(sock, b"\x17\x03\x03\x00\x40" + bytes(range(64)))
        elif kind == "tls_alert":  # a fatal internal_error alert, in the clear
            socket.socket.sendall(sock, b"\x15\x03\x03\x00\x02\x02\x50")
        elif kind == "reset":
            socket.socket.setsockopt(sock, socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        elif kind == "huge":
            sock.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {self.huge_bytes}\r\n\r\n".encode())
            chunk = b" " * 65536
            sent = 0
            while sent < self.huge_bytes and not self._stopped.is_set():
                sock.sendall(chunk)
                sent += len(chunk)
        elif kind == "nested":
            _answer(sock, 200, b'{"result": "OK", "a": ' * self.depth + b"1" + b"}" * self.depth)
        elif kind == "echo_json":
            text = body.decode("utf-8", "replace")
            _answer(sock, 403, json.dumps({"result": "ERROR", "code": "ERR003", "description": text}).encode())
        elif kind == "echo_text":
            _answer(sock, 500, b"Error: " + body, content_type="text/plain")
        else:
            raise ValueError(kind)


def _read_request(sock: socket.socket) -> tuple[str, bytes] | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > 1_000_000:
            return None
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    path = lines[0].split(" ")[1]
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return path, body


def _answer(sock: socket.socket, status: int, body: bytes, content_type: str = "application/json") -> None:
    sock.sendall(
        f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    )
