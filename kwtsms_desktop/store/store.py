"""The Store facade: one SQLite connection (for one thread) and its repositories."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from kwtsms_desktop.store.batches import BatchRepository
from kwtsms_desktop.store.broadcasts import BroadcastRepository
from kwtsms_desktop.store.contacts import ContactRepository
from kwtsms_desktop.store.database import (
    StoreError,
    check_contents,
    connect,
    connect_read_only,
    damaged,
    storage_failure,
    transaction,
)
from kwtsms_desktop.store.drafts import DraftRepository
from kwtsms_desktop.store.lookups import LookupRepository
from kwtsms_desktop.store.migrations import APP_TABLES, APPLICATION_ID, LATEST_VERSION, migrate, schema_version
from kwtsms_desktop.store.paths import DATABASE_FILE, resolve_data_dir
from kwtsms_desktop.store.recipients import RecipientRepository
from kwtsms_desktop.store.settings import SettingsRepository
from kwtsms_desktop.store.suppressions import SuppressionRepository
from kwtsms_desktop.store.templates import TemplateRepository


class Store:
    """Everything the app keeps, behind repositories. Open one per thread; close it (or use ``with``)."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path
        self.data_dir = path.parent
        self.broadcasts = BroadcastRepository(connection)
        self.batches = BatchRepository(connection)
        self.recipients = RecipientRepository(connection)
        self.settings = SettingsRepository(connection)
        self.suppressions = SuppressionRepository(connection)
        self.templates = TemplateRepository(connection)
        self.contacts = ContactRepository(connection)
        self.drafts = DraftRepository(connection)
        self.lookups = LookupRepository(connection)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
        """Open (creating or migrating) the database in the data dir (``resolve_data_dir`` order).

        The file is checked first (an SQLite header, ``quick_check``, this app's tables): a damaged
        or foreign file raises StoreError. ``read_only``: never write (nor create, nor migrate);
        a missing file reads as an empty history.
        """
        if read_only:
            return cls._open_read_only(data_dir)
        path = resolve_data_dir(data_dir) / DATABASE_FILE
        connection = connect(path)
        try:
            check_contents(connection, path, APP_TABLES, APPLICATION_ID)
            migrate(connection, path)
        except sqlite3.DatabaseError as error:
            connection.close()
            raise storage_failure(error, path) or damaged(path, str(error)) from None
        except BaseException:
            connection.close()
            raise
        return cls(connection, path)

    @classmethod
    def _open_read_only(cls, data_dir: str | os.PathLike[str] | None) -> Store:
        path = resolve_data_dir(data_dir, create=False) / DATABASE_FILE
        if not path.exists() or path.stat().st_size == 0:
            connection = sqlite3.connect(":memory:", isolation_level=None)
            connection.row_factory = sqlite3.Row
            migrate(connection, path)
            connection.execute("PRAGMA query_only = ON")
            return cls(connection, path)
        connection = connect_read_only(path)
        try:
            check_contents(connection, path, APP_TABLES, APPLICATION_ID)
            if schema_version(connection) != LATEST_VERSION:
                raise StoreError(
                    f"The data in {path} needs to be upgraded (or was written by another version of "
                    "kwtSMS Desktop); it cannot be shown without changing it. Open it once with this "
                    "version in a writable folder."
                )
        except BaseException:
            connection.close()
            raise
        return cls(connection, path)

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Several repository calls that land together or not at all."""
        with transaction(self.connection):
            yield self

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
