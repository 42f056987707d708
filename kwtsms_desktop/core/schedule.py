"""Send-later rules, Qt-free: due times, Kuwait time, quiet hours, and what a late due time means.

Times are aware datetimes; the journal keeps them as UTC text (:func:`utc_text`). The clock is
always passed in by the caller, so tests move it at will and never wait.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:
    KUWAIT: tzinfo = ZoneInfo("Asia/Kuwait")
except ZoneInfoNotFoundError:  # pragma: no cover - a system without tzdata; Kuwait has no DST
    KUWAIT = timezone(timedelta(hours=3), "Asia/Kuwait")

MAX_DAYS_AHEAD = 366


class ScheduleRefused(ValueError):
    """A due time that cannot be accepted; ``en`` and ``ar`` say why and what to do."""

    def __init__(self, en: str, ar: str) -> None:
        super().__init__(en)
        self.en = en
        self.ar = ar


def _clock_text(value: str) -> time | None:
    try:
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    except (AttributeError, ValueError):
        return None


@dataclass(frozen=True)
class QuietHours:
    """A daily span in Kuwait time when nothing is sent; it may cross midnight (21:00 to 07:00)."""

    start: time
    end: time

    @classmethod
    def from_setting(cls, value: Any) -> QuietHours | None:
        """``{"start": "21:00", "end": "07:00"}`` or ``"21:00-07:00"``; anything else (or an empty span) is off."""
        if isinstance(value, str) and "-" in value:
            value = dict(zip(("start", "end"), value.split("-", 1), strict=True))
        if not isinstance(value, dict):
            return None
        start, end = _clock_text(str(value.get("start", ""))), _clock_text(str(value.get("end", "")))
        if start is None or end is None or start == end:
            return None
        return cls(start, end)

    def as_setting(self) -> dict[str, str]:
        return {"start": self.start.strftime("%H:%M"), "end": self.end.strftime("%H:%M")}

    def contains(self, moment: datetime) -> bool:
        clock = moment.astimezone(KUWAIT).time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= clock < self.end
        return clock >= self.start or clock < self.end

    def ends_after(self, moment: datetime) -> datetime:
        """The first end of quiet hours after ``moment`` (UTC)."""
        local = moment.astimezone(KUWAIT)
        end = datetime.combine(local.date(), self.end, tzinfo=KUWAIT)
        if end <= local:
            end += timedelta(days=1)
        return end.astimezone(UTC)

    def describe(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class ScheduleSettings:
    quiet_hours: QuietHours | None = None
    late_minutes: int = 0

    @classmethod
    def from_values(cls, quiet_hours: Any, late_minutes: Any) -> ScheduleSettings:
        try:
            late = max(0, int(late_minutes or 0))
        except (TypeError, ValueError):
            late = 0
        return cls(QuietHours.from_setting(quiet_hours), late)


class DueDecision(Enum):
    WAIT = "wait"  # not due yet
    SEND = "send"  # due, and not later than the setting allows
    MISSED = "missed"  # later than allowed: the user chooses (send now, a new time, cancel)


def due_decision(due: datetime, now: datetime, late_minutes: int = 0) -> DueDecision:
    """Lateness counts in whole minutes: with 0, a check within the due minute still sends (cron runs each minute)."""
    if now < due:
        return DueDecision.WAIT
    if now - due < timedelta(minutes=late_minutes + 1):
        return DueDecision.SEND
    return DueDecision.MISSED


def parse_due(text: str, *, local_zone: tzinfo | None = None) -> datetime:
    """``YYYY-MM-DD HH:MM`` in the computer's own time (or ``local_zone``), or ISO 8601 with an offset; UTC."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ScheduleRefused(
            f"{text!r} is not a date and time. Write it as YYYY-MM-DD HH:MM (this computer's time), "
            "or ISO 8601 with an offset such as 2026-02-05T07:00+03:00.",
            f"{text!r} ليس تاريخًا ووقتًا. اكتبه بالشكل YYYY-MM-DD HH:MM (بتوقيت هذا الحاسوب)، "
            "أو بصيغة ISO 8601 مع فرق التوقيت مثل 2026-02-05T07:00+03:00.",
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=local_zone) if local_zone is not None else parsed.astimezone()
    return parsed.astimezone(UTC)


def check_due(due: datetime, now: datetime, settings: ScheduleSettings) -> None:
    """Raises :class:`ScheduleRefused` for a time in the past, too far ahead, or inside quiet hours."""
    shown = kuwait_text(due)
    if due <= now:
        raise ScheduleRefused(
            f"{shown} has already passed (it is now {kuwait_text(now)}). Choose a time in the future.",
            f"الوقت {shown} قد مضى (الآن {kuwait_text(now)}). اختر وقتًا في المستقبل.",
        )
    if due > now + timedelta(days=MAX_DAYS_AHEAD):
        raise ScheduleRefused(
            f"{shown} is more than a year ahead. Choose a time within the next {MAX_DAYS_AHEAD} days.",
            f"الوقت {shown} بعد أكثر من سنة. اختر وقتًا خلال {MAX_DAYS_AHEAD} يومًا القادمة.",
        )
    quiet = settings.quiet_hours
    if quiet is not None and quiet.contains(due):
        after = kuwait_text(quiet.ends_after(due))
        raise ScheduleRefused(
            f"{shown} is inside the quiet hours ({quiet.describe()} Kuwait time), when nothing is sent. "
            f"Choose a time outside them, for example {after}, or change the quiet hours in Settings.",
            f"الوقت {shown} ضمن ساعات الهدوء ({quiet.describe()} بتوقيت الكويت) التي لا يُرسل فيها شيء. "
            f"اختر وقتًا خارجها، مثل {after}، أو غيّر ساعات الهدوء من الإعدادات.",
        )


# ---- the sentences the engine records --------------------------------------------------------------
def missed_reason(due: datetime, now: datetime) -> tuple[str, str]:
    late = int((now - due).total_seconds() // 60)
    return (
        f"Not sent: it was due at {kuwait_text(due)}, when the app or the computer was not running "
        f"({late:,} minutes ago). Nothing is sent late on its own: send it now, choose a new time, or cancel it.",
        f"لم تُرسل: كان موعدها {kuwait_text(due)} ولم يكن البرنامج أو الحاسوب يعمل حينها (قبل {late:,} دقيقة). "
        "لا يُرسل شيء متأخرًا من تلقاء نفسه: أرسلها الآن، أو اختر وقتًا جديدًا، أو ألغها.",
    )


def quiet_pause_reason(quiet: QuietHours, resume_at: datetime) -> tuple[str, str]:
    return (
        f"Paused for the quiet hours ({quiet.describe()} Kuwait time); it continues at {kuwait_text(resume_at)}.",
        f"أُوقف مؤقتًا خلال ساعات الهدوء ({quiet.describe()} بتوقيت الكويت)؛ يُستأنف عند {kuwait_text(resume_at)}.",
    )


# ---- text forms --------------------------------------------------------------------------------------
def utc_text(moment: datetime) -> str:
    """The journal's form: ISO 8601 UTC with milliseconds and ``Z`` (sorts as text)."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def from_utc_text(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def kuwait_text(moment: datetime) -> str:
    return moment.astimezone(KUWAIT).strftime("%Y-%m-%d %H:%M") + " Kuwait time"
