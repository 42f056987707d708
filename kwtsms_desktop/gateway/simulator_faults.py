"""Fault injection for the simulator: the next N calls of an endpoint fail in a chosen way.

``POST /_sim/faults`` takes one object or a list of them (``Simulator.add_fault`` takes the same)::

    {"endpoint": "send",      # one of the seven endpoints, or "*" for any (default "*")
     "kind": "timeout",       # see KINDS below (required)
     "count": 1,              # how many matching calls it applies to (default 1)
     "code": "ERR013",        # kind "error" only: the gateway code to answer (default ERR013)
     "seconds": 2.0,          # kind "delay": extra wait before the normal answer (default 2);
                              # kind "timeout": longest time the connection is held (default 60)
     "accepted": false}       # send only, kinds timeout/reset/http500/not_json/empty: true = the
                              # gateway DID accept the send (ledger + charge) but the client gets
                              # no proper answer; false (default) = nothing was sent

Kinds:
- ``delay``: wait ``seconds``, then answer normally (longer than the client's read timeout, it is
  the slow gateway that still accepts the send after the client gave up).
- ``timeout``: read the request and never answer; the connection is held until the client gives
  up (or ``seconds`` pass, or the simulator stops), then closed.
- ``reset``: read the request, then close the connection with a TCP reset (SO_LINGER 0).
- ``http500``: HTTP 500 with an HTML error page.
- ``not_json``: HTTP 200 with a plain-text body that is not JSON.
- ``empty``: HTTP 200 with an empty body.
- ``error``: HTTP 403 with ``{"result":"ERROR","code":code,"description":...}``.
Faults queue in the order given; a call takes the first pending fault whose endpoint matches.
``DELETE /_sim/faults`` (or ``Simulator.clear_faults()``) drops the pending ones.
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["Fault", "FaultQueue", "KINDS", "ENDPOINTS", "parse_faults"]

ENDPOINTS = ("balance", "senderid", "coverage", "validate", "send", "status", "dlr")
KINDS = ("delay", "timeout", "reset", "http500", "not_json", "empty", "error")
SILENT_KINDS = ("timeout", "reset", "http500", "not_json", "empty")  # no proper answer reaches the client


@dataclass
class Fault:
    kind: str
    endpoint: str = "*"
    count: int = 1
    code: str = "ERR013"
    seconds: float | None = None
    accepted: bool = False

    def matches(self, endpoint: str) -> bool:
        return self.count > 0 and self.endpoint in ("*", endpoint)

    @property
    def wait_seconds(self) -> float:
        if self.seconds is not None:
            return self.seconds
        return 60.0 if self.kind == "timeout" else 2.0


def parse_faults(spec: Any) -> list[Fault]:
    """Faults from the JSON shape above; ValueError with a plain reason when it is wrong."""
    items = spec if isinstance(spec, list) else [spec]
    faults = []
    for item in items:
        if not isinstance(item, dict):
            raise ValueError("a fault must be a JSON object")
        unknown = set(item) - {"kind", "endpoint", "count", "code", "seconds", "accepted"}
        if unknown:
            raise ValueError(f"unknown fault field(s): {', '.join(sorted(unknown))}")
        kind = item.get("kind")
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        endpoint = str(item.get("endpoint", "*")).strip("/ ").lower() or "*"
        if endpoint != "*" and endpoint not in ENDPOINTS:
            raise ValueError(f"endpoint must be '*' or one of {', '.join(ENDPOINTS)}")
        count = item.get("count", 1)
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ValueError("count must be a whole number of at least 1")
        code = str(item.get("code", "ERR013")).strip().upper()
        if kind == "error" and not re.fullmatch(r"ERR\d{3}", code):
            raise ValueError("code must look like ERR013")
        seconds = item.get("seconds")
        if seconds is not None:
            if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 <= seconds <= 3600:
                raise ValueError("seconds must be a number from 0 to 3600")
            seconds = float(seconds)
        accepted = item.get("accepted", False)
        if not isinstance(accepted, bool):
            raise ValueError("accepted must be true or false")
        faults.append(Fault(kind=kind, endpoint=endpoint, count=count, code=code, seconds=seconds, accepted=accepted))
    return faults


class FaultQueue:
    """Pending faults, consumed one call at a time (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, faults: list[Fault]) -> None:
        with self._lock:
            self._faults.extend(faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, endpoint: str) -> Fault | None:
        """The fault for this call of ``endpoint`` (its count is used up by one), or None."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(endpoint):
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    return Fault(**{**asdict(fault), "count": 1})
            return None

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(f) for f in self._faults]
