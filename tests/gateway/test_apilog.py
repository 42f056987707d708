"""The JSON-lines API log: one line per call, UTC time, password masked, rotated, can be switched off."""

from __future__ import annotations

import json
from datetime import datetime

from kwtsms_desktop.gateway.apilog import ApiLog, mask_secret


def test_line_shape_and_masking(tmp_path):
    log = ApiLog(tmp_path / "logs" / "api.log")
    log.record(
        "send",
        {"username": "demo", "password": "hunter22", "mobile": "96598765432"},
        {"result": "ERROR", "description": "bad password hunter22"},
        ok=False,
        error="ERR003 hunter22",
        secret="hunter22",
    )
    [line] = (tmp_path / "logs" / "api.log").read_text(encoding="utf-8").splitlines()
    entry = json.loads(line)
    assert set(entry) == {"ts", "endpoint", "request", "response", "ok", "error"}
    assert datetime.fromisoformat(entry["ts"]).utcoffset().total_seconds() == 0
    assert entry["request"] == {"username": "demo", "password": "***", "mobile": "96598765432"}
    assert entry["response"]["description"] == "bad password ***"
    assert entry["error"] == "ERR003 ***" and entry["ok"] is False
    assert "hunter22" not in line


def test_disabled_log_writes_nothing(tmp_path):
    log = ApiLog(tmp_path / "api.log", enabled=False)
    log.record("balance", {"username": "u", "password": "p"}, {"result": "OK"}, ok=True)
    assert not (tmp_path / "api.log").exists()


def test_rotation_keeps_a_bounded_number_of_files(tmp_path):
    log = ApiLog(tmp_path / "api.log", max_bytes=2_000, backups=2)
    for i in range(200):
        log.record("balance", {"username": "u", "password": "p", "n": i}, {"result": "OK"}, ok=True)
    files = log.files()
    assert [f.name for f in files] == ["api.log", "api.log.1", "api.log.2"]
    assert all(f.stat().st_size <= 2_000 for f in files)
    newest = json.loads(files[0].read_text().splitlines()[-1])
    assert newest["request"]["n"] == 199


def test_unwritable_log_never_breaks_the_call(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    ApiLog(blocker / "api.log").record("balance", {"password": "p"}, None, ok=False, error="x")


def test_mask_secret_walks_nested_values():
    assert mask_secret({"a": ["xpw", {"b": "pw"}], "pw": 1}, "pw") == {"a": ["x***", {"b": "***"}], "***": 1}
    assert mask_secret("unchanged", "") == "unchanged"
