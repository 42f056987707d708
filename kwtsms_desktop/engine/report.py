"""A broadcast's report, without Qt: what was sent, to whom, what it cost, and each number's state.

``build_report`` reads the store once; the PDF (ui/shared/report_pdf.py), Print and the results export
(``result_table``: rows for CSV or Excel) present the same model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kwtsms_desktop.engine.results import SET_ASIDE, NumberResult, counts, number_results, parse_utc

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kwtsms_desktop.store import Store
    from kwtsms_desktop.store.batches import Batch


@dataclass(frozen=True)
class BroadcastReport:
    id: int
    message: str  # the text the gateway was given (cleaned)
    sender: str
    test: bool
    state: str  # the broadcast's journal state (finished, cancelled, paused, ...)
    created_utc: str
    encoding: str
    pages: int
    recipients: int  # numbers planned into batches
    set_aside: int
    counts: dict[str, int]  # number state -> numbers (engine.results.STATES order)
    points_charged: float
    estimated_points: int
    balance_before: float | None
    balance_after: float | None
    checked_utc: str | None  # the latest status / delivery-report lookup, if any
    results: list[NumberResult]

    @property
    def set_aside_rows(self) -> list[NumberResult]:
        return [r for r in self.results if r.state == SET_ASIDE]

    @property
    def sent_rows(self) -> list[NumberResult]:
        return [r for r in self.results if r.state != SET_ASIDE]


def build_report(store: Store, broadcast_id: int) -> BroadcastReport | None:
    """The report of one broadcast (None when there is no such broadcast)."""
    broadcast = store.broadcasts.get(broadcast_id)
    if broadcast is None:
        return None
    batches = store.batches.of_broadcast(broadcast_id)
    lookups = store.lookups.batch_lookups(broadcast_id)
    reports = store.lookups.number_reports(broadcast_id)
    results = number_results(broadcast, batches, store.recipients.of_broadcast(broadcast_id), lookups, reports)
    before, after = balances(batches)
    checked = [x.checked_utc for x in lookups.values()] + [x.checked_utc for x in reports.values()]
    set_aside = sum(1 for r in results if r.state == SET_ASIDE)
    return BroadcastReport(
        id=broadcast.id,
        message=broadcast.cleaned_message,
        sender=broadcast.sender,
        test=broadcast.test,
        state=broadcast.state,
        created_utc=broadcast.created_utc,
        encoding=broadcast.encoding,
        pages=broadcast.pages,
        recipients=len(results) - set_aside,
        set_aside=set_aside,
        counts=counts(results),
        points_charged=sum(b.points_charged or 0 for b in batches),
        estimated_points=broadcast.estimated_points,
        balance_before=before,
        balance_after=after,
        checked_utc=max(checked) if checked else None,
        results=results,
    )


def balances(batches: Iterable[Batch]) -> tuple[float | None, float | None]:
    """The balance before the broadcast (the first answer's balance-after plus its points) and after it (the last one's)."""
    answered = sorted(
        (b for b in batches if b.state == "accepted" and b.balance_after is not None),
        key=lambda b: (b.answered_utc or "", b.seq),
    )
    if not answered:
        return None, None
    first, last = answered[0], answered[-1]
    before = first.balance_after + (first.points_charged or 0) if first.balance_after is not None else None
    return before, last.balance_after


def local_time(utc_text: str | None) -> str:
    """ISO UTC text as the computer's local date and time ("2026-01-31 12:15"); "" when unknown."""
    moment = parse_utc(utc_text)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def points(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


_HEADERS = {
    "en": [
        "Number",
        "Name",
        "State",
        "Reason",
        "Batch",
        "Message ID",
        "Sent at",
        "Broadcast date",
        "Sender",
        "Mode",
        "Message",
    ],
    "ar": [
        "الرقم",
        "الاسم",
        "الحالة",
        "السبب",
        "الدفعة",
        "معرّف الرسالة",
        "وقت الإرسال",
        "تاريخ الإرسالية",
        "اسم المرسل",
        "النوع",
        "الرسالة",
    ],
}


def mode_label(test: bool, lang: str = "en") -> str:
    if lang.lower().startswith("ar"):
        return "اختبار" if test else "حقيقي"
    return "TEST" if test else "LIVE"


def result_table(report: BroadcastReport, lang: str = "en") -> tuple[list[str], list[list[object]]]:
    """Headers and one row per number (sent ones first in plan order, set-aside ones after), for CSV or Excel."""
    lang = "ar" if lang.lower().startswith("ar") else "en"
    created = local_time(report.created_utc)
    mode = mode_label(report.test, lang)
    rows: list[list[object]] = []
    for r in report.sent_rows + report.set_aside_rows:
        rows.append(
            [
                r.number,
                r.name,
                r.label(lang),
                r.reason(lang),
                r.batch_seq if r.batch_seq is not None else "",
                r.msg_id,
                local_time(r.answered_utc),
                created,
                report.sender,
                mode,
                report.message,
            ]
        )
    return list(_HEADERS[lang]), rows


def results_export(store: Store, broadcast_id: int, lang: str = "en") -> tuple[list[str], list[list[object]]]:
    """The results export of one broadcast, read from ``store`` (the window's Export results; no rows when it is gone)."""
    report = build_report(store, broadcast_id)
    if report is None:
        return list(_HEADERS["ar" if lang.lower().startswith("ar") else "en"]), []
    return result_table(report, lang)


def generated_at(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).astimezone().strftime("%Y-%m-%d %H:%M")
