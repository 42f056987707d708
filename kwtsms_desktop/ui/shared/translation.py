"""The window's languages through Qt's translation system: contexts, plurals, Qt's own dialogs.

Every visible text is written in English in the code and looked up by context (one per window
area or class) with `translate(context, text)`; the Arabic lives in
resources/translations/kwtsms_desktop_ar.ts, compiled to .qm by resources/translations/update.py.
A count that meets a noun uses `%n` and `n=`: Qt picks the right one of Arabic's six forms
(zero, one, two, 3-10, 11-99, 100+) and English's two from the .qm. `{name}` fields are filled
after translating, so a translation may move them.

`install_language()` loads the app's translator and Qt's own (qtbase: message box buttons, file
dialogs, context menus) and sets the layout direction; Qt then sends every window a
LanguageChange event, on which ui/shared/retranslate.py says its texts again.
"""

from __future__ import annotations

import logging
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from kwtsms_desktop.core.bidi import MARKS, isolate, ltr
from kwtsms_desktop.resources_path import resource
from kwtsms_desktop.ui.shared.retranslate import remember, remember_joined, use_translate, watch_language_changes

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "ar")
CATALOGUE = "kwtsms_desktop"  # resources/translations/kwtsms_desktop_<lang>.qm

_state: dict[str, object] = {"lang": "en", "translators": []}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1, **fields: object) -> str:
    """`text` in the window's language, then `{name}` fields filled; `%n` becomes `n` in its plural form.

    The extractor (resources/translations/update.py) reads these calls: `context`, `text` and
    `disambiguation` must be string literals at the call site.
    """
    translated = QCoreApplication.translate(context, text, disambiguation, n)
    if not fields:
        remember(translated, (context, text, disambiguation, n, ()))
        return translated
    rtl = _state["lang"] == "ar"
    shown = translated.format(**{name: _kept_in_order(value, rtl) for name, value in fields.items()})
    remember(shown, (context, text, disambiguation, n, tuple(fields.items())))
    return shown


def _kept_in_order(value: object, rtl: bool) -> object:
    """A field that would be reordered inside the sentence, isolated: in Arabic a file name, sender ID
    or phone number ("+965 9988 7755"), in English an Arabic name. Plain numbers read right as they are."""
    if not isinstance(value, str) or not value or value[0] in MARKS:
        return value
    if rtl:
        foreign = any(unicodedata.bidirectional(c) == "L" for c in value)
        phone_like = any(c.isdigit() for c in value) and any(c in " +-()/" for c in value)
        return isolate(value) if foreign or phone_like else value
    return isolate(value) if any(unicodedata.bidirectional(c) in ("R", "AL") for c in value) else value


def joined(separator: str, parts: Iterable[str]) -> str:
    """Translated `parts` joined into one text ("2 valid · 1 invalid") that a language switch can say again."""
    kept = tuple(parts)
    shown = separator.join(kept)
    remember_joined(shown, separator, kept)
    return shown


def translatable(context: str, text: str, disambiguation: str | None = None, *, plural: bool = False) -> str:
    """Mark `text` for the extractor without translating it now (a table of labels built at import);
    translate it where it is shown with translate_marked() and the same context and disambiguation.
    `plural=True` when it will be shown with a count (`n=`)."""
    del context, disambiguation, plural
    return text


def translate_marked(context: str, text: str, disambiguation: str | None = None, n: int = -1, **fields: object) -> str:
    """translate() for a `text` held in a variable, marked where it is written with translatable()."""
    return translate(context, text, disambiguation, n, **fields)


use_translate(translate_marked)


def language() -> str:
    """The window's language: "en" or "ar"."""
    return str(_state["lang"])


def installed() -> bool:
    """True once install_language() has put a language in place."""
    return bool(_state["translators"])


def is_rtl() -> bool:
    return _state["lang"] == "ar"


def left_to_right(value: object) -> str:
    """`value` kept in its own order inside right-to-left text (a phone number, a date, a file name, a
    sender ID: core/bidi.py's left-to-right isolate); as it is in a left-to-right window."""
    text = "" if value is None else str(value)
    return ltr(text) if is_rtl() else text


def install_language(lang: str, app: QCoreApplication | None = None) -> str:
    """Make `lang` the window's language now: translators, layout direction; returns the language used.

    Qt sends LanguageChange to every widget when translators change, so open windows retranslate.
    """
    lang = lang if lang in SUPPORTED_LANGUAGES else "en"
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    old: list[QTranslator] = list(_state["translators"])  # type: ignore[call-overload]
    for translator in old:
        app.removeTranslator(translator)
    translators: list[QTranslator] = []
    for name, folder in ((f"{CATALOGUE}_{lang}", resource("translations")), (f"qtbase_{lang}", qt_translations())):
        translator = QTranslator(app)
        if folder is not None and translator.load(name, str(folder)):
            translators.append(translator)
        elif lang != "en" or name.startswith(CATALOGUE):  # Qt has no qtbase_en: English is its own
            log.warning("translation %s not found in %s", name, folder)
    _state["lang"] = lang
    _state["translators"] = translators
    if isinstance(app, QApplication):
        direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    watch_language_changes(app)
    for translator in translators:
        app.installTranslator(translator)
    return lang


def qt_translations() -> Path | None:
    """Where Qt's own .qm files are: Qt's translations folder, or the frozen bundle's copy."""
    candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "PySide6" / "Qt" / "translations")
    for folder in candidates:
        if (folder / "qtbase_ar.qm").is_file():
            return folder
    return None
