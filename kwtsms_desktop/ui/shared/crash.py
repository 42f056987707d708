"""Unexpected errors: a friendly dialog for the user, the details in <data dir>/crash.log (never a password).

Installed by `app.main` as `sys.excepthook` and `threading.excepthook`. Dialogs are skipped when
Qt runs offscreen (tests, screenshots) or `KWTSMS_NO_DIALOGS=1`; the log is always written.
"""

from __future__ import annotations

import datetime
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_FILE = "crash.log"
_MAX_LOG_BYTES = 1_000_000
_state: dict[str, object] = {"dir": None, "secrets": None}

# password=..., "password": "...", Authorization headers: masked whatever the secret is.
_PATTERNS = (
    re.compile(r'(?i)("?password"?\s*[:=]\s*)("[^"]*"|\'[^\']*\'|[^\s,}&]+)'),
    re.compile(r"(?i)(authorization:\s*)(\S+)"),
)


def headless() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]  # "offscreen:configfile=..." is offscreen too
    return platform == "offscreen" or os.environ.get("KWTSMS_NO_DIALOGS") == "1"


def scrub(text: str, secrets: list[str] | None = None) -> str:
    for secret in secrets or []:
        if secret:
            text = text.replace(secret, "***")
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + "***", text)
    return text


def install(data_dir: str | os.PathLike[str], secrets: Callable[[], list[str]] | None = None) -> None:
    """Send every uncaught exception (main thread and other threads) to `report`."""
    _state["dir"] = Path(data_dir)
    _state["secrets"] = secrets
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def set_secrets(secrets: Callable[[], list[str]]) -> None:
    _state["secrets"] = secrets


def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> Path | None:
    """Write the details to the log; show the dialog unless headless. Returns the log path."""
    details = "".join(traceback.format_exception(kind, error, trace))
    provider = _state.get("secrets")
    secrets = provider() if callable(provider) else []
    details = scrub(details, secrets)
    path = write_log(details)
    sys.stderr.write(details)
    if not headless():
        _show_dialog(path)
    return path


def write_log(details: str) -> Path | None:
    folder = _state.get("dir")
    if folder is None:
        return None
    path = Path(folder) / LOG_FILE  # type: ignore[arg-type]
    try:
        if path.exists() and path.stat().st_size > _MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.1"))
        stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp}\n{details}\n")
    except OSError:
        return None
    return path


def _show_dialog(path: Path | None) -> None:
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from kwtsms_desktop.ui.shared.i18n import tr

        if QApplication.instance() is None or threading.current_thread() is not threading.main_thread():
            return
        where = tr("The details were saved in {path}.", path=path) if path else ""
        QMessageBox.warning(
            None,
            tr("Something went wrong"),
            tr(
                "kwtSMS Desktop met an unexpected problem. Your broadcasts are safe: their progress is "
                "saved after every step. If it happens again, send the log file to support."
            )
            + " "
            + where,
        )
    except Exception:  # noqa: BLE001 - the hook itself must never raise
        pass


def _excepthook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    report(kind, error, trace)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    report(args.exc_type, args.exc_value, args.exc_traceback)
