"""Benchmark: SIGKILL `kwtsms-desktop send` / `resume` at random moments, then compare the journal with the gateway.

A `kwtsms-desktop simulate` process (150 ms latency) takes the sends; the command line runs at
4 requests per second, and is killed N times at random moments (start-up, account checks,
journaling, the rate limiter's wait, mid-request). After each kill it is resumed; a broadcast that
finishes is followed by a new one with new numbers. At the end every broadcast is resumed to its
end, and the simulator's ledger is compared with the journal (read straight from the SQLite file).

Printed: kills, numbers sent twice, numbers lost (planned but neither accepted, uncertain nor
still to send), uncertain batches, and how many of those never left (not in the ledger: a kill
that should have left them pending).

    python benchmarks/kill_loop.py --kills 40 [--seed 1] [--recipients 6000] [--latency-ms 150]
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

COMMAND = [sys.executable, "-m", "kwtsms_desktop"]
DATABASE_FILE = "kwtsms-desktop.sqlite3"


def start_simulator(latency_ms: int) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [*COMMAND, "simulate", "--port", "0", "--latency-ms", str(latency_ms), "--balance", "100000000"],
        stdout=subprocess.PIPE,
        text=True,
    )
    first = process.stdout.readline().strip()
    if not first.startswith("listening on "):
        raise SystemExit(f"the simulator did not start: {first!r}")
    return process, first.removeprefix("listening on ")


def ledger(url: str) -> list[dict]:
    with urllib.request.urlopen(url.removesuffix("API/") + "_sim/ledger", timeout=10) as answer:
        return json.loads(answer.read())


def read_journal(data_dir: Path) -> dict[int, list[dict]]:
    """Every broadcast's batches (seq, state, numbers), read without writing."""
    path = data_dir / DATABASE_FILE
    if not path.exists():
        return {}
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT broadcast_id, seq, state, numbers FROM batches ORDER BY broadcast_id, seq")
        journal: dict[int, list[dict]] = collections.defaultdict(list)
        for broadcast_id, seq, state, numbers in rows:
            journal[broadcast_id].append({"seq": seq, "state": state, "numbers": json.loads(numbers)})
        return dict(journal)
    except sqlite3.OperationalError:  # killed before the schema was written
        return {}
    finally:
        connection.close()


def write_recipients(path: Path, start: int, count: int) -> list[str]:
    numbers = [f"9655{index:07d}" for index in range(start, start + count)]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Mobile"])
        writer.writerows([f"Person {i}", n] for i, n in enumerate(numbers))
    return numbers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--recipients", type=int, default=6000, help="numbers per broadcast (200 per batch)")
    parser.add_argument("--latency-ms", type=int, default=150)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    env = dict(os.environ, KWTSMS_USERNAME="demo", KWTSMS_PASSWORD="demo", PYTHONUNBUFFERED="1")

    simulator, url = start_simulator(args.latency_ms)
    folder = Path(tempfile.mkdtemp(prefix="kill-loop-"))
    data_dir = folder / "data"
    from kwtsms_desktop.store import Store

    with Store.open(data_dir) as store:
        store.settings.set("send_rate", 4)  # the fastest allowed rate: more rate-limiter waits per kill window
    planned: dict[int, list[str]] = {}
    lists = 0
    began = time.monotonic()
    try:
        kills = 0
        current: int | None = None
        recipients: Path | None = None
        numbers: list[str] = []
        while kills < args.kills:
            if current is None:
                recipients = folder / f"list-{lists}.csv"
                numbers = write_recipients(recipients, lists * args.recipients, args.recipients)
                lists += 1
                command = [
                    "send",
                    "--recipients",
                    str(recipients),
                    "--message",
                    "School closes early today",
                    "--sender",
                    "KWT-SMS",
                    "--gateway",
                    url,
                    "--data-dir",
                    str(data_dir),
                    "--yes",
                ]
                known = set(read_journal(data_dir))
            else:
                command = ["resume", str(current), "--data-dir", str(data_dir)]
            process = subprocess.Popen(
                [*COMMAND, *command],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.8, 2.5) if current is None else rng.uniform(0.3, 1.5))
            finished = process.poll() is not None
            if not finished:
                process.send_signal(signal.SIGKILL)
                kills += 1
            process.wait()
            if current is None:
                new = set(read_journal(data_dir)) - known
                if new:
                    current = max(new)
                    planned[current] = numbers
            if current is not None:
                batches = read_journal(data_dir).get(current, [])
                if batches and all(b["state"] in ("accepted", "rejected", "uncertain") for b in batches):
                    current = None  # finished: the next round starts a new broadcast
        for broadcast_id in planned:
            subprocess.run(
                [*COMMAND, "resume", str(broadcast_id), "--data-dir", str(data_dir)],
                env=env,
                capture_output=True,
                timeout=600,
                check=False,
            )
        elapsed = time.monotonic() - began
        report(kills, planned, read_journal(data_dir), ledger(url), seed, elapsed)
    finally:
        simulator.terminate()
        simulator.wait(timeout=10)


def report(
    kills: int,
    planned: dict[int, list[str]],
    journal: dict[int, list[dict]],
    sent_log: list[dict],
    seed: int,
    elapsed: float,
) -> None:
    sent = collections.Counter(n for entry in sent_log for n in entry["numbers"])
    twice = sum(1 for times in sent.values() if times > 1)
    uncertain = [b for batches in journal.values() for b in batches if b["state"] == "uncertain"]
    never_left = [b for b in uncertain if not any(n in sent for n in b["numbers"])]
    known = {
        n
        for batches in journal.values()
        for b in batches
        for n in b["numbers"]
        if b["state"] in ("accepted", "uncertain")
    }
    lost = sum(1 for numbers in planned.values() for n in numbers if n not in known)
    accepted_not_sent = sum(
        1
        for batches in journal.values()
        for b in batches
        if b["state"] == "accepted" and not all(n in sent for n in b["numbers"])
    )
    print(f"seed {seed}: {kills} SIGKILLs over {len(planned)} broadcasts in {elapsed:.0f} s")
    print(f"numbers sent twice: {twice}")
    print(f"numbers lost: {lost}")
    print(f"accepted batches missing from the gateway: {accepted_not_sent}")
    print(f"uncertain batches: {len(uncertain)}, of which never left: {len(never_left)}")


if __name__ == "__main__":
    main()
