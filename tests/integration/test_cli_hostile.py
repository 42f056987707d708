"""`send` as a real process against hostile loopback gateways: at most once, no password out, it always ends."""

from __future__ import annotations

import json
import signal
import ssl
import subprocess
import time

import pytest
import trustme

from kwtsms_desktop.gateway.simulator import Simulator
from kwtsms_desktop.store import Store
from tests.gateway.hostile import HostileGateway

from .conftest import COMMAND, history, numbers, run_cli, send_args, write_recipients

PASSWORD = 'de"mo\\pass wörd&%+'


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    bundle = tmp_path_factory.mktemp("ca") / "company-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    return context, str(bundle)


@pytest.fixture
def gateways(tls):
    started: list[HostileGateway] = []

    def make(behaviour: str, *, secure: bool = True, **kwargs) -> HostileGateway:
        gateway = HostileGateway(behaviour, ssl_context=tls[0] if secure else None, **kwargs).start()
        started.append(gateway)
        return gateway

    yield make
    for gateway in started:
        gateway.stop()


@pytest.fixture
def env(cli_env):
    return {**cli_env, "KWTSMS_PASSWORD": PASSWORD}


def send_to(tmp_path, gateway_url: str, bundle: str | None, count: int = 1) -> list[str]:
    recipients = write_recipients(tmp_path / "list.csv", numbers(count))
    args = send_args(recipients, gateway_url, tmp_path / "data", message="Hello")
    return args + (["--ca-bundle", bundle] if bundle else [])


def set_deadline(data_dir, seconds: float) -> None:
    with Store.open(data_dir) as store:
        store.settings.set("request_deadline_seconds", seconds)


def only_batch(env, data_dir) -> dict:
    (record,) = history(env, data_dir)
    (batch,) = record["batches"]
    return batch


@pytest.mark.parametrize("behaviour", ["tls_garbage", "tls_alert"])
def test_a_tls_error_after_the_gateway_read_the_send_means_one_request_and_an_uncertain_batch(
    tmp_path, env, tls, gateways, behaviour
):
    gateway = gateways(behaviour)
    done = run_cli(env, *send_to(tmp_path, gateway.url, tls[1]))
    assert done.returncode == 1, done.stderr
    assert gateway.count("send") == 1
    assert "nobody knows whether they were sent" in done.stderr and "Traceback" not in done.stderr
    assert "tries again by itself" not in done.stderr
    assert only_batch(env, tmp_path / "data")["state"] == "uncertain"


def test_a_dripping_gateway_ends_by_itself_at_the_deadline(tmp_path, env, tls, gateways):
    gateway = gateways("drip", drip_seconds=1.0)
    set_deadline(tmp_path / "data", 3)
    started = time.monotonic()
    done = run_cli(env, *send_to(tmp_path, gateway.url, tls[1]), timeout=60)
    assert time.monotonic() - started < 30
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and gateway.count("send") == 1
    assert only_batch(env, tmp_path / "data")["state"] == "uncertain"


@pytest.mark.parametrize("signals", [[signal.SIGTERM], [signal.SIGINT, signal.SIGINT]], ids=["sigterm", "ctrl-c-twice"])
def test_sigterm_or_a_second_ctrl_c_ends_a_hung_send_at_once(tmp_path, env, tls, gateways, signals):
    gateway = gateways("drip", drip_seconds=5.0)
    process = subprocess.Popen(
        [*COMMAND, *send_to(tmp_path, gateway.url, tls[1])],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        limit = time.monotonic() + 30
        while gateway.count("send") == 0 and time.monotonic() < limit and process.poll() is None:
            time.sleep(0.05)  # waiting for another process, not for Qt
        assert gateway.count("send") == 1
        started = time.monotonic()
        for sig in signals:
            process.send_signal(sig)
            time.sleep(0.3)
        _, stderr = process.communicate(timeout=15)
        assert time.monotonic() - started < 10
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 3, stderr
    assert "Traceback" not in stderr and "resume" in stderr
    assert only_batch(env, tmp_path / "data")["state"] == "uncertain"
    assert gateway.count("send") == 1


@pytest.mark.parametrize("status", [307, 308])
def test_a_redirect_to_another_port_never_gets_the_password(tmp_path, env, tls, gateways, status):
    elsewhere = gateways("ok", secure=False, endpoints=None)
    gateway = gateways("redirect", redirect_status=status, location=elsewhere.url + "send/")
    done = run_cli(env, *send_to(tmp_path, gateway.url, tls[1]))
    assert done.returncode == 1, done.stderr
    assert elsewhere.requests == [] and gateway.count("send") == 1
    batch = only_batch(env, tmp_path / "data")
    assert batch["state"] == "uncertain" and f"HTTP {status}" in batch["error_text"]
    assert elsewhere.url in batch["error_text"]


def test_send_with_ca_bundle_works_against_a_gateway_that_ca_signed(tmp_path, env, tls):
    simulator = Simulator(ssl_context=tls[0], rate_block=False).start()
    try:
        demo = {**env, "KWTSMS_PASSWORD": "demo"}
        refused = run_cli(demo, *send_to(tmp_path, simulator.url, None, count=3))
        assert refused.returncode == 2 and "secure connection" in refused.stderr, refused.stderr
        assert "offline" not in refused.stderr and "Nothing was sent" in refused.stderr
        done = run_cli(demo, *send_to(tmp_path, simulator.url, tls[1], count=3))
        assert done.returncode == 0, done.stderr
        assert len(simulator.ledger()) == 1
    finally:
        simulator.stop()


def test_a_bad_ca_bundle_is_a_clear_sentence(tmp_path, env, gateways):
    gateway = gateways("ok")
    not_pem = tmp_path / "not-a-bundle.pem"
    not_pem.write_text("hello")
    for bundle, words in ((str(not_pem), "cannot be used"), (str(tmp_path / "missing.pem"), "does not exist")):
        done = run_cli(env, *send_to(tmp_path, gateway.url, bundle))
        assert done.returncode == 2 and words in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert gateway.requests == []


def test_an_echoing_gateway_leaves_no_piece_of_the_password_in_the_journal_or_the_log(tmp_path, env, tls, gateways):
    gateway = gateways("echo_text")
    done = run_cli(env, *send_to(tmp_path, gateway.url, tls[1]))
    assert done.returncode == 1, done.stderr
    batch = only_batch(env, tmp_path / "data")
    log = (tmp_path / "data" / "api-log.jsonl").read_text("utf-8")
    forms = {PASSWORD, json.dumps(PASSWORD)[1:-1], json.dumps(PASSWORD, ensure_ascii=False)[1:-1]}
    for text in (batch["error_text"], log, done.stderr):
        for form in forms:
            for size in range(5, len(form) + 1):
                assert not any(form[i : i + size] in text for i in range(len(form) - size + 1)), text
    assert "***" in batch["error_text"]
