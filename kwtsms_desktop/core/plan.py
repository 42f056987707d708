"""The send plan (pure): who gets the message, who is set aside and why, the batches, the cost, what blocks sending.

A plan is made once, before anything is sent, and journaled as it is (store.broadcasts.create).
A message with fields (core.fields) is filled in for each recipient, then cleaned and measured: the
cost is the sum of each recipient's pages, and recipients whose final text is identical share
batches, each batch with its own text.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kwtsms_desktop.core.fields import (
    MessageFields,
    fill_in,
    keyed_fields,
    normalize_fallbacks,
    parse_fields,
    unknown_fields,
)
from kwtsms_desktop.core.message import (
    MAX_PAGES,
    MessageInfo,
    analyse_message,
    clean_message,
    measure,
)
from kwtsms_desktop.core.phone import check_number, country_name, country_of

BATCH_SIZE = 200  # the gateway's limit of numbers per send call
MAX_MOBILE_CHARS = 2500  # the gateway's limit on the comma-separated "mobile" field (200 Saudi numbers exceed it)
MAX_SENDER_LENGTH = 11

# Why a recipient is not sent to.
INVALID = "invalid"
DUPLICATE = "duplicate"
SUPPRESSED = "suppressed"
NOT_COVERED = "not_covered"
NO_VALUE = "no_value"  # the message uses a field this recipient has no value for, and no fallback
TOO_LONG = "too_long"  # this recipient's own text is longer than MAX_PAGES
SET_ASIDE_REASONS = (INVALID, DUPLICATE, SUPPRESSED, NOT_COVERED, NO_VALUE, TOO_LONG)


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
    # Analysis of the cleaned message (what is sent); with fields, of the longest recipient's text.
    message: MessageInfo
    sender: str
    test: bool
    recipients: tuple[PlannedRecipient, ...]  # deduplicated, in the order given
    set_aside: tuple[SetAside, ...]
    batches: tuple[tuple[str, ...], ...]  # at most BATCH_SIZE numbers and MAX_MOBILE_CHARS characters each
    estimated_points: int  # the sum of each recipient's pages
    balance: float | None
    balance_covers: bool | None  # None when the balance is unknown
    problems: tuple[str, ...]  # sentences; sending is blocked while any is here
    duplicates_removed_before: int = 0  # duplicates the importer already dropped
    coverage_known: bool = field(default=False)
    # Personal messages (core.fields). batch_texts[i] is the exact text of batches[i];
    # recipient_texts[i] the text recipients[i] gets.
    fields: tuple[str, ...] = ()  # the fields the message uses, as written
    batch_texts: tuple[str, ...] = ()
    recipient_texts: tuple[str, ...] = ()
    distinct_texts: int = 0
    pages_range: tuple[int, int] = (0, 0)  # fewest and most pages of one recipient's text

    @property
    def personal(self) -> bool:
        return bool(self.fields)

    @property
    def calls(self) -> int:
        """Send requests the broadcast takes: one per batch."""
        return len(self.batches)

    @property
    def journal_text(self) -> str:
        """The broadcast's message as history shows it: the cleaned text, or the cleaned template."""
        return clean_message(self.text) if self.personal else self.message.cleaned

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
    fallbacks: Mapping[str, str] | None = None,
    fields_of: Callable[[Any], Mapping[str, str]] | None = None,
    available_fields: Iterable[str] | None = None,
) -> SendPlan:
    """Plan a broadcast.

    ``recipients``: raw strings (checked with ``default_country``) or objects with ``number``
    (and optionally ``name``, ``row``, ``fields``), such as the importer's ``Recipient``. ``rejected``: the
    importer's invalid rows (``row``, ``raw``, ``error``), carried into the set-aside list.
    ``coverage``: the account's country prefixes; None when unknown (nothing is set aside for it).

    Fields (a message with ``{name}`` or ``{column}``, core.fields): ``fields_of(recipient)`` gives
    a recipient's values keyed by ``field_key`` (default: its ``fields`` and ``name``, see
    core.fields.keyed_fields); ``available_fields`` the fields the recipients have (default: every
    field some recipient has); ``fallbacks`` the text for a field a recipient has no value for.
    """
    if not 1 <= batch_size <= BATCH_SIZE:
        raise ValueError(f"batch_size must be 1..{BATCH_SIZE}")
    template = parse_fields(message)
    prefixes = None if coverage is None else tuple(str(p).lstrip("+") for p in coverage)
    suppressed_set = set(suppressed)

    planned: list[PlannedRecipient] = []
    set_aside: list[SetAside] = []
    for item in rejected:
        raw = getattr(item, "raw", None)
        set_aside.append(
            SetAside(
                "",
                INVALID,
                getattr(item, "error", None) or "Not a phone number.",
                raw,
                None,
                getattr(item, "row", None),
            )
        )
    first_seen: dict[str, int | None] = {}
    sources: list[Any] = []  # the item each planned recipient came from (its fields)
    for position, item in enumerate(recipients, start=1):
        if isinstance(item, str):
            raw, name, row = item, None, position
            check = check_number(item, default_country)
        else:
            raw = str(getattr(item, "number", ""))
            name, row = getattr(item, "name", None), getattr(item, "row", position)
            check = check_number(raw, None)
        if not check.ok:
            set_aside.append(
                SetAside(check.number, INVALID, check.error or "Not a valid phone number.", raw, name, row)
            )
            continue
        number = check.number
        if number in first_seen:
            where = f" (row {first_seen[number]})" if first_seen[number] is not None else ""
            set_aside.append(
                SetAside(number, DUPLICATE, f"Already in the list{where}: it is sent once.", raw, name, row)
            )
            continue
        first_seen[number] = row
        if number in suppressed_set:
            set_aside.append(SetAside(number, SUPPRESSED, "This number is on the do-not-send list.", raw, name, row))
            continue
        if prefixes is not None and not number.startswith(prefixes):
            set_aside.append(SetAside(number, NOT_COVERED, _not_covered(number), raw, name, row))
            continue
        planned.append(PlannedRecipient(number, name, row, raw))
        sources.append(item)

    pages_of: dict[str, int] = {}  # cleaned text -> its pages, each distinct text measured once
    if template.uses_fields:
        if fields_of is None:
            fields_of = _own_fields
        values = list(map(fields_of, sources))
        if available_fields is None:
            available_fields = {key for keyed in values for key in keyed}
        unknown = unknown_fields(template, available_fields)
        fallback_texts = normalize_fallbacks(fallbacks)
        planned, texts, info = _personal_texts(template, planned, values, fallback_texts, set_aside, unknown, pages_of)
        info_problems = _unknown_problem(unknown, available_fields)
    else:
        info = analyse_message(template.render(()))
        texts = [info.cleaned] * len(planned)
        pages_of[info.cleaned] = info.pages
        info_problems = _message_problems(info)
    by_text: dict[str, list[str]] = {}
    for recipient, text in zip(planned, texts, strict=False):
        by_text.setdefault(text, []).append(recipient.number)
    batches: list[tuple[str, ...]] = []
    batch_texts: list[str] = []
    points = 0
    for text, numbers in by_text.items():
        cut = cut_batches(numbers, batch_size)
        batches.extend(cut)
        batch_texts.extend([text] * len(cut))
        points += pages_of[text] * len(numbers)
    pages = [pages_of[text] for text in by_text] or [info.pages]
    count = len(planned)
    covers = None if balance is None else float(balance) >= points
    problems = info_problems + _problems(sender, count, points, balance, covers)
    return SendPlan(
        text=message,
        message=info,
        sender=sender.strip(),
        test=bool(test),
        recipients=tuple(planned),
        set_aside=tuple(set_aside),
        batches=tuple(batches),
        estimated_points=points,
        balance=None if balance is None else float(balance),
        balance_covers=covers,
        problems=tuple(problems),
        duplicates_removed_before=duplicates_removed_before,
        coverage_known=prefixes is not None,
        fields=template.names,
        batch_texts=tuple(batch_texts),
        recipient_texts=tuple(texts),
        distinct_texts=len(by_text),
        pages_range=(min(pages), max(pages)),
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


def _own_fields(item: Any) -> dict[str, str]:
    if isinstance(item, str):
        return {}
    return keyed_fields(getattr(item, "fields", None), getattr(item, "name", None))


def _personal_texts(
    template: MessageFields,
    planned: list[PlannedRecipient],
    values: list[Mapping[str, str]],
    fallbacks: dict[str, str],
    set_aside: list[SetAside],
    unknown: list[str],
    pages_of: dict[str, int],
) -> tuple[list[PlannedRecipient], list[str], MessageInfo]:
    """Each recipient's own text: filled in, cleaned and measured (into ``pages_of``). Recipients
    left without a value for a field, or whose text would be too long or empty, move to ``set_aside``.

    Returns the recipients kept, their texts, and the analysis of the longest text.
    """
    if unknown:  # sending is blocked anyway: show the message as typed, set nobody aside
        preview = analyse_message(template.preview())
        pages_of[preview.cleaned] = preview.pages
        return planned, [preview.cleaned] * len(planned), preview
    cleaned_of: dict[str, tuple[str, int, int]] = {}  # filled-in text -> (cleaned, units, pages)
    kept: list[PlannedRecipient] = []
    texts: list[str] = []
    longest, longest_units = None, -1
    for recipient, keyed in zip(planned, values, strict=False):
        filled, missing = fill_in(template, keyed, fallbacks)
        if filled is None:
            set_aside.append(
                _aside(recipient, NO_VALUE, f"No value for {{{missing}}}: fill it in or give a fallback text.")
            )
            continue
        found = cleaned_of.get(filled)
        if found is None:
            cleaned = clean_message(filled)
            _, units, pages = measure(cleaned)
            found = cleaned_of[filled] = (cleaned, units, pages)
            pages_of[cleaned] = pages
        cleaned, units, pages = found
        if not cleaned.strip():
            set_aside.append(
                _aside(
                    recipient,
                    NO_VALUE,
                    "This recipient's message is empty once emoji and hidden characters are removed.",
                )
            )
        elif pages > MAX_PAGES:
            set_aside.append(
                _aside(
                    recipient,
                    TOO_LONG,
                    f"This recipient's message would be {pages} pages; at most {MAX_PAGES} can be sent. Shorten the message or the value.",
                )
            )
        else:
            kept.append(recipient)
            texts.append(cleaned)
            if units > longest_units:
                longest, longest_units = cleaned, units
    info = analyse_message(longest if longest is not None else template.preview())
    return kept, texts, info


def _aside(recipient: PlannedRecipient, reason: str, detail: str) -> SetAside:
    return SetAside(recipient.number, reason, detail, recipient.raw, recipient.name, recipient.row)


def _unknown_problem(unknown: list[str], available: Iterable[str]) -> list[str]:
    if not unknown:
        return []
    fields = ", ".join("{" + name + "}" for name in sorted(set(available), key=str.casefold)) or "none"
    used = ", ".join("{" + name + "}" for name in unknown)
    return [
        (
            f"The message uses {used}, which none of the recipients has. The fields they have: {fields}. "
            "To write a brace itself, type it twice: {{ or }}."
        )
    ]


def send_seconds(calls: int, rate: float) -> float:
    """How long ``calls`` requests take at ``rate`` requests per second (spaced by their start times)."""
    return calls / rate if calls and rate > 0 else 0.0


def format_duration(seconds: float) -> str:
    """ "45 s", "12 min", "1 h 24 min": whole minutes rounded up once past a minute."""
    if seconds < 60:
        return f"{math.ceil(seconds)} s"
    minutes = math.ceil(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


def calls_summary(plan: SendPlan, rate: float) -> str:
    """The confirmation's line about time, e.g. "10,000 personal messages: 10,000 calls, about 1 h 24 min
    at 2 per second" (plain messages: "450 messages: 3 calls, ...")."""
    count = len(plan.recipients)
    kind = ("personal message" if plan.personal else "message") + ("" if count == 1 else "s")
    calls = plan.calls
    return (
        f"{count:,} {kind}: {calls:,} call{'s' if calls != 1 else ''}, "
        f"about {format_duration(send_seconds(calls, rate))} at {rate:g} per second"
    )


def _not_covered(number: str) -> str:
    code = country_of(number)
    if code is None:
        return "This number's country is not activated on your kwtSMS account."
    name = country_name(code) or f"+{code}"
    return f"{name} (+{code}) is not activated on your kwtSMS account; ask kwtSMS support to add it."


def _message_problems(info: MessageInfo) -> list[str]:
    if not info.cleaned.strip():
        return ["The message is empty once emoji and hidden characters are removed: type the text to send."]
    if info.too_long:
        return [f"The message is {info.pages} pages long; at most {MAX_PAGES} pages can be sent. Shorten it."]
    return []


def _problems(sender: str, count: int, points: int, balance: float | None, covers: bool | None) -> list[str]:
    problems = []
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
