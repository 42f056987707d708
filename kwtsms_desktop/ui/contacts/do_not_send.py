"""The do-not-send list's page: every number on it with the date and reason; add (typed, pasted, from a file), remove.

It fails closed like sending does: when the list cannot be read, the page says so in red, offers
nothing to change, and the window's Send refuses for the same reason (send_flow reads the list).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.core.phone import check_number
from kwtsms_desktop.importing import build_recipients, detect_phone_column, read_table
from kwtsms_desktop.importing.errors import ImportFailed
from kwtsms_desktop.store import StoreError
from kwtsms_desktop.ui.contacts.dialogs import NumbersDialog
from kwtsms_desktop.ui.contacts.models import SuppressionsModel
from kwtsms_desktop.ui.recipients.import_dialog import FILE_FILTER
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.translation import translatable, translate, translate_marked

UNREADABLE = translatable(
    "contacts.do_not_send",
    "The do-not-send list cannot be read ({error}). Nothing will be sent until it can: sending now "
    "could reach people who asked not to get messages. Restore a backup (File > Restore…).",
)


def numbers_in_file(path: str, default_country: str | None):
    """Background runner work: the valid numbers of the file's phone column, and how many rows were rejected."""

    def run(progress, cancelled):
        table = read_table(path, progress=progress, should_cancel=cancelled)
        phone = detect_phone_column(table)
        if phone is None:
            raise ImportFailed(f"No column of phone numbers was found in {Path(path).name}. Nothing was added.")
        checked = build_recipients(table, phone, None, default_country, should_cancel=cancelled)
        return [r.number for r in checked.valid], len(checked.invalid)

    return run


class DoNotSendPage(QWidget):
    changed = Signal()  # numbers were added or removed: the address book and the recipients re-mark theirs

    def __init__(self, store: Any, default_country: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self._store, self._default_country = store, default_country
        self.model = SuppressionsModel(self)
        self.readable = False
        self.last_dialog: Any = None
        self.worker = BackgroundRunner(self)
        self.worker.finished.connect(self._file_read)
        self.worker.failed.connect(lambda s: self._say(s, error=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            translate(
                "DoNotSendPage",
                "Nothing is ever sent to these numbers, from the window or the command line, whatever the recipients' source.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.addButton = QPushButton(translate("DoNotSendPage", "Add numbers…"))
        self.addButton.setObjectName("doNotSendAdd")
        self.addButton.clicked.connect(self.add_numbers)
        self.fileButton = QPushButton(translate("DoNotSendPage", "Add from a file…"))
        self.fileButton.setObjectName("doNotSendFile")
        self.fileButton.clicked.connect(lambda: self.add_from_file())
        self.removeButton = QPushButton(translate("DoNotSendPage", "Remove"))
        self.removeButton.setObjectName("doNotSendRemove")
        self.removeButton.clicked.connect(self.remove_selected)
        for button in (self.addButton, self.fileButton, self.removeButton):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setObjectName("doNotSendView")
        self.table.setAccessibleName(translate("DoNotSendPage", "The do-not-send list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setDefaultSectionSize(170)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._refresh_buttons())
        layout.addWidget(self.table, 1)
        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("doNotSendStatus")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.statusLabel)
        self.reload()

    def reload(self) -> None:
        try:
            entries = self._store.suppressions.entries()
        except (StoreError, sqlite3.Error) as error:
            self.readable = False
            self.model.set_entries([])
            self._say(translate_marked("contacts.do_not_send", UNREADABLE, error=error), error=True)
        else:
            self.readable = True
            self.model.set_entries(entries)
            self._say(
                translate(
                    "DoNotSendPage",
                    "{count} number(s) on the do-not-send list.",
                    n=len(entries),
                    count=f"{len(entries):,}",
                )
            )
        self._refresh_buttons()

    def add_numbers(self) -> NumbersDialog:
        dialog = NumbersDialog(self)
        ok = dialog.okButton
        ok.clicked.disconnect()

        def check() -> None:
            numbers: list[str] = []
            bad: list[str] = []
            for raw in dialog.raw_numbers():
                found = check_number(raw, self._default_country())
                (numbers if found.ok else bad).append(found.number if found.ok else f"{raw}: {found.error}")
            if bad or not numbers:
                dialog.show_error(
                    translate("DoNotSendPage", "Not a phone number: {list}. Nothing was added.", list="; ".join(bad))
                    if bad
                    else translate("DoNotSendPage", "Type at least one number.")
                )
                return
            self._add(numbers, dialog.reason())
            dialog.done(1)

        ok.clicked.connect(check)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def add_from_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                translate("DoNotSendPage", "Add from a file"),
                str(Path.home()),
                translate_marked("recipients.import_dialog", FILE_FILTER),
            )
            if not path:
                return
        self._file_name = Path(path).name
        self._say(translate("DoNotSendPage", "Reading {file}…", file=self._file_name))
        self.worker.start(numbers_in_file(path, self._default_country()))

    def _file_read(self, result: object) -> None:
        numbers, rejected = cast(tuple, result)
        added = self._add(numbers, translate("DoNotSendPage", "from {file}", file=self._file_name))
        if added is not None:
            self._say(
                translate(
                    "DoNotSendPage",
                    "{added} added from {file} ({already} already on the list, {rejected} rejected).",
                    added=f"{added:,}",
                    file=self._file_name,
                    already=f"{len(numbers) - added:,}",
                    rejected=translate("DoNotSendPage", "{count} row(s)", n=rejected, count=f"{rejected:,}"),
                )
            )

    def _add(self, numbers: list[str], reason: str) -> int | None:
        try:
            added = self._store.suppressions.add(numbers, reason or None)
        except (StoreError, sqlite3.Error) as error:
            self._say(translate_marked("contacts.do_not_send", UNREADABLE, error=error), error=True)
            return None
        self.reload()
        self.changed.emit()
        return added

    def remove_selected(self) -> int:
        numbers = [self.model.number(i.row()) for i in self.table.selectionModel().selectedRows()]
        removed = sum(1 for n in numbers if n and self._store.suppressions.remove(n))
        self.reload()
        self._say(
            translate(
                "DoNotSendPage",
                "{count} number(s) removed from the do-not-send list.",
                n=removed,
                count=f"{removed:,}",
            )
        )
        self.changed.emit()
        return removed

    def _refresh_buttons(self) -> None:
        for button in (self.addButton, self.fileButton):
            button.setEnabled(self.readable)
        self.removeButton.setEnabled(self.readable and bool(self.table.selectionModel().selectedRows()))

    def _say(self, sentence: str, *, error: bool = False) -> None:
        self.statusLabel.setText(sentence)
        self.statusLabel.setStyleSheet("color: #b00020;" if error else "")

    def shutdown(self) -> None:
        self.worker.shutdown()
