"""JSON-lines log of every gateway call (like the official client's), rotated, with the password masked.

One line per call: ``{"ts": UTC ISO time, "endpoint", "request": {..., "password": "***"},
"response": {...} or null, "ok": bool, "error": str or null}``. The password is replaced wherever it
appears (request, response, error text), so the file is safe to attach to a support request.
"""

from __future__ import annotations

import html
import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

__all__ = ["API_LOG_FILE", "ApiLog", "MASK", "mask_secret"]

MASK = "***"
API_LOG_FILE = "api-log.jsonl"  # in the data dir, for the window and the command line alike


MAX_DEPTH = 32  # deeper values are replaced, so masking and json.dumps never exhaust the stack


def secret_forms(secret: str) -> list[str]:
    """The ways ``secret`` can be written in an answer or a log: raw, JSON-escaped (\\uXXXX or not), URL-encoded, HTML-escaped.

    Longest first, so a longer form is masked before a shorter one inside it could break it.
    """
    forms = {
        secret,
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(secret, ensure_ascii=True)[1:-1],
        quote(secret, safe=""),
        quote_plus(secret, safe=""),
        html.escape(secret),
    }
    return sorted((f for f in forms if f), key=len, reverse=True)


def _mask_text(text: str, forms: list[str]) -> str:
    for form in forms:
        if form in text:
            text = text.replace(form, MASK)
    return text


def mask_secret(value: Any, secret: str | None, *, _forms: list[str] | None = None, _depth: int = 0) -> Any:
    """``value`` (str, dict, list, nested) with every form of ``secret`` in its strings replaced by ***.

    Mask before cutting a text short: a cut secret no longer matches. Values nested deeper than
    MAX_DEPTH are replaced by a placeholder (no kwtSMS answer is more than 3 levels deep).
    """
    forms = _forms if _forms is not None else (secret_forms(secret) if secret else [])
    if isinstance(value, str):
        return _mask_text(value, forms) if forms else value
    if _depth >= MAX_DEPTH and isinstance(value, (dict, list, tuple)):
        return "[nested too deeply]"
    if isinstance(value, dict):
        return {
            mask_secret(k, secret, _forms=forms, _depth=_depth + 1): mask_secret(
                v, secret, _forms=forms, _depth=_depth + 1
            )
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [mask_secret(v, secret, _forms=forms, _depth=_depth + 1) for v in value]
    return value


class ApiLog:
    """Appends one JSON line per gateway call to ``path``; rotates at ``max_bytes`` keeping ``backups`` old files.

    Writing never raises: a full disk or a read-only folder must not break a send. Each line is
    opened, written and closed (no file handle stays open), under a lock shared by all threads.
    """

    def __init__(
        self, path: str | os.PathLike[str], enabled: bool = True, *, max_bytes: int = 5_000_000, backups: int = 3
    ) -> None:
        self.path = Path(path)
        self.enabled = enabled
        self.max_bytes = max_bytes
        self.backups = backups
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ApiLog({str(self.path)!r}, enabled={self.enabled})"

    def record(
        self,
        endpoint: str,
        request: dict[str, Any],
        response: Any,
        *,
        ok: bool,
        error: str | None = None,
        secret: str | None = None,
    ) -> None:
        """Write one call. ``secret`` (the password) is masked everywhere; the request's password key always is."""
        if not self.enabled:
            return
        safe_request = {k: (MASK if k == "password" else v) for k, v in request.items()}
        entry = {
            "ts": datetime.now(UTC).isoformat(),
            "endpoint": endpoint,
            "request": safe_request,
            "response": response,
            "ok": bool(ok),
            "error": error,
        }
        safe_entry = mask_secret(entry, secret)  # depth-bounded: dumping it cannot exhaust the stack
        try:
            line = json.dumps(safe_entry, ensure_ascii=False, default=str)
        except (TypeError, ValueError, RecursionError):
            line = json.dumps(
                {**safe_entry, "response": "[an answer that cannot be written as JSON]"},
                ensure_ascii=False,
                default=str,
            )
        if secret:  # e.g. escaped differently inside JSON
            line = _mask_text(line, secret_forms(secret))
        data = (line + "\n").encode("utf-8")
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._rotate_if_needed(len(data))
                with open(self.path, "ab") as f:
                    f.write(data)
            except OSError:
                pass

    def _rotate_if_needed(self, incoming: int) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size + incoming <= self.max_bytes or size == 0:
            return
        if self.backups <= 0:
            self.path.unlink(missing_ok=True)
            return
        for n in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{n + 1}"))
        os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))

    def files(self) -> list[Path]:
        """The log and its rotated copies that exist, newest first."""
        names = [self.path] + [self.path.with_name(f"{self.path.name}.{n}") for n in range(1, self.backups + 1)]
        return [p for p in names if p.exists()]
