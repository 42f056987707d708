"""Each number's last known state in a broadcast, and when the gateway can be asked about a batch.

Plain rules over what the store holds (the journal, the recipients, the lookups): no Qt, no I/O.
The window's queue panel, the command line, the results export and the PDF report all show
these states, in English or Arabic (``label``).

States of one number:
  accepted   the gateway took it (no delivery report yet, or none exists: Kuwait numbers)
  delivered  the delivery report says it arrived
  failed     the delivery report says it did not arrive, or the message is stuck in the queue
  test       sent in test mode: queued on kwtSMS, never delivered
  cancelled  not sent: the broadcast was cancelled before its batch was sent
  pending    not sent yet: the broadcast is still running, paused or stopped
  sending    its batch is being sent now
  uncertain  the request went out and no answer came back
  rejected   the gateway refused its batch (with the gateway's reason)
  set_aside  never planned into a batch: invalid, duplicate, do-not-send list, not covered, ...
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kwtsms_desktop.core.errors import error_info
from kwtsms_desktop.core.set_aside import set_aside_label

if TYPE_CHECKING:
    from kwtsms_desktop.store.batches import Batch
    from kwtsms_desktop.store.broadcasts import Broadcast
    from kwtsms_desktop.store.lookups import BatchLookup, NumberReport
    from kwtsms_desktop.store.recipients import RecipientRow

KUWAIT = "965"
DLR_DELAY = dt.timedelta(minutes=5)

ACCEPTED, DELIVERED, FAILED, TEST = "accepted", "delivered", "failed", "test"
CANCELLED, PENDING, SENDING, UNCERTAIN = "cancelled", "pending", "sending", "uncertain"
REJECTED, SET_ASIDE = "rejected", "set_aside"
# The order counts and tables list them in.
STATES = (DELIVERED, ACCEPTED, TEST, FAILED, REJECTED, UNCERTAIN, SENDING, PENDING, CANCELLED, SET_ASIDE)

_LABELS = {
    ACCEPTED: ("Accepted", "مقبولة"),
    DELIVERED: ("Delivered", "تم التسليم"),
    FAILED: ("Failed", "فشل التسليم"),
    TEST: ("Test message (never delivered)", "رسالة اختبار (لا تسلم أبدا)"),
    CANCELLED: ("Not sent (cancelled)", "لم ترسل (ألغي الإرسال)"),
    PENDING: ("Not sent yet", "لم ترسل بعد"),
    SENDING: ("Being sent", "قيد الإرسال"),
    UNCERTAIN: ("Uncertain", "غير مؤكدة"),
    REJECTED: ("Rejected", "مرفوضة"),
    SET_ASIDE: ("Set aside", "مستبعدة"),
}

_MARKED = ("Counted as received (marked by you)", "اعتُبرت مستلمة (بتحديد منك)")
_UNCERTAIN = (
    "The gateway's answer never arrived: it may or may not have been received.",
    "لم يصل رد البوابة: قد تكون وصلت وقد لا تكون.",
)
_INTERRUPTED = ("The app stopped while this batch was being sent.", "توقف البرنامج أثناء إرسال هذه الدفعة.")

# Delivery-report words that mean the message arrived, or that it never will.
_DELIVERED_WORDS = ("DELIVERED", "DELIVRD")
_FAILED_WORDS = ("UNDELIV", "FAIL", "EXPIRED", "REJECT", "UNDELIVRD", "BLOCKED", "ERROR")


def label(state: str, lang: str = "en") -> str:
    """The state in the user's words ("ar..." gives Arabic)."""
    en, ar = _LABELS.get(state, (state, state))
    return ar if lang.lower().startswith("ar") else en


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang.lower().startswith("ar") else pair[0]


def set_aside_reason(reason: str, detail: str | None, lang: str = "en") -> str:
    """Why a row was set aside: the reason's words, with the detail when there is one (e.g. the number error)."""
    words = set_aside_label(reason, lang)
    if detail and not lang.lower().startswith("ar"):
        return f"{words}: {detail}"
    return words


def report_outcome(status: str) -> str:
    """A delivery report's raw status as a state: delivered, failed, or still only accepted."""
    word = status.strip().upper()
    if any(w in word for w in _FAILED_WORDS):
        return FAILED
    if any(w in word for w in _DELIVERED_WORDS):
        return DELIVERED
    return ACCEPTED


@dataclass(frozen=True)
class NumberResult:
    number: str  # normalized digits; for a set-aside row that has none, what the file held
    name: str
    batch_seq: int | None
    state: str
    reason_en: str
    reason_ar: str
    msg_id: str
    answered_utc: str | None  # when the gateway answered its batch (our clock)

    def label(self, lang: str = "en") -> str:
        return label(self.state, lang)

    def reason(self, lang: str = "en") -> str:
        return self.reason_ar if lang.lower().startswith("ar") else self.reason_en


def number_results(
    broadcast: Broadcast,
    batches: Iterable[Batch],
    recipients: Iterable[RecipientRow],
    batch_lookups: Mapping[int, BatchLookup] | None = None,
    reports: Mapping[str, NumberReport] | None = None,
) -> list[NumberResult]:
    """Every recipient's last known state, in the order they were planned.

    ``broadcast``: store Broadcast; ``batches``: its store Batches; ``recipients``: its RecipientRows;
    ``batch_lookups``: seq -> BatchLookup; ``reports``: number -> NumberReport (store.lookups).
    """
    by_seq = {b.seq: b for b in batches}
    batch_lookups = batch_lookups or {}
    reports = reports or {}
    results = []
    for r in recipients:
        if r.set_aside is not None:
            results.append(
                NumberResult(
                    r.number or r.raw or "",
                    r.name or "",
                    None,
                    SET_ASIDE,
                    set_aside_reason(r.set_aside, r.detail, "en"),
                    set_aside_reason(r.set_aside, r.detail, "ar"),
                    "",
                    None,
                )
            )
            continue
        seq = r.batch_seq if r.batch_seq is not None else -1  # planned rows always have one
        batch = by_seq.get(seq)
        state, (en, ar) = _state_of(broadcast, batch, batch_lookups.get(seq), reports.get(r.number))
        results.append(
            NumberResult(
                r.number,
                r.name or "",
                r.batch_seq,
                state,
                en,
                ar,
                (batch.msg_id or "") if batch is not None else "",
                batch.answered_utc if batch is not None else None,
            )
        )
    return results


def _state_of(
    broadcast: Broadcast, batch: Batch | None, lookup: BatchLookup | None, report: NumberReport | None
) -> tuple[str, tuple[str, str]]:
    none = ("", "")
    if batch is None or batch.state == "pending":
        return (CANCELLED, none) if broadcast.state == "cancelled" else (PENDING, none)
    if batch.state == "sending":
        return SENDING, none
    if batch.state == "uncertain":
        return UNCERTAIN, _INTERRUPTED if batch.error_code == "INTERRUPTED" else _UNCERTAIN
    if batch.state == "rejected":
        info = error_info(batch.error_code or "")
        return REJECTED, (info.en, info.ar)
    # accepted
    if broadcast.test:
        return TEST, none
    if report is not None:
        outcome = report_outcome(report.status)
        if outcome != ACCEPTED:
            return outcome, ((report.status, report.status) if outcome == FAILED else none)
    if lookup is not None and lookup.error_code == "ERR030":
        info = error_info("ERR030")
        return FAILED, (info.en, info.ar)
    if batch.marked_by_user:
        return ACCEPTED, _MARKED
    return ACCEPTED, none


def counts(results: Iterable[NumberResult]) -> dict[str, int]:
    """state -> numbers, in STATES order, only the states that occur."""
    found = Counter(r.state for r in results)
    return {state: found[state] for state in STATES if found[state]}


# ---- when the gateway can be asked --------------------------------------------------------------
NO_MSG_ID, TEST_MESSAGE, KUWAIT_ONLY, TOO_EARLY = "no_msg_id", "test_message", "kuwait_only", "too_early"

_BLOCKED = {
    NO_MSG_ID: (
        "Only batches kwtSMS accepted have a message ID to look up.",
        "الدفعات التي قبلتها kwtSMS فقط لها معرّف رسالة يمكن الاستعلام عنه.",
    ),
    TEST_MESSAGE: (
        "Test messages are never delivered, so they have no status or delivery report.",
        "رسائل الاختبار لا تُسلَّم أبدًا، لذلك ليس لها حالة ولا تقرير تسليم.",
    ),
    KUWAIT_ONLY: (
        "Kuwait numbers have no delivery report; their state stays accepted.",
        "أرقام الكويت ليس لها تقرير تسليم؛ تبقى حالتها مقبولة.",
    ),
    TOO_EARLY: (
        "Delivery reports are ready 5 minutes after sending: available at {time}.",
        "تقارير التسليم تكون جاهزة بعد 5 دقائق من الإرسال: متاحة الساعة {time}.",
    ),
}


@dataclass(frozen=True)
class Blocked:
    """Why a lookup cannot be done now (``ready_at``: for too_early, when it can)."""

    why: str
    ready_at: dt.datetime | None = None

    def text(self, lang: str = "en") -> str:
        words = _pick(_BLOCKED[self.why], lang)
        if self.ready_at is not None:
            words = words.format(time=self.ready_at.astimezone().strftime("%H:%M"))
        return words


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def parse_utc(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def status_blocked(batch: Batch | None) -> Blocked | None:
    """The status endpoint needs a message ID (a test message answers ERR030, which is its answer)."""
    return Blocked(NO_MSG_ID) if batch is None or not batch.msg_id else None


def international(numbers: Iterable[str]) -> list[str]:
    return [n for n in numbers if not n.startswith(KUWAIT)]


def dlr_blocked(batch: Batch | None, *, test: bool = False, now: Callable[[], dt.datetime] = utc_now) -> Blocked | None:
    """Why the delivery report of ``batch`` cannot be asked for at ``now()`` (None: it can).

    Only numbers outside Kuwait have one; test messages never do (their status is ERR030); the
    gateway has it from five minutes after sending (the answer's time, else the send's).
    """
    if batch is None or not batch.msg_id:
        return Blocked(NO_MSG_ID)
    if test:
        return Blocked(TEST_MESSAGE)
    if not international(batch.numbers):
        return Blocked(KUWAIT_ONLY)
    sent = parse_utc(batch.answered_utc or batch.sent_utc)
    if sent is not None and now() < sent + DLR_DELAY:
        return Blocked(TOO_EARLY, sent + DLR_DELAY)
    return None
