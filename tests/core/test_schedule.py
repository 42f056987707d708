"""Send-later rules: due times in Kuwait or the computer's time, quiet hours across midnight, lateness in whole minutes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kwtsms_desktop.core.schedule import (
    KUWAIT,
    DueDecision,
    QuietHours,
    ScheduleRefused,
    ScheduleSettings,
    check_due,
    due_decision,
    from_utc_text,
    kuwait_text,
    missed_reason,
    parse_due,
    utc_text,
)

NIGHT = QuietHours(time(21, 0), time(7, 0))


def kuwait(*args: int) -> datetime:
    return datetime(*args, tzinfo=KUWAIT)


def test_kuwait_is_three_hours_ahead_of_utc_all_year():
    assert kuwait(2026, 1, 15, 7, 0).utcoffset() == timedelta(hours=3)
    assert kuwait(2026, 7, 15, 7, 0).utcoffset() == timedelta(hours=3)


def test_a_time_without_offset_is_the_computers_own_and_an_offset_is_kept():
    riyadh_like = timezone(timedelta(hours=3))
    assert parse_due("2026-02-05 07:00", local_zone=riyadh_like) == datetime(2026, 2, 5, 4, 0, tzinfo=UTC)
    assert parse_due("2026-02-05 07:00", local_zone=UTC) == datetime(2026, 2, 5, 7, 0, tzinfo=UTC)
    assert parse_due("2026-02-05T07:00+03:00") == datetime(2026, 2, 5, 4, 0, tzinfo=UTC)
    assert parse_due(" 2026-02-05T04:00:30Z ") == datetime(2026, 2, 5, 4, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize("text", ["tomorrow", "", "2026-13-01 07:00", "07:00", "05/02/2026 7am"])
def test_a_time_that_cannot_be_read_is_refused_in_both_languages(text):
    with pytest.raises(ScheduleRefused) as refused:
        parse_due(text)
    assert "YYYY-MM-DD HH:MM" in refused.value.en and "YYYY-MM-DD HH:MM" in refused.value.ar


def test_past_far_and_quiet_times_are_refused_with_the_reason():
    now = kuwait(2026, 2, 4, 18, 0)
    settings = ScheduleSettings(quiet_hours=NIGHT)
    check_due(kuwait(2026, 2, 5, 7, 0), now, settings)  # the end of quiet hours is outside them
    with pytest.raises(ScheduleRefused, match="already passed"):
        check_due(now - timedelta(minutes=1), now, settings)
    with pytest.raises(ScheduleRefused, match="more than a year"):
        check_due(now + timedelta(days=400), now, settings)
    with pytest.raises(ScheduleRefused) as refused:
        check_due(kuwait(2026, 2, 4, 23, 30), now, settings)
    assert "quiet hours (21:00-07:00 Kuwait time)" in refused.value.en
    assert "2026-02-05 07:00 Kuwait time" in refused.value.en  # the first time that would be accepted
    assert "ساعات الهدوء" in refused.value.ar
    check_due(kuwait(2026, 2, 4, 23, 30), now, ScheduleSettings())  # off by default


def test_quiet_hours_across_midnight_and_within_a_day():
    assert NIGHT.contains(kuwait(2026, 2, 4, 21, 0)) and NIGHT.contains(kuwait(2026, 2, 5, 6, 59))
    assert not NIGHT.contains(kuwait(2026, 2, 5, 7, 0)) and not NIGHT.contains(kuwait(2026, 2, 4, 20, 59))
    assert NIGHT.contains(datetime(2026, 2, 4, 18, 30, tzinfo=UTC))  # 21:30 in Kuwait
    assert NIGHT.ends_after(kuwait(2026, 2, 4, 22, 0)) == kuwait(2026, 2, 5, 7, 0)
    assert NIGHT.ends_after(kuwait(2026, 2, 5, 3, 0)) == kuwait(2026, 2, 5, 7, 0)
    lunch = QuietHours(time(13, 0), time(14, 0))
    assert lunch.contains(kuwait(2026, 2, 4, 13, 30)) and not lunch.contains(kuwait(2026, 2, 4, 14, 0))


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "nonsense",
        {"start": "21:00"},
        {"start": "25:00", "end": "07:00"},
        {"start": "07:00", "end": "07:00"},
        42,
    ],
)
def test_a_missing_or_broken_quiet_hours_setting_means_off(value):
    assert QuietHours.from_setting(value) is None


def test_quiet_hours_setting_forms():
    assert QuietHours.from_setting({"start": "21:00", "end": "07:00"}) == NIGHT
    assert QuietHours.from_setting("21:00-07:00") == NIGHT
    assert QuietHours.from_setting(NIGHT.as_setting()) == NIGHT
    assert ScheduleSettings.from_values(None, "x") == ScheduleSettings()
    assert ScheduleSettings.from_values("21:00-07:00", 5) == ScheduleSettings(NIGHT, 5)


def test_lateness_counts_in_whole_minutes():
    due = kuwait(2026, 2, 5, 7, 0)
    assert due_decision(due, due - timedelta(seconds=1)) is DueDecision.WAIT
    assert due_decision(due, due) is DueDecision.SEND
    assert due_decision(due, due + timedelta(seconds=59)) is DueDecision.SEND  # cron's run in the due minute
    assert due_decision(due, due + timedelta(seconds=60)) is DueDecision.MISSED
    assert due_decision(due, due + timedelta(minutes=10, seconds=59), late_minutes=10) is DueDecision.SEND
    assert due_decision(due, due + timedelta(minutes=11), late_minutes=10) is DueDecision.MISSED
    en, ar = missed_reason(due, due + timedelta(hours=2))
    assert "120 minutes ago" in en and "send it now, choose a new time, or cancel" in en and "ألغها" in ar


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_the_journal_text_round_trips_to_the_millisecond(moment):
    moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
    text = utc_text(moment)
    assert text.endswith("Z") and from_utc_text(text) == moment
    assert kuwait_text(moment).endswith("Kuwait time")


@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)),
    st.times(),
    st.times(),
)
def test_quiet_hours_end_is_the_first_moment_outside_them(moment, start, end):
    quiet = QuietHours(start.replace(second=0, microsecond=0), end.replace(second=0, microsecond=0))
    if quiet.start == quiet.end:
        return
    after = quiet.ends_after(moment)
    assert moment < after <= moment + timedelta(days=1)
    assert not quiet.contains(after)
    if quiet.contains(moment):
        assert quiet.contains(after - timedelta(minutes=1)) or after - moment <= timedelta(minutes=1)
