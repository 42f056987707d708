"""Test helpers on the window's translations: the .ts files read with resources/translations/update.py."""

from __future__ import annotations

import importlib.util
import string
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


@cache
def update_script() -> ModuleType:
    """resources/translations/update.py, imported (it is a script, not a package module)."""
    spec = importlib.util.spec_from_file_location(
        "translations_update", ROOT / "resources" / "translations" / "update.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def fields_of(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def arabic_problems(files: Iterable[str] | None = None) -> list[str]:
    """Texts of the code (of `files`, "kwtsms_desktop/ui/x.py", or all) without finished Arabic, or with other {fields}."""
    update = update_script()
    messages, problems = update.extract()
    wanted = None if files is None else set(files)
    translations = update.read_ts(update.ts_path("ar"))
    for key, message in messages.items():
        if wanted is not None and not any(place.split(":")[0] in wanted for place in message.places):
            continue
        translation = translations.get(key)
        if translation is None or not translation.finished:
            problems.append(f"{message.places[0]}: no Arabic for {key[1]!r} ({key[0]})")
            continue
        # A plural's forms for one and two may leave the number out ("مستلمان"); the last form has every field.
        for index, form in enumerate(translation.forms):
            last = index == len(translation.forms) - 1
            if fields_of(form) != fields_of(key[1]) and (last or not fields_of(form) <= fields_of(key[1])):
                problems.append(f"{message.places[0]}: fields differ in {form!r} for {key[1]!r}")
    return problems
