"""Message templates: named message texts the user reuses (Arabic or English, fields included).

Names are unique whatever their letter case ("Meeting" and "meeting" are one template) and are
found the same way; surrounding spaces are not part of a name.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass

from kwtsms_desktop.store.database import transaction, utc_now

MAX_NAME_LENGTH = 100


class TemplateError(ValueError):
    """A template name that is empty, too long, unknown or taken; the message says which."""


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    body: str
    updated_utc: str


def clean_name(name: str) -> str:
    """The name as kept: surrounding spaces removed; refused when empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise TemplateError("A template needs a name.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise TemplateError(f"A template name has at most {MAX_NAME_LENGTH} characters.")
    return cleaned


class TemplateRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def save(self, name: str, body: str, *, replace: bool = True) -> int:
        """Create the template, or (``replace``) replace the body of the one with that name; returns its id.

        Raises :class:`TemplateError` for a bad name, or a name already taken when not ``replace``.
        """
        name = clean_name(name)
        if not body.strip():
            raise TemplateError(f"The template {name!r} has no text.")
        with self._atomic():
            existing = self.get(name)
            if existing is not None:
                if not replace:
                    raise TemplateError(f"There is already a template called {existing.name!r}.")
                self._db.execute(
                    "UPDATE templates SET body = ?, updated_utc = ? WHERE id = ?", (body, utc_now(), existing.id)
                )
                return existing.id
            cursor = self._db.execute(
                "INSERT INTO templates (name, body, updated_utc) VALUES (?, ?, ?)", (name, body, utc_now())
            )
            return int(cursor.lastrowid or 0)

    def all(self) -> list[Template]:
        rows = self._db.execute("SELECT id, name, body, updated_utc FROM templates")
        return sorted((Template(*row) for row in rows), key=lambda t: (t.name.casefold(), t.name))

    def names(self) -> list[str]:
        return [t.name for t in self.all()]

    def get(self, name: str) -> Template | None:
        """The template called ``name`` (exactly, else whatever the letter case and spacing), or None."""
        wanted = " ".join(name.split())
        row = self._db.execute("SELECT id, name, body, updated_utc FROM templates WHERE name = ?", (wanted,)).fetchone()
        if row:
            return Template(*row)
        key = wanted.casefold()
        return next((t for t in self.all() if t.name.casefold() == key), None)

    def rename(self, name: str, new_name: str) -> None:
        """Raises :class:`TemplateError` when ``name`` is unknown or ``new_name`` belongs to another template."""
        new_name = clean_name(new_name)
        with self._atomic():
            found = self._require(name)
            taken = self.get(new_name)
            if taken is not None and taken.id != found.id:
                raise TemplateError(f"There is already a template called {taken.name!r}.")
            self._db.execute(
                "UPDATE templates SET name = ?, updated_utc = ? WHERE id = ?", (new_name, utc_now(), found.id)
            )

    def delete(self, name: str) -> bool:
        found = self.get(name)
        if found is None:
            return False
        return self._db.execute("DELETE FROM templates WHERE id = ?", (found.id,)).rowcount == 1

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        """A transaction of its own, or a part of the caller's (Store.transaction)."""
        with nullcontext() if self._db.in_transaction else transaction(self._db):
            yield

    def _require(self, name: str) -> Template:
        found = self.get(name)
        if found is None:
            known = ", ".join(repr(n) for n in self.names()) or "none yet"
            raise TemplateError(f"There is no template called {name!r}. The templates: {known}.")
        return found
