"""Store fixtures: a fresh Store in the test's own data dir, and a planned broadcast."""

from __future__ import annotations

import pytest

from kwtsms_desktop.store import Store


def kuwait_numbers(count: int, start: int = 0) -> list[str]:
    return [f"9655{index:07d}" for index in range(start, start + count)]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def planned(store):
    """A broadcast of 450 numbers (3 batches: 200, 200, 50) plus one invalid and one duplicate set aside."""
    from kwtsms_desktop.core.plan import make_plan

    plan = make_plan(kuwait_numbers(450) + ["12", "96550000001"], "Hello", "KWT-SMS")
    broadcast_id = store.broadcasts.create(plan, gateway_url="http://127.0.0.1:1/API/", source="list.xlsx")
    return broadcast_id, plan
