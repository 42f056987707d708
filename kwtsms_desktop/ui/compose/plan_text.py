"""What the window says about a personal plan: the counter's page range, the pages line, the calls and time line."""

from __future__ import annotations

import math
from typing import Any

from kwtsms_desktop.core.message import measure
from kwtsms_desktop.core.plan import calls_summary, send_seconds
from kwtsms_desktop.ui.shared.formatting import format_number
from kwtsms_desktop.ui.shared.translation import language, translate


def pages_text(low: int, high: int) -> str:
    """ "1 page", "2 pages", "1–2 pages" (translated)."""
    if low == high:
        return translate("compose.plan_text", "{count} page(s)", n=high, count=high)
    return translate("compose.plan_text", "{low}–{high} pages", low=low, high=high)


def range_counter_text(plan: Any) -> str:
    """The live counter of a message with fields: "UCS-2 · 1–2 pages" over every recipient's own text."""
    low, high = plan.pages_range
    return f"{plan.message.encoding} · {pages_text(low, high)}"


def duration_text(seconds: float) -> str:
    """ "45 s", "12 min", "1 h 24 min" (as core.plan.format_duration, translated)."""
    if seconds < 60:
        return translate("compose.plan_text", "{count} s", count=math.ceil(seconds))
    hours, minutes = divmod(math.ceil(seconds / 60), 60)
    if hours:
        return translate("compose.plan_text", "{h} h {m} min", h=hours, m=minutes)
    return translate("compose.plan_text", "{m} min", m=minutes)


def calls_line(plan: Any, rate: float) -> str:
    """ "10,000 personal messages: 10,000 calls, about 1 h 24 min at 2 per second" (core.plan.calls_summary)."""
    if language() == "en":
        return calls_summary(plan, rate)
    count, calls = len(plan.recipients), plan.calls
    messages = (
        translate("compose.plan_text", "{count} personal message(s)", n=count, count=format_number(count))
        if plan.personal
        else translate("compose.plan_text", "{count} message(s)", n=count, count=format_number(count))
    )
    return translate(
        "compose.plan_text",
        "{messages}: {calls}, about {time} at {rate} per second",
        messages=messages,
        calls=translate("compose.plan_text", "{count} call(s)", n=calls, count=format_number(calls)),
        time=duration_text(send_seconds(calls, rate)),
        rate=f"{rate:g}",
    )


def pages_line(plan: Any) -> str:
    """The confirmation's Pages row: "1–2 per message (UCS-2), 37 different texts" for a personal plan."""
    low, high = plan.pages_range if plan.personal else (plan.message.pages, plan.message.pages)
    pages = pages_text(low, high)
    text = translate(
        "compose.plan_text", "{pages} per message ({encoding})", pages=pages, encoding=plan.message.encoding
    )
    if plan.personal:
        text += translate(
            "compose.plan_text",
            ", {count} different text(s)",
            n=plan.distinct_texts,
            count=format_number(plan.distinct_texts),
        )
    return text


def points_without(plan: Any, numbers: frozenset[str]) -> int:
    """The plan's cost once ``numbers`` are left out: each remaining recipient's own pages."""
    if not numbers:
        return int(plan.estimated_points)
    if not plan.personal:
        return (len(plan.recipients) - sum(1 for r in plan.recipients if r.number in numbers)) * plan.message.pages
    pages_of: dict[str, int] = {}
    left = 0
    for recipient, text in zip(plan.recipients, plan.recipient_texts, strict=False):
        if recipient.number in numbers:
            pages = pages_of.get(text)
            if pages is None:
                pages = pages_of[text] = measure(text)[2]
            left += pages
    return int(plan.estimated_points) - left
