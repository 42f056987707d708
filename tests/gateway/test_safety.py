"""HTTPS except loopback, verification never off, and the password in no log line, exception or repr."""

from __future__ import annotations

import pickle
import socket

import pytest

from kwtsms_desktop.gateway.apilog import ApiLog
from kwtsms_desktop.gateway.client import (
    DEFAULT_GATEWAY_URL,
    GatewayClient,
    GatewayError,
    GatewayRejected,
    InsecureGatewayURL,
    NoAnswer,
)
from kwtsms_desktop.gateway.urls import check_gateway_url, is_loopback_host

SECRET = "S3cret-Pa55word!"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.mark.parametrize(
    "url",
    [
        "http://www.kwtsms.com/API/",
        "http://10.0.0.5/API/",
        "http://192.168.1.10:8080/",
        "http://[2001:db8::1]/API/",
        "http://127.0.0.1.evil.example/API/",
        "ftp://www.kwtsms.com/API/",
        "www.kwtsms.com/API/",
        "https://user:pw@www.kwtsms.com/",
        "",
        "http://localhost.evil.example/",
    ],
)
def test_insecure_or_odd_urls_are_refused_before_any_connection(no_network, url):
    with pytest.raises(InsecureGatewayURL):
        GatewayClient(lambda: ("user", SECRET), url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/API/",
        "http://127.5.6.7/API",
        "http://localhost:9/API/",
        "http://[::1]:9/API/",
        "https://www.kwtsms.com/API/",
        DEFAULT_GATEWAY_URL,
    ],
)
def test_https_anywhere_and_http_on_loopback_are_allowed(no_network, url):
    client = GatewayClient(lambda: ("user", SECRET), url)
    assert client.base_url.endswith("/")
    client.close()


def test_loopback_detection():
    assert is_loopback_host("127.0.0.1") and is_loopback_host("::1") and is_loopback_host("LOCALHOST")
    assert not is_loopback_host("10.0.0.1") and not is_loopback_host("example.com")
    assert check_gateway_url("http://127.0.0.1:5/API") == "http://127.0.0.1:5/API/"


def test_tls_verification_cannot_be_turned_off(no_network, tmp_path):
    for verify in (False, None, "", str(tmp_path / "missing-ca.pem")):
        with pytest.raises(ValueError):
            GatewayClient(lambda: ("user", SECRET), DEFAULT_GATEWAY_URL, verify=verify)


def test_repr_shows_url_and_username_only():
    client = GatewayClient(lambda: ("school-api", SECRET), DEFAULT_GATEWAY_URL)
    text = repr(client)
    client.close()
    assert "school-api" in text and DEFAULT_GATEWAY_URL in text
    assert SECRET not in text


def test_password_is_in_no_log_line_exception_or_repr(make_simulator, make_client, tmp_path):
    simulator = make_simulator()
    log = ApiLog(tmp_path / "api.log")
    failures: list[GatewayError] = []

    wrong = make_client(simulator, credentials=lambda: ("demo", SECRET), api_log=log)
    with pytest.raises(GatewayRejected) as auth:
        wrong.balance()
    failures.append(auth.value)
    assert auth.value.code == "ERR003"

    # A gateway that echoes the password back (in an error page) must not leak it either.
    simulator.account.password = SECRET
    right = make_client(simulator, credentials=lambda: ("demo", SECRET), api_log=log, timeout=(5.0, 0.5))
    sent = right.send(["96598765432"], "Hello", "KWT-SMS", test=True)
    simulator.add_fault({"endpoint": "status", "kind": "error", "code": "ERR029"})
    with pytest.raises(GatewayRejected) as unknown:
        right.status(sent.msg_id)
    failures.append(unknown.value)
    simulator.add_fault({"endpoint": "balance", "kind": "timeout"})
    with pytest.raises(NoAnswer) as timed_out:
        right.balance()
    failures.append(timed_out.value)

    data = (tmp_path / "api.log").read_bytes()
    assert SECRET.encode() not in data
    assert data.count(b'"password": "***"') == 4
    lines = data.decode().splitlines()
    assert len(lines) == 4 and '"ok": true' in lines[1] and '"ERR003"' in lines[0]
    for failure in failures:
        for text in (str(failure), repr(failure), str(failure.args), repr(pickle.loads(pickle.dumps(failure)))):
            assert SECRET not in text
    assert SECRET not in repr(right) and SECRET not in repr(log)


def test_password_echoed_by_a_broken_gateway_is_masked_in_the_exception(tmp_path):
    import http.server
    import threading

    class Echo(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(500)
            self.send_header("Content-Length", str(len(body) + 13))
            self.end_headers()
            self.wfile.write(b"<html>echo: " + body + b"\n")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    log = ApiLog(tmp_path / "api.log")
    try:
        with GatewayClient(
            lambda: ("demo", SECRET), f"http://127.0.0.1:{server.server_port}/API/", api_log=log
        ) as client:
            with pytest.raises(GatewayError) as echoed:
                client.balance()
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert "HTML" in str(echoed.value) or "html" in str(echoed.value)
    assert SECRET not in str(echoed.value)
    assert SECRET.encode() not in (tmp_path / "api.log").read_bytes()
