"""Whatever bytes come back, the client returns a typed result or raises a GatewayError, nothing else."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kwtsms_desktop.gateway.client import (
    BadResponse,
    GatewayClient,
    GatewayError,
    GatewayRejected,
    SendResult,
)

PASSWORD = "pw-9f8e7d"


class _Canned(http.server.BaseHTTPRequestHandler):
    """Answers every POST with the server's current (status, body)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status, body = self.server.answer  # type: ignore[attr-defined]
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def canned() -> Iterator[tuple[http.server.ThreadingHTTPServer, GatewayClient]]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Canned)
    server.daemon_threads = True
    server.answer = (200, b"{}")  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    client = GatewayClient(
        lambda: ("demo", PASSWORD), f"http://127.0.0.1:{server.server_port}/API/", timeout=(5.0, 5.0)
    )
    yield server, client
    client.close()
    server.shutdown()
    server.server_close()
    thread.join()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
answer_fields = st.sampled_from(
    [
        "result",
        "code",
        "description",
        "available",
        "purchased",
        "senderid",
        "prefixes",
        "mobile",
        "msg-id",
        "numbers",
        "points-charged",
        "balance-after",
        "unix-timestamp",
        "status",
        "report",
    ]
)
json_answers = st.dictionaries(answer_fields, json_values | st.sampled_from(["OK", "ERROR", "ERR003"]), max_size=8)
bodies = st.one_of(
    json_answers.map(lambda d: json.dumps(d).encode()),
    st.binary(max_size=60),
    json_values.map(lambda v: json.dumps(v).encode()),
)


@settings(max_examples=80)
@given(
    status=st.sampled_from([200, 403, 500, 502]),
    body=bodies,
    call=st.sampled_from(["balance", "sender_ids", "coverage", "validate", "send", "status", "dlr"]),
)
def test_any_answer_is_a_result_or_a_gateway_error(canned, status, body, call):
    server, client = canned
    server.answer = (status, body)
    args = {
        "validate": (["96598765432"],),
        "send": (["96598765432"], "Hi", "KWT-SMS"),
        "status": ("abc",),
        "dlr": ("abc",),
    }.get(call, ())
    kwargs = {"test": True} if call == "send" else {}
    try:
        result = getattr(client, call)(*args, **kwargs)
    except GatewayError as error:
        assert PASSWORD not in str(error)
        if isinstance(error, GatewayRejected):
            assert error.code
        return
    if call == "send":
        assert isinstance(result, SendResult) and result.msg_id


def test_ok_send_without_msg_id_is_a_bad_response_not_a_success(canned):
    server, client = canned
    server.answer = (200, b'{"result": "OK", "numbers": 1}')
    with pytest.raises(BadResponse):
        client.send(["96598765432"], "Hi", "KWT-SMS", test=True)


def test_error_answer_with_http_200_is_still_a_rejection(canned):
    server, client = canned
    server.answer = (200, b'{"result": "ERROR", "code": "ERR010", "description": "Your account balance is zero."}')
    with pytest.raises(GatewayRejected) as zero:
        client.send(["96598765432"], "Hi", "KWT-SMS", test=True)
    assert zero.value.code == "ERR010" and zero.value.category == "balance"


def test_coverage_is_parsed_defensively(canned):
    server, client = canned
    for key in ("prefixes", "coverage", "list"):
        server.answer = (200, json.dumps({"result": "OK", key: ["965", "966"]}).encode())
        assert client.coverage() == ["965", "966"]
