"""Wiring: command-line arguments, then either a headless subcommand (cli/__init__.py) or the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

CLI_COMMANDS = frozenset(
    {
        "simulate",
        "send",
        "resume",
        "history",
        "contacts",
        "groups",
        "optout",
        "backup",
        "restore",
        "run-due",
        "cancel",
        "reschedule",
        "send-now",
        "status",
        "report",
        "results",
        "templates",
    }
)
SCREENSHOT_MAX_WAIT_MS = 8000
GIL_SWITCH_INTERVAL = 0.001
EXIT_ALREADY_RUNNING = 1

if TYPE_CHECKING:  # Qt is imported only when the window is wanted (the CLI stays light)
    from PySide6.QtWidgets import QApplication, QMainWindow

    from kwtsms_desktop.ui.main_window import MainWindow
    from kwtsms_desktop.ui.shared.session import WindowOptions


def window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kwtsms-desktop",
        description="kwtSMS Desktop: bulk SMS through your kwtSMS account. "
        "Subcommands without a window: simulate, send, resume, history, run-due, cancel, reschedule, send-now "
        "(kwtsms-desktop send --help).",
    )
    parser.add_argument(
        "--demo", action="store_true", help="demo mode: a local simulated gateway, nothing is really sent"
    )
    parser.add_argument(
        "--data-dir", help="where the app keeps its data (default: $KWTSMS_DESKTOP_DATA_DIR or the user data dir)"
    )
    parser.add_argument(
        "--lang", choices=("en", "ar"), help="window language (default: the saved setting, else English)"
    )
    parser.add_argument("--screenshot", metavar="FILE", help="render the window to a PNG once it is ready, then exit")
    parser.add_argument("--gateway", metavar="URL", help="gateway URL (https://, or http:// to a loopback simulator)")
    return parser


def parse_window_options(argv: list[str]) -> WindowOptions:
    from kwtsms_desktop.ui.shared.session import WindowOptions

    args = window_parser().parse_args(argv)
    return WindowOptions(
        demo=args.demo, data_dir=args.data_dir, lang=args.lang, screenshot=args.screenshot, gateway=args.gateway
    )


def _ensure_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "kwtsms-desktop"])
    app.setApplicationName("kwtSMS Desktop")
    app.setOrganizationName("kwtSMS")
    app.setDesktopFileName("kwtsms-desktop")  # type: ignore[attr-defined]  # QGuiApplication's; instance() is typed QCoreApplication
    return app  # type: ignore[return-value]


def _apply_language(app: QApplication, lang: str) -> None:
    """The window's texts, Qt's own (buttons, file dialogs, context menus) and direction in `lang`."""
    from kwtsms_desktop.ui.shared.translation import install_language

    install_language(lang, app)


def build_main_window(argv: list[str]) -> MainWindow:
    """Build the whole window as `main` would (a QApplication must exist), without showing it.

    With ``--demo`` the window talks to a simulator running in this process; the simulator and the
    other background services stop when the window is closed or destroyed, or the app quits.
    """
    options = parse_window_options(list(argv))
    window = _build_frame(options)
    _finish(window)
    return window


def _build_frame(options: WindowOptions) -> MainWindow:
    """The window's frame (header, empty areas, menus) on an opened store: quick to show."""
    from kwtsms_desktop.store.settings_schema import LANGUAGE
    from kwtsms_desktop.ui.main_window import MainWindow
    from kwtsms_desktop.ui.shared.session import Session
    from kwtsms_desktop.ui.shared.style import apply_style

    app = _ensure_application()
    # Import, planning and sending workers are CPU-bound Python: hand the GIL back to the GUI
    # thread every 1 ms instead of 5 ms, so the window never waits long for it (benchmarks/ui.py).
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    session = Session(options)
    try:
        lang = options.lang or session.settings.value(LANGUAGE) or "en"
        _apply_language(app, lang)
        apply_style(app)
        window = MainWindow(session)
    except BaseException:
        session.close()
        raise
    window.destroyed.connect(session.close)
    app.aboutToQuit.connect(session.close)
    return window


def _finish(window: MainWindow) -> None:
    """Start the services, fill the areas, recover interrupted broadcasts."""
    from kwtsms_desktop.ui.queue.recovery import announce_recovery

    try:
        window.attach()
    except BaseException:
        window.session.close()
        raise
    announce_recovery(window)


def main(argv: list[str] | None = None) -> int:
    """Run kwtSMS Desktop; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in CLI_COMMANDS:
        from kwtsms_desktop.cli import run_command

        return run_command(argv)
    options = parse_window_options(argv)
    return run_window(options)


def run_window(options: WindowOptions) -> int:
    from PySide6.QtCore import QLockFile, QTimer
    from PySide6.QtWidgets import QMessageBox

    from kwtsms_desktop.ui.shared import crash
    from kwtsms_desktop.ui.shared.session import data_dir_for

    app = _ensure_application()
    data_dir = data_dir_for(options)
    crash.install(data_dir)

    lock = QLockFile(str(Path(data_dir) / "kwtsms-desktop.lock"))
    lock.setStaleLockTime(0)  # a crashed instance's lock is recognised by its dead process id
    if not lock.tryLock(200):
        sentence = (
            f"kwtSMS Desktop is already running with this data folder ({data_dir}). "
            "Switch to the open window, or close it first."
        )
        print(sentence, file=sys.stderr)
        if not crash.headless():
            QMessageBox.information(None, "kwtSMS Desktop", sentence)
        return EXIT_ALREADY_RUNNING

    try:
        window = _build_frame(options)
    except Exception as error:
        from kwtsms_desktop.store import StoreError

        if isinstance(error, StoreError):
            print(str(error), file=sys.stderr)
            if not crash.headless():
                QMessageBox.critical(None, "kwtSMS Desktop", error.ar if options.lang == "ar" else error.en)
            lock.unlock()
            return 2
        raise

    crash.set_secrets(lambda: [window.session.credentials()[1]] if window.session.started else [])
    window.show()
    _report_startup_when_asked()
    QTimer.singleShot(0, lambda: _finish(window))  # the frame is on screen first
    try:
        if options.screenshot:
            return _screenshot_when_ready(window, Path(options.screenshot))
        return app.exec()
    finally:
        lock.unlock()


def _screenshot_when_ready(window: QMainWindow, target: Path) -> int:
    """Wait (in a local event loop) until the account answered or SCREENSHOT_MAX_WAIT_MS, grab, close.

    A local QEventLoop rather than app.exec()/app.quit(): quitting the application would leave
    Qt's quit flag set, and a caller that goes on using Qt (a test) would find its loops dead.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    result = {"code": 1, "taken": False}

    def take() -> None:
        if result["taken"]:
            return
        result["taken"] = True
        result["code"] = 0 if save_screenshot(window, target) else 1
        window.close()
        loop.quit()

    window.ready.connect(lambda: QTimer.singleShot(150, take))  # type: ignore[attr-defined]
    QTimer.singleShot(SCREENSHOT_MAX_WAIT_MS, take)
    loop.exec()
    return int(result["code"])


def _report_startup_when_asked() -> None:
    """KWTSMS_DESKTOP_REPORT_STARTUP=1 (the packaging smoke check): once the event loop has shown
    the window, print on stderr how long after the process started that was."""
    import os

    if not os.environ.get("KWTSMS_DESKTOP_REPORT_STARTUP"):
        return
    from PySide6.QtCore import QTimer

    from kwtsms_desktop.frozen import ms_since_process_start

    QTimer.singleShot(
        0, lambda: print(f"startup: window shown after {ms_since_process_start():.0f} ms", file=sys.stderr, flush=True)
    )


def save_screenshot(window: QMainWindow, path: Path) -> bool:
    """Render the window to a PNG (works offscreen: QWidget.grab)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    pixmap = window.grab()
    ok = pixmap.save(str(path), "PNG")
    if not ok:
        print(f"Could not write the screenshot to {path}.", file=sys.stderr)
    return ok and path.stat().st_size > 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
