"""One rate limiter shared by every gateway call the app makes: requests spaced by their start times."""

from __future__ import annotations

import math
import threading
import time

__all__ = ["RateLimiter"]


class RateLimiter:
    """Lets calls start at most ``rate`` times per second, whoever makes them (thread-safe, first come first served).

    Start times are spaced by 1/rate: a slow answer does not slow the rate (the next call may start
    while the previous one is still waiting for its answer, if another thread makes it), and an idle
    period earns no burst. The gateway blocks an IP above 5 requests/s, so the rate never exceeds 4.
    """

    MAX_RATE = 4.0
    DEFAULT_RATE = 2.0

    def __init__(self, rate_per_second: float = DEFAULT_RATE) -> None:
        self._lock = threading.Lock()
        self._next_start = 0.0  # monotonic time before which no call may start
        self._interval = 1.0 / self.DEFAULT_RATE
        self.set_rate(rate_per_second)

    @property
    def rate(self) -> float:
        return 1.0 / self._interval

    def set_rate(self, rate: float) -> None:
        """Requests per second, clamped to at most MAX_RATE; zero, negative or NaN raise ValueError."""
        rate = float(rate)
        if not rate > 0 or math.isnan(rate):
            raise ValueError(f"The send rate must be above 0 requests per second (got {rate}).")
        rate = min(rate, self.MAX_RATE)
        with self._lock:
            self._interval = 1.0 / rate

    def acquire(self, cancel: threading.Event | None = None) -> bool:
        """Block until this call may start. False (at once) if ``cancel`` is or becomes set while waiting."""
        if cancel is not None and cancel.is_set():
            return False
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + self._interval
        delay = start - time.monotonic()
        if delay <= 0:
            return True
        if cancel is None:
            time.sleep(delay)
            return True
        if cancel.wait(delay):
            return False
        return True
