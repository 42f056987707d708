"""Engine fixtures: the real simulator on loopback, a real client, a real store, a journaled broadcast."""

from __future__ import annotations

import pytest

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.engine.runner import BroadcastRunner
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.demo import demo_credentials
from kwtsms_desktop.gateway.ratelimit import RateLimiter
from kwtsms_desktop.gateway.simulator import Simulator
from kwtsms_desktop.store import Store

# Retry waits (30/60/120 s, 16 s, 2/5/10/30 s) shrunk a thousand times: the logic is real, the clock fast.
FAST = 0.001


def numbers(count: int, start: int = 0) -> list[str]:
    return [f"9655{index:07d}" for index in range(start, start + count)]


@pytest.fixture
def simulator():
    sim = Simulator(balance=1_000_000).start()
    yield sim
    sim.stop()
    assert sim.internal_errors() == []


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as opened:
        yield opened


def make_client(url: str, *, read_timeout: float = 2.0, rate: float = 4.0) -> GatewayClient:
    return GatewayClient(demo_credentials, url, rate_limiter=RateLimiter(rate), timeout=(2.0, read_timeout))


@pytest.fixture
def client(simulator):
    with make_client(simulator.url, read_timeout=0.5) as made:
        yield made


def journal(store: Store, recipients: list[str], message: str = "Hello from the school", **plan_options) -> int:
    plan = make_plan(recipients, message, "KWT-SMS", **plan_options)
    assert plan.ok, plan.problems
    return store.broadcasts.create(plan)


class Run:
    """One runner with every event it reported."""

    def __init__(self, store: Store, client: GatewayClient, broadcast_id: int, **options) -> None:
        self.events: list = []
        self.on_event = None  # optional hook called with each event (to pause/cancel mid-run)
        options.setdefault("delay_scale", FAST)
        self.runner = BroadcastRunner(store, client, broadcast_id, listener=self._record, **options)

    def _record(self, event) -> None:
        self.events.append(event)
        if self.on_event is not None:
            self.on_event(event)

    def __call__(self):
        return self.runner.run()

    def of(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]


def ledger_numbers(simulator: Simulator) -> list[str]:
    return [n for entry in simulator.ledger() for n in entry["numbers"]]
