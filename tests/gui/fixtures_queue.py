"""Fixtures for the queue tests (imported by the test modules that need them; pytest only auto-loads conftest.py)."""

from __future__ import annotations

import pytest

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.store import Store


def numbers(count: int, start: int = 50_000_000, prefix: str = "965") -> list[str]:
    return [f"{prefix}{start + i}" for i in range(count)]


def journal(
    store: Store,
    recipients: list[str],
    *,
    message: str = "Parents meeting on Sunday at 9.",
    sender: str = "KWT-SMS",
    test: bool = True,
    batch_size: int = 200,
    rejected=(),
) -> int:
    """Plan and journal a broadcast (nothing sent); returns its id."""
    plan = make_plan(recipients, message, sender, test=test, batch_size=batch_size, rejected=rejected)
    return store.broadcasts.create(plan, gateway_url="http://127.0.0.1/API/", source="tests")


def paused_broadcast_with_uncertain_batch(folder, count: int = 650, *, test: bool = True) -> int:
    """A data dir as a broadcast leaves it after one accepted batch, one unanswered one, then a pause."""
    with Store.open(folder) as store:
        broadcast_id = journal(store, numbers(count), test=test)
        store.broadcasts.set_state(broadcast_id, "sending")
        store.batches.mark_sending(broadcast_id, 1)
        store.batches.mark_accepted(
            broadcast_id,
            1,
            msg_id="f4c841adee210f31307633ceaebff2ec",
            points_charged=200,
            balance_after=4800,
            gateway_timestamp=1700000000,
        )
        store.batches.mark_sending(broadcast_id, 2)
        store.batches.mark_uncertain(broadcast_id, 2, error_code="TIMEOUT", error_text="No answer within 30 s.")
        store.broadcasts.set_state(
            broadcast_id,
            "paused",
            error_code="ERR010",
            reason_en="Paused: the balance ran out. Recharge at kwtsms.com, then resume.",
            reason_ar="متوقف: نفد الرصيد. اشحن الرصيد من kwtsms.com ثم استأنف.",
        )
    return broadcast_id


@pytest.fixture
def paused_with_uncertain(tmp_path):
    folder = tmp_path / "paused-uncertain"
    paused_broadcast_with_uncertain_batch(folder)
    return folder


@pytest.fixture
def gui_store(tmp_path):
    store = Store.open(tmp_path / "queue-data")
    yield store
    store.close()


def translation_problems(*modules: str) -> list[str]:
    """Every tr("literal") in these ui modules (paths under ui/, no .py) that has no Arabic, or whose {fields} differ in Arabic."""
    import ast
    import string
    from pathlib import Path

    from kwtsms_desktop.ui.shared import i18n

    i18n.set_language("ar")
    try:
        catalogue = dict(i18n._catalogue)
    finally:
        i18n.set_language("en")
    root = Path(i18n.__file__).parent.parent
    problems = []
    for module in modules:
        tree = ast.parse((root / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                english = node.args[0].value
                arabic = catalogue.get(english)
                if arabic is None:
                    problems.append(f"{module}: no Arabic for {english!r}")
                    continue
                fields = {f for _, f, _, _ in string.Formatter().parse(english) if f}
                if fields != {f for _, f, _, _ in string.Formatter().parse(arabic) if f}:
                    problems.append(f"{module}: fields differ for {english!r}")
    return problems


class LiveQueue:
    """A queue panel wired to a real SendController sending to an in-process simulator."""

    def __init__(
        self,
        qtbot,
        data_dir,
        *,
        latency_ms: float = 0,
        read_timeout: float = 1.0,
        rate: float = 4.0,
        with_lookups: bool = False,
    ):
        from kwtsms_desktop.engine.controller import SendController
        from kwtsms_desktop.gateway.client import GatewayClient
        from kwtsms_desktop.gateway.ratelimit import RateLimiter
        from kwtsms_desktop.gateway.simulator import Simulator
        from kwtsms_desktop.ui.queue.panel import QueuePanel

        self.simulator = Simulator(latency_ms=latency_ms).start()
        self.store = Store.open(data_dir)
        self.client = GatewayClient(
            lambda: ("demo", "demo"), self.simulator.url, rate_limiter=RateLimiter(rate), timeout=(2.0, read_timeout)
        )
        self.controller = SendController(data_dir, lambda: self.client, delay_scale=0.01)
        self.lookups = None
        if with_lookups:
            from kwtsms_desktop.credentials import CredentialSnapshot
            from kwtsms_desktop.ui.shared.account_service import AccountService, SharedCredentials

            credentials = SharedCredentials(CredentialSnapshot("demo", "demo"))
            self.lookups = AccountService(self.client, credentials, self.client.rate_limiter)
        self.panel = QueuePanel(store=self.store, controller=self.controller, lookups=self.lookups)
        qtbot.addWidget(self.panel)
        self.panel.resize(1100, 700)
        self.panel.show()

    def journal(self, count: int, **kwargs) -> int:
        broadcast_id = journal(self.store, numbers(count), **kwargs)
        self.panel.refresh()
        return broadcast_id

    def close(self) -> None:
        self.panel.shutdown()
        if self.lookups is not None:
            self.lookups.shutdown()
        self.controller.shutdown()
        self.simulator.stop()
        self.store.close()


@pytest.fixture
def live_queue(qtbot, tmp_path):
    queues = []

    def make(**kwargs) -> LiveQueue:
        queue = LiveQueue(qtbot, tmp_path / f"live{len(queues)}", **kwargs)
        queues.append(queue)
        return queue

    yield make
    for queue in queues:
        queue.close()
