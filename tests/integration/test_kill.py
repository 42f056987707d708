"""Hard kills: SIGKILL a real `send` / `resume` at random moments, resume, and compare the journal with the ledger.

The promise checked: no number is sent twice, every accepted batch's numbers were sent exactly
once, nothing is forgotten, and each kill leaves at most one uncertain batch.
"""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import time

import pytest

from kwtsms_desktop.store import Store

from .conftest import COMMAND, SimulatorProcess, history, numbers, run_cli, send_args, write_recipients

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

RECIPIENTS = 6000  # 30 batches
KILLS = 10


def start(env: dict, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*COMMAND, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def check_journal_against_ledger(record: dict, ledger: list[dict], planned: list[str], kills: int) -> None:
    batches = record["batches"]
    sent = [n for entry in ledger for n in entry["numbers"]]
    twice = [n for n, times in collections.Counter(sent).items() if times > 1]
    assert twice == [], f"numbers sent twice: {twice[:5]}"

    by_msg_id = {entry["msg-id"]: entry for entry in ledger}
    accepted = [b for b in batches if b["state"] == "accepted"]
    for batch in accepted:
        assert batch["msg_id"] in by_msg_id, f"batch {batch['seq']} accepted but not in the ledger"
        assert sorted(by_msg_id[batch["msg_id"]]["numbers"]) == sorted(batch["numbers"])
    accepted_numbers = {n for b in accepted for n in b["numbers"]}
    uncertain = [b for b in batches if b["state"] == "uncertain"]
    uncertain_numbers = {n for b in uncertain for n in b["numbers"]}
    assert set(sent) <= accepted_numbers | uncertain_numbers, "the gateway sent numbers the journal does not know"
    assert accepted_numbers <= set(sent)

    assert len(uncertain) <= kills
    assert {b["state"] for b in batches} <= {"accepted", "uncertain"}, "a batch was left pending or sending"
    assert sorted(n for b in batches for n in b["numbers"]) == sorted(planned), "a number was forgotten"
    assert record["state"] == "finished"


@pytest.mark.slow
def test_random_hard_kills_never_send_a_number_twice_nor_forget_one(tmp_path, cli_env):
    seed = int(os.environ.get("KILL_TEST_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    planned = numbers(RECIPIENTS)
    recipients = write_recipients(tmp_path / "list.csv", planned)
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        store.settings.set("send_rate", 4)  # the fastest allowed rate: more batches per kill window
    simulator = SimulatorProcess("--latency-ms", "150", "--balance", "10000000")
    try:
        send = send_args(recipients, simulator.url, data_dir, message="School closes early today")
        broadcast_id = None
        kills = 0
        while kills < KILLS:
            args = send if broadcast_id is None else ["resume", str(broadcast_id), "--data-dir", str(data_dir)]
            process = start(cli_env, *args)
            # A random moment: start-up, the account checks, planning, mid-request, between batches.
            time.sleep(rng.uniform(0.8, 2.5) if broadcast_id is None else rng.uniform(0.3, 1.5))
            if process.poll() is not None:  # it finished before the kill: nothing left to kill
                process.stdout.close()
                break
            process.send_signal(signal.SIGKILL)
            process.wait()
            process.stdout.close()
            kills += 1
            if broadcast_id is None:
                found = history(cli_env, data_dir)
                broadcast_id = found[0]["id"] if found else None

        final = run_cli(
            cli_env,
            *(send if broadcast_id is None else ["resume", str(broadcast_id), "--data-dir", str(data_dir)]),
            timeout=120,
        )
        assert final.returncode in (0, 1), (seed, final.stderr)

        (record,) = history(cli_env, data_dir)
        ledger = simulator.ledger()
        try:
            check_journal_against_ledger(record, ledger, planned, kills)
        except AssertionError as failure:
            raise AssertionError(f"KILL_TEST_SEED={seed}, {kills} kills: {failure}") from None
        assert simulator.stats()["rate_violations"] == 0
        assert kills >= 3, f"KILL_TEST_SEED={seed}: the broadcast finished before enough kills"
    finally:
        simulator.stop()
