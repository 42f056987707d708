"""The window's backups: today's automatic one at start (off the GUI thread), File > Back up now… and Restore….

Restoring replaces the database the whole window works on, so it is done in this order: the
chosen file is checked as a copy first (store.backup.check_database_file: a database, sound, this
app's, not newer), the user confirms, the window closes its session (every store connection, the
engine), store.backup.restore_backup swaps the file in (keeping the replaced one aside), and a new
window opens on the data folder and says what happened. A broadcast that is sending blocks a restore.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kwtsms_desktop.store import Store
from kwtsms_desktop.store.backup import BackupFailed, check_database_file, daily_backup, restore_backup, write_backup
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.translation import translatable, translate, translate_marked

BACKUP_FILTER = translatable("backups", "kwtSMS Desktop backup (*.sqlite3 *.db *.backup);;All files (*)")


def _daily(data_dir: Path) -> Path | None:
    with Store.open(data_dir) as store:
        return daily_backup(store.connection, data_dir)


def _write(data_dir: Path, target: str) -> Path:
    with Store.open(data_dir) as store:
        return write_backup(store.connection, target)


def _check_copy(source: str) -> int:
    """The backup's schema version, checked on a copy (the chosen file is never touched)."""
    with tempfile.TemporaryDirectory(prefix="kwtsms-restore-") as folder:
        copy = Path(folder) / "candidate.sqlite3"
        try:
            shutil.copyfile(source, copy)
        except OSError as error:
            raise BackupFailed(
                f"The file {Path(source).name} cannot be read ({error.strerror or error}). Nothing was changed."
            ) from error
        return check_database_file(copy)


class Backups(QObject):
    """``window``: the MainWindow (its session's data folder and controller); ``confirm``: asks the user."""

    done = Signal(str)  # a sentence: what happened (shown in the status bar)
    failed = Signal(str)
    restored = Signal(object)  # the new window

    def __init__(self, window: Any, confirm: Callable[[str], bool] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._confirm = confirm or self._ask
        self.background = BackgroundRunner(self, name="kwtsms-backup")

    @property
    def data_dir(self) -> Path:
        return Path(self.window.session.data_dir)

    def daily(self) -> None:
        """Today's backup in <data folder>/backups when there is none yet (the last 7 kept)."""
        data_dir = self.data_dir
        self.background.run(lambda: _daily(data_dir), self._daily_done)

    def _daily_done(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self.failed.emit(translate("Backups", "Today's automatic backup could not be made: {reason}", reason=error))
        elif result is not None:
            self.done.emit(translate("Backups", "Today's automatic backup was made: {file}.", file=Path(result).name))

    def back_up_now(self, target: str | None = None) -> None:
        if target is None:
            suggested = self.data_dir / f"kwtsms-desktop-{datetime.now():%Y-%m-%d-%H%M}.sqlite3"
            target, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("Backups", "Back up now"),
                str(suggested),
                translate_marked("backups", BACKUP_FILTER),
            )
            if not target:
                return
        data_dir = self.data_dir
        self.background.run(lambda: _write(data_dir, str(target)), self._written)

    def _written(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self.failed.emit(str(error))
        else:
            self.done.emit(translate("Backups", "Backed up to {path}.", path=result))

    def restore(self, source: str | None = None) -> None:
        """Check ``source``, confirm, then replace the database and reopen the window."""
        if source is None:
            source, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("Backups", "Restore a backup"),
                str(self.data_dir / "backups"),
                translate_marked("backups", BACKUP_FILTER),
            )
            if not source:
                return
        controller = self.window.session.controller
        if controller is not None and controller.is_busy():
            self.failed.emit(
                translate(
                    "Backups", "A broadcast is sending. Pause it or let it finish, then restore. Nothing was changed."
                )
            )
            return
        chosen = str(source)
        self.background.run(lambda: _check_copy(chosen), lambda version, error: self._checked(chosen, version, error))

    def _checked(self, source: str, _version: Any, error: BaseException | None) -> None:
        if error is not None:
            self.failed.emit(str(error))
            return
        question = translate(
            "Backups",
            "Replace the contacts, groups, do-not-send list, history and settings with the backup {file}? "
            "The data you have now is kept aside in the data folder.",
            file=Path(source).name,
        )
        if not self._confirm(question):
            self.done.emit(translate("Backups", "Restore cancelled. Nothing was changed."))
            return
        window, options, data_dir = self.window, self.window.session.options, self.data_dir
        self.background.shutdown(wait=True)
        window.save_geometry()
        window.shutdown()  # every store connection closed, the engine stopped
        try:
            aside = restore_backup(source, data_dir)
        except BackupFailed as error:
            sentence = str(error)
        else:
            sentence = translate("Backups", "Restored from {file}.", file=Path(source).name)
            if aside is not None:
                sentence += " " + translate("Backups", "The data replaced is kept as {aside}.", aside=aside.name)
        fresh = reopen(window, options)
        fresh.statusBar().showMessage(sentence)
        self.restored.emit(fresh)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self.window, translate("Backups", "Restore a backup"), question)
        return answer == QMessageBox.StandardButton.Yes

    def shutdown(self) -> None:
        self.background.shutdown(wait=True)


def reopen(old: Any, options: Any) -> Any:
    """A new window on the same data folder in the old one's place (which is closed)."""
    from kwtsms_desktop.ui.queue.recovery import announce_recovery
    from kwtsms_desktop.ui.shared.session import Session

    session = Session(options)
    window = type(old)(session)  # a MainWindow (not imported here: the window imports this module)
    window.destroyed.connect(session.close)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(session.close)
    window.attach()
    announce_recovery(window)
    window.setGeometry(old.geometry())
    if old.isVisible():
        window.show()
    old.close()
    return window
