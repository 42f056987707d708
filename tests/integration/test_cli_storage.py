"""The command line against storage faults: full disk, read-only folder, damaged file, a folder that is a file.

Each gives one clear sentence (no traceback, no raw errno), sends nothing, and a full or read-only
disk ends with exit code 4; `history` only reads, so it still works there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.store import DATABASE_FILE, Store
from tests.small_disk import fill, make_read_only, small_disk

from .conftest import COMMAND, history, numbers, run_cli, send_args, write_recipients

EXIT_BAD_INPUT = 2
EXIT_STORAGE = 4


def send(env, simulator, data_dir, recipients):
    return run_cli(
        env,
        *send_args(recipients, simulator.url, data_dir, message="Hello"),
    )


def clean(stderr: str) -> None:
    assert "Traceback" not in stderr and "Errno" not in stderr, stderr


def interrupted_broadcast(data_dir) -> int:
    """A broadcast as left by a process killed mid-request: batch 1 'sending', the rest pending."""
    with Store.open(data_dir) as store:
        broadcast_id = store.broadcasts.create(make_plan(numbers(450), "Hello", "KWT-SMS"))
        store.broadcasts.set_state(broadcast_id, "sending")
        store.batches.mark_sending(broadcast_id, 1)
    return broadcast_id


def test_send_on_a_full_disk_says_so_sends_nothing_and_exits_4(tmp_path, cli_env, simulator):
    recipients = write_recipients(tmp_path / "list.csv", numbers(300))
    with small_disk(tmp_path / "disk", "2m") as disk:
        interrupted_broadcast(disk / "data")
        fill(disk)
        done = send(cli_env, simulator, disk / "data", recipients)
        assert done.returncode == EXIT_STORAGE, done.stderr
        assert "is full" in done.stderr and "Free some space" in done.stderr
        clean(done.stderr)
        listed = run_cli(cli_env, "history", "--data-dir", str(disk / "data"))
        assert listed.returncode == 0, listed.stderr
        assert "200 uncertain" in listed.stdout
    assert simulator.stats()["requests"] == 0


def test_a_read_only_data_folder_still_shows_its_history_and_send_says_what_to_do(tmp_path, cli_env, simulator):
    recipients = write_recipients(tmp_path / "list.csv", numbers(300))
    with small_disk(tmp_path / "disk") as disk:
        broadcast_id = interrupted_broadcast(disk / "data")
        make_read_only(disk)
        (record,) = history(cli_env, disk / "data")
        assert record["id"] == broadcast_id and record["state"] == "paused"
        assert [b["state"] for b in record["batches"]] == ["uncertain", "pending", "pending"]
        done = send(cli_env, simulator, disk / "data", recipients)
        assert done.returncode == EXIT_STORAGE
        assert "read-only" in done.stderr and "--data-dir" in done.stderr
        clean(done.stderr)
        done = send(cli_env, simulator, disk / "new", recipients)
        assert done.returncode == EXIT_BAD_INPUT
        assert "cannot be created (the disk is read-only)" in done.stderr
        clean(done.stderr)
    assert simulator.stats()["requests"] == 0


def test_history_shows_an_interrupted_batch_as_uncertain_without_writing_and_resume_records_it(
    tmp_path, cli_env, simulator
):
    data_dir = tmp_path / "data"
    broadcast_id = interrupted_broadcast(data_dir)
    database = data_dir / DATABASE_FILE
    before = database.read_bytes()
    (record,) = history(cli_env, data_dir)
    assert record["batches"][0]["state"] == "uncertain" and record["numbers"] == {"uncertain": 200, "pending": 250}
    assert database.read_bytes() == before
    with Store.open(data_dir, read_only=True) as store:
        assert store.batches.in_state(broadcast_id, "sending")  # still as the killed process left it
    done = run_cli(cli_env, "resume", str(broadcast_id), "--data-dir", str(data_dir), "--gateway", simulator.url)
    assert done.returncode == 1, done.stderr  # finished, with batch 1 uncertain
    (record,) = history(cli_env, data_dir)
    assert [b["state"] for b in record["batches"]] == ["uncertain", "accepted", "accepted"]


def test_a_damaged_data_file_is_refused_before_anything_is_sent(tmp_path, cli_env, simulator):
    recipients = write_recipients(tmp_path / "list.csv", numbers(10))
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DATABASE_FILE).write_bytes(os.urandom(65536))
    done = send(cli_env, simulator, data_dir, recipients)
    assert done.returncode == EXIT_BAD_INPUT
    assert "damaged or is not a kwtSMS Desktop database" in done.stderr
    clean(done.stderr)
    assert simulator.stats()["requests"] == 0


def test_a_data_folder_that_is_a_file_is_said_plainly(tmp_path, cli_env, simulator):
    recipients = write_recipients(tmp_path / "list.csv", numbers(10))
    (tmp_path / "data").write_text("a file")
    for done in (
        send(cli_env, simulator, tmp_path / "data", recipients),
        run_cli(cli_env, "history", "--data-dir", str(tmp_path / "data")),
    ):
        assert done.returncode == EXIT_BAD_INPUT
        assert "is a file, not a folder" in done.stderr
        clean(done.stderr)


def test_a_kill_while_waiting_for_the_rate_limiter_leaves_the_next_batch_pending(tmp_path, cli_env, simulator):
    """SIGKILL in the gap between two requests (1 per second): the next batch never left, so it is pending."""
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        store.settings.set("send_rate", 1)
    recipients = write_recipients(tmp_path / "list.csv", numbers(600))
    process = subprocess.Popen(
        [
            *COMMAND,
            *send_args(recipients, simulator.url, data_dir, message="Hello"),
        ],
        env=cli_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not simulator.ledger() and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)  # batch 1 answered (20 ms latency); batch 2 waits until 1 s after batch 1 left
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert len(simulator.ledger()) == 1
    (record,) = history(cli_env, data_dir)
    assert [b["state"] for b in record["batches"]][1:] == ["pending", "pending"]
    done = run_cli(cli_env, "resume", str(record["id"]), "--data-dir", str(data_dir))
    assert done.returncode in (0, 1), done.stderr
    sent = [n for entry in simulator.ledger() for n in entry["numbers"]]
    assert len(sent) == len(set(sent)) and set(numbers(600)[200:]) <= set(sent)
