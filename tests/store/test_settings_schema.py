"""One declaration per setting: typed reads with the declared default and limits, writes that tell subscribers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kwtsms_desktop.gateway.ratelimit import RateLimiter
from kwtsms_desktop.store import Store
from kwtsms_desktop.store.settings_schema import (
    ALL_SETTINGS,
    DEFAULT_COUNTRY,
    MAX_SEND_RATE,
    SEND_RATE,
    TEST_MODE_DEFAULT,
    WINDOW_SIZE,
)

PACKAGE = Path(__file__).resolve().parents[2] / "kwtsms_desktop"


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path) as opened:
        yield opened


def test_unset_settings_read_as_their_defaults(store):
    assert store.settings.value(SEND_RATE) == 2.0
    assert store.settings.value(TEST_MODE_DEFAULT) is True
    assert store.settings.value(DEFAULT_COUNTRY) == "965"
    assert store.settings.value(WINDOW_SIZE) == []


@pytest.mark.parametrize(
    ("stored", "read"), [(0, 1.0), (9, 4.0), (3, 3.0), ("3", 3.0), ("fast", 2.0), (True, 2.0), (None, 2.0)]
)
def test_send_rate_is_clamped_to_1_to_4_wherever_it_is_read(store, stored, read):
    store.settings.set(SEND_RATE.key, stored)
    assert store.settings.value(SEND_RATE) == read


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.lists(st.integers())))
def test_any_stored_value_reads_as_the_declared_type_within_limits(raw):
    rate = SEND_RATE.coerce(raw)
    assert isinstance(rate, float) and 1.0 <= rate <= 4.0
    assert isinstance(TEST_MODE_DEFAULT.coerce(raw), bool)
    assert isinstance(DEFAULT_COUNTRY.coerce(raw), str) and DEFAULT_COUNTRY.coerce(raw) != ""
    assert isinstance(WINDOW_SIZE.coerce(raw), list)


def test_the_schema_limit_is_the_rate_limiters_ceiling():
    assert MAX_SEND_RATE == RateLimiter.MAX_RATE


def test_put_tells_subscribers_once_per_real_change(store):
    heard: list[str] = []
    unsubscribe = store.settings.subscribe(heard.append)
    store.settings.put(SEND_RATE, 3.0)
    store.settings.put(SEND_RATE, 3.0)  # unchanged: nobody is told
    store.settings.put(SEND_RATE, 10.0)  # stored clamped
    assert heard == ["send_rate", "send_rate"]
    assert store.settings.get(SEND_RATE.key) == 4.0
    unsubscribe()
    store.settings.put(SEND_RATE, 1.0)
    assert heard == ["send_rate", "send_rate"]


def test_a_failing_subscriber_loses_neither_the_write_nor_the_others(store, caplog):
    heard: list[str] = []

    def broken(_key: str) -> None:
        raise RuntimeError("listener bug")

    store.settings.subscribe(broken)
    store.settings.subscribe(heard.append)
    store.settings.put(TEST_MODE_DEFAULT, False)
    assert store.settings.value(TEST_MODE_DEFAULT) is False
    assert heard == ["test_mode_default"]
    assert "listener bug" in caplog.text


def _spelled_keys(tree: ast.AST, keys: set[str]) -> set[str]:
    """Settings keys written as literals where a setting is read, written or named: settings.get("send_rate"),
    X_SETTING = "send_rate" (a JSON field that happens to share a name is not a setting)."""
    found = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "set", "delete")
        ):
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and first.value in keys:
                found.add(first.value)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and node.value.value in keys:
            found.add(node.value.value)
    return found


def test_keys_are_unique_and_spelled_only_in_the_schema():
    keys = [setting.key for setting in ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    schema = PACKAGE / "store" / "settings_schema.py"
    for path in PACKAGE.rglob("*.py"):
        if path != schema:
            spelled = _spelled_keys(ast.parse(path.read_text(encoding="utf-8")), set(keys))
            assert not spelled, f"{path.relative_to(PACKAGE)} spells settings keys itself: {spelled}"
