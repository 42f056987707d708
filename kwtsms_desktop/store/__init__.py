"""The SQLite store: schema, migrations, repositories. Nothing else in the app writes SQL."""

from kwtsms_desktop.store.batches import Batch, BroadcastCancelled, JournalConflict
from kwtsms_desktop.store.broadcasts import Broadcast, BroadcastSummary
from kwtsms_desktop.store.contacts import Contact, Group, UnknownGroup
from kwtsms_desktop.store.database import StorageFailure, StoreError, is_storage_error, storage_failure
from kwtsms_desktop.store.migrations import BATCH_STATES, BROADCAST_STATES, LATEST_VERSION
from kwtsms_desktop.store.paths import DATABASE_FILE, resolve_data_dir
from kwtsms_desktop.store.settings import SecretNotAllowed
from kwtsms_desktop.store.store import Store

__all__ = [
    "BATCH_STATES",
    "BROADCAST_STATES",
    "Batch",
    "Broadcast",
    "BroadcastCancelled",
    "BroadcastSummary",
    "Contact",
    "DATABASE_FILE",
    "Group",
    "JournalConflict",
    "LATEST_VERSION",
    "SecretNotAllowed",
    "Store",
    "StorageFailure",
    "StoreError",
    "UnknownGroup",
    "is_storage_error",
    "storage_failure",
    "resolve_data_dir",
]
