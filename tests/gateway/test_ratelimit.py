"""The shared rate limiter: start times spaced by 1/rate, never above 4/s, cancellable at once."""

from __future__ import annotations

import threading
import time

import pytest

from kwtsms_desktop.gateway.client import RequestCancelled
from kwtsms_desktop.gateway.ratelimit import RateLimiter


def test_rate_is_clamped_to_four_and_must_be_positive():
    limiter = RateLimiter()
    assert limiter.rate == RateLimiter.DEFAULT_RATE == 2.0
    limiter.set_rate(50)
    assert limiter.rate == RateLimiter.MAX_RATE == 4.0
    assert RateLimiter(10).rate == 4.0
    for bad in (0, -1, float("nan")):
        with pytest.raises(ValueError):
            limiter.set_rate(bad)


def test_starts_are_spaced_across_threads():
    limiter = RateLimiter(4.0)
    starts: list[float] = []
    lock = threading.Lock()

    def worker():
        for _ in range(2):
            limiter.acquire()
            with lock:
                starts.append(time.monotonic())

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    starts.sort()
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert len(starts) == 6
    assert min(gaps) >= 0.25 - 0.02  # generous: sleep never wakes early by more than clock granularity
    for i in range(len(starts) - 4):  # never 5 starts within one second
        assert starts[i + 4] - starts[i] >= 0.95


def test_slow_answers_do_not_slow_the_rate():
    limiter = RateLimiter(4.0)
    limiter.acquire()
    time.sleep(0.3)  # a call that took longer than the interval
    started = time.monotonic()
    limiter.acquire()  # may start at once: spacing is between starts
    assert time.monotonic() - started < 0.1


def test_cancel_wakes_a_waiting_call_at_once():
    limiter = RateLimiter(0.2)  # one call every 5 s
    cancel = threading.Event()
    assert limiter.acquire(cancel) is True
    threading.Timer(0.1, cancel.set).start()
    started = time.monotonic()
    assert limiter.acquire(cancel) is False
    assert time.monotonic() - started < 2
    assert limiter.acquire(cancel) is False  # already set: refuses without waiting


def test_client_calls_through_one_limiter_never_break_the_gateway_rate(make_simulator, make_client):
    simulator = make_simulator(rate_block=True)
    limiter = RateLimiter(4.0)
    clients = [make_client(simulator, rate_limiter=limiter) for _ in range(3)]
    errors: list[BaseException] = []

    def worker(client):
        try:
            for _ in range(2):
                client.balance()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    stats = simulator.stats()
    assert stats["requests"] == 6
    assert stats["rate_violations"] == 0 and stats["max_requests_in_any_second"] <= 5


def test_client_call_cancelled_while_waiting_sends_nothing(make_simulator, make_client):
    simulator = make_simulator()
    client = make_client(simulator, rate_limiter=RateLimiter(0.2))
    client.balance()
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(RequestCancelled):
        client.send(["96598765432"], "Hello", "KWT-SMS", test=True, cancel=cancel)
    assert simulator.ledger() == [] and simulator.stats()["requests"] == 1
