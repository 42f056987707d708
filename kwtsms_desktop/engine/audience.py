"""Who a broadcast goes to when it is built from address-book groups and/or a file (Qt-free).

The union of the chosen groups and the file's valid rows, each number once (the first source that
holds it wins and is remembered), minus every member of the excluded groups. The do-not-send list
is not applied here: the send plan applies it to every broadcast, whatever its recipients' source.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from kwtsms_desktop.importing import Rejected

if TYPE_CHECKING:
    from kwtsms_desktop.importing import RecipientImport
    from kwtsms_desktop.store import Store


class AudienceMember(NamedTuple):
    """A recipient with where it came from: ``source`` is "group:<name>" or "file:<name>"."""

    number: str
    name: str | None
    row: int | None  # the row in the file; None for a group member
    source: str
    fields_json: str = "{}"  # the contact's saved fields, read only when a message uses them

    @property
    def fields(self) -> dict[str, str]:
        return json.loads(self.fields_json) if self.fields_json != "{}" else {}


def group_source(name: str) -> str:
    return f"group:{name}"


def file_source(name: str) -> str:
    return f"file:{name}"


@dataclass
class Audience:
    members: list[AudienceMember] = field(default_factory=list)
    invalid: list[Rejected] = field(default_factory=list)  # the file's rejected rows
    duplicates: int = 0  # rows or members dropped because their number was already listed
    excluded: int = 0  # left out because they are in an excluded group
    by_source: dict[str, int] = field(default_factory=dict)  # source -> recipients it gave

    @property
    def valid(self) -> list[AudienceMember]:
        """The recipients, as make_plan takes them (named like RecipientImport's)."""
        return self.members

    def describe(self) -> str:
        """Where the recipients came from, in one line, e.g. "group Grade 5: 310, file list.csv: 12"."""
        parts = [f"{source.replace(':', ' ', 1)}: {count:,}" for source, count in self.by_source.items()]
        if self.excluded:
            parts.append(f"left out as members of excluded groups: {self.excluded:,}")
        return ", ".join(parts) or "nowhere: no one is left to send to"

    @property
    def label(self) -> str:
        """A short text for the journal's ``source`` column."""
        return "; ".join(source.replace(":", " ", 1) for source in self.by_source)


def gather_audience(
    store: Store,
    groups: Sequence[str] = (),
    exclude: Sequence[str] = (),
    file_import: RecipientImport | None = None,
    file_name: str | None = None,
) -> Audience:
    """The recipients of ``groups`` (their union) and of ``file_import`` (a RecipientImport), minus ``exclude``.

    Unknown group names raise :class:`~kwtsms_desktop.store.contacts.UnknownGroup` before anything is read.
    """
    contacts = store.contacts
    for name in (*groups, *exclude):
        contacts.group_id(name)  # every name checked first: a typo is refused, not half-applied
    left_out = contacts.numbers_in_groups(exclude)
    audience = Audience()
    seen: set[str] = set()
    was_enabled = gc.isenabled()
    gc.disable()  # 100,000 new tuples would set off full collections that walk them all, for nothing
    try:
        if file_import is not None:
            audience.invalid = list(file_import.invalid)
            audience.duplicates += file_import.duplicates
            _take(
                audience,
                seen,
                left_out,
                file_source(file_name or "file"),
                ((r.number, r.name or None, r.row, "{}") for r in file_import.valid),
            )
        for name in groups:
            _take(
                audience,
                seen,
                left_out,
                group_source(contacts.group_name(name)),
                ((number, contact_name, None, fields) for number, contact_name, fields in contacts.members(name)),
            )
    finally:
        if was_enabled:
            gc.enable()
    return audience


def _take(
    audience: Audience,
    seen: set[str],
    left_out: set[str],
    source: str,
    rows: Iterable[tuple[str, str | None, int | None, str]],
) -> None:
    """Add each (number, name, row, fields) not seen yet and not left out; count the others."""
    make = tuple.__new__
    append = audience.members.append
    add_seen = seen.add
    taken = duplicates = excluded = 0
    for number, name, row, fields in rows:
        if number in seen:
            duplicates += 1
            continue
        add_seen(number)
        if number in left_out:
            excluded += 1
            continue
        append(make(AudienceMember, (number, name, row, source, fields)))
        taken += 1
    audience.duplicates += duplicates
    audience.excluded += excluded
    if taken:
        audience.by_source[source] = audience.by_source.get(source, 0) + taken
