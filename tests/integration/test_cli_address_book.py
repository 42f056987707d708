"""The address-book commands as real processes: contacts, groups, optout, send --group against the simulator, backup and restore."""

from __future__ import annotations

import json
import shutil

import pytest

from kwtsms_desktop.store import DATABASE_FILE

from .conftest import numbers, run_cli, write_recipients


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def cli(env, data_dir, *args):
    return run_cli(env, *args, "--data-dir", str(data_dir))


def listing(env, data_dir, *args):
    done = cli(env, data_dir, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.slow
def test_import_a_group_opt_out_three_and_send_to_the_group(tmp_path, simulator, cli_env, data_dir):
    group = numbers(250)
    imported = cli(
        cli_env,
        data_dir,
        "contacts",
        "import",
        str(write_recipients(tmp_path / "g.csv", group)),
        "--group",
        "Grade 5",
        "--phone-column",
        "Mobile",
        "--name-column",
        "Name",
    )
    assert imported.returncode == 0, imported.stderr
    assert "250 added" in imported.stderr
    opted_out = [group[0], group[100], group[249]]
    added = cli(cli_env, data_dir, "optout", "add", *opted_out, "--reason", "asked by phone")
    assert added.returncode == 0, added.stderr

    done = cli(
        cli_env,
        data_dir,
        "send",
        "--group",
        "grade 5",
        "--message",
        "School closes at noon",
        "--sender",
        "KWT-SMS",
        "--test",
        "--gateway",
        simulator.url,
        "--yes",
    )
    assert done.returncode == 0, done.stderr
    sent = [n for entry in simulator.ledger() for n in entry["numbers"]]
    assert sorted(sent) == sorted(set(group) - set(opted_out)) and len(sent) == 247
    assert all(entry["test"] for entry in simulator.ledger())
    assert (data_dir / "backups").is_dir()  # send made today's automatic backup

    contacts = {c["number"]: c for c in listing(cli_env, data_dir, "contacts", "list", "--group", "Grade 5")}
    assert len(contacts) == 250 and contacts[group[0]]["opted_out"] and not contacts[group[1]]["opted_out"]
    assert contacts[group[1]]["groups"] == ["Grade 5"] and contacts[group[1]]["fields"]["Name"] == "Person 1"
    assert listing(cli_env, data_dir, "groups", "list") == [{"name": "Grade 5", "count": 250}]
    entries = listing(cli_env, data_dir, "optout", "list")
    assert sorted(e["number"] for e in entries) == sorted(opted_out)
    assert {e["reason"] for e in entries} == {"asked by phone"} and all(e["added"] for e in entries)


@pytest.mark.slow
def test_send_mixes_a_file_with_groups_minus_an_excluded_group(tmp_path, simulator, cli_env, data_dir):
    cli(cli_env, data_dir, "contacts", "import", str(write_recipients(tmp_path / "a.csv", numbers(20))), "--group", "A")
    cli(
        cli_env,
        data_dir,
        "contacts",
        "import",
        str(write_recipients(tmp_path / "b.csv", numbers(5, 15))),
        "--group",
        "Staff",
    )
    extra = write_recipients(tmp_path / "extra.csv", numbers(3, 100) + numbers(1))
    done = cli(
        cli_env,
        data_dir,
        "send",
        "--recipients",
        str(extra),
        "--group",
        "A",
        "--exclude-group",
        "Staff",
        "--message",
        "Hi",
        "--sender",
        "KWT-SMS",
        "--gateway",
        simulator.url,
        "--yes",
    )
    assert done.returncode == 0, done.stderr
    sent = sorted(n for entry in simulator.ledger() for n in entry["numbers"])
    assert sent == sorted(numbers(15) + numbers(3, 100))
    assert "group A: 14" in done.stderr and "excluded groups: 5" in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["send", "--group", "Nobody", "--message", "Hi", "--sender", "KWT-SMS", "--yes"],
        ["send", "--message", "Hi", "--sender", "KWT-SMS", "--yes"],
        ["contacts", "list", "--group", "Nobody"],
        ["contacts", "import", "missing.csv", "--group", "G"],
        ["optout", "add", "12"],
        ["optout", "import", "missing.csv"],
        ["restore", "missing.sqlite3"],
    ],
)
def test_unknown_groups_and_bad_files_exit_2_and_change_nothing(tmp_path, cli_env, data_dir, args):
    cli(cli_env, data_dir, "contacts", "import", str(write_recipients(tmp_path / "g.csv", numbers(3))), "--group", "G")
    before = (data_dir / DATABASE_FILE).read_bytes()
    done = cli(cli_env, data_dir, *[str(tmp_path / a) if a.startswith("missing") else a for a in args])
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.strip() and done.stdout == ""
    assert (data_dir / DATABASE_FILE).read_bytes() == before


def test_optout_remove_and_import(tmp_path, cli_env, data_dir):
    assert (
        cli(
            cli_env, data_dir, "optout", "import", str(write_recipients(tmp_path / "o.csv", numbers(4) + ["x"]))
        ).returncode
        == 0
    )
    removed = cli(cli_env, data_dir, "optout", "remove", "+965 5000 0000", numbers(1, 1)[0])
    assert removed.returncode == 0, removed.stderr
    assert [e["number"] for e in listing(cli_env, data_dir, "optout", "list")] == numbers(2, 2)


def test_backup_delete_the_data_folder_restore_gives_back_the_same_lists(tmp_path, cli_env, data_dir):
    cli(
        cli_env,
        data_dir,
        "contacts",
        "import",
        str(write_recipients(tmp_path / "g.csv", numbers(30))),
        "--group",
        "Bus 3",
    )
    cli(
        cli_env,
        data_dir,
        "contacts",
        "import",
        str(write_recipients(tmp_path / "t.csv", numbers(10, 25))),
        "--group",
        "معلمون",
    )
    cli(cli_env, data_dir, "optout", "add", *numbers(2), "--reason", "left the school")
    commands = (("contacts", "list"), ("groups", "list"), ("optout", "list"))
    before = [listing(cli_env, data_dir, *command) for command in commands]

    backup = cli(cli_env, data_dir, "backup", str(tmp_path / "office.sqlite3"))
    assert backup.returncode == 0, backup.stderr
    shutil.rmtree(data_dir)
    restored = cli(cli_env, data_dir, "restore", str(tmp_path / "office.sqlite3"))
    assert restored.returncode == 0, restored.stderr
    assert [listing(cli_env, data_dir, *command) for command in commands] == before
    assert before[1] == [{"name": "Bus 3", "count": 30}, {"name": "معلمون", "count": 10}]
