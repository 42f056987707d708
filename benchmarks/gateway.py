"""Gateway benchmarks: our client against the official client's transport, the simulator, the rate limiter.

Run:  python benchmarks/gateway.py              (about 15 s)
      python benchmarks/gateway.py --calls 1000

Everything talks to the project's simulator on 127.0.0.1 (the real gateway is never contacted).
1. Round trip of one send over plain HTTP: GatewayClient (one requests.Session, API log on)
   against the official client's ``_request`` (PyPI kwtsms==0.7.40, urllib, log on), measured in the
   same run on the same simulator; then both over TLS (trustme certificate). The ratio is
   baseline time / our time (above 1: we are faster); over TLS our Session keeps the connection
   alive while the official client shakes hands on every call.
2. Simulator throughput with 8 parallel clients and 50 ms latency (latency must not serialize).
3. The shared RateLimiter at 4/s with 150 ms gateway latency and 3 threads: the achieved rate and
   the simulator's own count of the busiest second (must stay at or below 5, i.e. no violations).
"""

from __future__ import annotations

import argparse
import os
import ssl
import statistics
import tempfile
import threading
import time
from pathlib import Path

from kwtsms_desktop.gateway.apilog import ApiLog
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.demo import demo_credentials
from kwtsms_desktop.gateway.ratelimit import RateLimiter
from kwtsms_desktop.gateway.simulator import Simulator

NUMBER = "96598765432"


def _timed(fn, calls: int) -> float:
    """Median seconds per call over 3 rounds of ``calls`` calls."""
    rounds = []
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(calls):
            fn()
        rounds.append((time.perf_counter() - started) / calls)
    return statistics.median(rounds)


def round_trips(calls: int, tmp: Path) -> list[tuple[str, float]]:
    rows = []
    with Simulator(rate_block=False, same_number_seconds=0, balance=10**9) as sim:
        with GatewayClient(demo_credentials, sim.url, api_log=ApiLog(tmp / "ours.log")) as client:
            rows.append(
                ("GatewayClient send, HTTP", _timed(lambda: client.send([NUMBER], "Hi", "KWT-SMS", test=False), calls))
            )
        try:
            import kwtsms._core as official
        except ImportError:
            official = None
        if official is not None:
            official.BASE_URL = sim.url
            payload = {
                "username": "demo",
                "password": "demo",
                "sender": "KWT-SMS",
                "mobile": NUMBER,
                "message": "Hi",
                "test": "0",
            }
            log_file = str(tmp / "official.log")
            rows.append(
                (
                    "official kwtsms _request send, HTTP (baseline)",
                    _timed(lambda: official._request("send", payload, log_file), calls),
                )
            )
    try:
        import trustme
    except ImportError:
        return rows
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    ca.cert_pem.write_to_path(str(tmp / "ca.pem"))
    with Simulator(ssl_context=context, rate_block=False, same_number_seconds=0, balance=10**9) as sim:
        with GatewayClient(
            demo_credentials, sim.url, verify=str(tmp / "ca.pem"), api_log=ApiLog(tmp / "ours-tls.log")
        ) as client:
            rows.append(
                ("GatewayClient send, HTTPS", _timed(lambda: client.send([NUMBER], "Hi", "KWT-SMS", test=False), calls))
            )
        if official is not None:
            # urllib's default context reads SSL_CERT_FILE for every new connection.
            previous = os.environ.get("SSL_CERT_FILE")
            os.environ["SSL_CERT_FILE"] = str(tmp / "ca.pem")
            try:
                official.BASE_URL = sim.url
                log_file = str(tmp / "official-tls.log")
                rows.append(
                    (
                        "official kwtsms _request send, HTTPS (baseline)",
                        _timed(lambda: official._request("send", payload, log_file), calls),
                    )
                )
            finally:
                if previous is None:
                    os.environ.pop("SSL_CERT_FILE", None)
                else:
                    os.environ["SSL_CERT_FILE"] = previous
    return rows


def parallel_throughput(threads: int = 8, per_thread: int = 10, latency_ms: int = 50) -> tuple[float, float]:
    with Simulator(rate_block=False, latency_ms=latency_ms) as sim:
        clients = [GatewayClient(demo_credentials, sim.url) for _ in range(threads)]
        workers = [threading.Thread(target=lambda c=c: [c.balance() for _ in range(per_thread)]) for c in clients]
        started = time.perf_counter()
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        elapsed = time.perf_counter() - started
        for c in clients:
            c.close()
    serial = threads * per_thread * latency_ms / 1000
    return threads * per_thread / elapsed, serial / elapsed


def limiter_run(calls: int = 24, latency_ms: int = 150) -> tuple[float, dict]:
    limiter = RateLimiter(4.0)
    with Simulator(latency_ms=latency_ms) as sim:
        clients = [GatewayClient(demo_credentials, sim.url, rate_limiter=limiter) for _ in range(3)]
        started = time.perf_counter()
        workers = [threading.Thread(target=lambda c=c: [c.balance() for _ in range(calls // 3)]) for c in clients]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        elapsed = time.perf_counter() - started - latency_ms / 1000  # the last answer's latency
        stats = sim.stats()
        for c in clients:
            c.close()
    return (calls - 1) / elapsed, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = round_trips(args.calls, Path(tmp))
    measured = dict(rows)
    print(f"{'round trip of one send (simulator on loopback)':<50} {'ms/call':>8} {'vs baseline':>12}")
    for name, seconds in rows:
        scheme = "HTTPS" if name.endswith(("HTTPS", "HTTPS (baseline)")) else "HTTP"
        baseline = measured.get(f"official kwtsms _request send, {scheme} (baseline)")
        ratio = f"{baseline / seconds:.2f}x" if baseline else "-"
        print(f"{name:<50} {seconds * 1000:>8.2f} {ratio:>12}")
    rate, speedup = parallel_throughput()
    print(
        f"\nsimulator, 8 clients in parallel, 50 ms latency: {rate:.0f} requests/s "
        f"({speedup:.1f}x faster than answering one at a time)"
    )
    achieved, stats = limiter_run()
    print(
        f"rate limiter at 4/s, 3 threads, 150 ms latency: {achieved:.2f} starts/s achieved; simulator saw "
        f"max {stats['max_requests_in_any_second']} in any second, {stats['rate_violations']} violations"
    )


if __name__ == "__main__":
    main()
