"""Opening the SQLite file: pragmas (WAL, synchronous=FULL, foreign keys, busy timeout) and transactions.

One connection per thread: the Qt worker opens its own :class:`~kwtsms_desktop.store.Store`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database cannot be used; the message says why and what to do, in plain words.

    ``ar`` is the same sentence in Arabic, when there is one.
    """

    def __init__(self, en: str, ar: str | None = None) -> None:
        super().__init__(en)
        self.en = en
        self.ar = ar or en


def connect(path: Path) -> sqlite3.Connection:
    check_file(path)
    return _connect(path)


def _connect(path: Path) -> sqlite3.Connection:
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
        failure = storage_failure(error, path)
        if failure is not None:
            raise failure from None
        raise damaged(path, str(error)) from None
    return connection


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes (``history`` on a read-only data folder, or while the disk is full).

    A WAL file needs its ``-shm`` companion; when the folder is read-only and it cannot be
    created, the file is read as immutable (nobody can be writing to a read-only folder).
    """
    check_file(path)
    last: sqlite3.Error | None = None
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?{options}", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
            )
            connection.row_factory = sqlite3.Row
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA query_only = ON")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return connection
        except sqlite3.DatabaseError as error:
            last = error
    raise damaged(path, str(last))


# ---- storage faults and damaged files ---------------------------------------------------------------
SQLITE_HEADER = b"SQLite format 3\x00"

# SQLite result codes (sqlite_errorname) that mean the file cannot be written or read, not a bug.
_STORAGE_FAULTS = {
    "SQLITE_FULL": "full",
    "SQLITE_IOERR": "io",
    "SQLITE_READONLY": "readonly",
    "SQLITE_CANTOPEN": "cantopen",
}


class StorageFailure(StoreError):
    """Writing (or reading) the data file failed: disk full, I/O error, read-only. Nothing more may be sent."""

    def __init__(self, kind: str, en: str, ar: str) -> None:
        super().__init__(en, ar)
        self.kind = kind


def storage_kind(error: BaseException) -> str | None:
    """ "full", "io", "readonly" or "cantopen" for an SQLite error that is a storage fault, else None."""
    if isinstance(error, StorageFailure):
        return error.kind
    if not isinstance(error, sqlite3.Error):
        return None
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, kind in _STORAGE_FAULTS.items():
        if name == prefix or name.startswith(prefix + "_"):
            return kind
    text = str(error).lower()  # older SQLite builds without error names
    if "disk is full" in text:
        return "full"
    if "readonly" in text or "read-only" in text:
        return "readonly"
    if "disk i/o error" in text:
        return "io"
    return None


def is_storage_error(error: BaseException) -> bool:
    return storage_kind(error) is not None


def storage_failure(error: BaseException, path: Path) -> StorageFailure | None:
    """The plain-words StorageFailure for a storage fault on the data file at ``path``, else None."""
    kind = storage_kind(error)
    if kind is None:
        return None
    if isinstance(error, StorageFailure):
        return error
    folder = path.parent
    if kind == "io" and _free_bytes(folder) == 0:
        kind = "full"  # SQLite reports a full disk as an I/O error when its shared-memory file cannot grow
    if kind == "full":
        en = (
            f"The disk holding kwtSMS Desktop's data ({folder}) is full, so nothing more can be "
            "recorded or sent. Free some space on that disk, then try again."
        )
        ar = (
            f"القرص الذي يحفظ بيانات kwtSMS Desktop ({folder}) ممتلئ، فلا يمكن تسجيل أو إرسال أي شيء آخر. "
            "أفرغ بعض المساحة على هذا القرص ثم حاول مرة أخرى."
        )
    elif kind in ("readonly", "cantopen") and not folder_writable(folder):
        kind = "readonly"
        en = (
            f"kwtSMS Desktop's data folder {folder} is read-only, so nothing can be recorded or sent "
            "from it. Make the folder writable, or choose another one (--data-dir); the history "
            "can still be read."
        )
        ar = (
            f"مجلد بيانات kwtSMS Desktop ({folder}) للقراءة فقط، فلا يمكن تسجيل أو إرسال أي شيء منه. "
            "اجعل المجلد قابلًا للكتابة أو اختر مجلدًا آخر (--data-dir)؛ ما زال بالإمكان عرض السجل."
        )
    else:
        en = (
            f"kwtSMS Desktop cannot write its data file {path} ({error}), so nothing more can be "
            "recorded or sent. Check the disk and the folder's permissions, then try again."
        )
        ar = (
            f"لا يستطيع kwtSMS Desktop الكتابة في ملف بياناته {path} ({error})، فلا يمكن تسجيل أو "
            "إرسال أي شيء آخر. افحص القرص وصلاحيات المجلد ثم حاول مرة أخرى."
        )
    return StorageFailure(kind, en, ar)


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def folder_writable(folder: Path) -> bool:
    """False on a read-only file system or a folder this user cannot write to (even root cannot write to the first)."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return False
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    return os.access(folder, os.W_OK)


def damaged(path: Path, detail: str) -> StoreError:
    return StoreError(
        f"The data file {path} is damaged or is not a kwtSMS Desktop database ({detail}). Nothing was "
        "sent. Restore a backup of it, or choose another data folder (--data-dir).",
        f"ملف البيانات {path} تالف أو ليس قاعدة بيانات kwtSMS Desktop ({detail}). لم يُرسل شيء. "
        "استرجع نسخة احتياطية منه أو اختر مجلد بيانات آخر (--data-dir).",
    )


def check_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite touches it (an empty or missing file is new)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise damaged(path, "it is a folder") from None
    except OSError as error:
        raise damaged(path, error.strerror or str(error)) from None
    if head and head != SQLITE_HEADER:
        raise damaged(path, "it does not start like an SQLite file")


def check_contents(connection: sqlite3.Connection, path: Path, tables: frozenset[str], app_id: int) -> None:
    """Refuse a damaged file (``quick_check``) or another program's SQLite file (application_id, tables)."""
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)").fetchall()]
        found_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        failure = storage_failure(error, path)
        if failure is not None and failure.kind in ("full", "io"):
            raise failure from None
        raise damaged(path, str(error)) from None
    if problems != ["ok"]:
        raise damaged(path, "; ".join(str(p) for p in problems)[:200])
    if found_id not in (0, app_id):
        raise damaged(path, f"it belongs to another program (application id {found_id})")
    if names and (version == 0 or not tables <= names):
        raise damaged(path, "it holds another program's tables")


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any exception): several writes that land together or not at all."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        # SQLite has already rolled back after some errors (a full disk, an I/O error): a second
        # ROLLBACK would hide the real error behind "no transaction is active".
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def utc_now() -> str:
    """The current UTC time as ISO 8601 text with milliseconds, e.g. ``2026-01-31T09:15:02.123Z``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
