"""The settings repository: key -> JSON value. Never a password: such keys are refused."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

_FORBIDDEN_WORDS = ("password", "passwd", "secret")


class SecretNotAllowed(ValueError):
    """A setting whose key looks like a password: those live only in the OS keyring."""


def _check_key(key: str) -> None:
    if any(word in key.lower() for word in _FORBIDDEN_WORDS):
        raise SecretNotAllowed(
            f"The setting {key!r} looks like a password. Passwords are kept only in the system "
            "keyring, never in the settings file."
        )


class SettingsRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        _check_key(key)
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    def delete(self, key: str) -> None:
        self._db.execute("DELETE FROM settings WHERE key = ?", (key,))

    def all(self) -> dict[str, Any]:
        return {row[0]: json.loads(row[1]) for row in self._db.execute("SELECT key, value FROM settings ORDER BY key")}
