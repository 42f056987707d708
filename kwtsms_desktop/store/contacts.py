"""The address book: saved contacts (one per normalized number) with their fields, groups and note.

A contact's ``fields`` are the extra columns kept from the file it came from (class, child's name,
...), keyed by the column's header; they are matched ignoring letter case (:func:`field_value`),
so ``{Class}`` and ``{class}`` name the same field. Merging an import never blanks a value: only
the cells that hold something replace what was saved.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from kwtsms_desktop.store.database import transaction, utc_now

_EMPTY_FIELDS = "{}"


class UnknownGroup(LookupError):
    """A group name that is not in the address book; the message names the groups that are."""


@dataclass(frozen=True)
class Contact:
    number: str
    name: str | None
    fields: dict[str, str] = field(default_factory=dict)
    groups: tuple[str, ...] = ()
    note: str | None = None
    added_utc: str | None = None
    changed_utc: str | None = None
    last_sent_utc: str | None = None
    opted_out: bool = False  # on the do-not-send list

    def field(self, name: str) -> str | None:
        return field_value(self.fields, name)


@dataclass(frozen=True)
class Group:
    name: str
    count: int


@dataclass(frozen=True)
class MergeCounts:
    """What merging rows into a group did: contacts added, whose name or fields changed, left as they
    were, and how many already-saved contacts newly joined the group."""

    added: int
    updated: int
    unchanged: int
    joined: int


def _key(name: str) -> str:
    return name.strip().casefold()


def field_value(fields: Mapping[str, str], name: str) -> str | None:
    """The value of the field called ``name``, ignoring letter case and surrounding spaces; None when absent."""
    if name in fields:
        return fields[name]
    wanted = _key(name)
    for key, value in fields.items():
        if _key(key) == wanted:
            return value
    return None


def merge_fields(saved: Mapping[str, str], incoming: Mapping[str, str]) -> dict[str, str]:
    """``saved`` updated with every non-empty value of ``incoming``; a key matching a saved one
    whatever its letter case updates that saved key."""
    merged = dict(saved)
    by_key = {_key(key): key for key in merged}
    for key, value in incoming.items():
        if not value:
            continue
        merged[by_key.setdefault(_key(key), key)] = value
    return merged


def _fields(text: str | None) -> dict[str, str]:
    return json.loads(text) if text and text != _EMPTY_FIELDS else {}


# JSON string literal of a text, non-ASCII kept as it is (the C encoder json.dumps uses).
_encode_text = json.encoder.encode_basestring


def _fields_text(fields: Mapping[str, str]) -> str:
    return json.dumps(fields, ensure_ascii=False) if fields else _EMPTY_FIELDS


class ContactRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    # --- contacts ---------------------------------------------------------------------------------
    def add(self, contacts: Iterable[tuple[str, str | None]]) -> None:
        """Add (number, name) pairs; a number already saved gets the new name when one is given."""
        now = utc_now()
        self._db.executemany(
            "INSERT INTO contacts (number, name, added_utc, changed_utc) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (number) DO UPDATE SET name = COALESCE(excluded.name, contacts.name),"
            " changed_utc = excluded.changed_utc",
            [(number, name or None, now, now) for number, name in contacts],
        )

    def all(self) -> list[Contact]:
        return self.listing()

    def listing(self, group: str | None = None) -> list[Contact]:
        """Every contact (or those of one group), oldest first, with its groups and do-not-send mark."""
        if group is None:
            return self._select("", ())
        return self._select(
            "WHERE c.id IN (SELECT contact_id FROM group_members WHERE group_id = ?)", (self.group_id(group),)
        )

    def get(self, number: str) -> Contact | None:
        found = self._select("WHERE c.number = ?", (number,))
        return found[0] if found else None

    def _select(self, where: str, params: tuple[object, ...]) -> list[Contact]:
        rows = self._db.execute(
            "SELECT c.number, c.name, c.fields, c.note, c.added_utc, c.changed_utc, c.last_sent_utc,"
            " (SELECT json_group_array(name) FROM (SELECT g.name FROM group_members m"
            "   JOIN contact_groups g ON g.id = m.group_id WHERE m.contact_id = c.id ORDER BY g.name)),"
            " EXISTS (SELECT 1 FROM suppressions s WHERE s.number = c.number)"
            f" FROM contacts c {where} ORDER BY c.id",
            params,
        )
        return [
            Contact(number, name, _fields(fields), tuple(json.loads(groups)), note, added, changed, sent, bool(out))
            for number, name, fields, note, added, changed, sent, groups, out in rows
        ]

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM contacts").fetchone()[0])

    def set_note(self, number: str, note: str | None) -> bool:
        return (
            self._db.execute(
                "UPDATE contacts SET note = ?, changed_utc = ? WHERE number = ?", (note or None, utc_now(), number)
            ).rowcount
            == 1
        )

    def remove(self, number: str) -> bool:
        return self._db.execute("DELETE FROM contacts WHERE number = ?", (number,)).rowcount == 1

    def by_numbers(self, numbers: Iterable[str]) -> list[Contact]:
        """The saved contacts among ``numbers``, oldest first (the window refreshes the rows it changed)."""
        return self._select("WHERE c.number IN (SELECT value FROM json_each(?))", (json.dumps(list(numbers)),))

    def update(self, number: str, *, name: str | None, note: str | None, groups: Iterable[str]) -> bool:
        """Set a saved contact's name, note and groups (groups created when missing), in one transaction."""
        wanted = [g.strip() for g in groups if g.strip()]
        with transaction(self._db):
            changed = (
                self._db.execute(
                    "UPDATE contacts SET name = ?, note = ?, changed_utc = ? WHERE number = ?",
                    (name or None, note or None, utc_now(), number),
                ).rowcount
                == 1
            )
            if changed:
                ids = [self.ensure_group(g) for g in wanted]
                self._db.execute(
                    "DELETE FROM group_members WHERE contact_id = (SELECT id FROM contacts WHERE number = ?)", (number,)
                )
                self._db.executemany(
                    "INSERT OR IGNORE INTO group_members (group_id, contact_id)"
                    " SELECT ?, id FROM contacts WHERE number = ?",
                    [(group_id, number) for group_id in ids],
                )
        return changed

    def remove_many(self, numbers: Iterable[str]) -> int:
        """Delete contacts (their group memberships go with them); returns how many were deleted."""
        with transaction(self._db):
            return self._db.execute(
                "DELETE FROM contacts WHERE number IN (SELECT value FROM json_each(?))", (json.dumps(list(numbers)),)
            ).rowcount

    def restore(self, contacts: Iterable[Contact]) -> None:
        """Put deleted contacts back as they were (fields, note, dates, groups): the window's undo."""
        contacts = list(contacts)
        with transaction(self._db):
            self._db.executemany(
                "INSERT OR IGNORE INTO contacts (number, name, fields, note, added_utc, changed_utc, last_sent_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.number,
                        c.name,
                        _fields_text(c.fields),
                        c.note,
                        c.added_utc or utc_now(),
                        c.changed_utc,
                        c.last_sent_utc,
                    )
                    for c in contacts
                ],
            )
            for contact in contacts:
                for group in contact.groups:
                    self._db.execute(
                        "INSERT OR IGNORE INTO group_members (group_id, contact_id)"
                        " SELECT ?, id FROM contacts WHERE number = ?",
                        (self.ensure_group(group), contact.number),
                    )

    # --- groups -----------------------------------------------------------------------------------
    def groups(self) -> list[Group]:
        """Every group with how many contacts it holds, by name."""
        rows = self._db.execute(
            "SELECT g.name, COUNT(m.contact_id) FROM contact_groups g"
            " LEFT JOIN group_members m ON m.group_id = g.id GROUP BY g.id ORDER BY g.name"
        )
        return [Group(name, int(count)) for name, count in rows]

    def group_id(self, name: str) -> int:
        """The id of the group called ``name`` (letter case ignored); UnknownGroup when there is none."""
        row = self._db.execute("SELECT id FROM contact_groups WHERE name = ?", (name.strip(),)).fetchone()
        if row is None:
            known = [g.name for g in self.groups()]
            listed = ", ".join(repr(n) for n in known) if known else "there are no groups yet"
            raise UnknownGroup(f"There is no group called {name.strip()!r} in the address book ({listed}).")
        return int(row[0])

    def group_name(self, name: str) -> str:
        """The group's name as it was saved (``grade 5`` finds ``Grade 5``)."""
        return str(
            self._db.execute("SELECT name FROM contact_groups WHERE id = ?", (self.group_id(name),)).fetchone()[0]
        )

    def ensure_group(self, name: str) -> int:
        """The id of the group called ``name``, created when missing."""
        cleaned = name.strip()
        if not cleaned:
            raise ValueError("A group needs a name.")
        self._db.execute(
            "INSERT INTO contact_groups (name, created_utc) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
            (cleaned, utc_now()),
        )
        return self.group_id(cleaned)

    def delete_group(self, name: str) -> None:
        """Delete the group (its contacts stay in the address book)."""
        self._db.execute("DELETE FROM contact_groups WHERE id = ?", (self.group_id(name),))

    def add_to_group(self, name: str, numbers: Iterable[str]) -> int:
        """Saved contacts join the group; returns how many were not in it yet."""
        group_id = self.ensure_group(name)
        return self._db.execute(
            "INSERT OR IGNORE INTO group_members (group_id, contact_id)"
            " SELECT ?, id FROM contacts WHERE number IN (SELECT value FROM json_each(?))",
            (group_id, json.dumps(list(numbers))),
        ).rowcount

    def remove_from_group(self, name: str, numbers: Iterable[str]) -> int:
        return self._db.execute(
            "DELETE FROM group_members WHERE group_id = ? AND contact_id IN"
            " (SELECT id FROM contacts WHERE number IN (SELECT value FROM json_each(?)))",
            (self.group_id(name), json.dumps(list(numbers))),
        ).rowcount

    def members(self, name: str) -> list[tuple[str, str | None, str]]:
        """(number, name, fields as JSON text) of a group's contacts, oldest first: the fast path to recipients."""
        cursor = self._db.cursor()
        cursor.row_factory = None  # plain tuples: a Row per member costs a third of the time at 100,000
        return cursor.execute(
            "SELECT c.number, c.name, c.fields FROM group_members m JOIN contacts c ON c.id = m.contact_id"
            " WHERE m.group_id = ? ORDER BY m.contact_id",
            (self.group_id(name),),
        ).fetchall()

    def numbers_in_groups(self, names: Iterable[str]) -> set[str]:
        ids = [self.group_id(name) for name in names]
        if not ids:
            return set()
        rows = self._db.execute(
            "SELECT c.number FROM contacts c WHERE c.id IN"
            " (SELECT contact_id FROM group_members WHERE group_id IN (SELECT value FROM json_each(?)))",
            (json.dumps(ids),),
        )
        return {row[0] for row in rows}

    # --- importing ----------------------------------------------------------------------------------
    def merge_into_group(
        self, group: str, headers: Sequence[str], rows: Iterable[tuple[str, str | None, Sequence[str]]]
    ) -> MergeCounts:
        """Save (number, name, values) rows and put every one in ``group`` (created when missing), in one transaction.

        ``values`` are the row's cells of the kept columns, aligned with ``headers`` ("" when empty).
        A new number is added; a saved one gets the name and the fields that hold a value in the
        row (an empty cell never blanks what was saved). Numbers must be normalized already.
        """
        incoming: dict[str, tuple[str | None, Sequence[str]]] = {}
        for number, name, values in rows:
            earlier = incoming.get(number)
            if earlier is None:
                incoming[number] = (name or None, values)
            else:  # the same number twice: the later non-empty cells win
                incoming[number] = (name or earlier[0], [v or e for v, e in zip(values, earlier[1], strict=False)])
        keys = [_encode_text(header) + ":" for header in headers]
        now = utc_now()
        numbers_json = json.dumps(list(incoming))
        with transaction(self._db):
            group_id = self.ensure_group(group)
            cursor = self._db.cursor()
            cursor.row_factory = None
            saved = cursor.execute(
                "SELECT id, number, name, fields FROM contacts WHERE number IN (SELECT value FROM json_each(?))",
                (numbers_json,),
            ).fetchall()
            updates = []
            unchanged = 0
            for _, number, old_name, old_text in saved:
                name, values = incoming.pop(number)
                old_fields = _fields(old_text)
                merged = merge_fields(old_fields, dict(zip(headers, values, strict=False)))
                new_name = name or old_name
                if new_name == old_name and merged == old_fields:
                    unchanged += 1
                else:
                    updates.append((new_name, _fields_text(merged), now, number))
            inserts = [
                (
                    number,
                    name,
                    "{" + ",".join([k + _encode_text(v) for k, v in zip(keys, values, strict=False) if v]) + "}",
                    now,
                    now,
                )
                for number, (name, values) in incoming.items()
            ]
            newest_before = self._db.execute("SELECT COALESCE(MAX(id), 0) FROM contacts").fetchone()[0]
            self._db.executemany(
                "INSERT INTO contacts (number, name, fields, added_utc, changed_utc) VALUES (?, ?, ?, ?, ?)", inserts
            )
            self._db.executemany("UPDATE contacts SET name = ?, fields = ?, changed_utc = ? WHERE number = ?", updates)
            # The rows just added are exactly those above the largest id before (we hold the write lock).
            self._db.execute(
                "INSERT INTO group_members (group_id, contact_id) SELECT ?, id FROM contacts WHERE id > ?",
                (group_id, newest_before),
            )
            joined = self._db.executemany(
                "INSERT OR IGNORE INTO group_members (group_id, contact_id) VALUES (?, ?)",
                [(group_id, contact_id) for contact_id in sorted(row[0] for row in saved)],
            ).rowcount
        return MergeCounts(added=len(inserts), updated=len(updates), unchanged=unchanged, joined=max(joined, 0))
