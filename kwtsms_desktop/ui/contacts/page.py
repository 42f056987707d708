"""The Contacts page: groups with their counts on one side, the contacts table on the other.

Reading the address book (100,000 contacts) and importing or exporting a group run on workers
with their own store connection; the small changes a user makes by hand (edit, delete, join or
leave a group) are written on the GUI thread through the window's store, pushed on an undo stack,
and only the rows they touched are refreshed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.core.phone import check_number
from kwtsms_desktop.ui.contacts import commands, work
from kwtsms_desktop.ui.contacts.dialogs import ContactDialog, GroupImportDialog, ImportSummaryDialog
from kwtsms_desktop.ui.contacts.models import COL_NAME, ContactsModel, GroupNameRole, GroupsModel
from kwtsms_desktop.ui.recipients.import_dialog import FILE_FILTER, BuildParams
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.table_export import CSV_OR_XLSX_FILTER, with_suffix_from_filter
from kwtsms_desktop.ui.shared.translation import translate, translate_marked

SEARCH_DELAY_MS = 150


class ContactsPage(QWidget):
    """``store``: the window's store (GUI thread); ``open_store``: a fresh connection for a worker."""

    loaded = Signal(int)  # contacts shown after a (re)load
    imported = Signal(object)  # the GroupImport summary
    exported = Signal(str)  # the file written
    failed = Signal(str)  # a sentence shown
    searched = Signal()  # the rows of the search box's text are shown

    def __init__(
        self, store: Any, open_store: Callable[[], Any], default_country: Callable[[], str], parent=None
    ) -> None:
        super().__init__(parent)
        self._store, self._open_store, self._default_country = store, open_store, default_country
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        self.model = ContactsModel(self)
        self.groups = GroupsModel(self)
        self.groups.numbersDropped.connect(self.add_to_group)
        self.loader = BackgroundRunner(self)
        self.loader.finished.connect(self._on_loaded)
        self.loader.failed.connect(self._show_failure)
        self.worker = BackgroundRunner(self)
        self.worker.progress.connect(self._on_progress)
        self.worker.failed.connect(self._show_failure)
        self.worker.cancelled.connect(lambda: self._say(translate("ContactsPage", "Stopped. Nothing was changed.")))
        self.last_dialog: Any = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.searcher = BackgroundRunner(self, name="kwtsms-contacts-search")
        self._build_ui()
        self.model.modelReset.connect(self._refresh_state)
        self.model.layoutChanged.connect(self._refresh_state)

    def _search(self) -> None:
        """Find the matching rows off the GUI thread (100,000 keys), then show them."""
        text = self.searchEdit.text()
        self.searcher.run(self.model.search_job(text), self._searched)

    def _searched(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            raise error
        self.model.apply_search(result)
        self.searched.emit()

    # -- the store ----------------------------------------------------------------------------------
    def contacts_repo(self):
        return self._store.contacts

    def reload(self) -> None:
        """Read every contact and group again, off the GUI thread."""
        self._say(translate("ContactsPage", "Reading the address book…"))
        self.loader.start(work.load(self._open_store))

    def _on_loaded(self, result: object) -> None:
        contacts, keys, groups = cast(tuple, result)
        self.groups.set_groups(groups, len(contacts))
        self.model.set_contacts(contacts, keys)
        self._select_group_row(self.model.group())
        self.loaded.emit(self.model.rowCount())

    def contacts_changed(self, numbers: list[str]) -> None:
        """Called by the undo commands: refresh those rows and the group counts."""
        self.model.replace(self.contacts_repo().by_numbers(numbers))
        self._refresh_groups()

    def contacts_removed(self, numbers: list[str]) -> None:
        self.model.remove_numbers(numbers)
        self._refresh_groups()

    def contacts_added(self, numbers: list[str]) -> None:
        self.model.add_contacts(self.contacts_repo().by_numbers(numbers))
        self._refresh_groups()

    def _refresh_groups(self) -> None:
        chosen = self.model.group()
        self.groups.set_groups(self.contacts_repo().groups(), self.model.total())
        self._select_group_row(chosen)

    # -- actions --------------------------------------------------------------------------------------
    def selected_contacts(self):
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.contacts_at(rows)

    def delete_selected(self) -> int:
        chosen = self.selected_contacts()
        if chosen:
            self.undo_stack.push(commands.DeleteContacts(self, chosen))
            self._say(
                translate(
                    "ContactsPage",
                    "{count} contact(s) deleted. Ctrl+Z brings them back.",
                    n=len(chosen),
                    count=f"{len(chosen):,}",
                )
            )
        return len(chosen)

    def add_to_group(self, group: str, numbers: list[str] | None = None) -> None:
        """Selected contacts (or the dragged ``numbers``) join ``group``, created when missing."""
        chosen = self.selected_contacts() if numbers is None else self.contacts_repo().by_numbers(numbers)
        if chosen and group.strip():
            self.undo_stack.push(commands.ChangeGroup(self, group.strip(), chosen, join=True))
            self._say(
                translate(
                    "ContactsPage",
                    "{count} contact(s) added to {group}.",
                    n=len(chosen),
                    count=f"{len(chosen):,}",
                    group=group.strip(),
                )
            )

    def remove_from_group(self) -> None:
        group, chosen = self.model.group(), self.selected_contacts()
        if group is not None and chosen:
            self.undo_stack.push(commands.ChangeGroup(self, group, chosen, join=False))
            self._say(
                translate(
                    "ContactsPage",
                    "{count} contact(s) removed from {group}.",
                    n=len(chosen),
                    count=f"{len(chosen):,}",
                    group=group,
                )
            )

    def edit_current(self) -> ContactDialog | None:
        contact = self.model.contact(self.table.currentIndex().row())
        if contact is None:
            return None
        dialog = ContactDialog(self, self.groups.names(), contact)

        def save() -> None:
            _number, name, note, groups = dialog.values()
            self.undo_stack.push(commands.EditContact(self, contact, name, note, groups))

        dialog.accepted.connect(save)
        return self._open(dialog)

    def add_contact(self) -> ContactDialog:
        dialog = ContactDialog(self, self.groups.names(), None)
        group = self.model.group()
        if group is not None:
            dialog.newGroupEdit.setText(group)

        def check() -> None:
            raw, name, note, groups = dialog.values()
            found = check_number(raw, self._default_country())
            if not found.ok:
                dialog.show_error(found.error or translate("ContactsPage", "This is not a valid phone number."))
                return
            if self.contacts_repo().get(found.number) is not None:
                dialog.show_error(
                    translate("ContactsPage", "{number} is already in the address book.", number=found.number)
                )
                return
            self.contacts_repo().add([(found.number, name)])
            self.contacts_repo().update(found.number, name=name, note=note, groups=groups)
            self.contacts_added([found.number])
            dialog.done(1)

        dialog.okButton.clicked.disconnect()
        dialog.okButton.clicked.connect(check)
        return self._open(dialog)

    def import_file(self, path: str | None = None) -> GroupImportDialog | None:
        """Review a file (today's import dialog, plus group and kept columns), then import it off the GUI thread."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                translate("ContactsPage", "Import into a group"),
                str(Path.home()),
                translate_marked("recipients.import_dialog", FILE_FILTER),
            )
            if not path:
                return None
        dialog = GroupImportDialog(
            self,
            groups=self.groups.names(),
            group=self.model.group(),
            path=path,
            params=BuildParams(default_country=self._default_country()),
        )
        dialog.accepted.connect(lambda: self._start_import(dialog))
        return self._open(dialog)

    def _start_import(self, dialog: GroupImportDialog) -> None:
        table, phone, group = dialog.table(), dialog.phone_column(), dialog.group()
        if table is None or phone is None or not group:
            return
        self._say(translate("ContactsPage", "Importing into {group}…", group=group))
        self.worker.finished.connect(self._on_imported, Qt.ConnectionType.SingleShotConnection)
        self.worker.start(
            work.import_into(
                self._open_store,
                table,
                phone,
                group,
                dialog.name_column(),
                dialog.kept_columns(),
                self._default_country(),
            )
        )

    def _on_imported(self, result: Any) -> None:
        from kwtsms_desktop.ui.contacts.dialogs import summary_text

        self._say(summary_text(result))
        self.model.set_group(result.group)
        self.reload()
        summary = ImportSummaryDialog(self, result)
        summary.exportButton.clicked.connect(lambda: self.export_rejected(result))
        self._open(summary)
        self.imported.emit(result)

    def export_rejected(self, result: Any, path: str | None = None) -> None:
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(
                self,
                translate("ContactsPage", "Export rows to fix"),
                str(Path.home() / "rows-to-fix.csv"),
                translate_marked("shared.table_export", CSV_OR_XLSX_FILTER),
            )
            if not path:
                return
            path = with_suffix_from_filter(path, chosen)
        self._run_export(work.export_rejected(result, path))

    def export_group(self, path: str | None = None) -> None:
        """The chosen group (or every contact) to CSV or Excel, written off the GUI thread."""
        group = self.model.group()
        if path is None:
            suggested = (group or translate("ContactsPage", "contacts")) + ".xlsx"
            path, chosen = QFileDialog.getSaveFileName(
                self,
                translate("ContactsPage", "Export a group"),
                str(Path.home() / suggested),
                translate_marked("shared.table_export", CSV_OR_XLSX_FILTER),
            )
            if not path:
                return
            path = with_suffix_from_filter(path, chosen)
        self._run_export(work.export_group(self._open_store, group, path))

    def _run_export(self, job) -> None:
        self._say(translate("ContactsPage", "Saving…"))
        self.worker.finished.connect(self._on_exported, Qt.ConnectionType.SingleShotConnection)
        self.worker.start(job)

    def _on_exported(self, result: Any) -> None:
        path, count = result
        self._say(
            translate(
                "ContactsPage", "Saved {count} row(s) to {file}.", n=count, count=f"{count:,}", file=Path(path).name
            )
        )
        self.exported.emit(path)

    # -- layout ---------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.searchEdit = QLineEdit()
        self.searchEdit.setObjectName("contactsSearch")
        self.searchEdit.setPlaceholderText(translate("ContactsPage", "Search by number, name, note or field (Ctrl+F)"))
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        bar.addWidget(self.searchEdit, 1)
        self.buttons: dict[str, QPushButton | QToolButton] = {}
        for key, text, slot in (
            ("add", translate("ContactsPage", "Add…"), self.add_contact),
            ("edit", translate("ContactsPage", "Edit…"), self.edit_current),
            ("delete", translate("ContactsPage", "Delete"), self.delete_selected),
            ("import", translate("ContactsPage", "Import into group…"), lambda: self.import_file()),
            ("export", translate("ContactsPage", "Export…"), lambda: self.export_group()),
        ):
            button = QPushButton(text)
            button.setObjectName(f"contacts_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        self.groupButton = QToolButton()
        self.groupButton.setObjectName("contacts_group")
        self.groupButton.setText(translate("ContactsPage", "Group"))
        self.groupButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.groupMenu = QMenu(self.groupButton)
        self.groupMenu.aboutToShow.connect(self._fill_group_menu)
        self.groupButton.setMenu(self.groupMenu)
        bar.insertWidget(4, self.groupButton)
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.groupsView = QListView()
        self.groupsView.setObjectName("groupsView")
        self.groupsView.setAccessibleName(translate("ContactsPage", "Groups"))
        self.groupsView.setModel(self.groups)
        self.groupsView.setAcceptDrops(True)
        self.groupsView.setDropIndicatorShown(True)
        self.groupsView.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.groupsView.selectionModel().currentChanged.connect(
            lambda current, _previous: self.model.set_group(current.data(GroupNameRole))
        )
        split.addWidget(self.groupsView)
        self.table = QTableView()
        self.table.setObjectName("contactsView")
        self.table.setAccessibleName(translate("ContactsPage", "Contacts"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as saved until a click
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()  # 100,000 row numbers would say nothing
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents over 100k rows
        header.setDefaultSectionSize(130)
        header.resizeSection(COL_NAME, 200)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._refresh_state())
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([220, 900])
        layout.addWidget(split, 1)
        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("contactsStatus")
        self.statusLabel.setWordWrap(True)
        layout.addWidget(self.statusLabel)
        self._add_shortcuts()

    def _add_shortcuts(self) -> None:
        def action(keys, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut, on: QWidget | None = None):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            (on or self).addAction(act)
            return act

        action([QKeySequence.StandardKey.Find], self._focus_search)
        self.undo_action = action([QKeySequence.StandardKey.Undo], self.undo_stack.undo)
        self.redo_action = action([QKeySequence.StandardKey.Redo], self.undo_stack.redo)
        table_only = Qt.ShortcutContext.WidgetShortcut
        action([QKeySequence.StandardKey.Delete], self.delete_selected, table_only, self.table)
        action([Qt.Key.Key_Return, Qt.Key.Key_Enter], self.edit_current, table_only, self.table)

    def _focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    def _fill_group_menu(self) -> None:
        self.groupMenu.clear()
        for name in self.groups.names():
            self.groupMenu.addAction(
                translate("ContactsPage", "Add to {group}", group=name), partial(self.add_to_group, name)
            )
        new_group = self.groupMenu.addAction(translate("ContactsPage", "Add to a new group…"))
        new_group.triggered.connect(self._add_to_new_group)
        group = self.model.group()
        if group is not None:
            self.groupMenu.addSeparator()
            self.groupMenu.addAction(
                translate("ContactsPage", "Remove from {group}", group=group), self.remove_from_group
            )

    def _add_to_new_group(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self, translate("ContactsPage", "New group"), translate("ContactsPage", "The new group's name:")
        )
        if ok and name.strip():
            self.add_to_group(name.strip())

    def _select_group_row(self, group: str | None) -> None:
        row = self.groups.row_of(group)
        if row >= 0:
            self.groupsView.selectionModel().blockSignals(True)
            self.groupsView.setCurrentIndex(self.groups.index(row))
            self.groupsView.selectionModel().blockSignals(False)

    def select_group(self, group: str | None) -> None:
        self.model.set_group(group)
        self._select_group_row(group)

    def _refresh_state(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else False
        for key in ("edit", "delete"):
            self.buttons[key].setEnabled(chosen)
        self.groupButton.setEnabled(chosen)
        shown, total = self.model.rowCount(), self.model.total()
        text = translate(
            "ContactsPage", "{shown} of {total} contact(s)", n=total, shown=f"{shown:,}", total=f"{total:,}"
        )
        if not self.loader.is_busy() and not self.worker.is_busy():
            self.statusLabel.setText(text)

    def _say(self, sentence: str, *, error: bool = False) -> None:
        self.statusLabel.setText(sentence)
        self.statusLabel.setStyleSheet("color: #b00020;" if error else "")

    def _show_failure(self, sentence: str) -> None:
        shown = sentence
        self._say(shown, error=True)
        self.failed.emit(shown)

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self._say(translate("ContactsPage", "Working… {percent}%", percent=done * 100 // total))

    def _open(self, dialog):
        self.last_dialog = dialog
        dialog.open()
        return dialog

    # -- drag and drop: a file dropped on the page is imported into the chosen group ------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_file(files[0])

    def shutdown(self) -> None:
        self.searcher.shutdown()
        self.loader.shutdown()
        self.worker.shutdown()
