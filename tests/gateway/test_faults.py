"""Every injected fault becomes the right exception class and category; sends say whether they may have gone out."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from kwtsms_desktop.core.errors import Action, Category
from kwtsms_desktop.gateway.client import (
    BadResponse,
    GatewayClient,
    GatewayRejected,
    NoAnswer,
    RequestNotSent,
    TransportError,
)
from kwtsms_desktop.gateway.demo import demo_credentials
from kwtsms_desktop.gateway.simulator import Simulator

NUMBER = "96598765432"


@pytest.mark.parametrize(
    ("kind", "exception", "code"),
    [
        ("timeout", NoAnswer, "TIMEOUT"),
        ("reset", NoAnswer, "TIMEOUT"),
        ("http500", BadResponse, "BAD_RESPONSE"),
        ("not_json", BadResponse, "BAD_RESPONSE"),
        ("empty", BadResponse, "BAD_RESPONSE"),
    ],
)
def test_transport_faults_after_the_request_went_out_are_uncertain(make_client, simulator, kind, exception, code):
    client = make_client(simulator, timeout=(5.0, 0.5))
    simulator.add_fault({"endpoint": "send", "kind": kind})
    with pytest.raises(exception) as failed:
        client.send([NUMBER], "Hello", "KWT-SMS", test=True)
    error = failed.value
    assert error.code == code and error.endpoint == "send"
    assert error.request_sent is True
    assert error.category == Category.TRANSPORT and error.info.action == Action.UNCERTAIN
    assert simulator.ledger() == []  # "accepted" defaults to false: nothing was sent
    # The fault was used up: the next call is answered normally.
    assert client.send([NUMBER], "Hello", "KWT-SMS", test=True).numbers == 1


@pytest.mark.parametrize("kind", ["timeout", "reset", "http500", "not_json", "empty"])
def test_accepted_fault_charges_and_records_the_send_although_the_answer_is_lost(make_client, simulator, kind):
    client = make_client(simulator, timeout=(5.0, 0.5))
    simulator.add_fault({"endpoint": "send", "kind": kind, "accepted": True})
    with pytest.raises(TransportError):
        client.send([NUMBER], "Hello", "KWT-SMS", test=False)
    [entry] = simulator.ledger()
    assert entry["numbers"] == [NUMBER]
    assert client.balance().available == simulator.account.balance - 1


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("ERR013", Category.THROTTLE),
        ("ERR010", Category.BALANCE),
        ("ERR005", Category.ACCOUNT),
        ("ERR031", Category.MESSAGE),
        ("ERR026", Category.RECIPIENTS),
    ],
)
def test_error_fault_is_a_gateway_rejection_with_its_category(client, simulator, code, category):
    simulator.add_fault({"endpoint": "*", "kind": "error", "code": code, "count": 2})
    for _ in range(2):
        with pytest.raises(GatewayRejected) as rejected:
            client.send([NUMBER], "Hello", "KWT-SMS", test=True)
        assert rejected.value.code == code and rejected.value.category == category
        assert rejected.value.description  # the gateway's own text
    assert simulator.ledger() == []
    assert client.balance().available == simulator.account.balance


def test_delay_fault_answers_normally_but_later(client, simulator):
    simulator.add_fault({"endpoint": "balance", "kind": "delay", "seconds": 0.3})
    started = time.monotonic()
    assert client.balance().available == simulator.account.balance
    assert time.monotonic() - started >= 0.25


def test_faults_only_hit_their_endpoint_and_count(client, simulator):
    simulator.add_fault([{"endpoint": "status", "kind": "http500", "count": 2}])
    assert client.balance().available > 0
    assert simulator.faults()[0]["count"] == 2
    sent = client.send([NUMBER], "Hello", "KWT-SMS", test=False)
    for _ in range(2):
        with pytest.raises(BadResponse):
            client.status(sent.msg_id)
    assert client.status(sent.msg_id).status == "sent"
    assert simulator.faults() == []


@pytest.mark.parametrize(
    "spec",
    [
        {"kind": "explode"},
        {"kind": "error", "code": "13"},
        {"kind": "delay", "endpoint": "report"},
        {"kind": "reset", "count": 0},
        {"kind": "reset", "colour": "red"},
        ["not an object"],
    ],
)
def test_malformed_fault_specs_are_refused(simulator, spec):
    with pytest.raises(ValueError):
        simulator.add_fault(spec)


def test_connection_refused_is_request_not_sent():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with GatewayClient(demo_credentials, f"http://127.0.0.1:{port}/API/", timeout=(2.0, 2.0)) as client:
        with pytest.raises(RequestNotSent) as refused:
            client.send([NUMBER], "Hello", "KWT-SMS", test=True)
    assert refused.value.request_sent is False
    assert refused.value.code == "NETWORK" and refused.value.category == Category.TRANSPORT


def test_untrusted_certificate_is_request_not_sent(server_tls_context):
    with Simulator(ssl_context=server_tls_context, rate_block=False) as simulator:
        with GatewayClient(demo_credentials, simulator.url, timeout=(2.0, 2.0)) as client:  # system CAs only
            with pytest.raises(RequestNotSent) as untrusted:
                client.balance()
        assert "certificate" in str(untrusted.value).lower() or "ssl" in str(untrusted.value).lower()
        assert simulator.stats()["requests"] == 0  # the request never reached the gateway
        assert simulator.internal_errors() == []


def test_a_held_connection_never_blocks_stopping_the_simulator(transport, server_tls_context, ca_bundle):
    context = server_tls_context if transport == "https" else None
    simulator = Simulator(ssl_context=context, rate_block=False).start()
    simulator.add_fault({"endpoint": "balance", "kind": "timeout"})  # held up to 60 s
    outcome: list[BaseException] = []
    client = GatewayClient(demo_credentials, simulator.url, timeout=(5.0, 30.0), verify=ca_bundle if context else True)

    def call() -> None:
        try:
            client.balance()
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    deadline = time.monotonic() + 10
    while simulator.stats()["requests"] == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    simulator.stop()
    caller.join(timeout=10)
    client.close()
    assert time.monotonic() - started < 5
    assert len(outcome) == 1 and isinstance(outcome[0], NoAnswer)


def test_a_stopped_simulator_answers_nothing_more_even_on_kept_alive_connections(make_simulator, make_client):
    simulator = make_simulator()
    client = make_client(simulator, timeout=(2.0, 2.0))
    assert client.balance().available > 0  # the Session now holds a kept-alive connection
    simulator.stop()
    with pytest.raises(TransportError):
        client.balance()


def test_a_delay_past_the_client_timeout_is_uncertain_but_delivered(make_client, simulator):
    client = make_client(simulator, timeout=(5.0, 0.3))
    simulator.add_fault({"endpoint": "send", "kind": "delay", "seconds": 0.6})
    with pytest.raises(NoAnswer):
        client.send([NUMBER], "Hello", "KWT-SMS", test=False)
    deadline = time.monotonic() + 5
    while not simulator.ledger() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert [e["numbers"] for e in simulator.ledger()] == [[NUMBER]]
