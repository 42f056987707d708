"""Backups of the database: on demand, automatically once a day, and a restore that checks before it replaces.

A backup is made with SQLite's online backup API from an open connection, so it is consistent
even while a broadcast is being sent (it includes what is still in the WAL), and is written as one
self-contained file (rollback journal mode) under a temporary name, then renamed into place.

A restore never touches the current database until the candidate passed every check: it is a
SQLite file, ``PRAGMA integrity_check`` says ok, it holds this app's tables (and application id,
when it has one), and its schema version is not newer than this app's. The candidate is checked
and migrated as a copy in the data folder; the database it replaces is kept aside next to it.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kwtsms_desktop.store.migrations import (
    APPLICATION_ID,
    LATEST_VERSION,
    backup_path,
    migrate,
)
from kwtsms_desktop.store.paths import DATABASE_FILE, resolve_data_dir

BACKUP_FOLDER = "backups"
KEEP_DAILY = 7
SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables every version of this app's database has had.
APP_TABLES = frozenset({"broadcasts", "batches", "recipients", "suppressions", "contacts", "templates", "settings"})
_DAILY_NAME = re.compile(r"kwtsms-desktop-(\d{4}-\d{2}-\d{2})\.sqlite3")


class BackupFailed(Exception):
    """A backup or restore that could not be done; the message says why, and that nothing was changed."""


def write_backup(connection: sqlite3.Connection, target: str | os.PathLike[str]) -> Path:
    """Copy the open database to ``target`` (replaced only once the copy is complete)."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(str(partial))
        try:
            connection.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            copy.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"The backup could not be written to {target} ({error}).") from error
    return target


def daily_backup(
    connection: sqlite3.Connection,
    data_dir: str | os.PathLike[str],
    *,
    now: Callable[[], datetime] = datetime.now,
    keep: int = KEEP_DAILY,
) -> Path | None:
    """Today's automatic backup in ``<data dir>/backups``, once per calendar day (local time), keeping the last ``keep``.

    Returns the file written, or None when today's backup already exists.
    """
    folder = Path(data_dir) / BACKUP_FOLDER
    target = folder / f"kwtsms-desktop-{now().date().isoformat()}.sqlite3"
    if target.exists():
        return None
    write_backup(connection, target)
    dailies = sorted(p for p in folder.iterdir() if _DAILY_NAME.fullmatch(p.name))
    for old in dailies[:-keep] if keep > 0 else dailies:
        old.unlink(missing_ok=True)
    return target


def check_database_file(path: str | os.PathLike[str]) -> int:
    """Refuse (BackupFailed) a file that is not a sound database of this app; returns its schema version.

    The file is opened as it is: check a copy when it must not be touched.
    """
    path = Path(path)
    name = path.name
    _check_magic(path)
    try:
        connection = sqlite3.connect(str(path))
    except sqlite3.Error as error:
        raise BackupFailed(f"The file {name} cannot be opened ({error}). Nothing was changed.") from error
    try:
        verdict = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
        if verdict != ["ok"]:
            raise BackupFailed(
                f"The file {name} is damaged (SQLite's integrity check: {'; '.join(verdict)}). "
                "Choose another backup. Nothing was changed."
            )
        application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        raise BackupFailed(
            f"The file {name} is damaged ({error}). Choose another backup. Nothing was changed."
        ) from error
    finally:
        connection.close()
    if application_id not in (0, APPLICATION_ID) or not APP_TABLES <= tables or version < 1:
        raise BackupFailed(
            f"The file {name} is a database of another program, not a kwtSMS Desktop backup. Nothing was changed."
        )
    if version > LATEST_VERSION:
        raise BackupFailed(
            f"The file {name} was written by a newer version of kwtSMS Desktop (data version {version}; "
            f"this version understands up to {LATEST_VERSION}). Install the newer version to restore it. Nothing was changed."
        )
    return version


def _check_magic(path: Path) -> None:
    try:
        with path.open("rb") as stream:
            magic = stream.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise BackupFailed(
            f"The file {path.name} cannot be read ({error.strerror or error}). Nothing was changed."
        ) from error
    if magic != SQLITE_MAGIC:
        raise BackupFailed(
            f"The file {path.name} is not a kwtSMS Desktop backup (it is not a database at all). Nothing was changed."
        )


def restore_backup(source: str | os.PathLike[str], data_dir: str | os.PathLike[str] | None = None) -> Path | None:
    """Replace the data folder's database with the backup ``source``, after checking a copy of it.

    Returns where the replaced database was kept aside (None when there was none). Raises
    BackupFailed, with nothing changed, when the file is refused or the database is in use.
    """
    _check_magic(Path(source))  # before anything is copied or created
    folder = resolve_data_dir(data_dir)
    database = folder / DATABASE_FILE
    candidate = folder / (DATABASE_FILE + ".restoring")
    _remove_with_sidecars(candidate)
    try:
        try:
            _copy(Path(source), candidate)
        except OSError as error:
            raise BackupFailed(
                f"The file {Path(source).name} cannot be read ({error.strerror or error}). Nothing was changed."
            ) from error
        version = check_database_file(candidate)
        _migrate_and_seal(candidate, version)
        aside = _swap_in(candidate, database)
    except OSError as error:
        raise BackupFailed(f"The backup could not be put in place ({error.strerror or error}).") from error
    finally:
        _remove_with_sidecars(candidate)
    return aside


def _copy(source: Path, target: Path) -> None:
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(1 << 20):
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())


def _migrate_and_seal(candidate: Path, version: int) -> None:
    connection = sqlite3.connect(str(candidate), isolation_level=None)
    try:
        if version < LATEST_VERSION:
            migrate(connection, candidate)
            backup_path(candidate, version).unlink(missing_ok=True)
        connection.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as error:
        raise BackupFailed(f"The backup could not be brought up to date ({error}). Nothing was changed.") from error
    finally:
        connection.close()


def _swap_in(candidate: Path, database: Path) -> Path | None:
    """Keep the current database aside, then put the candidate in its place."""
    if not database.exists():
        os.replace(candidate, database)
        _remove_sidecars(database)
        return None
    # Leaving WAL needs the only connection: if another window or command has the file open, refuse.
    current = sqlite3.connect(str(database), isolation_level=None, timeout=2)
    try:
        mode = current.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.Error:
        mode = "busy"
    finally:
        current.close()
    if str(mode).lower() != "delete":
        raise BackupFailed(
            "kwtSMS Desktop is using this data folder right now (an open window or a running command). "
            "Close it, then restore again. Nothing was changed."
        )
    aside = database.with_name(f"{database.name}.replaced-{datetime.now().strftime('%Y%m%d-%H%M%S')}")
    os.replace(database, aside)
    try:
        os.replace(candidate, database)
    except OSError:
        os.replace(aside, database)
        raise
    _remove_sidecars(database)
    return aside


def _remove_sidecars(database: Path) -> None:
    """A -wal or -shm left by the file that was replaced must never be read with the new one."""
    for suffix in ("-wal", "-shm", "-journal"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)


def _remove_with_sidecars(path: Path) -> None:
    path.unlink(missing_ok=True)
    _remove_sidecars(path)
