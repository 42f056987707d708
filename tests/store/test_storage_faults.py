"""Damaged, foreign and unwritable data files: refused or reported with a clear sentence, never a traceback."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.store import DATABASE_FILE, StorageFailure, Store, StoreError, storage_failure
from tests.small_disk import make_read_only, small_disk

from .conftest import kuwait_numbers


def test_a_file_of_random_bytes_is_refused(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / DATABASE_FILE).write_bytes(os.urandom(40_000))
    with pytest.raises(StoreError, match="damaged or is not a kwtSMS Desktop database") as refused:
        Store.open(data)
    assert "تالف" in refused.value.ar


def test_an_sqlite_header_followed_by_garbage_is_refused(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / DATABASE_FILE).write_bytes(b"SQLite format 3\0" + os.urandom(8192))
    with pytest.raises(StoreError, match="damaged"):
        Store.open(data)


def test_another_programs_sqlite_file_is_refused(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    other = sqlite3.connect(data / DATABASE_FILE)
    other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    other.commit()
    other.close()
    with pytest.raises(StoreError, match="another program"):
        Store.open(data)


def test_a_damaged_page_is_found_by_the_check_on_open(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.broadcasts.create(make_plan(kuwait_numbers(2000), "Hello", "KWT-SMS"))
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = data / DATABASE_FILE
    raw = bytearray(path.read_bytes())
    page = 4096
    assert len(raw) > 20 * page
    raw[10 * page : 11 * page] = os.urandom(page)  # one b-tree page of the journal overwritten
    path.write_bytes(bytes(raw))
    with pytest.raises(StoreError, match="damaged"):
        Store.open(data)


def test_new_files_carry_the_apps_id_and_older_files_without_it_still_open(tmp_path):
    with Store.open(tmp_path / "data") as store:
        assert store.connection.execute("PRAGMA application_id").fetchone()[0] == 0x6B77534D
        store.connection.execute("PRAGMA application_id = 0")  # a file written before the id existed
    Store.open(tmp_path / "data").close()


def test_a_data_folder_that_is_a_file_is_said_plainly(tmp_path):
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(StoreError, match="is a file, not a folder") as refused:
        Store.open(tmp_path / "data")
    assert "Errno" not in str(refused.value)


def test_a_full_database_is_a_storage_failure_in_both_languages(store):
    """PRAGMA max_page_count: real SQLite says 'database or disk is full' at a deterministic point."""
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError, match="full") as error:
        store.broadcasts.create(make_plan(kuwait_numbers(5000), "Hello", "KWT-SMS"))
    failure = storage_failure(error.value, store.path)
    assert isinstance(failure, StorageFailure) and failure.kind == "full"
    assert "is full" in failure.en and "Free some space" in failure.en
    assert "ممتلئ" in failure.ar
    assert store.broadcasts.ids() == []  # the plan landed whole or not at all


def test_reading_the_history_writes_nothing(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        broadcast_id = store.broadcasts.create(make_plan(kuwait_numbers(300), "Hello", "KWT-SMS"))
        store.broadcasts.set_state(broadcast_id, "sending")
        store.batches.mark_sending(broadcast_id, 1)  # as left by a process killed mid-request
    database = data / DATABASE_FILE
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    with Store.open(data, read_only=True) as store:
        assert store.batches.in_state(broadcast_id, "sending")[0].seq == 1
        with pytest.raises(sqlite3.OperationalError):
            store.batches.recover_sending(broadcast_id)
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    wal = data / f"{DATABASE_FILE}-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # SQLite's empty companion, no journal frame
    assert not (data / "locks").exists()


def test_reading_a_missing_data_folder_creates_nothing(tmp_path):
    with Store.open(tmp_path / "nowhere", read_only=True) as store:
        assert store.broadcasts.summaries() == []
    assert not (tmp_path / "nowhere").exists()


def test_a_read_only_data_folder_can_be_read_but_not_written(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        with Store.open(disk / "data") as store:
            broadcast_id = store.broadcasts.create(make_plan(kuwait_numbers(300), "Hello", "KWT-SMS"))
        make_read_only(disk)
        with Store.open(disk / "data", read_only=True) as store:
            assert store.broadcasts.ids() == [broadcast_id]
        with pytest.raises(StorageFailure, match="read-only") as refused:
            Store.open(disk / "data")
        assert refused.value.kind == "readonly" and "للقراءة فقط" in refused.value.ar
        with pytest.raises(StoreError, match="cannot be created .the disk is read-only") as refused:
            Store.open(disk / "new")
        assert "Errno" not in str(refused.value)
