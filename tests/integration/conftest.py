"""Real processes: a `kwtsms-desktop simulate` subprocess and helpers to run the command line against it."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

COMMAND = [sys.executable, "-m", "kwtsms_desktop"]


class SimulatorProcess:
    def __init__(self, *options: str) -> None:
        self.process = subprocess.Popen(
            [*COMMAND, "simulate", "--port", "0", *options],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        first = self.process.stdout.readline().strip()
        assert first.startswith("listening on "), first
        self.url = first.removeprefix("listening on ")
        self.root = self.url.removesuffix("API/")

    def get(self, path: str):
        with urllib.request.urlopen(self.root + path, timeout=10) as answer:
            return json.loads(answer.read())

    def post(self, path: str, body) -> None:
        request = urllib.request.Request(
            self.root + path,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            answer.read()

    def ledger(self) -> list[dict]:
        return self.get("_sim/ledger")

    def stats(self) -> dict:
        return self.get("_sim/stats")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()


@pytest.fixture
def simulator():
    sim = SimulatorProcess("--latency-ms", "20", "--balance", "1000000")
    yield sim
    sim.stop()


@pytest.fixture
def cli_env(monkeypatch):
    """The environment the command line runs in: demo credentials in the environment."""
    env = dict(os.environ)
    env.update(KWTSMS_USERNAME="demo", KWTSMS_PASSWORD="demo", PYTHONUNBUFFERED="1")
    return env


def numbers(count: int, start: int = 0) -> list[str]:
    return [f"9655{index:07d}" for index in range(start, start + count)]


def write_recipients(path: Path, values: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Mobile"])
        for index, value in enumerate(values):
            writer.writerow([f"Person {index}", value])
    return path


def send_args(recipients: Path | str, gateway: str, data_dir: Path | str, *, message: str = "Hi") -> list[str]:
    """`send` of a recipients file to `gateway` with sender KWT-SMS, answered --yes: most tests' command, before their own options."""
    return [
        "send",
        "--recipients",
        str(recipients),
        "--message",
        message,
        "--sender",
        "KWT-SMS",
        "--gateway",
        gateway,
        "--data-dir",
        str(data_dir),
        "--yes",
    ]


def run_cli(env: dict, *args: str, timeout: float = 60, stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, *args], env=env, capture_output=True, text=True, timeout=timeout, stdin=stdin)


def history(env: dict, data_dir: Path) -> list[dict]:
    done = run_cli(env, "history", "--data-dir", str(data_dir), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
