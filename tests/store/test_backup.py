"""Backups on real SQLite files: consistent copies, the daily rotation, and a restore that checks before it replaces."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from kwtsms_desktop.store import DATABASE_FILE, LATEST_VERSION, Store
from kwtsms_desktop.store.backup import (
    BACKUP_FOLDER,
    BackupFailed,
    daily_backup,
    restore_backup,
    write_backup,
)

from .conftest import kuwait_numbers


def fill(store: Store) -> None:
    store.contacts.merge_into_group(
        "Grade 5", ["Class"], [(n, f"P{i}", ["5A"]) for i, n in enumerate(kuwait_numbers(300))]
    )
    store.contacts.merge_into_group("Teachers", [], [(n, None, []) for n in kuwait_numbers(5, 1000)])
    store.suppressions.add(kuwait_numbers(3), "asked")


def snapshot(store: Store):
    return (
        [(c.number, c.name, c.fields, c.groups, c.opted_out) for c in store.contacts.listing()],
        store.contacts.groups(),
        store.suppressions.entries(),
    )


def test_backup_then_restore_into_an_empty_folder_gives_back_everything(tmp_path):
    with Store.open(tmp_path / "data") as store:
        fill(store)
        before = snapshot(store)
        write_backup(store.connection, tmp_path / "copy.sqlite3")
    restored = tmp_path / "elsewhere"
    assert restore_backup(tmp_path / "copy.sqlite3", restored) is None
    with Store.open(restored) as store:
        assert snapshot(store) == before


def test_restore_keeps_the_replaced_database_aside(tmp_path):
    with Store.open(tmp_path / "a") as store:
        fill(store)
        write_backup(store.connection, tmp_path / "copy.sqlite3")
    with Store.open(tmp_path / "b") as store:
        store.suppressions.add(["96599999999"], "only here")
    aside = restore_backup(tmp_path / "copy.sqlite3", tmp_path / "b")
    with Store.open(tmp_path / "b") as store:
        assert store.contacts.count() == 305 and not store.suppressions.contains("96599999999")
    replaced = sqlite3.connect(aside)
    assert replaced.execute("SELECT number FROM suppressions").fetchall() == [("96599999999",)]
    replaced.close()


def test_restore_is_refused_while_the_database_is_open(tmp_path):
    with Store.open(tmp_path / "a") as store:
        write_backup(store.connection, tmp_path / "copy.sqlite3")
    with Store.open(tmp_path / "b") as store:
        store.suppressions.add(["96599999999"])
        with pytest.raises(BackupFailed, match="using this data folder"):
            restore_backup(tmp_path / "copy.sqlite3", tmp_path / "b")
        assert store.suppressions.contains("96599999999")


def _random_file(path):
    path.write_bytes(bytes(range(256)) * 64)


def _other_program(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()


def _damaged(path):
    with Store.open(path.parent / "source") as store:
        fill(store)
        write_backup(store.connection, path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, page):  # scribble over the middle of every page but the first three
        data[offset + 100 : offset + 400] = b"\xa5" * 300
    path.write_bytes(bytes(data))


def _newer(path):
    with Store.open(path.parent / "source") as store:
        write_backup(store.connection, path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.close()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_random_file, "not a database"),
        (_other_program, "another program"),
        (_damaged, "damaged"),
        (_newer, "newer version"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_changes(tmp_path, make, expected):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.suppressions.add(["96599999999"], "keep me")
    files_before = sorted(p.name for p in data.iterdir())
    content_before = (data / DATABASE_FILE).read_bytes()
    candidate = tmp_path / "candidate.sqlite3"
    make(candidate)
    with pytest.raises(BackupFailed, match=expected):
        restore_backup(candidate, data)
    assert sorted(p.name for p in data.iterdir()) == files_before
    assert (data / DATABASE_FILE).read_bytes() == content_before


def test_an_older_backup_is_migrated_on_restore(tmp_path):
    old = tmp_path / "v1.sqlite3"
    connection = sqlite3.connect(old, isolation_level=None)
    from kwtsms_desktop.store.migrations import MIGRATIONS, _statements

    for statement in _statements(MIGRATIONS[0]):
        connection.execute(statement)
    connection.execute("PRAGMA user_version = 1")
    connection.execute("INSERT INTO contacts (number, name, added_utc) VALUES ('96598765432', 'Old', 'x')")
    connection.close()
    restore_backup(old, tmp_path / "data")
    with Store.open(tmp_path / "data") as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert store.contacts.get("96598765432").name == "Old"


def test_the_daily_backup_is_made_once_a_day_and_the_last_seven_are_kept(tmp_path):
    day = [datetime(2026, 3, 1, 9, 0)]
    with Store.open(tmp_path) as store:
        assert daily_backup(store.connection, tmp_path, now=lambda: day[0]).name == "kwtsms-desktop-2026-03-01.sqlite3"
        day[0] += timedelta(hours=14)
        assert daily_backup(store.connection, tmp_path, now=lambda: day[0]) is None  # still the 1st
        for _ in range(9):
            day[0] += timedelta(days=1)
            daily_backup(store.connection, tmp_path, now=lambda: day[0])
    kept = sorted(p.name for p in (tmp_path / BACKUP_FOLDER).iterdir())
    assert kept == [f"kwtsms-desktop-2026-03-{d:02d}.sqlite3" for d in range(4, 11)]
    restore_backup(tmp_path / BACKUP_FOLDER / kept[-1], tmp_path / "restored")  # each one a valid backup


def test_a_backup_is_consistent_while_another_connection_writes(tmp_path):
    with Store.open(tmp_path / "data") as store, Store.open(tmp_path / "data") as writer:
        fill(store)
        writer.connection.execute("BEGIN IMMEDIATE")
        writer.suppressions.add(["96599999999"])  # not committed: never in the backup
        write_backup(store.connection, tmp_path / "copy.sqlite3")
        writer.connection.execute("ROLLBACK")
    restore_backup(tmp_path / "copy.sqlite3", tmp_path / "restored")
    with Store.open(tmp_path / "restored") as restored:
        assert restored.suppressions.count() == 3 and restored.contacts.count() == 305
