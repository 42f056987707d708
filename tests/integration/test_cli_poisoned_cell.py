"""A 5 MB "phone number" in the recipients file: `send` prints and stores a short, cut cell, not megabytes."""

from __future__ import annotations

import sqlite3

import pytest

from .conftest import run_cli, send_args


@pytest.mark.slow
def test_a_five_megabyte_phone_cell_is_cut_on_stderr_and_in_the_database(tmp_path, simulator, cli_env):
    data_dir = tmp_path / "data"
    recipients = tmp_path / "list.csv"
    recipients.write_text("Name,Mobile\nAli,98765432\nEvil," + "9" * 5_000_000 + "\n", encoding="utf-8")
    done = run_cli(
        cli_env,
        *send_args(recipients, simulator.url, data_dir, message="Hello"),
    )
    assert done.returncode == 0, done.stderr[:2000]
    assert "1 invalid" in done.stderr
    assert len(done.stderr) < 5_000 and "9999…" in done.stderr
    with sqlite3.connect(data_dir / "kwtsms-desktop.sqlite3") as db:
        (raw,) = db.execute("SELECT raw FROM recipients WHERE set_aside IS NOT NULL").fetchone()
    assert len(raw) == 100 and raw.endswith("…")
