"""Hostile gateways (tests/gateway/hostile.py) against the real client: at most once, no password out, bounded time and size."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest

from kwtsms_desktop.core.errors import ERRORS, lookup_failure
from kwtsms_desktop.gateway.apilog import ApiLog, mask_secret
from kwtsms_desktop.gateway.client import (
    BadResponse,
    GatewayClient,
    GatewayRejected,
    InsecureGatewayURL,
    NoAnswer,
    RequestCancelled,
    RequestNotSent,
    SecureConnectionFailed,
)

from .hostile import HostileGateway

PASSWORD = 'pa"ss\\wo rd&<ü>/+%'
SEND = (["96550000001"], "Hello", "KWT-SMS")


@pytest.fixture
def hostile(server_tls_context):
    started: list[HostileGateway] = []

    def make(behaviour: str, *, tls: bool = True, **kwargs) -> HostileGateway:
        gateway = HostileGateway(behaviour, ssl_context=server_tls_context if tls else None, **kwargs).start()
        started.append(gateway)
        return gateway

    yield make
    for gateway in started:
        gateway.stop()


def client_for(gateway: HostileGateway, ca_bundle: str, **kwargs) -> GatewayClient:
    kwargs.setdefault("deadline", 5.0)
    verify = ca_bundle if gateway.url.startswith("https") else True
    return GatewayClient(lambda: ("user", PASSWORD), gateway.url, verify=verify, **kwargs)


@pytest.mark.parametrize("behaviour", ["tls_garbage", "tls_alert", "reset"])
def test_a_failure_after_the_gateway_read_the_send_request_is_uncertain_never_not_sent(hostile, ca_bundle, behaviour):
    gateway = hostile(behaviour)
    with client_for(gateway, ca_bundle) as client, pytest.raises(NoAnswer) as failure:
        client.send(*SEND, test=True)
    assert failure.value.request_sent and failure.value.info.action.value == "uncertain"
    assert "after the request went out" in failure.value.description
    assert gateway.count("send") == 1


def test_a_tls_handshake_failure_is_not_sent_and_says_secure_connection(hostile):
    gateway = hostile("ok")
    with GatewayClient(lambda: ("user", PASSWORD), gateway.url, deadline=5) as client:  # CA not trusted
        with pytest.raises(SecureConnectionFailed) as failure:
            client.send(*SEND, test=True)
    assert failure.value.code == "TLS" and not failure.value.request_sent
    assert gateway.requests == []
    assert "secure connection" in ERRORS["TLS"].en and "date and time" in ERRORS["TLS"].en
    assert "offline" not in ERRORS["TLS"].en


def test_connection_refused_is_not_sent():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with GatewayClient(lambda: ("user", PASSWORD), f"http://127.0.0.1:{port}/API/") as client:
        with pytest.raises(RequestNotSent) as failure:
            client.send(*SEND, test=True)
    assert failure.value.code == "NETWORK"


def test_a_dripping_gateway_ends_at_the_deadline_as_uncertain(hostile, ca_bundle):
    gateway = hostile("drip", drip_seconds=0.3)
    started = time.monotonic()
    with client_for(gateway, ca_bundle, deadline=1.5) as client, pytest.raises(NoAnswer) as failure:
        client.send(*SEND, test=True)
    assert 1.4 < time.monotonic() - started < 5
    assert "within 2 s" in failure.value.description or "within 1 s" in failure.value.description
    assert gateway.count("send") == 1


def test_a_dripping_look_up_fails_at_the_deadline(hostile, ca_bundle):
    gateway = hostile("drip", endpoints=None, drip_seconds=0.3)
    with client_for(gateway, ca_bundle, deadline=1.0) as client, pytest.raises(NoAnswer):
        client.balance()


def test_interrupt_ends_a_call_in_flight_at_once(hostile, ca_bundle):
    gateway = hostile("drip", drip_seconds=5)
    client = client_for(gateway, ca_bundle, deadline=60)
    threading.Timer(0.5, client.interrupt).start()
    started = time.monotonic()
    with pytest.raises(NoAnswer) as failure:
        client.send(*SEND, test=True)
    client.close()
    assert time.monotonic() - started < 5
    assert "Stopped while waiting" in failure.value.description


def test_interrupt_before_the_request_is_written_is_a_cancel():
    # A listening socket that never accepts: TCP connects (backlog), TLS handshake waits forever.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        url = f"https://127.0.0.1:{server.getsockname()[1]}/API/"
        client = GatewayClient(lambda: ("user", PASSWORD), url, deadline=60)
        threading.Timer(0.5, client.interrupt).start()
        with pytest.raises(RequestCancelled):
            client.send(*SEND, test=True)
        client.close()


@pytest.mark.parametrize("status", [307, 308, 301, 302])
def test_a_redirect_to_another_port_never_gets_the_password(hostile, ca_bundle, status):
    elsewhere = hostile("ok", tls=False, endpoints=None)
    gateway = hostile("redirect", redirect_status=status, location=elsewhere.url + "send/")
    with client_for(gateway, ca_bundle) as client, pytest.raises(BadResponse) as failure:
        client.send(*SEND, test=True)
    assert elsewhere.requests == []
    assert f"HTTP {status}" in failure.value.description and elsewhere.url in failure.value.description
    assert failure.value.info.action.value == "uncertain"


def test_a_redirect_to_ftp_is_uncertain_for_send_and_a_failure_for_look_ups(hostile, ca_bundle):
    gateway = hostile("redirect", endpoints=None, location="ftp://127.0.0.1/x")
    with client_for(gateway, ca_bundle) as client:
        with pytest.raises(BadResponse) as sent:
            client.send(*SEND, test=True)
        with pytest.raises(BadResponse):
            client.balance()
    assert "ftp://127.0.0.1/x" in sent.value.description
    assert gateway.count("send") == 1


def test_a_huge_answer_is_refused_without_reading_it_all(hostile, ca_bundle):
    gateway = hostile("huge", huge_bytes=200_000_000)
    started = time.monotonic()
    with client_for(gateway, ca_bundle) as client, pytest.raises(BadResponse) as failure:
        client.send(*SEND, test=True)
    assert "larger than" in failure.value.description
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("depth", [25, 5_000, 60_000])
def test_deeply_nested_json_is_a_bad_answer_not_a_recursion_error(hostile, ca_bundle, tmp_path, depth):
    gateway = hostile("nested", depth=depth)
    log = ApiLog(tmp_path / "api.jsonl")
    with client_for(gateway, ca_bundle, api_log=log) as client, pytest.raises(BadResponse) as failure:
        client.send(*SEND, test=True)
    assert "nested too deeply" in failure.value.description
    assert json.loads(log.path.read_text("utf-8").splitlines()[-1])["ok"] is False


def test_masking_and_the_api_log_survive_any_depth(tmp_path):
    deep: list = []
    for _ in range(50_000):
        deep = [deep, "x"]
    assert mask_secret(deep, "secret") is not None
    log = ApiLog(tmp_path / "api.jsonl")
    log.record("send", {"password": "secret"}, {"deep": deep}, ok=False, secret="secret")
    assert "nested too deeply" in log.path.read_text("utf-8")


def password_prefixes(text: str) -> list[str]:
    """Every piece (4 characters or more) of any form of the password found in ``text``."""
    from kwtsms_desktop.gateway.apilog import secret_forms

    found = []
    for form in secret_forms(PASSWORD):
        for size in range(4, len(form) + 1):
            for start in range(0, len(form) - size + 1):
                piece = form[start : start + size]
                if piece in text and not piece.isalpha():
                    found.append(piece)
    return found


@pytest.mark.parametrize("behaviour", ["echo_json", "echo_text"])
def test_an_echoing_gateway_leaks_no_form_of_the_password(hostile, ca_bundle, tmp_path, behaviour):
    gateway = hostile(behaviour)
    log = ApiLog(tmp_path / "api.jsonl")
    with client_for(gateway, ca_bundle, api_log=log) as client:
        with pytest.raises((GatewayRejected, BadResponse)) as failure:
            client.send(*SEND, test=True)
    assert (
        json.dumps(PASSWORD, ensure_ascii=False)[1:-1] in gateway.requests[0][1].decode()
    )  # it did reach the gateway, escaped
    written = log.path.read_text("utf-8")
    for text in (written, str(failure.value), repr(failure.value), failure.value.description):
        assert password_prefixes(text) == [], text


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost./API/",
        "http://foo.localhost/API/",
        "http://LOCALHOST.:80/",
        "http://127.0.0.1.nip.io/API/",
        "http://0x7f000001.example/",
    ],
)
def test_only_literal_loopback_and_the_exact_name_localhost_may_use_plain_http(url):
    with pytest.raises(InsecureGatewayURL):
        GatewayClient(lambda: ("user", PASSWORD), url)


def test_localhost_is_never_looked_up(hostile, monkeypatch):
    gateway = hostile("ok", tls=False, endpoints=())
    real = socket.getaddrinfo

    def no_dns_for_names(host, *args, **kwargs):
        assert host not in ("localhost", b"localhost"), "localhost was looked up"
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", no_dns_for_names)
    with GatewayClient(lambda: ("user", PASSWORD), f"http://localhost:{gateway.port}/API/") as client:
        assert client.balance().available == 1000
    assert gateway.count("balance") == 1


def test_look_up_sentences_speak_of_no_batch_and_no_resume():
    for code in (
        "NETWORK",
        "TLS",
        "TIMEOUT",
        "BAD_RESPONSE",
        "ERR001",
        "ERR003",
        "ERR004",
        "ERR005",
        "ERR010",
        "ERR011",
        "ERR013",
        "ERR024",
        "ERR028",
    ):
        en, ar = lookup_failure(code)
        assert "batch" not in en and "resume" not in en.lower() and "by itself" not in en, code
        assert "الدفعة" not in ar and "استأنف" not in ar, code
        assert any("\u0621" <= ch <= "\u064a" for ch in ar)
