"""The frozen-app helpers also tell the truth when the app runs from source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from kwtsms_desktop import frozen


def test_process_age_is_measured_from_the_process_start():
    started = time.perf_counter()
    code = "import time; time.sleep(0.3); from kwtsms_desktop.frozen import ms_since_process_start as m; print(m())"
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    wall_ms = (time.perf_counter() - started) * 1000
    reported = float(child.stdout)
    if sys.platform.startswith("linux") or sys.platform == "win32":
        assert 300 <= reported <= wall_ms + 20  # includes the interpreter start and the sleep
    else:
        assert 0 <= reported <= wall_ms + 20


def test_self_check_reports_the_parts_a_bundle_needs(qapp):
    report = frozen.self_check()
    assert report["frozen"] is False
    assert report["certificates"]["exists"] is True
    assert report["resources"]["exists"] is True
    assert "translations/kwtsms_desktop_ar.qm" in report["resources"]["files"]
    assert report["qt"]["qtbase_ar"] is True
    assert "offscreen" in " ".join(report["qt"]["platforms"])
    assert report["keyring"]["backend"]


def test_self_check_runs_only_when_asked(monkeypatch, capsys):
    monkeypatch.delenv(frozen.SELF_CHECK_ENV, raising=False)
    assert frozen.run_self_check_if_asked() is False
    assert capsys.readouterr().out == ""
    monkeypatch.setenv(frozen.SELF_CHECK_ENV, "1")
    assert frozen.run_self_check_if_asked() is True
    assert json.loads(capsys.readouterr().out)["version"]["package"]


def test_entry_script_runs_the_app_and_the_self_check():
    entry = os.path.join(os.path.dirname(__file__), "..", "..", "packaging", "entry.py")
    env = {**os.environ, frozen.SELF_CHECK_ENV: "1"}
    done = subprocess.run([sys.executable, entry], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["certificates"]["exists"] is True
