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
from kwtsms_desktop.store.database import StoreError, connect, transaction
from kwtsms_desktop.store.drafts import DraftRepository
from kwtsms_desktop.store.migrations import migrate
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

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None) -> Store:
        """Open (creating or migrating) the database in the data dir (``resolve_data_dir`` order)."""
        path = resolve_data_dir(data_dir) / DATABASE_FILE
        connection = connect(path)
        try:
            migrate(connection, path)
        except sqlite3.DatabaseError as error:
            connection.close()
            raise StoreError(
                f"The data file {path} cannot be read ({error}). Choose another data folder or restore a backup."
            ) from error
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
