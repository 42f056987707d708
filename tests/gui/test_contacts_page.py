"""The Contacts page and its models on a real SQLite address book: load, search, filter, sort,
edit, delete with undo, groups by menu and by drag-and-drop, import into a group, export."""

from __future__ import annotations

import csv
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from kwtsms_desktop.store import Store
from kwtsms_desktop.ui.contacts.models import (
    COL_DO_NOT_SEND,
    COL_NAME,
    CONTACTS_MIME,
    ContactsModel,
    GroupsModel,
    RejectedModel,
    SuppressionsModel,
    search_key,
)
from kwtsms_desktop.ui.contacts.page import ContactsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _fill(store: Store, count: int = 30) -> list[str]:
    numbers = [f"9655{i:07d}" for i in range(count)]
    rows = [(n, f"Parent {i}", [f"5{'AB'[i % 2]}"]) for i, n in enumerate(numbers)]
    store.contacts.merge_into_group("Grade 5", ["Class"], rows[: count // 2])
    store.contacts.merge_into_group("Teachers", ["Class"], rows[count // 2 :])
    store.suppressions.add([numbers[0]], "asked to stop")
    return numbers


@pytest.fixture
def book(tmp_path):
    store = Store.open(tmp_path)
    numbers = _fill(store)
    yield store, numbers, tmp_path
    store.close()


@pytest.fixture
def page(qtbot, book):
    store, _numbers, folder = book
    widget = ContactsPage(store, lambda: Store.open(folder), lambda: "965")
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.reload()
    yield widget
    widget.shutdown()


def test_contacts_model_contract(qtmodeltester, book):
    store, _numbers, _ = book
    model = ContactsModel()
    contacts = store.contacts.listing()
    model.set_contacts(contacts, [search_key(c) for c in contacts])
    qtmodeltester.check(model, force_py=True)
    model.set_search("parent 1")
    model.set_group("Grade 5")
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    model.replace(store.contacts.by_numbers([contacts[1].number]))
    model.remove_numbers([contacts[2].number])
    model.set_group(None)
    model.set_search("")
    assert model.rowCount() == 29


def test_groups_and_small_models_contract(qtmodeltester, book):
    store, _numbers, _ = book
    groups = GroupsModel()
    groups.set_groups(store.contacts.groups(), store.contacts.count())
    qtmodeltester.check(groups, force_py=True)
    assert groups.index(0, 0).data() == "All contacts (30)"
    assert groups.index(1, 0).data() == "Grade 5 (15)"
    suppressions = SuppressionsModel()
    suppressions.set_entries(store.suppressions.entries())
    qtmodeltester.check(suppressions, force_py=True)
    from kwtsms_desktop.importing import Rejected

    rejected = RejectedModel([Rejected(3, "12", "This is not a valid phone number.")])
    qtmodeltester.check(rejected, force_py=True)


def test_search_group_filter_sort_and_do_not_send_mark(page, book, qtbot):
    _store, numbers, _ = book
    model = page.model
    assert model.rowCount() == 30
    assert model.index(0, COL_DO_NOT_SEND).data().endswith("Do not send")  # numbers[0] is opted out
    assert model.index(1, COL_DO_NOT_SEND).data() == ""
    page.searchEdit.setText("parent 2")
    with qtbot.waitSignal(page.searched):  # found off the GUI thread after the typing pause
        pass
    assert {model.contact(r).name for r in range(model.rowCount())} == {"Parent 2"} | {
        f"Parent {i}" for i in range(20, 30)
    }
    page.searchEdit.setText("")
    with qtbot.waitSignal(page.searched):
        pass
    page.groupsView.setCurrentIndex(page.groups.index(page.groups.row_of("Teachers")))
    assert model.rowCount() == 15 and all("Teachers" in model.contact(r).groups for r in range(15))
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.contact(0).name == "Parent 29"
    page.select_group(None)
    assert model.rowCount() == 30


def _shown(page, qtbot):
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_delete_and_undo_with_keys(page, book, qtbot):
    store, numbers, _ = book
    _shown(page, qtbot)
    page.table.selectRow(3)
    page.table.setFocus()
    deleted = page.model.contact(3)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert store.contacts.get(deleted.number) is None
    assert page.model.total() == 29
    assert "Grade 5 (14)" in [page.groups.index(r, 0).data() for r in range(page.groups.rowCount())]
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = store.contacts.get(deleted.number)
    assert restored is not None and restored.groups == deleted.groups and restored.fields == deleted.fields
    assert page.model.total() == 30


def test_drag_contacts_onto_a_group_and_undo(page, book):
    store, numbers, _ = book
    mime = QMimeData()
    mime.setData(CONTACTS_MIME, json.dumps(numbers[:2]).encode())
    target = page.groups.index(page.groups.row_of("Teachers"))
    assert page.groups.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert "Teachers" in store.contacts.get(numbers[0]).groups
    assert "Teachers" in page.model.contact(page.model.row_of(numbers[1])).groups
    assert not page.groups.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, page.groups.index(0))
    page.undo_stack.undo()
    assert store.contacts.get(numbers[0]).groups == ("Grade 5",)


def test_drag_from_table_makes_numbers(page, book):
    _store, numbers, _ = book
    mime = page.model.mimeData([page.model.index(0, 0), page.model.index(0, 1), page.model.index(2, 0)])
    from kwtsms_desktop.ui.contacts.models import numbers_from_mime

    assert numbers_from_mime(mime) == [numbers[0], numbers[2]]


def test_edit_with_enter_name_note_groups(page, book, qtbot):
    store, numbers, _ = book
    _shown(page, qtbot)
    page.table.setCurrentIndex(page.model.index(5, 0))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.last_dialog
    assert dialog.numberEdit.text() == numbers[5] and dialog.numberEdit.isReadOnly()
    dialog.nameEdit.setText("Mariam")
    dialog.noteEdit.setText("prefers Arabic")
    dialog.newGroupEdit.setText("Bus 3")
    dialog.accept()
    saved = store.contacts.get(numbers[5])
    assert (saved.name, saved.note, saved.groups) == ("Mariam", "prefers Arabic", ("Bus 3", "Grade 5"))
    assert page.model.contact(page.model.row_of(numbers[5])).name == "Mariam"
    page.undo_stack.undo()
    assert store.contacts.get(numbers[5]).name == "Parent 5"


def test_add_contact_checks_the_number(page, book):
    store, _numbers, _ = book
    dialog = page.add_contact()
    dialog.numberEdit.setText("1234")
    dialog.okButton.click()
    assert dialog.isVisible() and dialog.errorLabel.text()
    dialog.numberEdit.setText("+965 6000 0001")
    dialog.nameEdit.setText("New one")
    dialog.okButton.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.contacts.get("96560000001").name == "New one"
    assert page.model.total() == 31


def test_import_a_file_into_a_group_then_the_summary(page, book, qtbot, tmp_path):
    store, numbers, _ = book
    source = tmp_path / "bus.csv"
    source.write_text(
        f"Phone,Name,Class\n{numbers[0]},Changed name,5A\n96560000002,New,6B\nabc,Bad,\n", encoding="utf-8"
    )
    dialog = page.import_file(str(source))
    qtbot.waitUntil(lambda: dialog.outcome() is not None, timeout=10_000)
    assert not dialog.addButton.isEnabled()  # no group chosen yet
    dialog.groupCombo.setCurrentText("Bus 3")
    assert dialog.addButton.isEnabled() and dialog.addButton.text() == "Import 2 into Bus 3"
    assert dialog.kept_columns() == [2]
    with qtbot.waitSignal(page.imported, timeout=10_000) as imported:
        dialog.addButton.click()
    result = imported.args[0]
    assert (result.added, result.updated, len(result.rejected)) == (1, 1, 1)
    summary = page.last_dialog
    assert "1 added, 1 updated" in summary.summaryLabel.text()
    assert summary.rejectedModel.rowCount() == 1
    assert store.contacts.get("96560000002").groups == ("Bus 3",)
    qtbot.waitUntil(lambda: page.model.group() == "Bus 3" and page.model.rowCount() == 2, timeout=10_000)
    target = tmp_path / "fix.csv"
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export_rejected(result, str(target))
    assert "abc" in target.read_text(encoding="utf-8-sig")


def test_export_a_group_to_csv_and_xlsx(page, book, qtbot, tmp_path):
    page.select_group("Grade 5")
    target = tmp_path / "grade5.csv"
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export_group(str(target))
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Number", "Name", "Note", "Groups", "Class"]
    assert len(rows) == 16
    xlsx = tmp_path / "grade5.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export_group(str(xlsx))
    from openpyxl import load_workbook

    workbook = load_workbook(xlsx, read_only=True)
    assert len(list(workbook.active.iter_rows(values_only=True))) == 16
    workbook.close()


def test_a_store_failure_is_a_sentence(qtbot, tmp_path):
    def broken():
        from kwtsms_desktop.store import StoreError

        raise StoreError("disk on fire", "disk on fire")

    store = Store.open(tmp_path)
    widget = ContactsPage(store, broken, lambda: "965")
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.failed, timeout=10_000) as failed:
        widget.reload()
    assert "could not be opened" in failed.args[0]
    widget.shutdown()
    store.close()


def test_empty_index_gives_nothing():
    model = ContactsModel()
    assert model.data(QModelIndex()) is None and model.contact(0) is None


@given(
    names=st.lists(st.text(alphabet="abcأحمد 5\t", max_size=8), min_size=0, max_size=40),
    needle=st.text(alphabet="abcأحمد 5", min_size=1, max_size=3),
)
def test_search_finds_exactly_the_contacts_holding_the_text(names, needle):
    from kwtsms_desktop.store.contacts import Contact

    contacts = [Contact(f"9656{i:07d}", name) for i, name in enumerate(names)]
    model = ContactsModel()
    model.set_contacts(contacts)
    model.set_search(needle)
    wanted = [c.number for c in contacts if needle.strip().casefold() in search_key(c)]
    assert [c.number for c in model.shown_contacts()] == wanted


def test_a_search_found_before_the_group_changed_is_done_again(book, qtmodeltester):
    store, _numbers, _ = book
    model = ContactsModel()
    model.set_contacts(store.contacts.listing())
    qtmodeltester.check(model, force_py=True)
    job = model.search_job("parent 1")  # found on a worker...
    model.set_group("Teachers")  # ...while the user chose a group
    model.apply_search(job())
    names = {c.name for c in model.shown_contacts()}
    assert names == {f"Parent {i}" for i in range(15, 20)}
