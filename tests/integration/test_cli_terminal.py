"""`send` in a terminal: the confirmation question, the progress bar, and Ctrl+C pausing cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from .conftest import COMMAND, history, numbers, run_cli, send_args, write_recipients

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals and SIGINT to a child: POSIX")


def read_until(fd: int, wanted: bytes, limit: int = 200_000) -> bytes:
    seen = b""
    while wanted not in seen:
        chunk = os.read(fd, 4096)
        if not chunk or len(seen) > limit:
            raise AssertionError(f"{wanted!r} never came; got {seen[-500:]!r}")
        seen += chunk
    return seen


@posix_only
@pytest.mark.parametrize("answer", ["yes", "no"])
def test_send_in_a_terminal_asks_first_and_draws_a_progress_bar(tmp_path, simulator, cli_env, answer):
    import pty

    recipients = write_recipients(tmp_path / "l.csv", numbers(400))
    data_dir = tmp_path / "data"
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [
            *COMMAND,
            "send",
            "--recipients",
            str(recipients),
            "--message",
            "Hi",
            "--sender",
            "KWT-SMS",
            "--gateway",
            simulator.url,
            "--data-dir",
            str(data_dir),
        ],
        env=cli_env,
        stdin=slave,
        stderr=slave,
        stdout=subprocess.PIPE,
        text=True,
    )
    os.close(slave)
    try:
        question = read_until(master, b"Type yes to send")
        assert b"Cost: 1 page x 400 numbers = 400 points" in question
        os.write(master, f"{answer}\n".encode())
        if answer == "yes":
            shown = read_until(master, b"Done: all 400 numbers")
            assert b"\r[" in shown and b"100%" in shown  # a bar redrawn in place
        stdout, _ = process.communicate(timeout=30)
    finally:
        os.close(master)
    if answer == "yes":
        assert process.returncode == 0 and stdout.strip().isdigit()
        assert len(simulator.ledger()) == 2
    else:
        assert process.returncode == 2 and stdout == ""
        assert simulator.ledger() == [] and history(cli_env, data_dir) == []


@posix_only
@pytest.mark.slow
def test_ctrl_c_pauses_after_the_batch_in_flight_and_resume_finishes(tmp_path, simulator, cli_env):
    recipients = write_recipients(tmp_path / "l.csv", numbers(3000))
    data_dir = tmp_path / "data"
    process = subprocess.Popen(
        [
            *COMMAND,
            *send_args(recipients, simulator.url, data_dir),
        ],
        env=cli_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    broadcast_id = int(process.stdout.readline())
    for line in process.stderr:  # one progress line per batch when stderr is not a terminal
        if line.startswith("2/15 batches"):
            break
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=30)
    assert process.returncode == 3, rest
    assert "Paused" in rest and f"resume {broadcast_id}" in rest
    (record,) = history(cli_env, data_dir)
    states = [b["state"] for b in record["batches"]]
    assert record["state"] == "paused" and "sending" not in states and "uncertain" not in states
    assert 2 <= states.count("accepted") < 15

    resumed = run_cli(cli_env, "resume", str(broadcast_id), "--data-dir", str(data_dir))
    assert resumed.returncode == 0, resumed.stderr
    sent = [n for e in simulator.ledger() for n in e["numbers"]]
    assert sorted(sent) == numbers(3000) and len(sent) == 3000
