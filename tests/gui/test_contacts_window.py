"""The address book in the main window: its pages, the daily backup at start, Back up now and Restore."""

from __future__ import annotations

import pytest

from kwtsms_desktop.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_pages_daily_backup_and_suppressed_marks(build_window, qtbot, tmp_path):
    folder = tmp_path / "office"
    with Store.open(folder) as store:
        store.contacts.merge_into_group("Grade 5", [], [("96598765432", "Ali", [])])
    window = build_window(data_dir=folder)
    area = window.contacts_area
    qtbot.waitUntil(lambda: any((folder / "backups").glob("kwtsms-desktop-*.sqlite3")), timeout=10_000)
    assert window.page_titles[area.contacts_index] == "Contacts"
    with qtbot.waitSignal(area.contacts.loaded, timeout=10_000):
        window.show_page(area.contacts_index)
    assert area.contacts.model.total() == 1
    window.show_page(area.do_not_send_index)
    dialog = area.do_not_send.add_numbers()
    dialog.numbersEdit.setPlainText("96598765432")
    with qtbot.waitSignal(area.contacts.loaded, timeout=10_000):  # the address book re-marks its contacts
        dialog.okButton.click()
    assert area.contacts.model.contact(0).opted_out
    assert "96598765432" in window.recipients._suppressed


def test_back_up_then_restore_reopens_the_window(build_window, qtbot, tmp_path):
    folder = tmp_path / "office"
    with Store.open(folder) as store:
        store.contacts.merge_into_group("Teachers", [], [("96598765432", "Ali", [])])
        store.suppressions.add(["96560000001"], "asked")
    window = build_window(data_dir=folder)
    area = window.contacts_area
    target = tmp_path / "copy.sqlite3"
    with qtbot.waitSignal(area.backups.done, timeout=10_000):
        area.backups.back_up_now(str(target))
    window.session.store.contacts.remove("96598765432")
    window.session.store.suppressions.remove("96560000001")

    asked: list[str] = []
    area.backups._confirm = lambda question: asked.append(question) or True
    with qtbot.waitSignal(area.backups.restored, timeout=20_000) as restored:
        area.backups.restore(str(target))
    fresh = restored.args[0]
    qtbot.addWidget(fresh)
    assert asked and "copy.sqlite3" in asked[0]
    assert window.session.closed
    assert fresh.session.store.contacts.get("96598765432").groups == ("Teachers",)
    assert fresh.session.store.suppressions.numbers() == {"96560000001"}
    assert "Restored from copy.sqlite3" in fresh.statusBar().currentMessage()
    assert list(folder.glob("kwtsms-desktop.sqlite3.replaced-*")) or list(folder.glob("*.replaced-*"))
    fresh.close()


def test_a_file_that_is_not_a_backup_changes_nothing(build_window, qtbot, tmp_path):
    window = build_window()
    area = window.contacts_area
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("hello", encoding="utf-8")
    area.backups._confirm = lambda _question: pytest.fail("must not ask")
    with qtbot.waitSignal(area.backups.failed, timeout=10_000) as failed:
        area.backups.restore(str(bogus))
    assert "not a kwtSMS Desktop backup" in failed.args[0]
    assert not window.session.closed


def test_groups_as_recipients_with_a_file_and_a_left_out_group(build_window, qtbot, tmp_path):
    from kwtsms_desktop.ui.recipients.model import COL_SOURCE, VALID

    folder = tmp_path / "office"
    with Store.open(folder) as store:
        store.contacts.merge_into_group("Grade 5", [], [(f"9655000000{i}", f"P{i}", []) for i in range(6)])
        store.contacts.merge_into_group("Bus 3", [], [("96550000001", "P1", []), ("96550000009", "P9", [])])
        store.contacts.merge_into_group("Left", [], [("96550000002", "P2", [])])
        store.suppressions.add(["96550000003"])
    window = build_window(data_dir=folder)
    source = tmp_path / "extra.csv"
    source.write_text("Phone\n96550000000\n96560000077\n", encoding="utf-8")
    with qtbot.waitSignal(window.recipients.importFinished, timeout=10_000):
        window.recipients.import_path(str(source))
    window.recipients.groupsButton.click()
    dialog = window.contacts_area.audience_dialog
    from PySide6.QtCore import Qt

    for widget, names in ((dialog.includeList, {"Grade 5", "Bus 3"}), (dialog.excludeList, {"Left"})):
        for row in range(widget.count()):
            if widget.item(row).text() in names:
                widget.item(row).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(window.recipients.importFinished, timeout=10_000):
        dialog.okButton.click()
    model = window.recipients.model
    rows = {
        model.entry_at(r).number: model.entry_at(r)
        for r in range(model.rowCount())
        if model.entry_at(r).status == VALID
    }
    # the file's 2, then the groups' 0..5 and 9 less 0 (already from the file), 2 (left out), 3 (do not send)
    assert sorted(rows) == ["96550000000", "96550000001", "96550000004", "96550000005", "96550000009", "96560000077"]
    by_number = {model.entry_at(r).number: model.index(r, COL_SOURCE).data() for r in range(model.rowCount())}
    assert by_number["96560000077"] == "extra.csv"  # a column of file names: no quotes
    assert by_number["96550000009"] == "Group Bus 3" and by_number["96550000004"] == "Group Grade 5"
    assert by_number["96550000003"] == "Group Grade 5"  # shown, marked suppressed
    assert rows["96550000000"].source.startswith("file:")  # the file's row is kept; the group's is a duplicate
    assert "96550000002" not in by_number
    assert window.recipients.valid_count() == 6


def test_every_address_book_text_has_arabic():
    from tests.gui.fixtures_queue import translation_problems

    modules = [
        f"contacts/{name}" for name in ("page", "models", "dialogs", "do_not_send", "audience", "wiring", "work")
    ]
    assert translation_problems(*modules, "contacts/commands", "backups") == []
