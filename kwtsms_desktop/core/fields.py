"""Message fields: ``{name}`` and ``{any column}`` in a message, found, checked and filled in per recipient (pure).

How a message is written:

- ``{field}`` is replaced by the recipient's value of that field: ``{name}`` is the recipient's name
  (the name column of the file, or the contact's name), any other field is a column of the
  recipients file or a field saved with the contact. Field names are matched whatever their letter
  case and spacing: ``{Name}``, ``{ name }`` and ``{NAME}`` are one field; Arabic headers work
  (``{الاسم}``).
- A brace meant literally is written twice: ``{{`` gives ``{`` and ``}}`` gives ``}`` (as in
  Python's ``str.format``). A brace that opens no field (``{}`` or a brace on its own) is kept as written.

Values are used with surrounding spaces removed; an empty value takes the fallback text given for
that field, and without one the recipient is set aside (core.plan, reason ``no_value``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

NAME = "name"  # the field that is the recipient's name

# "{{", "}}", or "{field}" (a field name holds no brace and no line break).
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}")


@lru_cache(maxsize=4096)  # the same few headers, once per recipient
def field_key(name: str) -> str:
    """How a field name is compared: letter case and spacing ignored ("First  Name" is "first name")."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class MessageFields:
    """A message split into literal text and fields, ready to be filled in for each recipient."""

    text: str  # the message as typed
    names: tuple[str, ...]  # the fields it uses, as first written, one per key, in order of appearance
    keys: tuple[str, ...]  # field_key of each name
    _format: str  # the message as a str.format pattern: literal braces doubled, field i as "{i}"

    @property
    def uses_fields(self) -> bool:
        return bool(self.keys)

    def render(self, values: Iterable[str]) -> str:
        """The message with field i replaced by ``values[i]`` (in the order of :attr:`keys`)."""
        return self._format.format(*values)

    def preview(self) -> str:
        """The message with each field shown as ``{name}`` and the literal braces undoubled."""
        return self.render("{" + name + "}" for name in self.names)


def parse_fields(text: str) -> MessageFields:
    """Split ``text`` into literal text and fields (see the module's docstring for the syntax)."""
    pattern: list[str] = []
    names: list[str] = []
    index_of: dict[str, int] = {}
    start = 0
    for match in _TOKEN.finditer(text):
        pattern.append(_literal(text[start : match.start()]))
        token = match[0]
        name = match[1]
        if name is None:  # "{{" or "}}": one literal brace
            pattern.append(token)
        elif not name.strip():  # "{}" or "{ }": not a field, kept as written
            pattern.append(_literal(token))
        else:
            key = field_key(name)
            if key not in index_of:
                index_of[key] = len(names)
                names.append(name.strip())
            pattern.append(f"{{{index_of[key]}}}")
        start = match.end()
    pattern.append(_literal(text[start:]))
    return MessageFields(text, tuple(names), tuple(field_key(n) for n in names), "".join(pattern))


def used_fields(text: str) -> list[str]:
    """The fields ``text`` uses, as first written, each once, in order of appearance."""
    return list(parse_fields(text).names)


def _literal(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def keyed_fields(fields: Mapping[str, str] | None, name: str | None = None) -> dict[str, str]:
    """A recipient's fields keyed by :func:`field_key`, with ``name`` as the ``{name}`` field.

    The name (the name column or the contact's name) wins over a column that happens to be called
    "name"; when it is empty, such a column is used instead.
    """
    keyed: dict[str, str] = {}
    if fields:
        for header, value in fields.items():
            key = field_key(str(header))
            if key and (value or key not in keyed):
                keyed[key] = "" if value is None else str(value)
    if name:
        keyed[NAME] = name
    elif name is not None:
        keyed.setdefault(NAME, "")
    return keyed


def unknown_fields(message: MessageFields, available: Iterable[str]) -> list[str]:
    """The fields the message uses that none of ``available`` (field names, any spelling) is."""
    known = {field_key(name) for name in available}
    return [name for name, key in zip(message.names, message.keys, strict=False) if key not in known]


def fill_in(
    message: MessageFields, values: Mapping[str, str], fallbacks: Mapping[str, str]
) -> tuple[str | None, str | None]:
    """(text, None) for a recipient whose ``values`` (keyed by field_key) fill every field, with the
    ``fallbacks`` (keyed likewise) for empty ones; (None, field name) for the first field left empty."""
    filled = []
    for name, key in zip(message.names, message.keys, strict=False):
        value = values.get(key)
        value = value.strip() if value else ""
        if not value:
            value = fallbacks.get(key, "")
            if not value:
                return None, name
        filled.append(value)
    return message.render(filled), None


def normalize_fallbacks(fallbacks: Mapping[str, str] | None) -> dict[str, str]:
    """Fallback texts keyed by field_key; blank ones are no fallback at all."""
    return {field_key(name): text.strip() for name, text in (fallbacks or {}).items() if text and text.strip()}
