"""Opening the database: data dir resolution, pragmas, migrations with a backup, a newer file refused."""

from __future__ import annotations

import sqlite3

import pytest

from kwtsms_desktop.store import DATABASE_FILE, LATEST_VERSION, Store, StoreError, resolve_data_dir


def test_the_data_dir_comes_from_the_argument_then_the_environment(tmp_path, isolated_environment):
    assert resolve_data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert (tmp_path / "explicit").is_dir()
    assert resolve_data_dir(None) == isolated_environment
    with Store.open() as store:
        assert store.path == isolated_environment / DATABASE_FILE


def test_the_journal_is_written_durably(store):
    pragma = lambda name: store.connection.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 5000
    assert pragma("user_version") == LATEST_VERSION


def test_a_database_from_a_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / DATABASE_FILE
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match="newer version of kwtSMS Desktop"):
        Store.open(tmp_path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1
    connection.close()


def test_an_older_database_is_copied_aside_before_it_is_migrated(tmp_path, monkeypatch):
    from kwtsms_desktop.store import migrations

    with Store.open(tmp_path) as store:
        store.settings.set("language", "ar")
    # Pretend the app gained a second migration since that file was written.
    monkeypatch.setattr(
        migrations, "MIGRATIONS", (*migrations.MIGRATIONS, "ALTER TABLE broadcasts ADD COLUMN note TEXT")
    )
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with Store.open(tmp_path) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1
        assert store.settings.get("language") == "ar"
    backup = tmp_path / f"{DATABASE_FILE}.bak-v{LATEST_VERSION}"
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert copy.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()[0] == '"ar"'
    copy.close()


def test_a_file_that_is_not_a_database_is_explained(tmp_path):
    (tmp_path / DATABASE_FILE).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="another data folder"):
        Store.open(tmp_path)
