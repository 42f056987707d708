"""What the installed Qt is and where its plugins are: the Qt part of the packaged app's self-check (frozen.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401  (the three modules the window uses must load)


def qt_facts() -> dict[str, object]:
    plugins = Path(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.PluginsPath))
    platforms = sorted(p.name for p in (plugins / "platforms").glob("*")) if plugins.is_dir() else []
    return {"version": QtCore.qVersion(), "plugins": str(plugins), "platforms": platforms}
