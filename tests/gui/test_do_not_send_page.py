"""The do-not-send page on a real SQLite file: typed and pasted numbers, a file, removing, and failing closed."""

from __future__ import annotations

import pytest

from kwtsms_desktop.store import Store
from kwtsms_desktop.ui.contacts.do_not_send import DoNotSendPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, store):
    widget = DoNotSendPage(store, lambda: "965")
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def test_typed_and_pasted_numbers_are_added_with_a_reason(page, store, qtbot):
    dialog = page.add_numbers()
    dialog.numbersEdit.setPlainText("9876 5432, +965 6000 0001\n٩٦٥٥٠٠٠٠٠٠١")
    dialog.reasonEdit.setText("asked by phone")
    with qtbot.waitSignal(page.changed):
        dialog.findChild(type(page.addButton), "okButton").click()
    assert store.suppressions.numbers() == {"96598765432", "96560000001", "96550000001"}
    assert page.model.rowCount() == 3
    assert page.model.index(0, 2).data() == "asked by phone"
    assert page.model.index(0, 1).data()[:2] == "20"  # the date


def test_a_bad_number_changes_nothing(page, store):
    dialog = page.add_numbers()
    dialog.numbersEdit.setPlainText("96598765432\nhello")
    dialog.findChild(type(page.addButton), "okButton").click()
    assert dialog.isVisible() and "hello" in dialog.errorLabel.text()
    assert store.suppressions.count() == 0


def test_from_a_file_then_remove(page, store, qtbot, tmp_path):
    source = tmp_path / "stop.csv"
    source.write_text("Mobile\n96598765432\n96560000001\nnot a number\n", encoding="utf-8")
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.add_from_file(str(source))
    assert store.suppressions.count() == 2
    assert "1 row rejected" in page.statusLabel.text()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.changed):
        assert page.remove_selected() == 1
    assert store.suppressions.count() == 1


def test_unreadable_list_fails_closed(page, store):
    store.connection.execute("DROP TABLE suppressions")
    page.reload()
    assert not page.readable
    assert "cannot be read" in page.statusLabel.text() and "Nothing will be sent" in page.statusLabel.text()
    assert not page.addButton.isEnabled() and not page.fileButton.isEnabled()
    from kwtsms_desktop.store.suppressions import SuppressionListUnreadable

    with pytest.raises(SuppressionListUnreadable):  # and sending refuses for the same reason
        store.suppressions.numbers()
