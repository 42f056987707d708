"""The address book's dialogs: a contact's name, note and groups; importing a file into a group
(today's review step plus the group and the columns to keep); the import's summary; typed numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.store.contacts import Contact
from kwtsms_desktop.ui.contacts.models import RejectedModel
from kwtsms_desktop.ui.recipients.import_dialog import BuildParams, ImportDialog
from kwtsms_desktop.ui.recipients.reading import ReadOutcome
from kwtsms_desktop.ui.shared.translation import translate


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox()
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("okButton")
    ok.setDefault(True)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(translate("contacts.dialogs", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def _group_list(names: Sequence[str], checked: Sequence[str], name: str) -> QListWidget:
    """A list of groups with a tick box each."""
    widget = QListWidget()
    widget.setObjectName(name)
    for group in names:
        item = QListWidgetItem(group)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if group in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_texts(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).text() for i in range(widget.count()) if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class ContactDialog(QDialog):
    """Add a contact (number, name, note, groups) or edit one (the number stays)."""

    def __init__(self, parent: QWidget | None, groups: Sequence[str], contact: Contact | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(
            translate("ContactDialog", "Edit contact") if contact else translate("ContactDialog", "Add a contact")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.numberEdit = QLineEdit(contact.number if contact else "")
        self.numberEdit.setObjectName("contactNumber")
        self.numberEdit.setReadOnly(contact is not None)
        self.nameEdit = QLineEdit((contact.name or "") if contact else "")
        self.nameEdit.setObjectName("contactName")
        self.noteEdit = QLineEdit((contact.note or "") if contact else "")
        self.noteEdit.setObjectName("contactNote")
        form.addRow(translate("ContactDialog", "Number"), self.numberEdit)
        form.addRow(translate("ContactDialog", "Name"), self.nameEdit)
        form.addRow(translate("ContactDialog", "Note"), self.noteEdit)
        self.groupsList = _group_list(groups, contact.groups if contact else (), "contactGroups")
        form.addRow(translate("ContactDialog", "Groups"), self.groupsList)
        self.newGroupEdit = QLineEdit()
        self.newGroupEdit.setObjectName("contactNewGroup")
        self.newGroupEdit.setPlaceholderText(translate("ContactDialog", "A new group (optional)"))
        form.addRow("", self.newGroupEdit)
        if contact is not None and contact.fields:
            fields = QLabel("\n".join(f"{k}: {v}" for k, v in contact.fields.items()))
            fields.setObjectName("contactFields")
            fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(translate("ContactDialog", "Fields"), fields)
        layout.addLayout(form)
        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("contactError")
        self.errorLabel.setStyleSheet("color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.hide()
        layout.addWidget(self.errorLabel)
        box, self.okButton = _buttons(self, translate("ContactDialog", "Save"))
        layout.addWidget(box)

    def values(self) -> tuple[str, str, str, list[str]]:
        """(number as typed, name, note, groups)."""
        groups = checked_texts(self.groupsList)
        extra = self.newGroupEdit.text().strip()
        if extra and extra not in groups:
            groups.append(extra)
        return self.numberEdit.text().strip(), self.nameEdit.text().strip(), self.noteEdit.text().strip(), groups

    def show_error(self, sentence: str) -> None:
        self.errorLabel.setText(sentence)
        self.errorLabel.show()


class GroupImportDialog(ImportDialog):
    """Today's import review (sheet, header row, phone and name columns) plus the group and the columns kept."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        groups: Sequence[str] = (),
        group: str | None = None,
        path: str | None = None,
        read: ReadOutcome | None = None,
        params: BuildParams | None = None,
    ) -> None:
        self._group_names = list(groups)
        self._first_group = group or ""
        super().__init__(parent, path=path, read=read, params=params)
        self.setObjectName("groupImportDialog")
        self.setWindowTitle(translate("GroupImportDialog", "Import into a group"))
        self.outcomeReady.connect(lambda _outcome: self._retitle())

    def _build_ui(self) -> None:
        super()._build_ui()
        form = QFormLayout()
        self.groupCombo = QComboBox()
        self.groupCombo.setObjectName("importGroupCombo")
        self.groupCombo.setEditable(True)
        self.groupCombo.addItems(self._group_names)
        self.groupCombo.setCurrentText(self._first_group)
        self.groupCombo.setPlaceholderText(
            translate("GroupImportDialog", "A group's name: an existing one or a new one")
        )
        self.groupCombo.currentTextChanged.connect(lambda _text: self._retitle())
        form.addRow(translate("GroupImportDialog", "Into group"), self.groupCombo)
        self.keepList = QListWidget()
        self.keepList.setObjectName("keepColumnsList")
        self.keepList.setMaximumHeight(110)
        self.keepList.setAccessibleName(translate("GroupImportDialog", "Columns kept as fields"))
        form.addRow(translate("GroupImportDialog", "Keep these columns"), self.keepList)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, form)
        self._retitle()

    def _show_table(self, read: ReadOutcome) -> None:
        super()._show_table(read)
        self._fill_keep_list()

    def _on_columns_chosen(self, index: int) -> None:
        super()._on_columns_chosen(index)
        if not self._filling:
            self._fill_keep_list()

    def _fill_keep_list(self) -> None:
        """Every column with a header but the phone and name columns, ticked (what the command line keeps)."""
        self.keepList.clear()
        if self._read is None:
            return
        skip = {self.phoneCombo.currentData(), self.nameCombo.currentData()}
        for column, header in enumerate(self._read.table.headers):
            if header.strip() and column not in skip:
                item = QListWidgetItem(header.strip())
                item.setData(Qt.ItemDataRole.UserRole, column)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.keepList.addItem(item)

    def _retitle(self) -> None:
        outcome = self.outcome()
        group = self.group()
        self.addButton.setText(
            translate("GroupImportDialog", "Import {count} into {group}", count=f"{outcome.valid:,}", group=group)
            if outcome and group
            else translate("GroupImportDialog", "Import")
        )
        self.addButton.setEnabled(bool(outcome and outcome.valid and group))

    # -- what was chosen ------------------------------------------------------------------------------
    def group(self) -> str:
        return self.groupCombo.currentText().strip()

    def table(self):
        return self._read.table if self._read is not None else None

    def phone_column(self) -> int | None:
        return self.phoneCombo.currentData()

    def name_column(self) -> int | None:
        return self.nameCombo.currentData()

    def kept_columns(self) -> list[int]:
        items = (self.keepList.item(i) for i in range(self.keepList.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]


def summary_text(result) -> str:
    """One sentence for a GroupImport: what happened to the file's rows."""
    return translate(
        "contacts.dialogs",
        "Group {group}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected"
        " ({joined} joined the group, {duplicates} skipped).",
        group=result.group,
        added=f"{result.added:,}",
        updated=f"{result.updated:,}",
        unchanged=f"{result.unchanged:,}",
        rejected=f"{len(result.rejected):,}",
        joined=translate("contacts.dialogs", "{count} saved contact(s)", n=result.joined, count=f"{result.joined:,}"),
        duplicates=translate(
            "contacts.dialogs", "{count} repeated row(s)", n=result.duplicates, count=f"{result.duplicates:,}"
        ),
    )


class ImportSummaryDialog(QDialog):
    """What an import into a group did, with the rejected rows and why (exportable)."""

    def __init__(self, parent: QWidget | None, result) -> None:
        super().__init__(parent)
        self.setObjectName("importSummaryDialog")
        self.setWindowTitle(translate("ImportSummaryDialog", "Imported into {group}", group=result.group))
        self.resize(640, 420)
        self.group_import = result
        layout = QVBoxLayout(self)
        self.summaryLabel = QLabel(summary_text(result))
        self.summaryLabel.setObjectName("importSummary")
        self.summaryLabel.setWordWrap(True)
        layout.addWidget(self.summaryLabel)
        self.rejectedModel = RejectedModel(result.rejected, self)
        self.rejectedView = QTableView()
        self.rejectedView.setObjectName("rejectedView")
        self.rejectedView.setModel(self.rejectedModel)
        self.rejectedView.horizontalHeader().setStretchLastSection(True)
        self.rejectedView.verticalHeader().hide()
        self.rejectedView.setWordWrap(False)
        self.rejectedView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rejectedView.setVisible(bool(result.rejected))
        layout.addWidget(self.rejectedView, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("ImportSummaryDialog", "Close"))
        self.exportButton = QPushButton(translate("ImportSummaryDialog", "Export rows to fix…"))
        self.exportButton.setObjectName("exportRejectedButton")
        self.exportButton.setEnabled(bool(result.rejected))
        self.buttons.addButton(self.exportButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


class NumbersDialog(QDialog):
    """Numbers typed or pasted (one a line, or separated by commas) and a reason: the do-not-send list's Add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numbersDialog")
        self.setWindowTitle(translate("NumbersDialog", "Add to the do-not-send list"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("NumbersDialog", "Numbers (one a line, or separated by commas):")))
        self.numbersEdit = QPlainTextEdit()
        self.numbersEdit.setObjectName("numbersEdit")
        layout.addWidget(self.numbersEdit, 1)
        form = QFormLayout()
        self.reasonEdit = QLineEdit()
        self.reasonEdit.setObjectName("reasonEdit")
        self.reasonEdit.setPlaceholderText(translate("NumbersDialog", "e.g. asked by phone to stop"))
        form.addRow(translate("NumbersDialog", "Reason"), self.reasonEdit)
        layout.addLayout(form)
        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("numbersError")
        self.errorLabel.setStyleSheet("color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.hide()
        layout.addWidget(self.errorLabel)
        box, self.okButton = _buttons(self, translate("NumbersDialog", "Add"))
        layout.addWidget(box)

    def raw_numbers(self) -> list[str]:
        text = self.numbersEdit.toPlainText().replace(",", "\n").replace("،", "\n").replace(";", "\n")
        return [line.strip() for line in text.splitlines() if line.strip()]

    def reason(self) -> str:
        return self.reasonEdit.text().strip()

    def show_error(self, sentence: str) -> None:
        self.errorLabel.setText(sentence)
        self.errorLabel.show()
