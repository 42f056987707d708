"""`send`, `resume` and `history` as real processes against a real simulator process (README, "Command line")."""

from __future__ import annotations

import pytest

from kwtsms_desktop.store import Store

from .conftest import history, numbers, run_cli, send_args, write_recipients


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def send(env, simulator, data_dir, recipients, *extra, message="Hello from the clinic", sender="KWT-SMS"):
    return run_cli(
        env,
        "send",
        "--recipients",
        str(recipients),
        "--message",
        message,
        "--sender",
        sender,
        "--gateway",
        simulator.url,
        "--data-dir",
        str(data_dir),
        *extra,
    )


@pytest.mark.slow
def test_send_prints_the_id_first_journals_every_batch_and_exits_0(tmp_path, simulator, cli_env, data_dir):
    recipients = write_recipients(tmp_path / "list.csv", numbers(450) + ["12", "+965 5000 0001"])
    done = send(cli_env, simulator, data_dir, recipients, "--yes")
    assert done.returncode == 0, done.stderr
    broadcast_id = int(done.stdout.splitlines()[0])
    assert "all 450 numbers were accepted" in done.stderr
    assert "1 invalid" in done.stderr and "1 duplicate" in done.stderr

    (record,) = history(cli_env, data_dir)
    assert (record["id"], record["state"]) == (broadcast_id, "finished")
    assert [(b["seq"], b["state"], len(b["numbers"]), b["error"]) for b in record["batches"]] == [
        (1, "accepted", 200, None),
        (2, "accepted", 200, None),
        (3, "accepted", 50, None),
    ]
    assert [b["msg_id"] for b in record["batches"]] == [e["msg-id"] for e in simulator.ledger()]
    assert sorted(n for b in record["batches"] for n in b["numbers"]) == numbers(450)
    assert simulator.stats()["rate_violations"] == 0

    listing = run_cli(cli_env, "history", "--data-dir", str(data_dir))
    assert f"#{broadcast_id}" in listing.stdout and "450 accepted" in listing.stdout


def test_nothing_is_sent_without_confirmation_when_there_is_no_terminal(tmp_path, simulator, cli_env, data_dir):
    done = send(cli_env, simulator, data_dir, write_recipients(tmp_path / "l.csv", numbers(3)))
    assert done.returncode == 2 and "--yes" in done.stderr and done.stdout == ""
    assert simulator.ledger() == [] and history(cli_env, data_dir) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"sender": "kwt-sms"}, "not on this account"),
        ({"message": "\u200b\U0001f600"}, "message is empty"),
        ({"message": "x" * 1200}, "at most 7 pages"),
        ({"recipients": ["12", "abc"]}, "No valid recipient"),
        ({"balance": 2}, "balance is 2"),
        ({"password": "wrong"}, "username or password is wrong"),
        ({"password": None}, "KWTSMS_USERNAME"),
        ({"gateway": "http://example.com/API/"}, "unencrypted"),
    ],
)
def test_bad_input_is_refused_with_exit_2_and_nothing_sent(tmp_path, simulator, cli_env, data_dir, change, expected):
    recipients = write_recipients(tmp_path / "l.csv", change.get("recipients", numbers(3)))
    if "balance" in change:
        simulator.post("_sim/balance", {"balance": change["balance"]})
    if "password" in change:
        if change["password"] is None:
            del cli_env["KWTSMS_PASSWORD"]
        else:
            cli_env["KWTSMS_PASSWORD"] = change["password"]
    args = [
        "--recipients",
        str(recipients),
        "--phone-column",
        "mobile",
        "--message",
        change.get("message", "Hi"),
        "--sender",
        change.get("sender", "KWT-SMS"),
        "--gateway",
        change.get("gateway", simulator.url),
        "--data-dir",
        str(data_dir),
        "--yes",
    ]
    done = run_cli(cli_env, "send", *args)
    assert done.returncode == 2, done.stderr
    assert expected in done.stderr and done.stdout == ""
    assert simulator.ledger() == []
    assert "wrong" not in done.stderr.replace("is wrong", "")  # the password itself is never echoed


@pytest.mark.slow
def test_zero_balance_mid_way_exits_3_and_resume_after_a_recharge_sends_the_rest_once(
    tmp_path, simulator, cli_env, data_dir
):
    recipients = write_recipients(tmp_path / "l.csv", numbers(1000))
    # Enough for the plan check, then the balance drops (another user of the account spent it).
    simulator.post(
        "_sim/faults",
        [
            {"endpoint": "send", "kind": "delay", "seconds": 0, "count": 2},
            {"endpoint": "send", "kind": "error", "code": "ERR010"},
        ],
    )
    done = send(cli_env, simulator, data_dir, recipients, "--yes")
    assert done.returncode == 3, done.stderr
    broadcast_id = int(done.stdout.splitlines()[0])
    assert "Recharge" in done.stderr and f"resume {broadcast_id}" in done.stderr
    (record,) = history(cli_env, data_dir)
    assert record["state"] == "paused" and [b["state"] for b in record["batches"]] == ["accepted"] * 2 + ["pending"] * 3

    resumed = run_cli(cli_env, "resume", str(broadcast_id), "--data-dir", str(data_dir))  # the journaled gateway
    assert resumed.returncode == 0, resumed.stderr
    sent = [n for entry in simulator.ledger() for n in entry["numbers"]]
    assert sorted(sent) == numbers(1000) and len(sent) == 1000


@pytest.mark.slow
def test_an_uncertain_batch_exits_1_is_never_resent_by_resume_and_the_user_can_act_on_it(
    tmp_path, simulator, cli_env, data_dir
):
    recipients = write_recipients(tmp_path / "l.csv", numbers(450))
    simulator.post(
        "_sim/faults",
        [{"endpoint": "send", "kind": "delay", "seconds": 0}, {"endpoint": "send", "kind": "reset", "accepted": False}],
    )
    done = send(cli_env, simulator, data_dir, recipients, "--yes")
    assert done.returncode == 1, done.stderr
    broadcast_id = int(done.stdout.splitlines()[0])
    assert "batch 2: 200 numbers (96550000200" in done.stderr
    assert f"resume {broadcast_id} --resend-uncertain 2" in done.stderr

    again = run_cli(cli_env, "resume", str(broadcast_id), "--data-dir", str(data_dir))
    assert again.returncode == 1 and "nothing left to send" in again.stderr
    assert len(simulator.ledger()) == 2

    resent = run_cli(cli_env, "resume", str(broadcast_id), "--data-dir", str(data_dir), "--resend-uncertain", "2")
    assert resent.returncode == 0, resent.stderr
    (record,) = history(cli_env, data_dir)
    assert [b["state"] for b in record["batches"]] == ["accepted"] * 3
    assert sorted(n for e in simulator.ledger() for n in e["numbers"]) == numbers(450)


def test_mark_received_counts_an_uncertain_batch_as_sent(tmp_path, simulator, cli_env, data_dir):
    recipients = write_recipients(tmp_path / "l.csv", numbers(10))
    simulator.post("_sim/faults", {"endpoint": "send", "kind": "http500", "accepted": True})
    done = send(cli_env, simulator, data_dir, recipients, "--yes")
    broadcast_id = int(done.stdout.splitlines()[0])
    marked = run_cli(cli_env, "resume", str(broadcast_id), "--data-dir", str(data_dir), "--mark-received", "1")
    assert marked.returncode == 0, marked.stderr
    (record,) = history(cli_env, data_dir)
    assert record["batches"][0]["state"] == "accepted" and record["batches"][0]["marked_by_user"]
    assert len(simulator.ledger()) == 1


def test_resume_of_an_unknown_broadcast_is_refused(simulator, cli_env, data_dir):
    done = run_cli(cli_env, "resume", "42", "--data-dir", str(data_dir))
    assert done.returncode == 2 and "no broadcast 42" in done.stderr


# (No "password" in this test's name: pytest puts the name in tmp_path, which the journal records.)
def test_the_api_secret_is_never_written_to_the_data_dir_or_printed(tmp_path, simulator, cli_env, data_dir):
    cli_env["KWTSMS_PASSWORD"] = "demo"
    recipients = write_recipients(tmp_path / "l.csv", numbers(5))
    done = send(cli_env, simulator, data_dir, recipients, "--yes")
    assert done.returncode == 0
    with Store.open(data_dir) as store:
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    api_log = (data_dir / "api-log.jsonl").read_text(encoding="utf-8")
    assert '"password": "***"' in api_log  # every call was logged, with the secret masked
    blob = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"demo" not in blob  # the secret (here equal to the username) is in no file
    assert "demo" not in done.stdout


def test_400_saudi_numbers_go_in_batches_within_the_mobile_field_limit(tmp_path, simulator, cli_env, data_dir):
    saudi = [f"9665{i:08d}" for i in range(400)]  # 200 of them would make 2,599 characters
    recipients = write_recipients(tmp_path / "saudi.csv", saudi)
    done = send(cli_env, simulator, data_dir, recipients, "--test", "--yes")
    assert done.returncode == 0, done.stderr
    ledger = simulator.ledger()
    assert all(len(",".join(entry["numbers"])) <= 2500 for entry in ledger)
    assert all(entry["test"] for entry in ledger)
    assert sorted(n for entry in ledger for n in entry["numbers"]) == saudi
    (record,) = history(cli_env, data_dir)
    assert {b["state"] for b in record["batches"]} == {"accepted"} and len(record["batches"]) == 3


def test_an_unreadable_do_not_send_list_sends_nothing_and_says_why(tmp_path, simulator, cli_env, data_dir):
    from kwtsms_desktop.store import DATABASE_FILE
    from tests.corrupt_db import lose_table

    with Store.open(data_dir) as store:
        store.suppressions.add(["96550000001"], reason="opted out")
    lose_table(data_dir / DATABASE_FILE, "suppressions")
    done = send(cli_env, simulator, data_dir, write_recipients(tmp_path / "l.csv", numbers(3)), "--yes")
    assert done.returncode == 2, done.stderr
    assert "do-not-send list cannot be read" in done.stderr and "nothing was sent" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert simulator.ledger() == []


def test_history_json_cut_short_by_head_ends_without_a_traceback(tmp_path, simulator, cli_env, data_dir):
    import subprocess

    from .conftest import COMMAND

    done = send(cli_env, simulator, data_dir, write_recipients(tmp_path / "l.csv", numbers(300)), "--yes")
    assert done.returncode == 0, done.stderr  # its history is some 8,000 characters of JSON
    history_command = subprocess.Popen(
        [*COMMAND, "history", "--data-dir", str(data_dir), "--json"],
        env=cli_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = history_command.stdout.read(1500)  # then the reader goes away, as `head -c 1500` does
    history_command.stdout.close()
    _, errors = history_command.communicate(timeout=30)
    assert len(first) == 1500
    assert b"Traceback" not in errors and b"BrokenPipeError" not in errors, errors.decode()


def test_a_gateway_address_that_answers_404_is_called_wrong_and_nothing_is_sent(tmp_path, simulator, cli_env, data_dir):
    wrong = simulator.root  # the simulator's root, without /API/
    recipients = write_recipients(tmp_path / "l.csv", numbers(3))
    done = run_cli(
        cli_env,
        *send_args(recipients, wrong, data_dir),
    )
    assert done.returncode == 2, done.stderr
    assert "gateway address" in done.stderr and "is wrong" in done.stderr and "Nothing was sent" in done.stderr
    assert simulator.ledger() == [] and history(cli_env, data_dir) == []

    # A paused broadcast resumed with a wrong address: refused before any batch goes there.
    simulator.post("_sim/faults", [{"endpoint": "send", "kind": "error", "code": "ERR010"}])
    paused = send(cli_env, simulator, data_dir, recipients, "--yes")
    assert paused.returncode == 3, paused.stderr
    broadcast_id = paused.stdout.splitlines()[0]
    resumed = run_cli(cli_env, "resume", broadcast_id, "--data-dir", str(data_dir), "--gateway", wrong)
    assert resumed.returncode == 2 and "is wrong" in resumed.stderr, resumed.stderr
    (record,) = history(cli_env, data_dir)
    assert [b["state"] for b in record["batches"]] == ["pending"] and simulator.ledger() == []


def test_the_ucs2_list_names_only_characters_a_plain_one_could_replace(tmp_path, simulator, cli_env, data_dir):
    recipients = write_recipients(tmp_path / "l.csv", numbers(1))
    done = run_cli(
        cli_env,
        "send",
        "--recipients",
        str(recipients),
        "--message",
        "مرحبا “Ali” — welcome",
        "--sender",
        "KWT-SMS",
        "--gateway",
        simulator.url,
        "--data-dir",
        str(data_dir),
    )  # no --yes: asks, nothing sent
    line = next(line for line in done.stderr.splitlines() if "make it UCS-2" in line)
    assert line.endswith(": “ ” —")
    assert "1 page," in done.stderr and "1 batch " in done.stderr and "1 number " in done.stderr
    assert simulator.ledger() == []
