"""Send later from the command line against the simulator, with real processes (issue 16's Must show).

The lead time is SCHEDULE_AHEAD_SECONDS (default 20, as the issue asks: room for five process starts on a busy machine):
the suite waits real seconds only here, once.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from .conftest import COMMAND, history, numbers, run_cli, send_args, write_recipients

AHEAD = float(os.environ.get("SCHEDULE_AHEAD_SECONDS", "20"))


def schedule(env, data_dir, simulator, recipients, due: datetime) -> subprocess.CompletedProcess:
    return run_cli(
        env,
        "send",
        "--recipients",
        str(recipients),
        "--message",
        "Trip tomorrow at 7",
        "--sender",
        "KWT-SMS",
        "--test",
        "--gateway",
        simulator.url,
        "--data-dir",
        str(data_dir),
        "--yes",
        "--at",
        due.isoformat(timespec="seconds"),
    )


@pytest.mark.slow
def test_scheduled_then_run_due_twice_at_once_sends_each_number_exactly_once(tmp_path, simulator, cli_env):
    data_dir = tmp_path / "data"
    due = datetime.now(UTC) + timedelta(seconds=AHEAD)
    first = schedule(cli_env, data_dir, simulator, write_recipients(tmp_path / "a.csv", numbers(450)), due)
    assert first.returncode == 0, first.stderr
    first_id = int(first.stdout.splitlines()[0])  # the id first, as `send` prints it
    assert "Scheduled for" in first.stderr
    later = datetime.now(UTC) + timedelta(hours=2)
    second = schedule(cli_env, data_dir, simulator, write_recipients(tmp_path / "b.csv", numbers(10, 5000)), later)
    assert second.returncode == 0, second.stderr
    second_id = int(second.stdout.splitlines()[0])

    [record, _second] = history(cli_env, data_dir)
    assert (record["id"], record["state"]) == (first_id, "scheduled")
    assert datetime.fromisoformat(record["due"]) == due.replace(microsecond=0)
    assert {n for batch in record["batches"] for n in batch["numbers"]} == set(numbers(450))
    assert simulator.ledger() == []
    text = run_cli(cli_env, "history", "--data-dir", str(data_dir))
    assert "scheduled" in text.stdout and "Kuwait time" in text.stdout

    early = run_cli(cli_env, "run-due", "--data-dir", str(data_dir))
    assert datetime.now(UTC) < due, "the machine is too slow for this lead time: raise SCHEDULE_AHEAD_SECONDS"
    assert (early.returncode, early.stdout) == (0, ""), early.stderr
    assert "Nothing is due" in early.stderr and simulator.ledger() == []

    cancelled = run_cli(cli_env, "cancel", str(second_id), "--data-dir", str(data_dir))
    assert cancelled.returncode == 0, cancelled.stderr

    time.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds()) + 0.2)
    both = [
        subprocess.Popen(
            [*COMMAND, "run-due", "--data-dir", str(data_dir)],
            env=cli_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    answers = [process.communicate(timeout=120) for process in both]
    assert [process.returncode for process in both] == [0, 0], answers
    assert sorted(out for out, _ in answers) == ["", f"{first_id} finished\n"]  # one of them took it
    sent = Counter(n for entry in simulator.ledger() for n in entry["numbers"])
    assert sent == Counter(numbers(450))  # each number exactly once

    # The cancelled one is never sent, whenever run-due runs (its time is hours away; cancelled for good).
    again = run_cli(cli_env, "run-due", "--data-dir", str(data_dir))
    assert again.returncode == 0 and again.stdout == ""
    records = {r["id"]: r for r in history(cli_env, data_dir)}
    assert records[first_id]["state"] == "finished" and records[second_id]["state"] == "cancelled"
    assert not set(numbers(10, 5000)) & set(sent)


def test_bad_or_past_times_are_refused_and_nothing_is_journaled(tmp_path, simulator, cli_env):
    data_dir = tmp_path / "data"
    recipients = write_recipients(tmp_path / "a.csv", numbers(3))
    for when in ("next thursday", "2020-01-01 07:00"):
        done = run_cli(
            cli_env,
            *send_args(recipients, simulator.url, data_dir),
            "--at",
            when,
        )
        assert done.returncode == 2 and done.stdout == "" and "Nothing was scheduled" in done.stderr
        assert "Traceback" not in done.stderr
    assert history(cli_env, data_dir) == [] and simulator.ledger() == []


def test_quiet_hours_refuse_a_time_inside_them(tmp_path, simulator, cli_env):
    from kwtsms_desktop.core.schedule import KUWAIT
    from kwtsms_desktop.store import Store
    from kwtsms_desktop.store.settings_schema import QUIET_HOURS

    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        store.settings.set(QUIET_HOURS.key, {"start": "21:00", "end": "07:00"})
    night = (datetime.now(KUWAIT) + timedelta(days=1)).replace(hour=23, minute=30, second=0, microsecond=0)
    done = run_cli(
        cli_env,
        *send_args(write_recipients(tmp_path / "a.csv", numbers(3)), simulator.url, data_dir),
        "--at",
        night.isoformat(timespec="minutes"),
    )
    assert done.returncode == 2 and "inside the quiet hours (21:00-07:00 Kuwait time)" in done.stderr


def test_cancel_of_unknown_or_finished_broadcasts_is_explained(tmp_path, simulator, cli_env):
    data_dir = tmp_path / "data"
    unknown = run_cli(cli_env, "cancel", "9", "--data-dir", str(data_dir))
    assert unknown.returncode == 2 and "There is no broadcast 9" in unknown.stderr
    sent = run_cli(
        cli_env,
        *send_args(write_recipients(tmp_path / "a.csv", numbers(3)), simulator.url, data_dir),
    )
    assert sent.returncode == 0, sent.stderr
    finished = run_cli(cli_env, "cancel", sent.stdout.splitlines()[0], "--data-dir", str(data_dir))
    assert finished.returncode == 2 and "has finished" in finished.stderr
