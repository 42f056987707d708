"""`kwtsms-desktop simulate` as its own process, checked with raw HTTP like the vendor's documentation."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest


def _post(url: str, body: dict | None = None, method: str = "POST") -> tuple[int, object]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": "application/json", "Accept": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, json.loads(exc.read())


@pytest.fixture
def simulate_process(tmp_path: Path):
    ledger = tmp_path / "ledger.jsonl"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kwtsms_desktop",
            "simulate",
            "--port",
            "0",
            "--ledger",
            str(ledger),
            "--balance",
            "100",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = process.stdout.readline()
        yield process, first, ledger
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


@pytest.mark.slow
def test_simulate_serves_the_api_and_stops_cleanly_on_sigterm(simulate_process):
    process, first_line, ledger = simulate_process
    assert first_line.startswith("listening on http://127.0.0.1:")
    base = first_line.split()[-1]
    assert base.endswith("/API/")
    root = base[: -len("API/")]

    assert _post(base + "balance/", {"username": "demo", "password": "demo"}) == (
        200,
        {"result": "OK", "available": 100, "purchased": 100},
    )
    status, body = _post(base + "senderid/", {"username": "demo", "password": "demo"})
    assert status == 200 and body["senderid"] == ["KWT-SMS", "DEMO"]
    status, body = _post(base + "balance/", {"username": "demo", "password": "wrong"})
    assert status == 403 and body["result"] == "ERROR" and body["code"] == "ERR003"

    status, sent = _post(
        base + "send/",
        {
            "username": "demo",
            "password": "demo",
            "sender": "KWT-SMS",
            "mobile": "96598765432",
            "message": "Hi",
            "test": "1",
        },
    )
    assert status == 200 and sent["numbers"] == 1 and sent["balance-after"] == 99

    status, listed = _post(root + "_sim/ledger", method="GET")
    assert status == 200 and [e["msg-id"] for e in listed] == [sent["msg-id"]]
    status, stats = _post(root + "_sim/stats", method="GET")
    assert stats["requests"] == 4 and stats["rate_violations"] == 0

    _post(root + "_sim/faults", {"endpoint": "balance", "kind": "error", "code": "ERR005"})
    status, body = _post(base + "balance/", {"username": "demo", "password": "demo"})
    assert (status, body["code"]) == (403, "ERR005")

    # the ledger file is readable line by line while the process still runs
    lines = [json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines()]
    assert [line["msg-id"] for line in lines] == [sent["msg-id"]]

    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0


def test_simulate_help_documents_the_fault_shape():
    result = subprocess.run(
        [sys.executable, "-m", "kwtsms_desktop", "simulate", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    for word in ("/_sim/faults", '"kind"', "timeout", "reset", "http500", "not_json", '"accepted"', "ERR013"):
        assert word in result.stdout


@pytest.mark.slow
def test_simulate_over_tls_with_given_certificate_and_ctrl_c(tmp_path, tls_ca, ca_bundle):
    from kwtsms_desktop.gateway.client import GatewayClient
    from kwtsms_desktop.gateway.demo import demo_credentials

    cert = tls_ca.issue_cert("127.0.0.1", "localhost")
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.cert_chain_pems[0].write_to_path(str(cert_path))
    cert.private_key_pem.write_to_path(str(key_path))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kwtsms_desktop",
            "simulate",
            "--tls-cert",
            str(cert_path),
            "--tls-key",
            str(key_path),
            "--coverage",
            "965",
            "--latency-ms",
            "5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = process.stdout.readline()
        assert first.startswith("listening on https://127.0.0.1:")
        with GatewayClient(demo_credentials, first.split()[-1], verify=ca_bundle) as client:
            assert client.coverage() == ["965"]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def test_simulate_with_a_missing_certificate_explains_and_exits_2(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "kwtsms_desktop", "simulate", "--tls-cert", str(tmp_path / "missing.pem")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "certificate" in result.stderr and result.stdout == ""
