"""PySide6.QtWidgets as PyInstaller's own hook collects it, minus the Qt plugins the app does not use."""

import os
import sys

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from qt_trim import trim_hook_binaries  # noqa: E402  (packaging/qt_trim.py)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = trim_hook_binaries(binaries)
