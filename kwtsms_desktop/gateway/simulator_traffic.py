"""Request statistics of the simulator, and the gateway's automatic IP block for clients above 5 requests/s.

A request is a rate violation when it is the 6th or later request of its client within one second
(a sliding window: the requests that started in the second before it, itself included). As the
API page says, a client that goes above 5 requests in a second is blocked at once (``block_after``
= 1 violating second; more makes the block tolerate short bursts) for ``block_seconds``: while blocked, every API call is answered HTTP 403 with ERR024
("your IP address is blocked"), which is how the real gateway's "IP blocked automatically" shows.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

__all__ = ["TrafficMonitor", "RATE_LIMIT_PER_SECOND"]

RATE_LIMIT_PER_SECOND = 5


@dataclass
class _Client:
    recent: deque[float] = field(default_factory=deque)  # start times within the last second
    violating_seconds: deque[float] = field(default_factory=deque)  # distinct int(time) seconds with a violation
    blocked_until: float = 0.0


class TrafficMonitor:
    def __init__(
        self,
        *,
        block: bool = True,
        block_after: int = 1,
        block_window: float = 10.0,
        block_seconds: float = 60.0,
        limit: int = RATE_LIMIT_PER_SECOND,
    ) -> None:
        self.block = block
        self.block_after = block_after
        self.block_window = block_window
        self.block_seconds = block_seconds
        self.limit = limit
        self._lock = threading.Lock()
        self._clients: dict[str, _Client] = {}
        self.requests = 0
        self.max_in_any_second = 0
        self.rate_violations = 0
        self.blocked_requests = 0
        self.blocks = 0
        self.per_endpoint: Counter[str] = Counter()

    def record(self, client: str, endpoint: str, now: float | None = None) -> bool:
        """Count one API request; True if the client is blocked and must get ERR024."""
        now = time.monotonic() if now is None else now
        with self._lock:
            self.requests += 1
            self.per_endpoint[endpoint] += 1
            state = self._clients.setdefault(client, _Client())
            recent = state.recent
            recent.append(now)
            while recent and recent[0] <= now - 1.0:
                recent.popleft()
            self.max_in_any_second = max(self.max_in_any_second, len(recent))
            if len(recent) > self.limit:
                self.rate_violations += 1
                second = int(now)
                if not state.violating_seconds or state.violating_seconds[-1] != second:
                    state.violating_seconds.append(second)
                while state.violating_seconds and state.violating_seconds[0] <= now - self.block_window:
                    state.violating_seconds.popleft()
                if self.block and now >= state.blocked_until and len(state.violating_seconds) >= self.block_after:
                    state.blocked_until = now + self.block_seconds
                    state.violating_seconds.clear()
                    self.blocks += 1
            if now < state.blocked_until:
                self.blocked_requests += 1
                return True
            return False

    def unblock(self) -> None:
        with self._lock:
            for state in self._clients.values():
                state.blocked_until = 0.0
                state.violating_seconds.clear()
                state.recent.clear()  # a fresh start: the burst that caused the block is forgiven

    def is_blocked(self, client: str) -> bool:
        with self._lock:
            state = self._clients.get(client)
            return state is not None and time.monotonic() < state.blocked_until

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            now = time.monotonic()
            return {
                "requests": self.requests,
                "max_requests_in_any_second": self.max_in_any_second,
                "rate_violations": self.rate_violations,
                "blocked_requests": self.blocked_requests,
                "blocks": self.blocks,
                "blocked_now": any(now < s.blocked_until for s in self._clients.values()),
                "per_endpoint": dict(self.per_endpoint),
            }

    def reset(self) -> None:
        with self._lock:
            self._clients.clear()
            self.requests = self.max_in_any_second = self.rate_violations = 0
            self.blocked_requests = self.blocks = 0
            self.per_endpoint.clear()
