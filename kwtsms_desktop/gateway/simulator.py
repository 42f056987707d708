"""A faithful local kwtSMS gateway: for demo mode, tests and benchmarks (`kwtsms-desktop simulate`).

It is a real threaded HTTP(S) server on loopback speaking the kwtSMS REST/JSON API at
``/API/<endpoint>/`` (POST JSON, trailing slash): balance, senderid, coverage, validate, send,
status, dlr. Errors come back as HTTP 403 with ``{"result":"ERROR","code":...,"description":...}``
like the live service. The account, its rules and the ledger live in simulator_state.py, fault
injection in simulator_faults.py, request statistics and the automatic IP block in
simulator_traffic.py, the HTTP plumbing in simulator_http.py.

Test endpoints (not counted in the statistics):
- ``GET /_sim/ledger``: every accepted send: ``msg-id``, ``numbers`` (list), ``message``,
  ``sender``, ``test``, ``at`` (UTC ISO time), ``points``, ``pages``.
- ``GET /_sim/stats``: ``requests``, ``max_requests_in_any_second``, ``rate_violations``
  (requests beyond 5 within one second), ``blocked_requests``, ``blocks``, ``blocked_now``,
  ``per_endpoint``.
- ``POST /_sim/faults``: make the next calls fail (shape in simulator_faults.py); ``GET`` lists the
  pending ones, ``DELETE`` drops them.
- ``POST /_sim/balance`` ``{"balance": N}``; ``POST /_sim/unblock`` (lift the rate block);
  ``POST /_sim/clear-queue`` (delete held test messages: their credits come back);
  ``POST /_sim/reset-stats``; ``POST /_sim/delivery`` ``{"NUMBER": "FAILED", ...}`` (what the
  delivery report says for those numbers; DELIVERED otherwise).
"""

from __future__ import annotations

import argparse
import os
import signal
import ssl
import sys
import threading
import time
from typing import Any

from .simulator_faults import FaultQueue, parse_faults
from .simulator_help import FAULTS_HELP
from .simulator_http import SimulatorServer
from .simulator_state import AccountConfig, GatewayState
from .simulator_traffic import TrafficMonitor

__all__ = ["Simulator", "run_from_command_line", "FAULTS_HELP"]


class Simulator:
    """The simulated gateway. ``start()`` serves on a free loopback port when ``port`` is 0."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        latency_ms: float = 0,
        balance: float | None = None,
        ledger_path: str | os.PathLike[str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        account: AccountConfig | None = None,
        coverage: tuple[str, ...] | list[str] | None = None,
        sender_ids: tuple[str, ...] | list[str] | None = None,
        same_number_seconds: float | None = None,
        dlr_ready_seconds: float | None = None,
        queue_limit: int | None = None,
        rate_block: bool = True,
        block_seconds: float = 60.0,
    ) -> None:
        config = account or AccountConfig()
        overrides: dict[str, Any] = {
            "balance": balance,
            "coverage": tuple(coverage) if coverage is not None else None,
            "sender_ids": tuple(sender_ids) if sender_ids is not None else None,
            "same_number_seconds": same_number_seconds,
            "dlr_ready_seconds": dlr_ready_seconds,
            "queue_limit": queue_limit,
        }
        for name, value in overrides.items():
            if value is not None:
                setattr(config, name, value)
        self.host = host
        self.port = port
        self.latency_ms = float(latency_ms)
        self.ssl_context = ssl_context
        self._state = GatewayState(config, ledger_path=ledger_path)
        self._faults = FaultQueue()
        self._traffic = TrafficMonitor(block=rate_block, block_seconds=block_seconds)
        self._stopping = threading.Event()
        self._server: SimulatorServer | None = None
        self._thread: threading.Thread | None = None
        self._internal_errors: list[str] = []
        self._clock = time.monotonic

    # ---- lifecycle -------------------------------------------------------------------------------
    def start(self) -> Simulator:
        if self._server is not None:
            return self
        self._stopping.clear()
        self._server = SimulatorServer((self.host, self.port), self, self.ssl_context)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"kwtsms-simulator:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.server_close()
        server.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}/API/"

    @property
    def account(self) -> AccountConfig:
        return self._state.config

    def __repr__(self) -> str:
        return f"Simulator(url={self.url!r}, running={self._server is not None})"

    # ---- helpers (the same data as the /_sim endpoints) ----------------------------------------------
    def ledger(self) -> list[dict[str, Any]]:
        return self._state.ledger()

    def stats(self) -> dict[str, Any]:
        return self._traffic.snapshot()

    def balance(self) -> float:
        return self._state.available

    def set_balance(self, n: float) -> None:
        self._state.set_balance(n)

    def add_fault(self, spec: dict[str, Any] | list[Any]) -> None:
        """Queue fault(s): see simulator_faults.py for the shape. ValueError if it is wrong."""
        self._faults.add(parse_faults(spec))

    def faults(self) -> list[dict[str, Any]]:
        return self._faults.pending()

    def clear_faults(self) -> None:
        self._faults.clear()

    def reset_rate_block(self) -> None:
        self._traffic.unblock()

    def reset_stats(self) -> None:
        self._traffic.reset()

    def clear_queue(self) -> float:
        return self._state.clear_queue()

    def set_delivery(self, statuses: dict[str, str]) -> None:
        """Delivery-report statuses for numbers outside Kuwait (default DELIVERED), e.g. {"966501234567": "FAILED"}."""
        self._state.set_delivery(statuses)

    def queued(self) -> int:
        return self._state.queued()

    def internal_errors(self) -> list[str]:
        """Tracebacks of simulator bugs (never of clients hanging up): tests assert this stays empty."""
        return list(self._internal_errors)

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._stopping.wait(seconds)


def run_from_command_line(args: argparse.Namespace) -> int:
    """``kwtsms-desktop simulate``: serve until SIGTERM/SIGINT; first stdout line ``listening on URL``."""
    context = None
    cert, key = getattr(args, "tls_cert", None), getattr(args, "tls_key", None)
    if key and not cert:
        print("--tls-key needs --tls-cert.", file=sys.stderr)
        return 2
    if cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        try:
            context.load_cert_chain(cert, key)
        except (OSError, ssl.SSLError) as exc:
            print(f"Could not load the TLS certificate {cert}: {exc}", file=sys.stderr)
            return 2
    coverage = getattr(args, "coverage", None)
    simulator = Simulator(
        args.host,
        args.port,
        latency_ms=args.latency_ms or 0,
        balance=args.balance,
        ledger_path=args.ledger,
        ssl_context=context,
        coverage=[c for c in coverage.replace(",", " ").split()] if coverage is not None else None,
        same_number_seconds=getattr(args, "same_number_seconds", None),
        dlr_ready_seconds=getattr(args, "dlr_ready_seconds", None),
        rate_block=(getattr(args, "block_seconds", 60.0) or 0) > 0,
        block_seconds=getattr(args, "block_seconds", 60.0) or 60.0,
    )
    stop = threading.Event()

    def on_signal(_signum: int, _frame: Any) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        try:
            simulator.start()
        except OSError as exc:
            print(f"Could not listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"listening on {simulator.url}", flush=True)
        account = simulator.account
        print(
            f"account: username {account.username}, password {account.password}, sender IDs "
            f"{' '.join(account.sender_ids)}, coverage {' '.join(account.coverage) or '(none)'}, "
            f"balance {simulator.balance():g}",
            flush=True,
        )
        while not stop.wait(0.5):
            pass
        return 0
    finally:
        simulator.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
