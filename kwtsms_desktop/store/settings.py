"""The settings repository: key -> JSON value. Never a password: such keys are refused.

Read and write through the declarations of settings_schema.py (``value``/``put``); whoever shows a
setting subscribes to hear of changes made through this repository.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from kwtsms_desktop.store.settings_schema import Setting

T = TypeVar("T")
log = logging.getLogger(__name__)

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
        self._listeners: list[Callable[[str], None]] = []

    def value(self, setting: Setting[T]) -> T:
        """The setting's stored value as its declared type and within its limits, else its default."""
        return setting.coerce(self.get(setting.key))

    def put(self, setting: Setting[T], value: T) -> None:
        """Store ``value`` (clamped to the setting's limits) and tell the subscribers when it changed."""
        value = setting.coerce(value)
        if self.get(setting.key) == value:
            return
        self.set(setting.key, value)
        for listener in list(self._listeners):
            try:
                listener(setting.key)
            except Exception:  # noqa: BLE001 - one broken listener must not lose the others or the write
                log.exception("settings listener failed for %s", setting.key)

    def subscribe(self, listener: Callable[[str], None]) -> Callable[[], None]:
        """Call ``listener(key)`` after each change made through ``put``; returns the unsubscribe call."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

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
