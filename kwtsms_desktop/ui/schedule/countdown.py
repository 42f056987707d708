"""How long until a scheduled broadcast is due, in words the queue shows ("in 2 h 05 min")."""

from __future__ import annotations

from datetime import datetime

from kwtsms_desktop.core.schedule import KUWAIT, from_utc_text
from kwtsms_desktop.ui.shared.translation import left_to_right, translate


def countdown_text(due: datetime, now: datetime) -> str:
    """Whole units only, seconds shown in the last ten minutes; "due now" once the time has come."""
    seconds = int((due - now).total_seconds())
    if seconds <= 0:
        return translate("schedule.countdown", "due now")
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        parts = [_days(days), _hours(hours)]
    elif hours:
        parts = [_hours(hours), _minutes(minutes, f"{minutes:02d}")]
    elif minutes >= 10:
        parts = [_minutes(minutes, str(minutes))]
    elif minutes:
        parts = [_minutes(minutes, str(minutes)), _seconds(secs, f"{secs:02d}")]
    else:
        parts = [_seconds(secs, str(secs))]
    joined = translate("schedule.countdown", " ", "between the units of a countdown").join(parts)
    return translate("schedule.countdown", "in {time}", time=joined)


# Each unit is a plural: English keeps its short forms ("2 h 05 min"), Arabic says the noun in its form.
def _days(count: int) -> str:
    return translate("schedule.countdown", "{count} d", n=count, count=count)


def _hours(count: int) -> str:
    return translate("schedule.countdown", "{count} h", n=count, count=count)


def _minutes(count: int, shown: str) -> str:
    return translate("schedule.countdown", "{count} min", n=count, count=shown)


def _seconds(count: int, shown: str) -> str:
    return translate("schedule.countdown", "{count} s", n=count, count=shown)


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
    return translate("schedule.countdown", "{time} Kuwait time", time=left_to_right(clock))
