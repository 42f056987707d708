"""The send plan (pure): who gets the message, who is set aside and why, the batches, the cost, what blocks sending.

A plan is made once, before anything is sent, and journaled as it is (store.broadcasts.create).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kwtsms_desktop.core.message import MAX_PAGES, MessageInfo, analyse_message
from kwtsms_desktop.core.phone import check_number, country_name, country_of

BATCH_SIZE = 200  # the gateway's limit of numbers per send call
MAX_MOBILE_CHARS = 2500  # the gateway's limit on the comma-separated "mobile" field (200 Saudi numbers exceed it)
MAX_SENDER_LENGTH = 11

# Why a recipient is not sent to.
INVALID = "invalid"
DUPLICATE = "duplicate"
SUPPRESSED = "suppressed"
NOT_COVERED = "not_covered"
SET_ASIDE_REASONS = (INVALID, DUPLICATE, SUPPRESSED, NOT_COVERED)


@dataclass(frozen=True)
class PlannedRecipient:
    number: str
    name: str | None = None
    row: int | None = None
    raw: str | None = None


@dataclass(frozen=True)
class SetAside:
    number: str  # normalized digits; "" when no number could be read
    reason: str  # one of SET_ASIDE_REASONS
    detail: str  # a sentence for the user
    raw: str | None = None
    name: str | None = None
    row: int | None = None


@dataclass(frozen=True)
class SendPlan:
    text: str  # the message as typed
    message: MessageInfo  # analysis of the cleaned message (what is sent)
    sender: str
    test: bool
    recipients: tuple[PlannedRecipient, ...]  # deduplicated, in the order given
    set_aside: tuple[SetAside, ...]
    batches: tuple[tuple[str, ...], ...]  # at most BATCH_SIZE numbers and MAX_MOBILE_CHARS characters each
    estimated_points: int  # pages x numbers
    balance: float | None
    balance_covers: bool | None  # None when the balance is unknown
    problems: tuple[str, ...]  # sentences; sending is blocked while any is here
    duplicates_removed_before: int = 0  # duplicates the importer already dropped
    coverage_known: bool = field(default=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def numbers(self) -> list[str]:
        return [r.number for r in self.recipients]

    def set_aside_count(self, reason: str) -> int:
        return sum(1 for s in self.set_aside if s.reason == reason)


def make_plan(
    recipients: Iterable[Any],
    message: str,
    sender: str,
    *,
    test: bool = False,
    coverage: Iterable[str] | None = None,
    suppressed: Iterable[str] = (),
    balance: float | None = None,
    default_country: str | None = "965",
    rejected: Iterable[Any] = (),
    duplicates_removed_before: int = 0,
    batch_size: int = BATCH_SIZE,
) -> SendPlan:
    """Plan a broadcast.

    ``recipients``: raw strings (checked with ``default_country``) or objects with ``number``
    (and optionally ``name``, ``row``), such as the importer's ``Recipient``. ``rejected``: the
    importer's invalid rows (``row``, ``raw``, ``error``), carried into the set-aside list.
    ``coverage``: the account's country prefixes; None when unknown (nothing is set aside for it).
    """
    if not 1 <= batch_size <= BATCH_SIZE:
        raise ValueError(f"batch_size must be 1..{BATCH_SIZE}")
    info = analyse_message(message)
    prefixes = None if coverage is None else tuple(str(p).lstrip("+") for p in coverage)
    suppressed_set = set(suppressed)

    planned: list[PlannedRecipient] = []
    set_aside: list[SetAside] = []
    for item in rejected:
        raw = getattr(item, "raw", None)
        set_aside.append(
            SetAside("", INVALID, getattr(item, "error", None) or "Not a phone number.", raw, None, getattr(item, "row", None))
        )
    first_seen: dict[str, int | None] = {}
    for position, item in enumerate(recipients, start=1):
        if isinstance(item, str):
            raw, name, row = item, None, position
            check = check_number(item, default_country)
        else:
            raw = str(getattr(item, "number", ""))
            name, row = getattr(item, "name", None), getattr(item, "row", position)
            check = check_number(raw, None)
        if not check.ok:
            set_aside.append(SetAside(check.number, INVALID, check.error or "Not a valid phone number.", raw, name, row))
            continue
        number = check.number
        if number in first_seen:
            where = f" (row {first_seen[number]})" if first_seen[number] is not None else ""
            set_aside.append(SetAside(number, DUPLICATE, f"Already in the list{where}: it is sent once.", raw, name, row))
            continue
        first_seen[number] = row
        if number in suppressed_set:
            set_aside.append(SetAside(number, SUPPRESSED, "This number is on the do-not-send list.", raw, name, row))
            continue
        if prefixes is not None and not number.startswith(prefixes):
            set_aside.append(SetAside(number, NOT_COVERED, _not_covered(number), raw, name, row))
            continue
        planned.append(PlannedRecipient(number, name, row, raw))

    numbers = [r.number for r in planned]
    batches = cut_batches(numbers, batch_size)
    points = info.pages * len(numbers)
    covers = None if balance is None else float(balance) >= points
    problems = _problems(info, sender, len(numbers), points, balance, covers)
    return SendPlan(
        text=message,
        message=info,
        sender=sender.strip(),
        test=bool(test),
        recipients=tuple(planned),
        set_aside=tuple(set_aside),
        batches=batches,
        estimated_points=points,
        balance=None if balance is None else float(balance),
        balance_covers=covers,
        problems=tuple(problems),
        duplicates_removed_before=duplicates_removed_before,
        coverage_known=prefixes is not None,
    )


def cut_batches(numbers: list[str], batch_size: int = BATCH_SIZE) -> tuple[tuple[str, ...], ...]:
    """Consecutive batches of at most ``batch_size`` numbers whose comma-joined text is at most
    MAX_MOBILE_CHARS (200 twelve-digit Saudi numbers make 2,599 characters: 192 fit)."""
    batches: list[tuple[str, ...]] = []
    current: list[str] = []
    length = 0
    for number in numbers:
        added = len(number) + (1 if current else 0)
        if current and (len(current) == batch_size or length + added > MAX_MOBILE_CHARS):
            batches.append(tuple(current))
            current, length, added = [], 0, len(number)
        current.append(number)
        length += added
    if current:
        batches.append(tuple(current))
    return tuple(batches)


def _not_covered(number: str) -> str:
    code = country_of(number)
    if code is None:
        return "This number's country is not activated on your kwtSMS account."
    name = country_name(code) or f"+{code}"
    return f"{name} (+{code}) is not activated on your kwtSMS account; ask kwtSMS support to add it."


def _problems(
    info: MessageInfo, sender: str, count: int, points: int, balance: float | None, covers: bool | None
) -> list[str]:
    problems = []
    if not info.cleaned.strip():
        problems.append(
            "The message is empty once emoji and hidden characters are removed: type the text to send."
        )
    elif info.too_long:
        problems.append(
            f"The message is {info.pages} pages long; at most {MAX_PAGES} pages can be sent. Shorten it."
        )
    if count == 0:
        problems.append("No valid recipient is left to send to: check the phone column and the numbers set aside.")
    stripped = sender.strip()
    if not stripped:
        problems.append("Choose a sender ID.")
    elif len(stripped) > MAX_SENDER_LENGTH:
        problems.append(
            f"The sender ID {stripped!r} has {len(stripped)} characters; sender IDs have at most {MAX_SENDER_LENGTH}."
        )
    if covers is False and count:
        problems.append(
            f"This broadcast needs {points:,} points but the balance is {balance:,.0f}. "
            "Recharge your account at kwtsms.com, or send to fewer numbers."
        )
    return problems


