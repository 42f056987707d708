"""How long until a scheduled broadcast is due, in words the queue shows ("in 2 h 05 min")."""

from __future__ import annotations

from datetime import datetime

from kwtsms_desktop.core.schedule import KUWAIT, from_utc_text
from kwtsms_desktop.ui.shared.i18n import is_rtl, tr


def countdown_text(due: datetime, now: datetime) -> str:
    """Whole units only, seconds shown in the last ten minutes; "due now" once the time has come."""
    seconds = int((due - now).total_seconds())
    if seconds <= 0:
        return tr("due now")
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return tr("in {d} d {h} h", d=days, h=hours)
    if hours:
        return tr("in {h} h {m:02d} min", h=hours, m=minutes)
    if minutes >= 10:
        return tr("in {m} min", m=minutes)
    if minutes:
        return tr("in {m} min {s:02d} s", m=minutes, s=secs)
    return tr("in {s} s", s=secs)


def due_countdown(due_utc: str | None, now: datetime) -> str:
    """`countdown_text` for the journal's due time; "" when there is none or it is unreadable."""
    if not due_utc:
        return ""
    try:
        return countdown_text(from_utc_text(due_utc), now)
    except ValueError:
        return ""


def kuwait_time(due: datetime) -> str:
    """ "2026-02-05 07:00 Kuwait time" in the window's language (the digits kept left to right in Arabic)."""
    clock = due.astimezone(KUWAIT).strftime("%Y-%m-%d %H:%M")
    return tr("{time} Kuwait time", time=f"\u2066{clock}\u2069" if is_rtl() else clock)
