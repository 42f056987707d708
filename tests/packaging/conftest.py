"""Loads the build-time helpers in packaging/ (not part of the installed package) by path."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load_packaging_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def qt_trim() -> ModuleType:
    return load_packaging_module("qt_trim")


@pytest.fixture(scope="session")
def app_icons() -> ModuleType:
    return load_packaging_module("app_icons")
