"""Gateway test fixtures: the real simulator on loopback, over plain HTTP and over TLS (trustme CA)."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator

import pytest
import trustme

from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.demo import demo_credentials
from kwtsms_desktop.gateway.simulator import Simulator


@pytest.fixture(scope="session")
def tls_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_bundle(tls_ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    tls_ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture(scope="session")
def server_tls_context(tls_ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls_ca.issue_cert("127.0.0.1", "localhost", "::1").configure_cert(context)
    return context


@pytest.fixture(params=["http", "https"])
def transport(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def make_simulator(transport: str, server_tls_context: ssl.SSLContext) -> Iterator[Callable[..., Simulator]]:
    """Start simulators on the parametrized transport; all stopped (and checked for internal errors) after the test."""
    started: list[Simulator] = []

    def make(**kwargs) -> Simulator:
        kwargs.setdefault("rate_block", False)  # tests fire fast; the block has its own test
        kwargs.setdefault("same_number_seconds", 0.0)
        if transport == "https":
            kwargs.setdefault("ssl_context", server_tls_context)
        sim = Simulator(**kwargs).start()
        started.append(sim)
        return sim

    yield make
    for sim in started:
        sim.stop()
    for sim in started:
        assert sim.internal_errors() == []


@pytest.fixture
def simulator(make_simulator) -> Simulator:
    return make_simulator()


@pytest.fixture
def make_client(transport: str, ca_bundle: str) -> Iterator[Callable[..., GatewayClient]]:
    clients: list[GatewayClient] = []

    def make(sim: Simulator, credentials=demo_credentials, **kwargs) -> GatewayClient:
        if transport == "https":
            kwargs.setdefault("verify", ca_bundle)
        kwargs.setdefault("timeout", (5.0, 10.0))
        client = GatewayClient(credentials, sim.url, **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client, simulator) -> GatewayClient:
    return make_client(simulator)
