"""Each number's state (every state), the delivery-report timing rule with an injected clock, the report model and export rows."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.engine import results as R
from kwtsms_desktop.engine.report import balances, build_report, result_table
from kwtsms_desktop.store import BroadcastCancelled

from .conftest import numbers

SAUDI = "966501234567"


def _journal(store, recipients, **options) -> int:
    plan = make_plan(recipients, "Hello", "KWT-SMS", batch_size=2, **options)
    return store.broadcasts.create(plan)


def _accept(store, broadcast_id, seq, *, points=2.0, balance=100.0):
    store.batches.mark_sending(broadcast_id, seq)
    store.batches.mark_accepted(
        broadcast_id, seq, msg_id=f"id{seq}", points_charged=points, balance_after=balance, gateway_timestamp=None
    )


def _states(store, broadcast_id) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for r in build_report(store, broadcast_id).results:  # a duplicate row comes after the planned one
        found.setdefault(r.number, (r.state, r.reason_en))
    return found


def test_every_state_of_a_live_broadcast(store):
    a, b, c, d, e, f, g, h = numbers(8)
    broadcast_id = _journal(store, [a, b, c, d, SAUDI, e, f, g, h, "12", a], suppressed={h}, coverage=["965", "966"])
    # batches of 2: [a b] [c d] [SAUDI e] [f g]
    _accept(store, broadcast_id, 1)
    store.batches.mark_sending(broadcast_id, 2)
    store.batches.mark_rejected(broadcast_id, 2, error_code="ERR025")
    _accept(store, broadcast_id, 3)
    store.lookups.record_reports(broadcast_id, 3, [(SAUDI, "FAILED")])
    store.batches.mark_sending(broadcast_id, 4)
    store.batches.mark_uncertain(broadcast_id, 4, error_code="TIMEOUT")
    states = _states(store, broadcast_id)
    assert states[a] == ("accepted", "") and states[b][0] == "accepted"
    assert states[c][0] == "rejected" and "valid" in states[c][1]  # the gateway's reason, in words
    assert states[SAUDI] == ("failed", "FAILED")
    assert states[e][0] == "accepted"  # Kuwait: no delivery report, stays accepted
    assert states[f][0] == "uncertain" and "never arrived" in states[f][1]
    assert states[h][0] == "set_aside" and "do-not-send" in states[h][1]
    assert states["12"][0] == "set_aside"

    store.lookups.record_reports(broadcast_id, 3, [(SAUDI, "DELIVERED")])
    assert _states(store, broadcast_id)[SAUDI] == ("delivered", "")
    store.lookups.record_status(broadcast_id, 1, error_code="ERR030")
    assert _states(store, broadcast_id)[a][0] == "failed"  # a live message stuck in the queue

    store.batches.resend_uncertain(broadcast_id, 4)
    assert _states(store, broadcast_id)[f][0] == "pending"  # not sent yet: the broadcast can still send it
    store.broadcasts.set_state(broadcast_id, "cancelled")
    assert _states(store, broadcast_id)[f][0] == "cancelled"  # never "not sent yet" once cancelled
    with pytest.raises(BroadcastCancelled):  # nothing claims a batch of a cancelled broadcast
        store.batches.mark_sending(broadcast_id, 4)
    assert _states(store, broadcast_id)[f][0] == "cancelled"


def test_a_test_broadcast_is_never_delivered_and_marked_batches_say_so(store):
    broadcast_id = _journal(store, numbers(3), test=True)
    _accept(store, broadcast_id, 1)
    store.lookups.record_status(broadcast_id, 1, error_code="ERR030")
    states = _states(store, broadcast_id)
    assert {states[n][0] for n in numbers(2)} == {"test"}
    assert states[numbers(3)[2]][0] == "pending"
    assert R.label("test") == "Test message (never delivered)" and R.label("test", "ar").startswith("رسالة اختبار")

    live = _journal(store, numbers(2))
    store.batches.mark_sending(live, 1)
    store.batches.mark_uncertain(live, 1, error_code="TIMEOUT")
    store.batches.mark_received(live, 1)
    assert {s for s in _states(store, live).values()} == {("accepted", "Counted as received (marked by you)")}


def test_every_state_has_words_in_both_languages():
    for state in R.STATES:
        assert R.label(state, "en") != state and R.label(state, "ar") != R.label(state, "en")
    from kwtsms_desktop.core.plan import SET_ASIDE_REASONS

    for reason in SET_ASIDE_REASONS:
        assert R.set_aside_reason(reason, "x", "ar") and R.set_aside_reason(reason, "x", "en").endswith(": x")
    assert R.set_aside_reason("missing_field", None) == "missing_field"  # a reason added later still shows


@pytest.mark.parametrize(
    ("raw", "state"),
    [
        ("DELIVERED", "delivered"),
        ("delivrd", "delivered"),
        ("UNDELIVERED", "failed"),
        ("Failed", "failed"),
        ("EXPIRED", "failed"),
        ("REJECTED", "failed"),
        ("SENT", "accepted"),
        ("", "accepted"),
    ],
)
def test_delivery_report_words(raw, state):
    assert R.report_outcome(raw) == state


def _batch(numbers_, *, msg_id="m1", answered="2026-01-31T09:00:00.000Z"):
    return SimpleNamespace(numbers=numbers_, msg_id=msg_id, answered_utc=answered, sent_utc=None)


def test_delivery_reports_only_outside_kuwait_and_from_five_minutes_after_sending():
    sent = dt.datetime(2026, 1, 31, 9, 0, tzinfo=dt.UTC)

    def at(minutes: float):
        return lambda: sent + dt.timedelta(minutes=minutes)

    mixed = _batch(["96550000000", SAUDI])
    early = R.dlr_blocked(mixed, now=at(4.9))
    assert early.why == R.TOO_EARLY and early.ready_at == sent + dt.timedelta(minutes=5)
    assert "5 minutes" in early.text() and early.ready_at.astimezone().strftime("%H:%M") in early.text()
    assert R.dlr_blocked(mixed, now=at(5)) is None
    assert R.dlr_blocked(_batch(["96550000000"]), now=at(60)).why == R.KUWAIT_ONLY
    assert R.dlr_blocked(mixed, test=True, now=at(60)).why == R.TEST_MESSAGE
    assert R.dlr_blocked(_batch([SAUDI], msg_id=None), now=at(60)).why == R.NO_MSG_ID
    assert R.dlr_blocked(None).why == R.NO_MSG_ID and R.status_blocked(mixed) is None
    assert R.dlr_blocked(_batch([SAUDI], answered=None), now=at(0)) is None  # no time known: ask
    for why in (R.TOO_EARLY, R.KUWAIT_ONLY, R.TEST_MESSAGE, R.NO_MSG_ID):
        assert R.Blocked(why, sent).text("ar") != R.Blocked(why, sent).text("en")


def test_report_counts_balances_and_export_rows(store):
    broadcast_id = _journal(store, [*numbers(3), "12"])
    _accept(store, broadcast_id, 1, points=2, balance=98)
    _accept(store, broadcast_id, 2, points=1, balance=97)
    report = build_report(store, broadcast_id)
    assert (report.recipients, report.set_aside, report.counts) == (3, 1, {"accepted": 3, "set_aside": 1})
    assert (report.points_charged, report.balance_before, report.balance_after) == (3, 100, 97)
    assert build_report(store, 999) is None
    assert balances([]) == (None, None)

    headers, rows = result_table(report)
    assert headers[:4] == ["Number", "Name", "State", "Reason"] and "Message" in headers and "Sender" in headers
    assert [row[2] for row in rows] == ["Accepted"] * 3 + ["Set aside"]
    assert {row[headers.index("Message")] for row in rows} == {"Hello"}
    assert {row[headers.index("Sender")] for row in rows} == {"KWT-SMS"}
    assert rows[0][headers.index("Sent at")] and rows[0][headers.index("Mode")] == "LIVE"
    assert rows[3][headers.index("Sent at")] == "" and "Invalid" in rows[3][3]

    store.broadcasts.set_state(broadcast_id, "cancelled")
    ar_headers, ar_rows = result_table(build_report(store, broadcast_id), "ar")
    assert ar_headers[0] == "الرقم" and ar_rows[0][2] == "مقبولة"


def test_cancelled_numbers_say_cancelled_in_the_export(store):
    broadcast_id = _journal(store, numbers(4))
    _accept(store, broadcast_id, 1)
    store.broadcasts.set_state(broadcast_id, "cancelled")
    _, rows = result_table(build_report(store, broadcast_id))
    assert [row[2] for row in rows] == ["Accepted", "Accepted", "Not sent (cancelled)", "Not sent (cancelled)"]
