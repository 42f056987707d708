"""The simulator answers like the live gateway: shapes, status codes, and every documented error from its state."""

from __future__ import annotations

import json
import ssl
import threading
import time
import urllib.error
import urllib.request

import pytest

from kwtsms_desktop.gateway.client import DlrEntry, GatewayRejected
from kwtsms_desktop.gateway.simulator import Simulator
from kwtsms_desktop.gateway.simulator_traffic import TrafficMonitor

AUTH = {"username": "demo", "password": "demo"}
KW = "96598765432"
SA = "966559123456"


@pytest.fixture
def raw_post(transport, ca_bundle):
    """POST raw JSON (or bytes) the way any HTTP client would; returns (status, parsed JSON or text)."""
    context = ssl.create_default_context(cafile=ca_bundle) if transport == "https" else None

    def post(url: str, body: object = None, method: str = "POST") -> tuple[int, object]:
        data = body if isinstance(body, bytes) else (json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            response = urllib.request.urlopen(request, timeout=10, context=context)
        except urllib.error.HTTPError as exc:
            response = exc
        with response:
            status, text = response.status, response.read().decode()
        try:
            return status, json.loads(text)
        except ValueError:
            return status, text

    return post


def _send(post, sim, **fields):
    return post(sim.url + "send/", {**AUTH, "sender": "KWT-SMS", "mobile": KW, "message": "Hi", "test": "1", **fields})


@pytest.mark.parametrize("missing", ["username", "password", "sender", "mobile", "message"])
def test_missing_field_is_err002_with_http_403(simulator, raw_post, missing):
    body = {**AUTH, "sender": "KWT-SMS", "mobile": KW, "message": "Hi", "test": "1"}
    del body[missing]
    status, answer = raw_post(simulator.url + "send/", body)
    assert status == 403
    assert answer["result"] == "ERROR" and answer["code"] == "ERR002" and answer["description"]


def test_not_json_body_and_get_are_err002(simulator, raw_post):
    assert raw_post(simulator.url + "balance/", b"username=demo&password=demo")[1]["code"] == "ERR002"
    assert raw_post(simulator.url + "balance/", method="GET")[1]["code"] == "ERR002"


def test_there_is_no_report_endpoint(simulator, raw_post):
    status, text = raw_post(simulator.url + "report/", {**AUTH, "msgid": "x"})
    assert status == 404 and "<html>" in text.lower()


def test_response_shapes_match_the_reference(simulator, raw_post):
    assert raw_post(simulator.url + "balance/", AUTH) == (200, {"result": "OK", "available": 5000, "purchased": 5000})
    assert raw_post(simulator.url + "senderid/", AUTH) == (200, {"result": "OK", "senderid": ["KWT-SMS", "DEMO"]})
    status, coverage = raw_post(simulator.url + "coverage/", AUTH)
    assert status == 200 and coverage["prefixes"][0] == "965"
    status, valid = raw_post(simulator.url + "validate/", {**AUTH, "mobile": f"{KW},+{KW},96522334455"})
    assert valid == {"result": "OK", "mobile": {"OK": [KW], "ER": [f"+{KW}", "96522334455"], "NR": []}}
    status, sent = _send(raw_post, simulator)
    assert status == 200
    assert set(sent) == {"result", "msg-id", "numbers", "points-charged", "balance-after", "unix-timestamp"}
    assert abs(sent["unix-timestamp"] - (time.time() + 3 * 3600)) < 60  # Asia/Kuwait server time


def test_sender_id_is_case_sensitive_err008(client):
    with pytest.raises(GatewayRejected) as banned:
        client.send([KW], "Hi", "kwt-sms", test=True)
    assert banned.value.code == "ERR008"
    assert client.send([KW], "Hi", "DEMO", test=True).numbers == 1


@pytest.mark.parametrize(("text", "pages"), [("x" * 1071, 7), ("ب" * 469, 7), ("x" * 161, 2), ("ب" * 71, 2)])
def test_up_to_seven_pages_are_accepted_and_charged_per_page(client, text, pages):
    assert client.send([KW, SA], text, "KWT-SMS", test=False).points_charged == pages * 2


@pytest.mark.parametrize("text", ["x" * 1072, "ب" * 470])
def test_eight_pages_is_err012(client, simulator, text):
    with pytest.raises(GatewayRejected) as too_long:
        client.send([KW], text, "KWT-SMS", test=False)
    assert too_long.value.code == "ERR012"
    assert simulator.ledger() == []


def test_zero_and_insufficient_balance(client, simulator):
    simulator.set_balance(1)
    with pytest.raises(GatewayRejected) as short:
        client.send([KW, SA], "Hi", "KWT-SMS", test=False)
    assert short.value.code == "ERR011"
    client.send([KW], "Hi", "KWT-SMS", test=False)
    with pytest.raises(GatewayRejected) as zero:
        client.send([SA], "Hi", "KWT-SMS", test=False)
    assert zero.value.code == "ERR010"
    assert client.balance().available == 0


def test_balance_can_be_set_over_http(simulator, raw_post):
    root = simulator.url[: -len("API/")]
    assert raw_post(root + "_sim/balance", {"balance": 7})[0] == 200
    assert raw_post(simulator.url + "balance/", AUTH)[1]["available"] == 7
    assert raw_post(root + "_sim/balance", {"balance": "lots"})[0] == 400


def test_queue_full_err013_after_the_limit_of_held_test_messages(make_simulator, make_client):
    simulator = make_simulator(queue_limit=3)
    client = make_client(simulator)
    for n in range(3):
        client.send([f"9656000000{n}"], "Hi", "KWT-SMS", test=True)
    with pytest.raises(GatewayRejected) as full:
        client.send(["96560000009"], "Hi", "KWT-SMS", test=True)
    assert full.value.code == "ERR013"
    assert client.send(["96560000009"], "Hi", "KWT-SMS", test=False).numbers == 1  # live sends are not held
    simulator.clear_queue()
    assert client.send(["96560000008"], "Hi", "KWT-SMS", test=True).numbers == 1


def test_no_coverage_at_all_is_err033_and_every_send_err026(make_simulator, make_client):
    simulator = make_simulator(coverage=[])
    client = make_client(simulator)
    with pytest.raises(GatewayRejected) as none:
        client.coverage()
    assert none.value.code == "ERR033"
    with pytest.raises(GatewayRejected) as no_route:
        client.send([KW], "Hi", "KWT-SMS", test=True)
    assert no_route.value.code == "ERR026"


def test_same_number_rule_expires_after_its_window(make_simulator, make_client):
    simulator = make_simulator(same_number_seconds=0.3)
    client = make_client(simulator)
    client.send([KW], "Hi", "KWT-SMS", test=False)
    with pytest.raises(GatewayRejected):
        client.send([KW, SA], "Hi", "KWT-SMS", test=False)
    time.sleep(0.35)
    assert client.send([KW], "Hi", "KWT-SMS", test=False).numbers == 1


def test_status_and_dlr_lookups(make_simulator, make_client):
    simulator = make_simulator(dlr_ready_seconds=0.3)
    client = make_client(simulator)
    for call, code in ((client.status, "ERR029"), (client.dlr, "ERR020")):
        with pytest.raises(GatewayRejected) as unknown:
            call("f" * 32)
        assert unknown.value.code == code
    kuwait = client.send([KW], "Hi", "KWT-SMS", test=False)
    with pytest.raises(GatewayRejected) as no_dlr:
        client.dlr(kuwait.msg_id)
    assert no_dlr.value.code == "ERR021"  # Kuwait numbers have no delivery report
    mixed = client.send(["96566123456", SA, "971501234567"], "Hi", "KWT-SMS", test=False)
    with pytest.raises(GatewayRejected) as early:
        client.dlr(mixed.msg_id)
    assert early.value.code == "ERR022"
    time.sleep(0.35)
    assert client.dlr(mixed.msg_id) == [DlrEntry(SA, "DELIVERED"), DlrEntry("971501234567", "DELIVERED")]


def test_msg_ids_are_long_hex_and_unique(client):
    ids = {client.send([f"9656{n:07d}"], "Hi", "KWT-SMS", test=False).msg_id for n in range(12)}
    assert len(ids) == 12
    assert all(len(i) >= 32 and int(i, 16) >= 0 for i in ids)
    assert any(len(i) > 32 for i in ids)


def test_latency_is_per_request_and_does_not_serialize_requests(make_simulator, make_client):
    simulator = make_simulator(latency_ms=300)
    clients = [make_client(simulator) for _ in range(4)]
    threads = [threading.Thread(target=c.balance) for c in clients]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    assert 0.29 <= elapsed < 1.1  # four 300 ms answers in parallel, not 1.2 s in a row


def test_ledger_file_gets_one_json_line_per_accepted_send(tmp_path):
    path = tmp_path / "ledger.jsonl"
    with Simulator(ledger_path=path, rate_block=False, same_number_seconds=0) as simulator:
        simulator._state.handle("send", {**AUTH, "sender": "DEMO", "mobile": f"{KW},{SA}", "message": "a", "test": "0"})
        simulator._state.handle("send", {**AUTH, "sender": "nope", "mobile": KW, "message": "a", "test": "0"})
        simulator._state.handle("send", {**AUTH, "sender": "DEMO", "mobile": KW, "message": "b", "test": "1"})
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert lines == simulator.ledger()
    assert [(e["numbers"], e["message"], e["test"]) for e in lines] == [([KW, SA], "a", False), ([KW], "b", True)]


def test_traffic_monitor_blocks_a_client_above_five_requests_in_one_second_and_counts_violations():
    monitor = TrafficMonitor(block_seconds=60)
    answers = [monitor.record("ip", "send", now=100.0 + i * 0.05) for i in range(10)]  # 10 in half a second
    assert answers == [False] * 5 + [True] * 5  # the 6th within one second is blocked, as the API page says
    snap = monitor.snapshot()
    assert snap["max_requests_in_any_second"] == 10 and snap["rate_violations"] == 5 and snap["blocks"] == 1
    assert monitor.record("ip", "send", now=130.0) is True  # still blocked, at a slow pace
    assert monitor.record("other-ip", "send", now=104.9) is False
    monitor.unblock()
    assert monitor.record("ip", "send", now=170.0) is False


def test_a_tolerant_monitor_can_still_allow_short_bursts():
    monitor = TrafficMonitor(block_seconds=60, block_after=3)
    assert not any(monitor.record("ip", "send", now=100.0 + i * 0.05) for i in range(10))
    assert monitor.snapshot()["rate_violations"] == 5


def test_ten_requests_in_one_second_over_http_get_err024_and_are_counted(make_simulator, raw_post):
    simulator = make_simulator(rate_block=True, block_seconds=30)
    codes = [raw_post(simulator.url + "balance/", AUTH)[1].get("code", "OK") for _ in range(10)]
    stats = simulator.stats()
    if stats["max_requests_in_any_second"] <= 5:
        pytest.skip("this machine was too slow to make 6 requests within one second")
    assert "ERR024" in codes and codes[:5] == ["OK"] * 5
    assert stats["rate_violations"] >= 1 and stats["blocked_now"]


def test_pages_are_charged_on_the_text_received_not_on_the_cleaned_text(make_simulator, raw_post):
    simulator = make_simulator(same_number_seconds=0)
    message = "a" * 150 + "\U0001f600"  # 150 GSM characters and an emoji: UCS-2, 152 units, 3 pages
    status, answer = raw_post(
        simulator.url + "send/", {**AUTH, "sender": "KWT-SMS", "mobile": KW, "message": message, "test": "1"}
    )
    assert status == 200 and answer["points-charged"] == 3
    assert simulator.ledger()[-1]["pages"] == 3
    status, answer = raw_post(
        simulator.url + "send/", {**AUTH, "sender": "KWT-SMS", "mobile": KW, "message": "a" * 150, "test": "1"}
    )
    assert answer["points-charged"] == 1


def test_a_mobile_field_over_2500_characters_is_refused(make_simulator, raw_post):
    simulator = make_simulator()
    saudi = ",".join(f"9665{i:08d}" for i in range(200))  # 200 numbers, 2,599 characters
    assert len(saudi) > 2500
    for endpoint in ("send", "validate"):
        status, answer = raw_post(
            simulator.url + f"{endpoint}/",
            {**AUTH, "sender": "KWT-SMS", "mobile": saudi, "message": "Hello", "test": "1"},
        )
        assert (status, answer["code"]) == (403, "ERR007"), endpoint
    assert simulator.ledger() == []


def test_four_per_second_steady_is_never_a_violation():
    monitor = TrafficMonitor()
    for i in range(100):
        assert monitor.record("ip", "send", now=i * 0.25) is False
    assert monitor.snapshot()["rate_violations"] == 0
    assert monitor.snapshot()["max_requests_in_any_second"] == 4
