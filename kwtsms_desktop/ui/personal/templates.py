"""Saved templates in the compose area: pick one, save the current message under a name, rename, delete.

The templates live in the database (store.templates), so a backup of the data folder holds them.
Questions to the user (a name, "replace it?") go through ``ask_name`` and ``confirm``, which tests
replace; refusals (an empty name, a name taken) are sentences shown in place, never tracebacks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.store.templates import TemplateError
from kwtsms_desktop.ui.shared.i18n import tr

AskName = Callable[[QWidget, str, str, str], "str | None"]  # (parent, title, label, text) -> name or None
Confirm = Callable[[QWidget, str], bool]


def ask_name_dialog(parent: QWidget, title: str, label: str, text: str) -> str | None:
    name, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return name if ok else None


def confirm_dialog(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, tr("Templates"), question)
    return answer == QMessageBox.StandardButton.Yes


def template_error_text(error: TemplateError, name: str = "") -> str:
    """The repository's sentence in the window's language."""
    text = str(error)
    if text == "A template needs a name.":
        return tr("A template needs a name.")
    if text.startswith("There is already a template called"):
        return tr("There is already a template called “{name}”.", name=name)
    if text.endswith("has no text."):
        return tr("Type the message first: an empty template cannot be saved.")
    if text.startswith("A template name has at most"):
        return tr("A template name has at most 100 characters.")
    return text


class TemplatesBar(QWidget):
    """A "Templates" combo (choosing one puts its text in the editor), Save as template…, Manage…

    ``repository`` is a store.templates.TemplateRepository; ``message`` reads the editor's text.
    """

    templateChosen = Signal(str)  # the chosen template's text
    problem = Signal(str)  # a sentence to show ("" clears it)

    def __init__(self, repository: Any, message: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesBar")
        self.repository = repository
        self._message = message
        self.ask_name: AskName = ask_name_dialog
        self.confirm: Confirm = confirm_dialog
        self.manager: TemplatesDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("templateCombo")
        self.combo.setAccessibleName(tr("Templates"))
        self.combo.setPlaceholderText(tr("Use a template…"))
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.activated.connect(self._chosen)
        row.addWidget(self.combo, 1)
        self.save_button = QPushButton(tr("Save as template…"))
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.clicked.connect(self.save_current)
        row.addWidget(self.save_button)
        self.manage_button = QPushButton(tr("Manage…"))
        self.manage_button.setObjectName("manageTemplatesButton")
        self.manage_button.setAccessibleName(tr("Manage templates"))
        self.manage_button.clicked.connect(self.open_manager)
        row.addWidget(self.manage_button)
        self.reload()

    def names(self) -> list[str]:
        return [self.combo.itemText(i) for i in range(self.combo.count())]

    @Slot()
    def reload(self) -> None:
        names = self.repository.names()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names)
        self.combo.setCurrentIndex(-1)
        self.combo.blockSignals(False)
        self.combo.setEnabled(bool(names))
        self.manage_button.setEnabled(bool(names))

    def choose(self, name: str) -> None:
        """What picking ``name`` in the combo does."""
        index = self.combo.findText(name)
        if index >= 0:
            self._chosen(index)

    def _chosen(self, index: int) -> None:
        found = self.repository.get(self.combo.itemText(index))
        self.combo.setCurrentIndex(-1)  # the combo picks; it does not stay tied to the editor's text
        if found is not None:
            self.templateChosen.emit(found.body)

    @Slot()
    def save_current(self) -> bool:
        """Ask a name and save the editor's text under it (a name in use: asks before replacing)."""
        body = self._message()
        if not body.strip():
            self.problem.emit(tr("Type the message first: an empty template cannot be saved."))
            return False
        name = self.ask_name(self, tr("Save as template"), tr("Template name:"), "")
        if name is None:
            return False
        try:
            self.repository.save(name, body, replace=False)
        except TemplateError as error:
            existing = self.repository.get(name) if name.strip() else None
            if existing is None:
                self.problem.emit(template_error_text(error, name))
                return False
            if not self.confirm(self, tr("Replace the text of the template “{name}”?", name=existing.name)):
                return False
            self.repository.save(existing.name, body, replace=True)
        self.problem.emit("")
        self.reload()
        return True

    @Slot()
    def open_manager(self) -> TemplatesDialog:
        if self.manager is not None:
            self.manager.deleteLater()
        dialog = self.manager = TemplatesDialog(self.repository, self)
        dialog.ask_name, dialog.confirm = self.ask_name, self.confirm
        dialog.changed.connect(self.reload)
        dialog.useRequested.connect(self.templateChosen)
        dialog.open()
        return dialog


class TemplatesDialog(QDialog):
    """The templates with their text: rename, delete, or use one."""

    changed = Signal()
    useRequested = Signal(str)

    def __init__(self, repository: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(tr("Templates"))
        self.setMinimumSize(460, 320)
        self.repository = repository
        self.ask_name: AskName = ask_name_dialog
        self.confirm: Confirm = confirm_dialog
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(tr("Templates"))
        self.list.currentRowChanged.connect(self._show_current)
        body.addWidget(self.list, 1)
        self.text = QPlainTextEdit()
        self.text.setObjectName("templateText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("Template text"))
        body.addWidget(self.text, 2)
        layout.addLayout(body, 1)
        self.note = QLabel()
        self.note.setObjectName("templatesNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(tr("Use"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setObjectName("useTemplateButton")
        self.rename_button = buttons.addButton(tr("Rename…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.rename_button.setObjectName("renameTemplateButton")
        self.delete_button = buttons.addButton(tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setObjectName("deleteTemplateButton")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("Close"))
        self.use_button.clicked.connect(self.use_current)
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button.clicked.connect(self.delete_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        self.list.addItems(self.repository.names())
        row = 0
        if select is not None:
            matches = self.list.findItems(select, Qt.MatchFlag.MatchExactly)
            row = self.list.row(matches[0]) if matches else 0
        self.list.setCurrentRow(row if self.list.count() else -1)
        self._show_current()

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None else None

    def _show_current(self, *_: Any) -> None:
        name = self.current_name()
        found = self.repository.get(name) if name else None
        self.text.setPlainText(found.body if found else "")
        for button in (self.use_button, self.rename_button, self.delete_button):
            button.setEnabled(found is not None)

    @Slot()
    def use_current(self) -> None:
        name = self.current_name()
        found = self.repository.get(name) if name else None
        if found is not None:
            self.useRequested.emit(found.body)
            self.accept()

    @Slot()
    def rename_current(self) -> bool:
        name = self.current_name()
        if name is None:
            return False
        new_name = self.ask_name(self, tr("Rename template"), tr("New name:"), name)
        if new_name is None:
            return False
        try:
            self.repository.rename(name, new_name)
        except TemplateError as error:
            self.note.setText(template_error_text(error, " ".join(new_name.split())))
            return False
        self.note.setText("")
        self.reload(select=" ".join(new_name.split()))
        self.changed.emit()
        return True

    @Slot()
    def delete_current(self) -> bool:
        name = self.current_name()
        if name is None or not self.confirm(self, tr("Delete the template “{name}”?", name=name)):
            return False
        self.repository.delete(name)
        self.note.setText("")
        self.reload()
        self.changed.emit()
        return True
