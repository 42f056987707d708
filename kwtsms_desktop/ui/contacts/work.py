"""The address book's work off the GUI thread: plain functions for the background runner (``work(progress, cancelled)``, ui/shared/background.py).

Each opens its own store connection (SQLite connections belong to one thread) and closes it;
a store error becomes ImportFailed, whose sentence the page shows.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from kwtsms_desktop.engine.address_book import import_into_group
from kwtsms_desktop.engine.recipients_list import FREEZE_AT
from kwtsms_desktop.importing.errors import ImportFailed
from kwtsms_desktop.importing.export import write_table
from kwtsms_desktop.store import StoreError
from kwtsms_desktop.ui.contacts.models import search_key
from kwtsms_desktop.ui.shared.table_export import with_progress
from kwtsms_desktop.ui.shared.translation import translate


@contextmanager
def opened(open_store: Callable[[], Any]) -> Iterator[Any]:
    try:
        store = open_store()
    except (StoreError, sqlite3.Error) as error:
        raise ImportFailed(f"The address book could not be opened ({error}). Nothing was changed.") from error
    try:
        yield store
    except (StoreError, sqlite3.Error) as error:
        raise ImportFailed(f"The address book could not be read or saved ({error}). Nothing was changed.") from error
    finally:
        store.close()


def load(open_store: Callable[[], Any]):
    """Every contact, their search keys and the groups with counts."""

    def run(_progress, _cancelled):
        with opened(open_store) as store:
            contacts = store.contacts.listing()
            groups = store.contacts.groups()
        keys = [search_key(c) for c in contacts]
        if len(contacts) >= FREEZE_AT:
            # As an import does (engine/recipients_list.py): out of the cyclic collector's sight, or
            # its next full pass walks 100,000 contacts on the GUI thread. Freed by reference counting.
            gc.freeze()
        return contacts, keys, groups

    return run


def import_into(
    open_store: Callable[[], Any],
    table,
    phone: int,
    group: str,
    name: int | None,
    keep: Sequence[int],
    default_country: str | None,
):
    def run(progress, cancelled):
        with opened(open_store) as store:
            return import_into_group(
                store,
                table,
                phone,
                group,
                name_column=name,
                keep_columns=list(keep),
                default_country=default_country,
                progress=progress,
                should_cancel=cancelled,
            )

    return run


def export_group(open_store: Callable[[], Any], group: str | None, path: str):
    """The group's contacts (every contact when ``group`` is None): number, name, note, groups, then each field."""

    def run(progress, cancelled):
        with opened(open_store) as store:
            contacts = store.contacts.listing(group)
        fields: dict[str, str] = {}
        for contact in contacts:
            for key in contact.fields:
                fields.setdefault(key.casefold(), key)
        headers = [
            translate("contacts.work", "Number"),
            translate("contacts.work", "Name"),
            translate("contacts.work", "Note"),
            translate("contacts.work", "Groups"),
            *fields.values(),
        ]
        rows = (
            [c.number, c.name or "", c.note or "", ", ".join(c.groups), *(c.field(k) or "" for k in fields.values())]
            for c in contacts
        )
        count = write_table(
            path, headers, with_progress(rows, len(contacts), progress, cancelled), sheet_name=group or "Contacts"
        )
        return path, count

    return run


def export_rejected(result, path: str):
    def run(_progress, _cancelled):
        return path, result.export_rejected(path)

    return run
