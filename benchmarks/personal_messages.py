"""Benchmark: personal messages (issue 15): planning 100,000 of them, and sending distinct texts at the configured rate.

1. Planning: a 100,000-row recipients file (name, mobile, class; every name different, some
   empty) is read and turned into recipients once; then `make_plan` with
   "عزيزي ولي أمر {name}، اجتماع الصف {class} يوم الخميس" and a fallback for {name} is timed (best
   of 3): each recipient's text filled in, cleaned and measured, grouped by text, cut into batches.
   Goal: under 2 s. Reading the file and journaling the plan are printed too, for scale.
2. Sending: a real `kwtsms-desktop send` process sends N recipients, each with a text of its own
   (N calls), against a `kwtsms-desktop simulate` process, at the configured rate. Printed: the
   steady rate from the simulator's ledger (goal: within 5% of the configured rate) and the
   simulator's /_sim/stats (goal: 0 rate violations).

    python benchmarks/personal_messages.py [--plan-rows 100000] [--send-rows 120] [--rate 4] [--latency-ms 100]
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from send import COMMAND, Simulator, send_rate  # noqa: E402  (the send benchmark's simulator process)

MESSAGE = "عزيزي ولي أمر {name}، اجتماع الصف {class} يوم الخميس"


def write_file(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Mobile", "Class"])
        for i in range(rows):
            writer.writerow(["" if i % 50 == 0 else f"Student {i}", f"9655{i:07d}", f"{1 + i % 12}{'ABC'[i % 3]}"])
    return path


def bench_plan(work: Path, rows: int) -> None:
    from kwtsms_desktop.core.plan import calls_summary, make_plan
    from kwtsms_desktop.engine.audience import gather_audience
    from kwtsms_desktop.engine.recipient_fields import RecipientFields
    from kwtsms_desktop.importing import build_recipients, detect_name_column, detect_phone_column, read_table
    from kwtsms_desktop.store import Store

    path = write_file(work / "plan.csv", rows)
    started = time.perf_counter()
    table = read_table(path)
    phone = detect_phone_column(table)
    name = detect_name_column(table, phone)
    with Store.open(work / "plan-data") as store:
        audience = gather_audience(store, (), (), build_recipients(table, phone, name), "plan.csv")
        read_seconds = time.perf_counter() - started
        fields = RecipientFields(table, name)
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            plan = make_plan(
                audience.valid,
                MESSAGE,
                "KWT-SMS",
                fields_of=fields,
                fallbacks={"name": "الطالب"},
                available_fields=fields.available(audience.valid),
                balance=10 * rows,
            )
            timings.append(time.perf_counter() - started)
        assert plan.ok, plan.problems
        started = time.perf_counter()
        store.broadcasts.create(plan)
        journal_seconds = time.perf_counter() - started
    best = min(timings)
    print(f"Planning {rows:,} personal messages (Python {sys.version.split()[0]}):")
    print(f"  read the file and build the recipients: {read_seconds:.2f} s")
    print(
        f"  make_plan (fill in, clean, measure, group, batch): best {best:.2f} s of "
        + ", ".join(f"{t:.2f}" for t in timings)
        + f" s  (goal < 2 s: {'met' if best < 2 else 'NOT met'})"
    )
    print(f"  journal the plan (one transaction): {journal_seconds:.2f} s")
    print(
        f"  {plan.distinct_texts:,} different texts, {plan.calls:,} calls, {plan.estimated_points:,} points; "
        f"pages {plan.pages_range[0]}-{plan.pages_range[1]}"
    )
    print(f"  confirmation: {calls_summary(plan, 2)}")


def bench_send(work: Path, rows: int, rate: float, latency_ms: int) -> None:
    from kwtsms_desktop.store import Store

    path = write_file(work / "send.csv", rows)
    data_dir = work / "send-data"
    with Store.open(data_dir) as store:
        store.settings.set("send_rate", rate)
    sim = Simulator(latency_ms, balance=10 * rows)
    try:
        sim.post("_sim/reset-stats")
        env = dict(os.environ, KWTSMS_USERNAME="demo", KWTSMS_PASSWORD="demo")
        started = time.perf_counter()
        done = subprocess.run(
            [
                *COMMAND,
                "send",
                "--recipients",
                str(path),
                "--message",
                MESSAGE,
                "--fallback",
                "name=الطالب",
                "--sender",
                "KWT-SMS",
                "--test",
                "--gateway",
                sim.url,
                "--data-dir",
                str(data_dir),
                "--yes",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=1200,
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"kwtsms-desktop send failed ({done.returncode}):\n{done.stderr[-2000:]}")
        ledger = sim.get("_sim/ledger")
        stats = sim.get("_sim/stats")
    finally:
        sim.stop()
    texts = {entry["message"] for entry in ledger}
    steady = send_rate(ledger)
    print(f"\nSending {rows:,} distinct texts at {rate:g}/s (simulator latency {latency_ms} ms):")
    print(f"  {len(ledger)} send calls, {len(texts)} different texts, {seconds:.1f} s for the whole process")
    print(
        f"  steady send rate {steady:.3f}/s = {steady / rate:.1%} of the configured {rate:g}/s "
        f"(goal within 5%: {'met' if abs(steady / rate - 1) <= 0.05 else 'NOT met'})"
    )
    print(
        f"  simulator: {stats['requests']} requests, at most {stats['max_requests_in_any_second']} in any second, "
        f"{stats['rate_violations']} rate violations (goal 0)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plan-rows", type=int, default=100_000)
    parser.add_argument("--send-rows", type=int, default=120)
    parser.add_argument("--rate", type=float, default=4.0, help="the configured send rate (1-4)")
    parser.add_argument("--latency-ms", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_plan(Path(folder), args.plan_rows)
        bench_send(Path(folder), args.send_rows, args.rate, args.latency_ms)
    return 0


if __name__ == "__main__":
    sys.exit(main())
