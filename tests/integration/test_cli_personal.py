"""Personal messages and templates from the command line, as real processes against a real simulator process."""

from __future__ import annotations

import csv
import json
import re

import pytest

from kwtsms_desktop.store import Store

from .conftest import SimulatorProcess, history, numbers, run_cli


@pytest.fixture
def simulator():
    # The same 300 numbers are sent twice (without, then with --fallback): no 15-second rule here.
    sim = SimulatorProcess("--balance", "1000000", "--same-number-seconds", "0")
    yield sim
    sim.stop()


def school_file(path, count: int = 300):
    """A name column with repeated names and empty cells, and a class column."""
    names = ["Ali", "Sara", "محمد", "", "Noor", "Ali"]
    rows = []
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Student", "Mobile", "Class"])
        for index, number in enumerate(numbers(count)):
            name = names[index % len(names)] if index % 7 else f"Student {index}"
            row = [name, number, f"5{'ABC'[index % 3]}"]
            writer.writerow(row)
            rows.append(row)
    return rows


def send(env, simulator, data_dir, recipients, *extra):
    with Store.open(data_dir) as store:
        store.settings.set("send_rate", 4)  # the highest rate allowed: one call per distinct text takes time
    return run_cli(
        env,
        "send",
        "--recipients",
        str(recipients),
        "--sender",
        "KWT-SMS",
        "--test",
        "--gateway",
        simulator.url,
        "--data-dir",
        str(data_dir),
        "--yes",
        *extra,
    )


def announced_calls(stderr: str) -> int:
    found = re.search(r"personal messages: ([\d,]+) calls?, about", stderr)
    assert found, stderr
    return int(found[1].replace(",", ""))


@pytest.mark.slow
def test_a_300_row_file_gets_each_number_its_own_text_with_and_without_fallback(tmp_path, simulator, cli_env):
    rows = school_file(tmp_path / "school.csv")
    message = "Dear {name}, the parents' meeting for class {CLASS} is on Thursday."

    def rendering(name: str, klass: str) -> str:
        return f"Dear {name}, the parents' meeting for class {klass} is on Thursday."

    # Without a fallback: the rows without a name are set aside and listed, nobody gets a bare {name}.
    first = send(cli_env, simulator, tmp_path / "one", tmp_path / "school.csv", "--message", message)
    assert first.returncode == 0, first.stderr
    unnamed = [row for row in rows if not row[0]]
    assert unnamed and f"Set aside: {len(unnamed)} without a value for a field of the message." in first.stderr
    assert "No value for {name}" in first.stderr
    ledger = simulator.ledger()
    texts = {number: entry["message"] for entry in ledger for number in entry["numbers"]}
    assert texts == {number: rendering(name, klass) for name, number, klass in rows if name}
    assert len(ledger) == announced_calls(first.stderr)
    (record,) = history(cli_env, tmp_path / "one")
    assert len(record["batches"]) == len(ledger) and record["set_aside"] == len(unnamed)
    assert {b["message"] for b in record["batches"]} == set(texts.values())
    assert f"{len(set(texts.values()))} different texts" in first.stderr

    # With a fallback: everyone gets a text, the unnamed rows get the fallback.
    second = send(
        cli_env,
        simulator,
        tmp_path / "two",
        tmp_path / "school.csv",
        "--message",
        message,
        "--fallback",
        "Name=ولي الأمر",
    )
    assert second.returncode == 0, second.stderr
    new_entries = simulator.ledger()[len(ledger) :]
    texts = {number: entry["message"] for entry in new_entries for number in entry["numbers"]}
    assert texts == {number: rendering(name or "ولي الأمر", klass) for name, number, klass in rows}
    assert len(new_entries) == announced_calls(second.stderr)
    assert simulator.stats()["rate_violations"] == 0


def test_a_field_no_recipient_has_is_refused_with_exit_2_and_named(tmp_path, simulator, cli_env):
    school_file(tmp_path / "school.csv", 5)
    done = send(cli_env, simulator, tmp_path / "d", tmp_path / "school.csv", "--message", "Dear {nickname}")
    assert done.returncode == 2 and "{nickname}" in done.stderr and "{Class}" in done.stderr
    assert done.stdout == "" and simulator.ledger() == []
    bad = send(
        cli_env, simulator, tmp_path / "d", tmp_path / "school.csv", "--message", "Hi {name}", "--fallback", "name"
    )
    assert bad.returncode == 2 and "FIELD=TEXT" in bad.stderr and simulator.ledger() == []


def test_templates_are_saved_listed_sent_renamed_and_removed(tmp_path, simulator, cli_env):
    data = str(tmp_path / "d")
    school_file(tmp_path / "school.csv", 4)
    body = tmp_path / "meeting.txt"
    body.write_text("عزيزي ولي أمر {name}، اجتماع أولياء الأمور يوم الخميس", encoding="utf-8")
    assert (
        run_cli(cli_env, "templates", "add", "Meeting", "--message-file", str(body), "--data-dir", data).returncode == 0
    )
    assert (
        run_cli(cli_env, "templates", "add", "Closure", "--message", "Closed {{today}}", "--data-dir", data).returncode
        == 0
    )
    again = run_cli(cli_env, "templates", "add", "meeting", "--message", "x", "--data-dir", data)
    assert again.returncode == 2 and "--replace" in again.stderr

    listed = run_cli(cli_env, "templates", "list", "--json", "--data-dir", data)
    assert listed.returncode == 0
    assert [(t["name"], t["fields"]) for t in json.loads(listed.stdout)] == [("Closure", []), ("Meeting", ["name"])]

    done = send(cli_env, simulator, data, tmp_path / "school.csv", "--template", "meeting", "--fallback", "name=الطالب")
    assert done.returncode == 0, done.stderr
    assert {e["message"] for e in simulator.ledger()} >= {
        "عزيزي ولي أمر Sara، اجتماع أولياء الأمور يوم الخميس",
        "عزيزي ولي أمر الطالب، اجتماع أولياء الأمور يوم الخميس",
    }
    both = send(cli_env, simulator, data, tmp_path / "school.csv", "--template", "Closure", "--message", "x")
    assert both.returncode == 2 and "not allowed with" in both.stderr
    unknown = send(cli_env, simulator, data, tmp_path / "school.csv", "--template", "Nope")
    assert unknown.returncode == 2 and "no template called 'Nope'" in unknown.stderr and "'Closure'" in unknown.stderr

    assert run_cli(cli_env, "templates", "rename", "closure", "إغلاق", "--data-dir", data).returncode == 0
    assert run_cli(cli_env, "templates", "remove", "MEETING", "--data-dir", data).returncode == 0
    gone = run_cli(cli_env, "templates", "remove", "Meeting", "--data-dir", data)
    assert gone.returncode == 2 and "no template" in gone.stderr
    plain = run_cli(cli_env, "templates", "list", "--data-dir", data)
    assert plain.stdout.splitlines() == ["إغلاق\tClosed {{today}}"]
