"""Damage one table of a real SQLite file (its root pages overwritten), as a bad disk sector would."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def corrupt_table(database: Path, table: str) -> None:
    """Overwrite the root pages of ``table`` and its indexes with garbage; every other table stays readable.

    Call with no connection open on the file (the WAL is checkpointed into it first).
    """
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        roots = [
            row[0]
            for row in connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0", (table,)
            )
        ]
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    with open(database, "r+b") as handle:
        for root in roots:
            handle.seek((root - 1) * page_size)
            handle.write(b"\xa5" * page_size)


def lose_table(database: Path, table: str) -> None:
    """Make ``table`` unreadable while the file as a whole still passes the checks made on open.

    A table whose pages are damaged is refused when the file is opened (quick_check); this is the
    case that check cannot see: the app's file opens, and one of its tables cannot be read.
    """
    connection = sqlite3.connect(database)
    try:
        connection.execute(f"ALTER TABLE {table} RENAME TO {table}_unreadable")
        connection.commit()
    finally:
        connection.close()
