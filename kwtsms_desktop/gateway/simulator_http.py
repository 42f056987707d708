"""The simulator's HTTP(S) server: kwtSMS API at /API/<endpoint>/ (POST JSON) plus the /_sim/ test endpoints.

Threaded (one daemon thread per connection), so latency, delays and held "timeout" connections
never block other requests or shutdown. With TLS the handshake happens in the connection's own
thread. HTTP/1.1 keep-alive like the live service (idle connections are closed after 60 s, and
all of them when the simulator stops).
"""

from __future__ import annotations

import json
import select
import socket
import ssl
import struct
import sys
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from .simulator_faults import ENDPOINTS, SILENT_KINDS, Fault
from .simulator_state import BLOCKED_DESCRIPTION, error_body

if TYPE_CHECKING:
    from .simulator import Simulator

__all__ = ["SimulatorServer"]

MAX_BODY = 16 * 1024 * 1024
HTML_500 = (
    b"<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>"
    b"<body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>\n"
)
HTML_404 = b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n"
NOT_JSON = b"Service temporarily unavailable. Please try again later.\n"


class SimulatorServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], simulator: Simulator, ssl_context: ssl.SSLContext | None) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.simulator = simulator
        self.ssl_context = ssl_context
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        connection = request
        if self.ssl_context is not None:
            request.settimeout(30)
            try:
                connection = self.ssl_context.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):
                return  # the client refused our certificate or went away: nothing to answer
        with self._connections_lock:
            self._connections.add(connection)
        try:
            self.RequestHandlerClass(connection, client_address, self)  # type: ignore[arg-type]  # typeshed wants Self of BaseServer
        finally:
            with self._connections_lock:
                self._connections.discard(connection)
            if connection is not request:
                connection.close()

    def close_connections(self) -> None:
        """Hang up every open (keep-alive or held) connection: a stopped simulator answers nothing more."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                # socket.socket's own shutdown: SSLSocket.shutdown would pull the TLS state from
                # under the handler thread still reading it.
                socket.socket.shutdown(connection, socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, _request: Any, _client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, ssl.SSLError, TimeoutError)):
            return  # the client hung up: normal for timeouts and resets
        if isinstance(exc, (OSError, ValueError)) and self.simulator._stopping.is_set():
            return  # connections cut by stop()
        self.simulator._internal_errors.append(traceback.format_exc())
        traceback.print_exc(file=sys.stderr)


class _Handler(BaseHTTPRequestHandler):
    server: SimulatorServer
    protocol_version = "HTTP/1.1"  # keep-alive like the live service; a client may send Connection: close
    server_version = "kwtSMS-simulator"
    disable_nagle_algorithm = True  # with keep-alive, Nagle + delayed ACK would add 40 ms per answer
    sys_version = ""
    timeout = 60

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass  # quiet: a test runner or a pipe nobody reads must never fill up

    # ---- routing ---------------------------------------------------------------------------------
    def do_POST(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/_sim/"):
            self._sim_post(path[len("/_sim/") :].strip("/"))
        else:
            self._api(path)

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        sim = self.server.simulator
        if path.startswith("/_sim/"):
            name = path[len("/_sim/") :].strip("/")
            if name == "ledger":
                return self._json(200, sim.ledger())
            if name == "stats":
                return self._json(200, sim.stats())
            if name == "faults":
                return self._json(200, sim.faults())
            return self._json(404, {"error": f"unknown simulator endpoint /_sim/{name}"})
        if path.rstrip("/") in ("", "/API"):
            body = (f"kwtSMS gateway simulator. POST JSON to {sim.url}<endpoint>/ ({', '.join(ENDPOINTS)}).\n").encode()
            return self._send(200, body, "text/plain; charset=utf-8")
        self._api(path)  # the real gateway answers GET with an error too

    def do_DELETE(self) -> None:
        path = self.path.split("?", 1)[0].strip("/")
        if path == "_sim/faults":
            self.server.simulator.clear_faults()
            return self._json(200, {"result": "OK"})
        self._json(404, {"error": "unknown simulator endpoint"})

    # ---- the kwtSMS API --------------------------------------------------------------------------
    def _api(self, path: str) -> None:
        sim = self.server.simulator
        parts = [p for p in path.split("/") if p]
        if len(parts) != 2 or parts[0].upper() != "API" or parts[1].lower() not in ENDPOINTS:
            self._read_body()
            return self._send(404, HTML_404, "text/html; charset=utf-8")
        endpoint = parts[1].lower()
        raw = self._read_body()
        if sim._traffic.record(self.client_address[0], endpoint):
            return self._json(403, error_body("ERR024", BLOCKED_DESCRIPTION))
        fault = sim._faults.take(endpoint)
        sim._wait(sim.latency_ms / 1000.0)
        if fault is not None and fault.kind == "delay":
            sim._wait(fault.wait_seconds)
            fault = None
        if sim._stopping.is_set():
            self.close_connection = True
            return self._reset()  # stopped while waiting: the request is not processed
        if fault is not None and fault.kind == "error":
            return self._json(403, error_body(fault.code))
        process = fault is None or (fault.accepted and endpoint == "send")
        status, body = 403, error_body("ERR002")
        if process:
            try:
                payload = json.loads(raw.decode("utf-8")) if raw.strip() else None
            except (UnicodeDecodeError, ValueError, RecursionError):
                payload = None
            if self.command != "POST":
                payload = None
            status, body = sim._state.handle(endpoint, payload)
        if fault is None:
            return self._json(status, body)
        self._misbehave(fault)

    def _misbehave(self, fault: Fault) -> None:
        assert fault.kind in SILENT_KINDS
        if fault.kind == "http500":
            return self._send(500, HTML_500, "text/html; charset=utf-8")
        if fault.kind == "not_json":
            return self._send(200, NOT_JSON, "text/plain; charset=utf-8")
        if fault.kind == "empty":
            return self._send(200, b"", "application/json")
        self.close_connection = True
        if fault.kind == "reset":
            self._reset()
        else:
            self._hold(fault.wait_seconds)

    def _reset(self) -> None:
        """Close with a TCP RST instead of a FIN: the client sees 'connection reset by peer'."""
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def _hold(self, seconds: float) -> None:
        """Say nothing until the client gives up, ``seconds`` pass or the simulator stops."""
        sim = self.server.simulator
        deadline = sim._clock() + seconds
        sock = self.connection
        while not sim._stopping.is_set() and sim._clock() < deadline:
            try:
                readable, _, _ = select.select([sock], [], [], 0.1)
                if readable and not sock.recv(1024):
                    break  # the client closed its end
            except (OSError, ValueError, ssl.SSLError):
                break
        self._reset()

    # ---- /_sim/ ------------------------------------------------------------------------------------
    def _sim_post(self, name: str) -> None:
        sim = self.server.simulator
        raw = self._read_body()
        try:
            data = json.loads(raw.decode("utf-8")) if raw.strip() else {}
        except (UnicodeDecodeError, ValueError):
            return self._json(400, {"error": "the body must be JSON"})
        try:
            if name == "faults":
                sim.add_fault(data)
                return self._json(200, {"result": "OK", "pending": sim.faults()})
            if name == "balance":
                if (
                    not isinstance(data, dict)
                    or not isinstance(data.get("balance"), (int, float))
                    or isinstance(data.get("balance"), bool)
                ):
                    raise ValueError('send {"balance": N}')
                sim.set_balance(data["balance"])
                return self._json(200, {"result": "OK", "available": sim._state.available})
            if name == "unblock":
                sim.reset_rate_block()
                return self._json(200, {"result": "OK"})
            if name == "clear-queue":
                return self._json(200, {"result": "OK", "refunded": sim.clear_queue()})
            if name == "delivery":
                if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
                    raise ValueError('send {"NUMBER": "STATUS", ...}')
                sim.set_delivery(data)
                return self._json(200, {"result": "OK"})
            if name == "reset-stats":
                sim.reset_stats()
                return self._json(200, {"result": "OK"})
        except ValueError as exc:
            return self._json(400, {"error": str(exc)})
        self._json(404, {"error": f"unknown simulator endpoint /_sim/{name}"})

    # ---- plumbing ------------------------------------------------------------------------------------
    def _read_body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if length <= 0:
            return b""
        return self.rfile.read(min(length, MAX_BODY))

    def _json(self, status: int, body: Any) -> None:
        self._send(status, json.dumps(body, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        if self.command != "HEAD":
            self._headers_buffer.append(b"\r\n" + body)  # type: ignore[attr-defined]  # http.server's private buffer: headers and body in one write
            self.flush_headers()
        else:
            self.end_headers()
