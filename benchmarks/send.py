"""Benchmark: a 10,000-number broadcast through `kwtsms-desktop send` vs the official client's bulk send.

Both run in one go against the same `kwtsms-desktop simulate` process with 300 ms latency:

- ours: a real `kwtsms-desktop send --yes` subprocess (start-up, import, the balance / sender-ID /
  coverage checks, planning, journaling, then 50 sends spaced by start time at the configured rate);
- the official client (`kwtsms` 0.7.40): `KwtSMS(...).send(list, message)`, its bulk path, with
  its API base URL pointed at the simulator; it sleeps 0.5 s after every call.

Printed: wall seconds, send calls, send calls per second (from the simulator's ledger), the ratio
to the official client, and the simulator's rate statistics for each run.

    python benchmarks/send.py [--recipients 10000] [--latency-ms 300] [--rate 2]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime
from pathlib import Path

COMMAND = [sys.executable, "-m", "kwtsms_desktop"]
MESSAGE = "Parents' evening is on Thursday at 6 pm. School office"


class Simulator:
    def __init__(self, latency_ms: int, balance: float) -> None:
        self.process = subprocess.Popen(
            [*COMMAND, "simulate", "--latency-ms", str(latency_ms), "--balance", str(balance)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.url = self.process.stdout.readline().strip().removeprefix("listening on ")
        self.root = self.url.removesuffix("API/")

    def get(self, path: str):
        with urllib.request.urlopen(self.root + path, timeout=30) as answer:
            return json.loads(answer.read())

    def post(self, path: str, body=None) -> None:
        request = urllib.request.Request(
            self.root + path,
            data=json.dumps(body or {}).encode(),
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            answer.read()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process.stdout.close()


def send_rate(ledger: list[dict]) -> float:
    """Send calls per second between the first and the last accepted send (the steady rate)."""
    times = sorted(datetime.fromisoformat(entry["at"]).timestamp() for entry in ledger)
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else float("nan")


def run_ours(sim: Simulator, work: Path, numbers: list[str], rate: float) -> tuple[float, list[dict], dict]:
    from kwtsms_desktop.store import Store

    recipients = work / "recipients.csv"
    with recipients.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Mobile"])
        writer.writerows([f"Parent {i}", n] for i, n in enumerate(numbers))
    data_dir = work / "data"
    with Store.open(data_dir) as store:
        store.settings.set("send_rate", rate)
    env = dict(os.environ, KWTSMS_USERNAME="demo", KWTSMS_PASSWORD="demo")
    before = len(sim.get("_sim/ledger"))
    sim.post("_sim/reset-stats")
    started = time.perf_counter()
    done = subprocess.run(
        [
            *COMMAND,
            "send",
            "--recipients",
            str(recipients),
            "--message",
            MESSAGE,
            "--sender",
            "KWT-SMS",
            "--gateway",
            sim.url,
            "--data-dir",
            str(data_dir),
            "--yes",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"kwtsms-desktop send failed ({done.returncode}):\n{done.stderr[-2000:]}")
    ledger = sim.get("_sim/ledger")[before:]
    return seconds, ledger, sim.get("_sim/stats")


def run_official(sim: Simulator, numbers: list[str]) -> tuple[float, list[dict], dict]:
    import kwtsms._core as official

    official.BASE_URL = sim.url  # the official client's API base URL constant
    client = official.KwtSMS("demo", "demo", sender_id="KWT-SMS", log_file="")
    before = len(sim.get("_sim/ledger"))
    sim.post("_sim/reset-stats")
    started = time.perf_counter()
    result = client.send(numbers, MESSAGE)
    seconds = time.perf_counter() - started
    if result.get("result") != "OK":
        raise SystemExit(f"official client failed: {str(result)[:500]}")
    ledger = sim.get("_sim/ledger")[before:]
    return seconds, ledger, sim.get("_sim/stats")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--latency-ms", type=int, default=300)
    parser.add_argument("--rate", type=float, default=2.0, help="kwtSMS Desktop's configured send rate (1-4)")
    args = parser.parse_args()

    ours_numbers = [f"9655{i:07d}" for i in range(args.recipients)]
    official_numbers = [f"9656{i:07d}" for i in range(args.recipients)]  # other numbers: no ERR028
    sim = Simulator(args.latency_ms, balance=10 * args.recipients)
    try:
        with tempfile.TemporaryDirectory() as work:
            ours = run_ours(sim, Path(work), ours_numbers, args.rate)
        official = run_official(sim, official_numbers)
    finally:
        sim.stop()

    rows = []
    for name, (seconds, ledger, stats) in (("kwtsms-desktop send", ours), ("official KwtSMS.send", official)):
        sent = sum(len(entry["numbers"]) for entry in ledger)
        assert sent == args.recipients, f"{name}: {sent} numbers in the ledger"
        rows.append((name, seconds, len(ledger), send_rate(ledger), stats))
    baseline = rows[1][1]
    print(
        f"{args.recipients:,} recipients, simulator latency {args.latency_ms} ms, "
        f"kwtSMS Desktop rate {args.rate:g}/s (Python {sys.version.split()[0]})"
    )
    header = f"{'client':<22}{'seconds':>9}{'sends':>7}{'sends/s':>9}{'speed-up':>10}{'max/s':>7}{'violations':>12}"
    print(header)
    print("-" * len(header))
    for name, seconds, calls, rate, stats in rows:
        print(
            f"{name:<22}{seconds:>9.2f}{calls:>7}{rate:>9.3f}{baseline / seconds:>9.2f}x"
            f"{stats['max_requests_in_any_second']:>7}{stats['rate_violations']:>12}"
        )
    ours_rate = rows[0][3]
    print(
        f"\nkwtSMS Desktop steady send rate: {ours_rate:.3f}/s = {ours_rate / args.rate:.1%} of the configured "
        f"{args.rate:g}/s ceiling; speed-up {baseline / rows[0][1]:.2f}x (goal >= 1.4x); "
        f"rate violations {rows[0][4]['rate_violations']} (goal 0)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
