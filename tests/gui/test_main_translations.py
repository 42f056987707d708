"""Every English sentence of the window's frame, compose, send and settings has Arabic, with the same {fields}."""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

import pytest

import kwtsms_desktop
from kwtsms_desktop.resources_path import resource

UI = Path(kwtsms_desktop.__file__).parent / "ui"
MODULES = [
    "main_window.py",
    "window/header.py",
    "window/pages.py",
    "compose/panel.py",
    "compose/message_text.py",
    "compose/send_dialog.py",
    "compose/send_flow.py",
    "settings/dialog.py",
    "shared/account_service.py",
    "queue/recovery.py",
    "shared/crash.py",
    "personal/templates.py",
    "personal/fields.py",
    "compose/plan_text.py",
    "personal/preview.py",
    "personal/controller.py",
    "schedule/actions.py",
    "schedule/countdown.py",
    "schedule/missed_dialog.py",
    "schedule/send_later_dialog.py",
    "schedule/settings_box.py",
    "schedule/tray.py",
    "schedule/window_schedule.py",
]
CONSTANTS = {"TEST_MODE_TEXT", "LIVE_MODE_TEXT"}


def english_texts() -> list[tuple[str, str]]:
    found = []
    for name in MODULES:
        tree = ast.parse((UI / name).read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name) and target.id in CONSTANTS
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((name, arg.value))
                elif isinstance(arg, ast.Name) and arg.id in constants:
                    found.append((name, constants[arg.id]))
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "_action" and len(node.args) > 1:
                if isinstance(node.args[0], ast.Constant):
                    found.append((name, node.args[0].value))
    return found


def arabic() -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted(resource("translations").glob("ar*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


CATALOGUE = arabic()


@pytest.mark.parametrize(("module", "english"), english_texts())
def test_every_window_text_has_arabic_with_the_same_fields(module, english):
    assert english in CATALOGUE, f"{module}: no Arabic for {english!r}"
    translated = CATALOGUE[english]
    assert fields(translated) == fields(english)
    brand_free = re.sub(r"kwtSMS Desktop|kwtSMS|kwtsms\.com", "", english)
    if re.search(r"[A-Za-z]{4,}", brand_free):
        assert re.search(r"[\u0600-\u06FF]", translated), f"{english!r} is not translated"
