"""The main window's Help menu: the guide (F1), the keyboard shortcuts and About, each one window raised when asked again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMainWindow, QWidget

from kwtsms_desktop.ui.shared.session import Session


class WindowHelp(QMainWindow):
    """The Help menu's windows (a base of MainWindow); ui/help/dialogs.py makes them."""

    session: Session

    def _help_window(self, name: str, make: Callable[[], QWidget]) -> QWidget:
        """One window per kind, raised when asked again (non-modal: the guide stays open beside the work)."""
        window = self.findChild(QWidget, name)
        if window is None:
            window = make()
            window.setParent(self, window.windowFlags())
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # The help windows are imported when first asked for (start-up speed).
    @Slot()
    def show_guide(self) -> QWidget:
        from kwtsms_desktop.ui.help.dialogs import guide_window

        return self._help_window("helpGuide", guide_window)

    @Slot()
    def show_shortcuts(self) -> QWidget:
        from kwtsms_desktop.ui.help.dialogs import shortcuts_window

        return self._help_window("shortcutsWindow", lambda: shortcuts_window(self.actions()))

    @Slot()
    def show_about(self) -> QWidget:
        from kwtsms_desktop.ui.help.dialogs import about_window

        return self._help_window("aboutWindow", lambda: about_window(self.session.data_dir))
