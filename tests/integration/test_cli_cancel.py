"""`cancel ID` as a real process: committed at once, and nothing sends the cancelled numbers afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from kwtsms_desktop.store import Store

from .conftest import COMMAND, history, numbers, run_cli, send_args, write_recipients


def ledger_numbers(simulator) -> list[str]:
    return [n for entry in simulator.ledger() for n in entry["numbers"]]


def closed_tomorrow(simulator, data_dir, recipients) -> list[str]:
    return send_args(recipients, simulator.url, data_dir, message="School closed tomorrow")


@pytest.mark.slow
def test_cancel_of_a_paused_broadcast_then_resume_sends_nothing_more(tmp_path, simulator, cli_env):
    data_dir = tmp_path / "data"
    recipients = write_recipients(tmp_path / "l.csv", numbers(1000))
    simulator.post(
        "_sim/faults",
        [
            {"endpoint": "send", "kind": "delay", "seconds": 0, "count": 2},
            {"endpoint": "send", "kind": "error", "code": "ERR010"},
        ],
    )
    paused = run_cli(cli_env, *closed_tomorrow(simulator, data_dir, recipients))
    assert paused.returncode == 3, paused.stderr
    broadcast_id = paused.stdout.splitlines()[0]
    sent_before = ledger_numbers(simulator)
    assert len(sent_before) == 400

    cancelled = run_cli(cli_env, "cancel", broadcast_id, "--data-dir", str(data_dir))
    assert cancelled.returncode == 0, cancelled.stderr
    assert "600 numbers not sent yet will not be sent" in cancelled.stderr
    (record,) = history(cli_env, data_dir)
    assert record["state"] == "cancelled"

    resumed = run_cli(cli_env, "resume", broadcast_id, "--data-dir", str(data_dir))
    assert resumed.returncode == 2 and "was cancelled" in resumed.stderr and "Traceback" not in resumed.stderr
    assert ledger_numbers(simulator) == sent_before
    (record,) = history(cli_env, data_dir)
    assert record["state"] == "cancelled"
    assert [b["state"] for b in record["batches"]] == ["accepted"] * 2 + ["pending"] * 3


@pytest.mark.slow
def test_cancel_of_a_broadcast_interrupted_by_a_crash_then_resume_sends_nothing_more(tmp_path, simulator, cli_env):
    data_dir = tmp_path / "data"
    recipients = write_recipients(tmp_path / "l.csv", numbers(1000))
    # Batch 2's answer takes long: the process is killed while that batch is in flight.
    simulator.post(
        "_sim/faults",
        [{"endpoint": "send", "kind": "delay", "seconds": 0}, {"endpoint": "send", "kind": "delay", "seconds": 3}],
    )
    process = subprocess.Popen(
        [*COMMAND, *closed_tomorrow(simulator, data_dir, recipients)],
        env=cli_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        broadcast_id = int(process.stdout.readline())
        with Store.open(data_dir) as store:
            deadline = time.monotonic() + 30
            while store.batches.get(broadcast_id, 2).state != "sending":
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.02)  # polling another process's journal: there is no signal to wait for
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=10)
        process.stdout.close()

    cancelled = run_cli(cli_env, "cancel", str(broadcast_id), "--data-dir", str(data_dir))
    assert cancelled.returncode == 0, cancelled.stderr
    resumed = run_cli(cli_env, "resume", str(broadcast_id), "--data-dir", str(data_dir))
    assert resumed.returncode == 2 and "was cancelled" in resumed.stderr

    (record,) = history(cli_env, data_dir)
    assert record["state"] == "cancelled"
    assert [b["state"] for b in record["batches"]] == ["accepted", "uncertain"] + ["pending"] * 3
    never = {n for b in record["batches"] if b["state"] == "pending" for n in b["numbers"]}
    assert not never & set(ledger_numbers(simulator))  # the batch in flight may have arrived; no other


def test_cancel_of_an_unknown_or_finished_broadcast_is_refused(tmp_path, simulator, cli_env):
    data_dir = tmp_path / "data"
    unknown = run_cli(cli_env, "cancel", "7", "--data-dir", str(data_dir))
    assert unknown.returncode == 2 and "no broadcast 7" in unknown.stderr
    done = run_cli(cli_env, *closed_tomorrow(simulator, data_dir, write_recipients(tmp_path / "l.csv", numbers(3))))
    assert done.returncode == 0, done.stderr
    finished = run_cli(cli_env, "cancel", done.stdout.splitlines()[0], "--data-dir", str(data_dir))
    assert finished.returncode == 2 and "nothing is left to cancel" in finished.stderr
    (record,) = history(cli_env, data_dir)
    assert record["state"] == "finished"
