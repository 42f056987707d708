"""The simulated kwtSMS account: balance, sender IDs, coverage, queue, ledger, and the gateway's rules.

``GatewayState.handle(endpoint, payload)`` answers one API call exactly as the gateway would, as
``(http_status, json_body)``: 200 with ``result: OK``, or 403 with ``{"result": "ERROR", "code",
"description"}``. Every documented error is reachable from the state (see ``_send`` for the order
of the send checks). It does no I/O except appending accepted sends to the optional ledger file.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kwtsms_desktop.core.errors import ERRORS
from kwtsms_desktop.core.gsm7 import EXTENSION, GSM7_CHARS
from kwtsms_desktop.core.message import GSM7_MULTI, GSM7_SINGLE, UCS2_MULTI, UCS2_SINGLE, clean_message
from kwtsms_desktop.core.phone import check_number

from . import demo

__all__ = ["AccountConfig", "GatewayState", "error_body", "KUWAIT_TZ_OFFSET", "MAX_NUMBERS", "MAX_PAGES"]

MAX_NUMBERS = 200
MAX_MOBILE_CHARS = 2500  # the API page's maximum length of "mobile"; the simulator answers ERR007 above it
MAX_PAGES = 7  # the live service accepts 7 pages and rejects 8 (api-facts.md)
KUWAIT_TZ_OFFSET = 3 * 3600  # unix-timestamp is Asia/Kuwait server time
KUWAIT = "965"
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")
_ARABIC_DIGITS = {chr(c) for c in range(0x0660, 0x066A)} | {chr(c) for c in range(0x06F0, 0x06FA)}

# What the gateway answers: the vendor table's descriptions, word for word (ERR012 still says
# "6 pages" although the live service accepts 7 and rejects 8; the rule below follows the service).
_DESCRIPTIONS = {code: info.meaning for code, info in ERRORS.items() if code.startswith("ERR")}
BLOCKED_DESCRIPTION = "Your IP address is blocked: more than 5 requests per second. Wait and slow down."


def error_body(code: str, description: str | None = None) -> dict[str, Any]:
    return {"result": "ERROR", "code": code, "description": description or _DESCRIPTIONS.get(code, "Error.")}


def _whole(value: float) -> float | int:
    """Balance and points as the gateway prints them: integers when whole."""
    return int(value) if float(value).is_integer() else round(value, 4)


@dataclass
class AccountConfig:
    """The account the simulator serves (defaults: the demo account of gateway/demo.py)."""

    username: str = demo.DEMO_USERNAME
    password: str = demo.DEMO_PASSWORD
    sender_ids: tuple[str, ...] = demo.DEMO_SENDER_IDS
    coverage: tuple[str, ...] = demo.DEMO_COVERAGE  # empty: coverage answers ERR033, every send ERR026
    balance: float = demo.DEMO_BALANCE
    purchased: float | None = None  # defaults to the starting balance
    same_number_seconds: float = 15.0  # ERR028 window
    dlr_ready_seconds: float = 300.0  # ERR022 before this
    queue_limit: int = 1000  # ERR013 once this many test messages are held in the queue
    banned_sender_ids: tuple[str, ...] = field(default_factory=tuple)  # ERR008 even if listed


@dataclass
class _Message:
    msg_id: str
    numbers: list[str]
    message: str
    sender: str
    test: bool
    at: str  # UTC ISO
    sent_monotonic: float
    points: float
    pages: int
    stuck: bool  # emoji / hidden characters: OK answer, but stuck in the queue with an error

    def ledger_entry(self) -> dict[str, Any]:
        return {
            "msg-id": self.msg_id,
            "numbers": list(self.numbers),
            "message": self.message,
            "sender": self.sender,
            "test": self.test,
            "at": self.at,
            "points": _whole(self.points),
            "pages": self.pages,
        }


class GatewayState:
    """Thread-safe simulated account; ``handle`` is the whole API."""

    def __init__(
        self, config: AccountConfig | None = None, *, ledger_path: str | os.PathLike[str] | None = None
    ) -> None:
        self.config = config or AccountConfig()
        self._lock = threading.RLock()
        self.available = float(self.config.balance)
        self.purchased = float(self.config.purchased if self.config.purchased is not None else self.config.balance)
        self._messages: dict[str, _Message] = {}
        self._ledger: list[dict[str, Any]] = []
        self._last_sent: dict[str, float] = {}  # number -> monotonic time of its last accepted send
        self._queue: list[str] = []  # msg-ids of test messages held in the queue
        self._delivery: dict[str, str] = {}  # number -> its delivery-report status (default DELIVERED)
        self.ledger_path = Path(ledger_path) if ledger_path else None

    # ---- helpers for tests and the /_sim endpoints -----------------------------------------------
    def ledger(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(e, numbers=list(e["numbers"])) for e in self._ledger]

    def set_balance(self, available: float) -> None:
        with self._lock:
            self.available = float(available)
            self.purchased = max(self.purchased, self.available)

    def set_delivery(self, statuses: dict[str, str]) -> None:
        """What the delivery report says for these numbers from now on (e.g. {"966501234567": "FAILED"})."""
        with self._lock:
            self._delivery.update({str(n): str(s) for n, s in statuses.items()})

    def clear_queue(self) -> float:
        """Delete the held test messages (as on kwtsms.com): their credits come back. Returns points refunded."""
        with self._lock:
            refunded = sum(self._messages[m].points for m in self._queue)
            self.available += refunded
            self._queue.clear()
            return refunded

    def queued(self) -> int:
        with self._lock:
            return len(self._queue)

    # ---- the API ----------------------------------------------------------------------------------
    def handle(self, endpoint: str, payload: Any) -> tuple[int, dict[str, Any]]:
        if not isinstance(payload, dict):
            return 403, error_body("ERR002")
        username, password = payload.get("username"), payload.get("password")
        if not _present(username) or not _present(password):
            return 403, error_body("ERR002")
        if str(username) != self.config.username or str(password) != self.config.password:
            return 403, error_body("ERR003")
        handler: Callable[[dict[str, Any]], tuple[int, dict[str, Any]]] | None = getattr(self, "_" + endpoint, None)
        if handler is None:
            return 404, error_body("ERR002", "Unknown endpoint.")
        with self._lock:
            return handler(payload)

    def _balance(self, _payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return 200, {"result": "OK", "available": _whole(self.available), "purchased": _whole(self.purchased)}

    def _senderid(self, _payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return 200, {"result": "OK", "senderid": list(self.config.sender_ids)}

    def _coverage(self, _payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if not self.config.coverage:
            return 403, error_body("ERR033")
        return 200, {"result": "OK", "prefixes": list(self.config.coverage)}

    def _validate(self, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if "mobile" not in payload or payload["mobile"] is None:
            return 403, error_body("ERR002")
        if _mobile_too_long(payload["mobile"]):
            return 403, error_body("ERR007")
        ok, er, nr = self._classify(_split_numbers(payload["mobile"]))
        return 200, {"result": "OK", "mobile": {"OK": ok, "ER": er, "NR": nr}}

    def _send(self, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        # Order of checks: fields, sender, message, count, numbers, length, balance, queue, 15 s rule.
        for key in ("sender", "mobile", "message"):
            if key not in payload or payload[key] is None:
                return 403, error_body("ERR002")
        sender = str(payload["sender"])
        if sender not in self.config.sender_ids or sender in self.config.banned_sender_ids:
            return 403, error_body("ERR008")
        message = str(payload["message"])
        if not message.strip():
            return 403, error_body("ERR009")
        if _HTML_TAG.search(message):
            return 403, error_body("ERR027")
        if _mobile_too_long(payload["mobile"]):
            return 403, error_body("ERR007")
        numbers = _split_numbers(payload["mobile"])
        if not numbers:
            return 403, error_body("ERR006")
        if len(numbers) > MAX_NUMBERS or len(",".join(numbers)) > MAX_MOBILE_CHARS:
            return 403, error_body("ERR007")
        ok, er, nr = self._classify(numbers)
        if not ok:
            return 403, error_body("ERR026" if nr else "ERR025")
        ok = list(dict.fromkeys(ok))  # the same number twice in one call is sent once
        # Charged on the text as received: an emoji the client left in makes the whole message
        # UCS-2 (150 GSM characters and an emoji are 3 pages, not 1).
        pages = max(pages_received(message), 1)
        if pages > MAX_PAGES:
            return 403, error_body("ERR012")
        points = float(pages * len(ok))
        if self.available <= 0:
            return 403, error_body("ERR010")
        if points > self.available:
            return 403, error_body("ERR011")
        test = str(payload.get("test", "0")).strip() == "1"
        if test and len(self._queue) >= self.config.queue_limit:
            return 403, error_body("ERR013")
        now = time.monotonic()
        window = self.config.same_number_seconds
        if window > 0 and any(now - self._last_sent.get(n, -1e18) < window for n in ok):
            return 403, error_body("ERR028")

        msg_id = secrets.token_hex(secrets.choice((16, 20)))  # 32 or 40 characters, like the live service
        record = _Message(
            msg_id=msg_id,
            numbers=ok,
            message=message,
            sender=sender,
            test=test,
            at=datetime.now(UTC).isoformat(),
            sent_monotonic=now,
            points=points,
            pages=pages,
            stuck=_would_stick(message),
        )
        self.available -= points  # test mode holds the credits too, until the queue is cleared
        self._messages[msg_id] = record
        for n in ok:
            self._last_sent[n] = now
        if test:
            self._queue.append(msg_id)
        entry = record.ledger_entry()
        self._ledger.append(entry)
        self._append_ledger_file(entry)
        return 200, {
            "result": "OK",
            "msg-id": msg_id,
            "numbers": len(ok),
            "points-charged": _whole(points),
            "balance-after": _whole(self.available),
            "unix-timestamp": int(time.time()) + KUWAIT_TZ_OFFSET,
        }

    def _status(self, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        msg_id = payload.get("msgid")
        if not _present(msg_id):
            return 403, error_body("ERR002")
        record = self._messages.get(str(msg_id).strip())
        if record is None:
            return 403, error_body("ERR029")
        if record.test or record.stuck:
            return 403, error_body("ERR030")
        return 200, {"result": "OK", "status": "sent", "description": "Message successfully sent to gateway"}

    def _dlr(self, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        msg_id = payload.get("msgid")
        if not _present(msg_id):
            return 403, error_body("ERR002")
        record = self._messages.get(str(msg_id).strip())
        if record is None:
            return 403, error_body("ERR020")
        international = [n for n in record.numbers if not n.startswith(KUWAIT)]
        if record.test or record.stuck or not international:
            return 403, error_body("ERR021")
        if time.monotonic() - record.sent_monotonic < self.config.dlr_ready_seconds:
            return 403, error_body("ERR022")
        return 200, {
            "result": "OK",
            "report": [{"Number": n, "Status": self._delivery.get(n, "DELIVERED")} for n in international],
        }

    # ---- rules --------------------------------------------------------------------------------------
    def _classify(self, numbers: Iterable[str]) -> tuple[list[str], list[str], list[str]]:
        """The gateway's buckets: OK, ER (format: digits with country code only), NR (country not covered)."""
        ok: list[str] = []
        er: list[str] = []
        nr: list[str] = []
        for raw in numbers:
            check = check_number(raw, None)
            if not (raw.isascii() and raw.isdigit()) or not check.ok or check.number != raw:
                er.append(raw)
            elif not any(raw.startswith(prefix) for prefix in self.config.coverage):
                nr.append(raw)
            else:
                ok.append(raw)
        return ok, er, nr

    def _append_ledger_file(self, entry: dict[str, Any]) -> None:
        if self.ledger_path is None:
            return
        line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        with open(self.ledger_path, "ab") as f:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())


def _present(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def pages_received(text: str) -> int:
    """SMS pages of ``text`` exactly as received (no cleaning): GSM-7 160/153, else UCS-2 70/67 UTF-16 units."""
    if all(char in GSM7_CHARS for char in text):
        units, single, multi = len(text) + sum(char in EXTENSION for char in text), GSM7_SINGLE, GSM7_MULTI
    else:
        units, single, multi = len(text.encode("utf-16-le")) // 2, UCS2_SINGLE, UCS2_MULTI
    if units == 0:
        return 0
    return 1 if units <= single else -(-units // multi)


def _mobile_too_long(mobile: Any) -> bool:
    """The API page's limit of the "mobile" field: 2,500 characters (comma-separated numbers)."""
    text = ",".join(map(str, mobile)) if isinstance(mobile, (list, tuple)) else str(mobile)
    return len(text) > MAX_MOBILE_CHARS


def _split_numbers(mobile: Any) -> list[str]:
    if isinstance(mobile, (list, tuple)):
        parts = [str(m) for m in mobile]
    else:
        parts = str(mobile).split(",")
    return [p.strip() for p in parts if p.strip()]


def _would_stick(message: str) -> bool:
    """Emoji or hidden characters: the live gateway answers OK and the message sticks in the queue."""
    kept = set(clean_message(message))
    return any(ch not in kept and ch not in _ARABIC_DIGITS and not ch.isspace() for ch in message)
