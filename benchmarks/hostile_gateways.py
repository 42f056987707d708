"""Hostile gateways against real `send` processes: how many send requests arrive, what the journal says, how long it takes.

Run:  python benchmarks/hostile_gateways.py            (the default 45 s deadline: takes about a minute)
      python benchmarks/hostile_gateways.py --deadline 5

Each case starts a loopback gateway from tests/gateway/hostile.py (TLS with a throw-away trustme CA,
given to `send --ca-bundle`), runs one `send` of one batch, and prints: exit code, seconds, send
requests the gateway received, batch states from `history --json`, and whether a traceback was printed.
"""

from __future__ import annotations

import argparse
import json
import os
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trustme

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kwtsms_desktop.gateway.simulator import Simulator  # noqa: E402
from kwtsms_desktop.store import Store  # noqa: E402
from tests.gateway.hostile import HostileGateway  # noqa: E402

COMMAND = [sys.executable, "-m", "kwtsms_desktop"]


def run(
    url: str, data: Path, recipients: Path, env: dict, *extra: str
) -> tuple[subprocess.CompletedProcess, float, list]:
    started = time.monotonic()
    done = subprocess.run(
        [
            *COMMAND,
            "send",
            "--recipients",
            str(recipients),
            "--message",
            "Hi",
            "--sender",
            "KWT-SMS",
            "--yes",
            "--gateway",
            url,
            "--data-dir",
            str(data),
            *extra,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    took = time.monotonic() - started
    listing = subprocess.run(
        [*COMMAND, "history", "--json", "--data-dir", str(data)], env=env, capture_output=True, text=True
    )
    states = [b["state"] for r in json.loads(listing.stdout or "[]") for b in r["batches"]]
    return done, took, states


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deadline", type=float, default=None, help="request_deadline_seconds (default: the app's)")
    args = parser.parse_args()
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    work = Path(tempfile.mkdtemp())
    bundle = work / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    recipients = work / "list.csv"
    recipients.write_text("Name,Mobile\nA,96550000001\n")
    env = {**os.environ, "KWTSMS_USERNAME": "demo", "KWTSMS_PASSWORD": "demo"}

    def data_dir(name: str) -> Path:
        path = work / name
        if args.deadline:
            with Store.open(path) as store:
                store.settings.set("request_deadline_seconds", args.deadline)
        return path

    print(f"{'case':<44} exit  seconds  send-requests  batches  traceback")
    cases = [
        ("TLS garbage after the request was read", "tls_garbage", {}),
        ("TLS alert after the request was read", "tls_alert", {}),
        ("reset after the request was read", "reset", {}),
        ("drip: one byte every 20 s", "drip", {"drip_seconds": 20}),
        ("answer of 3 GB", "huge", {"huge_bytes": 3_000_000_000}),
        ("JSON nested 60,000 deep", "nested", {"depth": 60_000}),
    ]
    for name, behaviour, kwargs in cases:
        with HostileGateway(behaviour, ssl_context=context, **kwargs) as gateway:
            done, took, states = run(gateway.url, data_dir(behaviour), recipients, env, "--ca-bundle", str(bundle))
            print(
                f"{name:<44} {done.returncode:>4} {took:>8.1f} {gateway.count('send'):>14}  {states}  "
                f"{'Traceback' in done.stderr}"
            )
    with HostileGateway("ok", endpoints=None) as elsewhere, HostileGateway("redirect", ssl_context=context) as gateway:
        gateway.location = elsewhere.url + "send/"
        done, took, states = run(gateway.url, data_dir("redirect"), recipients, env, "--ca-bundle", str(bundle))
        print(
            f"{'307 to another port':<44} {done.returncode:>4} {took:>8.1f} {gateway.count('send'):>14}  {states}  "
            f"{'Traceback' in done.stderr}   requests at the other port: {len(elsewhere.requests)}"
        )
    simulator = Simulator(ssl_context=context, rate_block=False).start()
    try:
        for label, folder, extra in (
            ("simulator over TLS, no --ca-bundle", "no-ca", ()),
            ("simulator over TLS, --ca-bundle", "ca", ("--ca-bundle", str(bundle))),
        ):
            done, took, states = run(simulator.url, data_dir(folder), recipients, env, *extra)
            print(
                f"{label:<44} {done.returncode:>4} {took:>8.1f} {len(simulator.ledger()):>14}  {states}  "
                f"{'Traceback' in done.stderr}"
            )
            if done.returncode:
                print("    " + done.stderr.strip().splitlines()[-1][:160])
    finally:
        simulator.stop()


if __name__ == "__main__":
    main()
