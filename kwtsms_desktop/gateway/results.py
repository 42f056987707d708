"""Typed answers of the seven gateway endpoints, parsed defensively from the gateway's JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["BalanceResult", "SendResult", "ValidateResult", "StatusResult", "DlrEntry"]


@dataclass(frozen=True)
class BalanceResult:
    available: float
    purchased: float


@dataclass(frozen=True)
class SendResult:
    msg_id: str  # may be longer than 32 characters: never cap its storage
    numbers: int  # how many numbers the gateway accepted (invalid ones in a mix are dropped)
    points_charged: float
    balance_after: float
    unix_timestamp: int  # gateway server time, Asia/Kuwait (UTC+3), not UTC
    raw: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ValidateResult:
    ok: list[str]  # valid and routable
    er: list[str]  # format error (e.g. a + or 00 prefix, landline)
    nr: list[str]  # no route: country not activated on the account


@dataclass(frozen=True)
class StatusResult:
    status: str  # shown raw: "sent", "queued", ... vary
    description: str


@dataclass(frozen=True)
class DlrEntry:
    number: str
    status: str
