"""Fixtures for the queue tests (imported by the test modules that need them; pytest only auto-loads conftest.py)."""

from __future__ import annotations

import pytest

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.store import Store


def numbers(count: int, start: int = 50_000_000, prefix: str = "965") -> list[str]:
    return [f"{prefix}{start + i}" for i in range(count)]


def journal(store: Store, recipients: list[str], *, message: str = "Parents meeting on Sunday at 9.",
            sender: str = "KWT-SMS", test: bool = True, batch_size: int = 200,
            rejected=()) -> int:
    """Plan and journal a broadcast (nothing sent); returns its id."""
    plan = make_plan(recipients, message, sender, test=test, batch_size=batch_size, rejected=rejected)
    return store.broadcasts.create(plan, gateway_url="http://127.0.0.1/API/", source="tests")


@pytest.fixture
def gui_store(tmp_path):
    store = Store.open(tmp_path / "queue-data")
    yield store
    store.close()
