"""The vendor reference's "Testing and verification" tables, run through the client against the simulator.

Every test runs twice: over plain HTTP on loopback and over TLS with a trustme certificate.
"""

from __future__ import annotations

import time

import pytest

from kwtsms_desktop.core.errors import Category
from kwtsms_desktop.core.phone import normalize_number
from kwtsms_desktop.gateway.client import GatewayRejected

KUWAIT_MOBILE = "96598765432"


# ---- 1. Smoke test, one call per endpoint -----------------------------------------------------------
def test_smoke_table_one_call_per_endpoint(client, simulator):
    balance = client.balance()
    assert balance.available > 0 and balance.purchased > 0
    assert "KWT-SMS" in client.sender_ids()
    assert client.coverage()[0] == "965"
    assert client.validate([KUWAIT_MOBILE]).ok == [KUWAIT_MOBILE]
    sent = client.send([KUWAIT_MOBILE], "Smoke test", "KWT-SMS", test=True)
    assert sent.numbers == 1 and sent.msg_id
    # A test message stays in the queue: status says so (ERR030), exactly as the live service does.
    with pytest.raises(GatewayRejected) as stuck:
        client.status(sent.msg_id)
    assert stuck.value.code == "ERR030"
    live = client.send(["96566123456"], "Smoke test", "KWT-SMS", test=False)
    assert client.status(live.msg_id).status == "sent"


# ---- 2. Phone number edge cases ------------------------------------------------------------------------
@pytest.mark.parametrize("written", ["+96598765432", "0096598765432", "965 9876 5432", "965-9876-5432", "٩٦٥٩٨٧٦٥٤٣٢"])
def test_number_written_with_decoration_is_accepted_once_the_client_normalizes_it(client, simulator, written):
    # Posted as written, the gateway refuses it (digits only, no +, 00, spaces or dashes) ...
    assert client.validate([written]).er == [written]
    with pytest.raises(GatewayRejected) as refused:
        client.send([written], "Edge case", "KWT-SMS", test=True)
    assert refused.value.code == "ERR025"
    # ... normalized first, it is accepted.
    result = client.send([normalize_number(written)], "Edge case", "KWT-SMS", test=True)
    assert result.numbers == 1
    assert simulator.ledger()[-1]["numbers"] == [KUWAIT_MOBILE]


@pytest.mark.parametrize(
    ("mobile", "codes"),
    [
        ("96522334455", {"ERR025"}),  # Kuwait landline
        ("123456", {"ERR006", "ERR025"}),  # too short
        ("abc123", {"ERR025"}),  # not a number
    ],
)
def test_invalid_numbers_are_refused_and_not_charged(client, simulator, mobile, codes):
    before = client.balance().available
    with pytest.raises(GatewayRejected) as refused:
        client.send([mobile], "Edge case", "KWT-SMS", test=False)
    assert refused.value.code in codes
    assert refused.value.category == Category.RECIPIENTS
    assert client.balance().available == before
    assert simulator.ledger() == []


def test_country_not_activated_is_err026(make_simulator, make_client):
    simulator = make_simulator(coverage=["965"])
    client = make_client(simulator)
    assert client.validate(["971504496677"]).nr == ["971504496677"]
    with pytest.raises(GatewayRejected) as refused:
        client.send(["971504496677"], "Hello", "KWT-SMS", test=True)
    assert refused.value.code == "ERR026"
    assert simulator.ledger() == []


def test_a_mix_sends_to_the_valid_numbers_and_charges_only_them(client, simulator):
    result = client.send([KUWAIT_MOBILE, "96522334455", "abc123", "966559123456"], "Mixed", "KWT-SMS", test=False)
    assert result.numbers == 2
    assert result.points_charged == 2
    assert simulator.ledger()[0]["numbers"] == [KUWAIT_MOBILE, "966559123456"]


# ---- 3. Send flow --------------------------------------------------------------------------------------------
def test_test_mode_holds_credits_until_the_queue_is_cleared(client, simulator):
    start = client.balance().available
    held = client.send([KUWAIT_MOBILE], "English test", "KWT-SMS", test=True)
    assert held.balance_after == start - 1
    assert simulator.queued() == 1
    assert simulator.clear_queue() == 1
    assert client.balance().available == start


def test_arabic_message_is_ucs2_paged(client, simulator):
    arabic = "مرحبا بكم في المدرسة " * 4  # 84 characters: two UCS-2 pages (67 each)
    result = client.send([KUWAIT_MOBILE], arabic, "KWT-SMS", test=False)
    assert result.points_charged == 2
    assert simulator.ledger()[0]["message"] == arabic


def test_same_number_twice_within_15_seconds_is_err028(make_simulator, make_client):
    simulator = make_simulator(same_number_seconds=15.0)
    client = make_client(simulator)
    first = client.send([KUWAIT_MOBILE], "Your OTP for DEMO is 123456", "KWT-SMS", test=False)
    with pytest.raises(GatewayRejected) as again:
        client.send([KUWAIT_MOBILE], "Your OTP for DEMO is 123456", "KWT-SMS", test=False)
    assert again.value.code == "ERR028" and again.value.category == Category.THROTTLE
    assert [e["msg-id"] for e in simulator.ledger()] == [first.msg_id]
    assert client.status(first.msg_id).status == "sent"  # first call unaffected


# ---- 4. Error triggers -------------------------------------------------------------------------------------
def test_wrong_password_is_err003_account_error(make_client, simulator):
    client = make_client(simulator, credentials=lambda: ("demo", "not-the-password"))
    with pytest.raises(GatewayRejected) as wrong:
        client.send([KUWAIT_MOBILE], "Hello", "KWT-SMS", test=True)
    assert wrong.value.code == "ERR003"
    assert wrong.value.category == Category.ACCOUNT
    assert "not-the-password" not in str(wrong.value)


def test_empty_message_is_err009(client):
    with pytest.raises(GatewayRejected) as empty:
        client.send([KUWAIT_MOBILE], "", "KWT-SMS", test=True)
    assert empty.value.code == "ERR009"


def test_201_numbers_is_err007_at_the_gateway(client, simulator):
    numbers = [f"9655{n:07d}" for n in range(201)]
    with pytest.raises(ValueError):  # the client refuses before sending ...
        client.send(numbers, "Hello", "KWT-SMS", test=True)
    status, body = simulator._state.handle(  # ... and the gateway itself says ERR007
        "send",
        {
            "username": "demo",
            "password": "demo",
            "sender": "KWT-SMS",
            "mobile": ",".join(numbers),
            "message": "Hello",
            "test": "1",
        },
    )
    assert (status, body["code"]) == (403, "ERR007")
    assert simulator.stats()["requests"] == 0


def test_html_tags_are_err027(client):
    with pytest.raises(GatewayRejected) as html:
        client.send([KUWAIT_MOBILE], "Hello <b>world</b>", "KWT-SMS", test=True)
    assert html.value.code == "ERR027"
    assert html.value.category == Category.MESSAGE


def test_emoji_is_accepted_but_sticks_in_the_queue(client):
    sent = client.send([KUWAIT_MOBILE], "Party tonight 🎉", "KWT-SMS", test=False)
    with pytest.raises(GatewayRejected) as stuck:
        client.status(sent.msg_id)
    assert stuck.value.code == "ERR030"


@pytest.mark.slow
def test_ten_requests_per_second_gets_the_ip_blocked(make_simulator, make_client):
    simulator = make_simulator(rate_block=True, block_seconds=30)
    client = make_client(simulator)
    deadline = time.monotonic() + 15
    code = "OK"
    while code != "ERR024" and time.monotonic() < deadline:  # about 10-20 calls a second, unthrottled
        try:
            client.balance()
        except GatewayRejected as exc:
            code = exc.code
        simulator._stopping.wait(0.05)
    assert code == "ERR024"
    stats = simulator.stats()
    assert stats["blocked_now"] and stats["rate_violations"] > 0 and stats["max_requests_in_any_second"] > 5
    simulator.reset_rate_block()
    assert client.balance().available > 0
