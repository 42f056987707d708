"""Test-wide setup: Qt offscreen, a private data dir and environment for every test, hypothesis profile."""

import os

# Must be set before anything imports Qt: the tests never need a display. The offscreen screen is
# the smallest laptop the window promises to fit (1366x768), not Qt's default 800x800.
_SCREEN = os.path.join(os.path.dirname(__file__), "data", "offscreen-1366x768.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# CI machines are small and shared: never fail a property test on wall-clock time.
settings.register_profile(
    "default",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory, monkeypatch):
    """Every test gets its own data dir and no credentials from the developer's shell."""
    data_dir = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KWTSMS_DESKTOP_DATA_DIR", str(data_dir))
    for name in ("KWTSMS_USERNAME", "KWTSMS_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return data_dir
