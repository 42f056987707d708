"""Who a broadcast goes to when it is built from address-book groups and/or a file (Qt-free).

The union of the chosen groups and the file's valid rows, each number once (the first source that
holds it wins and is remembered), minus every member of the excluded groups. The do-not-send list
is not applied here: the send plan applies it to every broadcast, whatever its recipients' source.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from kwtsms_desktop.importing import Rejected


class AudienceMember(NamedTuple):
    """A recipient with where it came from: ``source`` is "group:<name>" or "file:<name>"."""

    number: str
    name: str | None
    row: int | None  # the row in the file; None for a group member
    source: str
    fields: dict[str, str]


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
    store,
    groups: Sequence[str] = (),
    exclude: Sequence[str] = (),
    file_import=None,
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
    members = audience.members
    append = members.append

    def take(source: str, number: str, name: str | None, row: int | None, fields: dict[str, str]) -> None:
        if number in seen:
            audience.duplicates += 1
        elif number in left_out:
            audience.excluded += 1
            seen.add(number)
        else:
            seen.add(number)
            append(AudienceMember(number, name, row, source, fields))
            audience.by_source[source] = audience.by_source.get(source, 0) + 1

    if file_import is not None:
        source = file_source(file_name or "file")
        audience.invalid = list(file_import.invalid)
        audience.duplicates += file_import.duplicates
        for recipient in file_import.valid:
            take(source, recipient.number, recipient.name or None, recipient.row, {})
    for name in groups:
        source = group_source(contacts.group_name(name))
        for number, contact_name, fields_text in contacts.members(name):
            take(source, number, contact_name, None, json.loads(fields_text) if fields_text != "{}" else {})
    return audience
