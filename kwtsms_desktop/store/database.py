"""Opening the SQLite file: pragmas (WAL, synchronous=FULL, foreign keys, busy timeout) and transactions.

One connection per thread: the Qt worker opens its own :class:`~kwtsms_desktop.store.Store`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database cannot be used; the message says why and what to do, in plain words."""


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode with the journal's pragmas applied.

    Autocommit: every single statement is its own durable transaction; several statements that
    must land together go through :func:`transaction`.
    """
    try:
        connection = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        connection.row_factory = sqlite3.Row
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed journal state survives a power cut or a SIGKILL.
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"The data file {path} cannot be opened ({error}). It may be damaged or not a "
            "kwtSMS Desktop database: choose another data folder or restore a backup."
        ) from error
    return connection


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any exception): several writes that land together or not at all."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def utc_now() -> str:
    """The current UTC time as ISO 8601 text with milliseconds, e.g. ``2026-01-31T09:15:02.123Z``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
