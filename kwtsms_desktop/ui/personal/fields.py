"""The Insert field menu and, for each field the message uses, what happens when a recipient has no value.

A field is written ``{field}`` (core.fields). The menu lists the fields the current recipients
have; choosing one types ``{field}`` at the cursor. For each used field the user chooses: a
fallback text (e.g. "ولي الأمر"), or set aside the recipients without a value (they are listed
with the reason "no value for {field}", like every other set-aside row).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.core.fields import field_key
from kwtsms_desktop.ui.shared.i18n import tr

SET_ASIDE, FALLBACK = 0, 1


class InsertFieldButton(QToolButton):
    """ "Insert field ▾": one item per field the recipients have; choosing one types ``{field}`` at the cursor."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insertFieldButton")
        self.setText(tr("Insert field"))
        self.setAccessibleName(tr("Insert field"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.editor = editor
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("insertFieldMenu")
        self.setMenu(self.menu_)
        self._fields: list[str] = []
        self.set_fields([])

    def fields(self) -> list[str]:
        return list(self._fields)

    def set_fields(self, fields: list[str]) -> None:
        if fields == self._fields and self.menu_.actions():
            return
        self._fields = list(fields)
        self.menu_.clear()
        for name in fields:
            action = self.menu_.addAction("{" + name + "}")
            action.triggered.connect(lambda _=False, n=name: self.insert(n))
        self.setEnabled(bool(fields))
        self.setToolTip(
            tr("Put a recipient's own value in the message, e.g. {name}")
            if fields
            else tr("Import recipients with a name or other columns to use their fields.")
        )

    def insert(self, name: str) -> None:
        """Type ``{name}`` at the cursor (replacing a selection), as one undoable step."""
        self.editor.textCursor().insertText("{" + name + "}")
        self.editor.setFocus()


class MissingValuesBox(QWidget):
    """One row per field the message uses: "Set aside rows without it" or "Use this text: ___"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingValuesBox")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(tr("When a recipient has no value:"))
        outer.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.grid)
        self._rows: dict[str, tuple[str, QLabel, QComboBox, QLineEdit]] = {}  # field_key -> widgets
        self._kept: dict[str, tuple[int, str]] = {}  # choices of fields no longer used, kept while typing
        self.setVisible(False)

    def set_fields(self, names: list[str]) -> None:
        """The fields the message uses (as written); choices already made are kept."""
        keys = [field_key(n) for n in names]
        if keys == list(self._rows):
            return
        for key, (_name, label, combo, edit) in self._rows.items():
            self._kept[key] = (combo.currentIndex(), edit.text())
            for widget in (label, combo, edit):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = {}
        for line, (name, key) in enumerate(zip(names, keys, strict=False)):
            label = QLabel("{" + name + "}")
            combo = QComboBox()
            combo.setObjectName(f"missingChoice:{key}")
            combo.addItems([tr("Set those recipients aside"), tr("Use this text instead:")])
            combo.setAccessibleName(tr("When {field} is empty", field="{" + name + "}"))
            edit = QLineEdit()
            edit.setObjectName(f"fallbackText:{key}")
            edit.setAccessibleName(tr("Text used when {field} is empty", field="{" + name + "}"))
            edit.setPlaceholderText(tr("e.g. Parent"))
            choice, text = self._kept.get(key, (SET_ASIDE, ""))
            combo.setCurrentIndex(choice)
            edit.setText(text)
            edit.setEnabled(choice == FALLBACK)
            combo.currentIndexChanged.connect(lambda index, e=edit: self._choice_changed(e, index))
            edit.textChanged.connect(self.changed)
            self.grid.addWidget(label, line, 0)
            self.grid.addWidget(combo, line, 1)
            self.grid.addWidget(edit, line, 2)
            self._rows[key] = (name, label, combo, edit)
        self.grid.setColumnStretch(2, 1)
        self.setVisible(bool(names))
        self.changed.emit()

    def set_choice(self, field: str, fallback: str | None) -> None:
        """Choose for ``field``: a fallback text, or None to set the recipients aside."""
        _name, _label, combo, edit = self._rows[field_key(field)]
        if fallback is not None:
            edit.setText(fallback)
        combo.setCurrentIndex(SET_ASIDE if fallback is None else FALLBACK)

    def fallbacks(self) -> dict[str, str]:
        """Field -> fallback text, for the fields whose recipients without a value get one (make_plan's ``fallbacks``)."""
        return {
            name: edit.text().strip()
            for name, _label, combo, edit in self._rows.values()
            if combo.currentIndex() == FALLBACK and edit.text().strip()
        }

    @Slot()
    def _choice_changed(self, edit: QLineEdit, index: int) -> None:
        edit.setEnabled(index == FALLBACK)
        if index == FALLBACK:
            edit.setFocus()
        self.changed.emit()

    def row_widgets(self, field: str) -> Any:
        return self._rows[field_key(field)][2:]
