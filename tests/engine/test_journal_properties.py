"""Property: whatever the gateway does, the journal and the gateway's ledger agree, and no number is sent twice."""

from __future__ import annotations

import collections
import tempfile

from hypothesis import given, settings
from hypothesis import strategies as st

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.engine.runner import BroadcastRunner
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.demo import demo_credentials
from kwtsms_desktop.gateway.simulator import Simulator
from kwtsms_desktop.store import Store

from .conftest import FAST, numbers

ERROR_CODES = ["ERR013", "ERR028", "ERR025", "ERR026", "ERR006", "ERR010", "ERR011", "ERR003", "ERR008", "ERR002"]

faults = st.lists(
    st.one_of(
        st.builds(lambda code: {"kind": "error", "code": code}, st.sampled_from(ERROR_CODES)),
        st.builds(
            lambda kind, accepted: {"kind": kind, "accepted": accepted},
            st.sampled_from(["reset", "http500", "not_json", "empty"]),
            st.booleans(),
        ),
        st.just({"kind": "delay", "seconds": 0}),
    ).map(lambda fault: {**fault, "endpoint": "send"}),
    max_size=8,
)


@settings(max_examples=40)
@given(faults=faults, size=st.integers(1, 70))
def test_the_journal_matches_the_ledger_whatever_the_gateway_answers(faults, size):
    planned = numbers(size)
    # No rate limiter and no rate block: the property is about answers, not about time.
    with (
        tempfile.TemporaryDirectory() as folder,
        Simulator(balance=1_000_000, rate_block=False) as simulator,
        Store.open(folder) as store,
        GatewayClient(demo_credentials, simulator.url, timeout=(2, 2)) as client,
    ):
        plan = make_plan(planned, "Hi", "KWT-SMS", batch_size=10)
        broadcast_id = store.broadcasts.create(plan)
        simulator.add_fault(faults)
        for _ in range(len(faults) + 2):  # every pause or stop is followed by a resume
            outcome = BroadcastRunner(store, client, broadcast_id, delay_scale=FAST).run()
            if outcome.state == "finished":
                break
        assert outcome.state == "finished"
        assert simulator.internal_errors() == []

        batches = store.batches.of_broadcast(broadcast_id)
        ledger = simulator.ledger()
        sent = [n for entry in ledger for n in entry["numbers"]]
        assert [n for n, times in collections.Counter(sent).items() if times > 1] == []
        by_msg_id = {entry["msg-id"]: entry["numbers"] for entry in ledger}
        uncertain_numbers = set()
        for batch in batches:
            assert batch.state in ("accepted", "rejected", "uncertain")
            if batch.state == "accepted":
                assert by_msg_id[batch.msg_id] == batch.numbers
            elif batch.state == "rejected":
                assert not set(batch.numbers) & set(sent)
            else:
                uncertain_numbers |= set(batch.numbers)
        accepted_numbers = {n for b in batches if b.state == "accepted" for n in b.numbers}
        assert set(sent) - accepted_numbers <= uncertain_numbers
        assert sorted(n for b in batches for n in b.numbers) == planned
