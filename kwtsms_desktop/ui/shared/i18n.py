"""The window's two languages: English source strings, Arabic from resources/translations/ar*.json.

Each UI module keeps its Arabic strings in its own catalogue file (ar_<area>.json, a flat
{"English text": "النص العربي"} object) so that areas can be translated independently.
`tr()` falls back to the English text when a translation is missing.
"""

from __future__ import annotations

import json
import logging

from kwtsms_desktop.resources_path import resource

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "ar")
_state = {"lang": "en"}
_catalogue: dict[str, str] = {}


def set_language(lang: str) -> None:
    """Choose the language for every later tr() call ("en" or "ar")."""
    lang = lang if lang in SUPPORTED_LANGUAGES else "en"
    _state["lang"] = lang
    _catalogue.clear()
    if lang == "ar":
        _catalogue.update(_load_arabic())


def language() -> str:
    return _state["lang"]


def is_rtl() -> bool:
    return _state["lang"] == "ar"


def tr(text: str, **fields: object) -> str:
    """Translate `text`, then fill `{name}` fields (format after translating, so the order can change)."""
    translated = _catalogue.get(text, text)
    return translated.format(**fields) if fields else translated


def _load_arabic() -> dict[str, str]:
    merged: dict[str, str] = {}
    folder = resource("translations")
    for path in sorted(folder.glob("ar*.json")):
        try:
            merged.update(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:  # a broken catalogue must not stop the app
            log.warning("translation file %s unreadable: %s", path.name, exc)
    return merged
