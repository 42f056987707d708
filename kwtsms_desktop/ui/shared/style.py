"""The app's look: the bundled stylesheet (resources/styles/app.qss), the window icon and a font that shows Arabic."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from kwtsms_desktop.resources_path import resource

log = logging.getLogger(__name__)

# Fonts known to draw Arabic well, best first; the first one installed wins.
_ARABIC_CAPABLE = ("Segoe UI", "SF Pro Text", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans")


def stylesheet() -> str:
    try:
        return resource("styles", "app.qss").read_text(encoding="utf-8")
    except OSError as error:  # a missing stylesheet is ugly, not fatal
        log.warning("stylesheet unreadable: %s", error)
        return ""


def app_icon() -> QIcon:
    path = resource("icons", "kwtsms-desktop.png")
    return QIcon(str(path)) if path.exists() else QIcon()


def apply_style(app: QApplication) -> None:
    """Stylesheet, icon and a font that covers Arabic (set once per QApplication)."""
    if app.property("kwtsmsStyled"):
        return
    app.setProperty("kwtsmsStyled", True)
    families = set(QFontDatabase.families())
    for family in _ARABIC_CAPABLE:
        if family in families:
            font = QFont(app.font())
            font.setFamily(family)
            app.setFont(font)
            break
    app.setWindowIcon(app_icon())
    app.setStyleSheet(stylesheet())
