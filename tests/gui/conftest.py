"""Shared GUI fixtures: an in-memory keyring for every test, a running simulator, a built demo window."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtWidgets import QWidget

from kwtsms_desktop.credentials import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring():
    """No GUI test ever touches the developer's real keyring."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def simulator():
    """A gateway simulator on a free loopback port (demo account: demo / demo, balance 5000)."""
    from kwtsms_desktop.gateway.simulator import Simulator

    sim = Simulator()
    sim.start()
    yield sim
    sim.stop()


def find(window: QWidget, kind: type, name: str):
    widget = window.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name!r}"
    return widget


@pytest.fixture
def build_window(qtbot, tmp_path):
    """build_window(*extra_args, ready=True): a demo window (own data dir), closed at the end."""
    from kwtsms_desktop.app import build_main_window

    built = []

    def build(*extra: str, demo: bool = True, data_dir=None, ready: bool = True, show: bool = False):
        folder = data_dir or tmp_path / f"data{len(built)}"
        argv = (["--demo"] if demo else []) + ["--data-dir", str(folder), *extra]
        window = build_main_window(argv)
        qtbot.addWidget(window)
        built.append(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        if ready:
            qtbot.waitUntil(lambda: window.is_ready, timeout=10_000)
        return window

    yield build
    for window in built:
        window.session.close()


@pytest.fixture
def demo_window(build_window):
    """A demo window whose balance and sender IDs have arrived."""
    window = build_window()
    return window


@pytest.fixture(autouse=True)
def english_afterwards():
    """A test that switched the UI to Arabic must not leave it Arabic for the next one."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kwtsms_desktop.ui.shared.i18n import set_language

    set_language("en")
    if QApplication.instance() is not None:
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text key by key (QTest.keyClicks only knows ASCII: Arabic and curly quotes abort it)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
