"""The main window's size and place: remembered between sessions, always inside the screen, title bar included."""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, QRect, QSize, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter

from kwtsms_desktop.store.settings_schema import WINDOW_GEOMETRY, WINDOW_SIZE, WINDOW_SPLITTERS
from kwtsms_desktop.ui.shared.session import Session

GEOMETRY_SETTING = WINDOW_GEOMETRY.key
SPLITTER_SETTING = WINDOW_SPLITTERS.key
SIZE_SETTING = WINDOW_SIZE.key
DEFAULT_SIZE = QSize(1280, 820)
MINIMUM_SIZE = QSize(860, 540)  # every action stays reachable down to here (1024x600 screens fit)
# Until the window manager reports its frame: room for a title bar and borders.
FRAME_ALLOWANCE = QSize(16, 40)


def fit_rect(wanted: QRect, available: QRect, frame: QSize) -> QRect:
    """The window's client rectangle moved and shrunk so that, frame included, it lies inside `available`."""
    width = max(1, min(wanted.width(), available.width() - frame.width()))
    height = max(1, min(wanted.height(), available.height() - frame.height()))
    left = min(max(wanted.left(), available.left()), available.right() + 1 - width - frame.width())
    top = min(max(wanted.top(), available.top()), available.bottom() + 1 - height - frame.height())
    return QRect(max(left, available.left()), max(top, available.top()), width, height)


class WindowGeometry(QMainWindow):
    """Restoring, fitting and saving the window's geometry and its splitter (a base of MainWindow)."""

    session: Session
    top_splitter: QSplitter
    _fitted: bool

    def _restore_geometry(self) -> None:
        settings = self.session.settings
        geometry = settings.get(GEOMETRY_SETTING)
        if geometry:
            try:
                self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
            except (ValueError, TypeError):
                pass
            size = settings.get(SIZE_SETTING)
            if isinstance(size, list) and len(size) == 2 and not self.isMaximized():
                # restoreGeometry clamps to the screen it sees first; the size the user chose wins
                self.resize(max(int(size[0]), self.minimumWidth()), max(int(size[1]), self.minimumHeight()))
        else:
            self.resize(DEFAULT_SIZE)
        self.fit_to_screen(FRAME_ALLOWANCE)

    def fit_to_screen(self, frame: QSize | None = None) -> None:
        """Keep the whole window, title bar and borders included, inside the screen's free area.

        `frame` is what the window manager adds around the client area; once the window is shown
        the real one is measured (frameGeometry - geometry).
        """
        if self.isMaximized() or self.isFullScreen():
            return
        screen = self.screen()
        if screen is None:
            return
        if frame is None:
            outer, inner = self.frameGeometry(), self.geometry()
            frame = QSize(outer.width() - inner.width(), outer.height() - inner.height())
        available = screen.availableGeometry()
        fitted = fit_rect(QRect(self.pos(), self.size()), available, frame)  # pos(): the frame's corner
        if fitted.size() != self.size():
            self.resize(fitted.size())
        if self.isVisible() and fitted.topLeft() != self.pos():
            self.move(fitted.topLeft())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            # The window manager adds its frame after the first show: measure it then, and fit again.
            QTimer.singleShot(0, self.fit_to_screen)
            QTimer.singleShot(300, self.fit_to_screen)

    def _restore_splitters(self) -> None:
        # Until the user moves it: recipients and compose side by side in halves.
        self.top_splitter.setSizes([1000, 1000])
        splitters = self.session.settings.get(SPLITTER_SETTING)
        if isinstance(splitters, list) and splitters:
            try:
                self.top_splitter.restoreState(QByteArray(base64.b64decode(splitters[0])))
            except (ValueError, TypeError):
                pass

    def save_geometry(self) -> None:
        def encode(data: QByteArray) -> str:
            return base64.b64encode(bytes(data.data())).decode("ascii")

        settings = self.session.settings
        settings.set(GEOMETRY_SETTING, encode(self.saveGeometry()))
        settings.set(SIZE_SETTING, [self.width(), self.height()])
        settings.set(SPLITTER_SETTING, [encode(self.top_splitter.saveState())])
