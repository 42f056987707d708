"""The Recipients area driven as a person would: import, see counts and reasons, sort, filter, paste, undo, export."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QTableView

from kwtsms_desktop.core.bidi import strip_marks
from kwtsms_desktop.ui.recipients.import_dialog import ImportDialog
from kwtsms_desktop.ui.recipients.layout import EMPTY_HINT
from kwtsms_desktop.ui.recipients.model import COL_NAME, COL_NUMBER, COL_REASON, COL_ROW, COL_STATUS
from kwtsms_desktop.ui.recipients.panel import RecipientsPanel

WAIT_MS = 20_000

# Showing a window on the offscreen platform logs this harmless warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot):
    widget = RecipientsPanel(settings=lambda: {"default_country": "965"})
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    yield widget
    widget.shutdown()


def write_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Parents"
    sheet.append(["Class 5B contact list"])  # a title row above the header, as offices do
    sheet.append([])
    sheet.append(["الاسم", "رقم الجوال", "Class"])
    sheet.append(["Ahmad", 96598765432, "5B"])  # stored as an Excel number
    sheet.append(["فاطمة", "50000001", "5B"])  # local 8-digit number
    sheet.append(["Bad row", "12ab", "5B"])
    sheet.append(["Ahmad again", "+965 9876 5432", "5B"])  # duplicate in another format
    sheet.append(["Saudi", "966501234567", "5B"])
    sheet.append(["Attacker", "+cmd|' /C calc'!A0", "5B"])  # a DDE formula typed as text
    book.save(path)
    return path


def import_and_wait(qtbot, panel: RecipientsPanel, path: Path):
    with qtbot.waitSignal(panel.importFinished, timeout=WAIT_MS) as blocker:
        panel.import_path(str(path))
    return blocker.args[0]


def rows(panel: RecipientsPanel) -> list[tuple[str, str, str, str, str]]:
    model = panel.view.model()
    return [
        tuple(model.index(r, c).data() for c in (COL_ROW, COL_NUMBER, COL_NAME, COL_STATUS, COL_REASON))
        for r in range(model.rowCount())
    ]


def test_empty_state_names_the_ways_to_add_recipients(panel):
    assert panel.findChild(QTableView, "recipientsView") is panel.view
    assert panel.findChild(QPushButton, "importButton").isEnabled()
    assert panel.emptyHint.isVisible() and panel.emptyHint.text() == EMPTY_HINT
    assert not panel.view.isVisible()
    assert panel.countersLabel.text() == "No recipients yet."
    assert panel.valid_numbers() == []


def test_import_xlsx_shows_counts_and_invalid_rows_with_reasons(qtbot, panel, tmp_path):
    path = write_xlsx(tmp_path / "parents.xlsx")
    with qtbot.waitSignal(panel.recipientsChanged, timeout=WAIT_MS) as changed:
        panel.import_path(str(path))
    assert changed.args == [3]
    assert panel.view.isVisible() and not panel.emptyHint.isVisible()
    assert panel.valid_numbers() == ["96598765432", "96550000001", "966501234567"]
    assert [r.name for r in panel.valid_recipients()] == ["Ahmad", "فاطمة", "Saudi"]
    counters = panel.countersLabel.text()
    assert counters == "3 valid · 2 invalid · 1 duplicate"
    by_row = {r[0]: r for r in rows(panel)}
    assert by_row["6"][1:4] == ("12ab", "Bad row", "Invalid")
    assert by_row["6"][4]  # a reason in words
    assert by_row["7"][3] == "Duplicate" and by_row["7"][4] == "Already in the list (row 4)."
    assert panel.message_text().startswith("Added 3 recipients from") and "parents.xlsx" in panel.message_text()


def test_second_import_marks_numbers_already_listed_as_duplicates(qtbot, panel, tmp_path):
    path = write_xlsx(tmp_path / "parents.xlsx")
    import_and_wait(qtbot, panel, path)
    csv_path = tmp_path / "more.csv"
    csv_path.write_text("name,mobile\nNew,96590000001\nAhmad,98765432\n", encoding="utf-8")
    outcome = import_and_wait(qtbot, panel, csv_path)
    assert outcome.valid == 1 and outcome.duplicates == 1
    assert panel.valid_numbers()[-1] == "96590000001"
    assert panel.counts()["duplicate"] == 2


def test_import_dialog_lets_the_user_pick_columns_and_shows_counts(qtbot, panel, tmp_path, monkeypatch):
    csv_path = tmp_path / "staff.csv"
    csv_path.write_text(
        "Employee,Office phone,Mobile\nSara,22223333,96599998888\nOmar,22224444,50001111\n", encoding="utf-8"
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_path), ""))
    qtbot.mouseClick(panel.importButton, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.outcome() is not None, timeout=WAIT_MS)
    assert dialog.phoneCombo.currentText() == "Mobile"
    assert dialog.nameCombo.currentText() == "Employee"
    assert dialog.countsLabel.text() == "2 valid · 0 invalid · 0 duplicates · 0 not covered"
    assert dialog.previewView.model().rowCount() == 2
    assert "Employee" in dialog.headerRowLabel.text()
    # The user picks the office phone column instead: the counts follow.
    dialog.phoneCombo.setCurrentIndex(dialog.phoneCombo.findText("Office phone"))
    qtbot.waitUntil(lambda: dialog.outcome() is not None, timeout=WAIT_MS)
    assert dialog.outcome().phone_column == 1
    assert dialog.countsLabel.text() == "0 valid · 2 invalid · 0 duplicates · 0 not covered"
    dialog.phoneCombo.setCurrentIndex(dialog.phoneCombo.findText("Mobile"))
    qtbot.waitUntil(lambda: dialog.outcome() is not None and dialog.outcome().phone_column == 2, timeout=WAIT_MS)
    with qtbot.waitSignal(panel.recipientsChanged, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.addButton, Qt.MouseButton.LeftButton)
    assert panel.valid_numbers() == ["96599998888", "96550001111"]


def test_sort_and_filter_from_the_header_combo_and_search(qtbot, panel, tmp_path):
    import_and_wait(qtbot, panel, write_xlsx(tmp_path / "parents.xlsx"))
    panel.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [r[2] for r in rows(panel)]
    assert names == sorted(names, key=str.casefold)
    panel.view.sortByColumn(COL_ROW, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in rows(panel)] == ["9", "8", "7", "6", "5", "4"]
    panel.filterCombo.setCurrentIndex(panel.filterCombo.findText("Invalid"))
    assert sorted(r[0] for r in rows(panel)) == ["6", "9"]
    assert "(showing 2 of 6)" in panel.countersLabel.text()
    panel.filterCombo.setCurrentIndex(panel.filterCombo.findText("All rows"))
    qtbot.keyClicks(panel.searchEdit, "9876")  # typed: applied once the user pauses
    qtbot.waitUntil(lambda: panel.view.model().rowCount() == 2, timeout=WAIT_MS)
    assert {r[0] for r in rows(panel)} == {"4", "7"}
    panel.searchEdit.setText("فاطمة")  # QTest cannot type Arabic keys; an input method sets the text
    qtbot.waitUntil(lambda: panel.view.model().rowCount() == 1, timeout=WAIT_MS)
    assert rows(panel)[0][1] == "96550000001"
    panel.searchEdit.clear()
    qtbot.waitUntil(lambda: panel.view.model().rowCount() == 6, timeout=WAIT_MS)


def test_paste_from_clipboard_adds_numbers(qtbot, panel):
    QGuiApplication.clipboard().setText("98765432\n+966 50 123 4567\nnot a number\n98765432\n")
    with qtbot.waitSignal(panel.importFinished, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(panel.pasteButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0].valid == 2
    assert panel.valid_numbers() == ["96598765432", "966501234567"]
    assert panel.counts() == {"valid": 2, "invalid": 1, "duplicate": 1}


def test_empty_clipboard_says_what_to_do(panel):
    QGuiApplication.clipboard().setText("")
    panel.paste_from_clipboard()
    assert "clipboard has no text" in panel.message_text()
    assert panel.valid_numbers() == []


def test_remove_selected_and_clear_are_undoable(qtbot, panel, tmp_path):
    import_and_wait(qtbot, panel, write_xlsx(tmp_path / "parents.xlsx"))
    panel.view.selectRow(0)
    assert panel.removeButton.isEnabled()
    with qtbot.waitSignal(panel.recipientsChanged, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(panel.removeButton, Qt.MouseButton.LeftButton)
    assert changed.args == [2]
    assert "96598765432" not in panel.valid_numbers()
    assert panel.undoButton.isEnabled() and panel.undoButton.text() == "Undo remove"
    qtbot.mouseClick(panel.undoButton, Qt.MouseButton.LeftButton)
    assert panel.valid_numbers()[0] == "96598765432"
    assert not panel.undoButton.isEnabled()  # one level of undo
    qtbot.mouseClick(panel.clearButton, Qt.MouseButton.LeftButton)
    assert panel.valid_numbers() == [] and panel.emptyHint.isVisible()
    panel.undo()
    assert len(panel.valid_numbers()) == 3 and panel.view.isVisible()


def test_coverage_marks_uncovered_countries_and_leaves_them_out(qtbot, panel, tmp_path):
    import_and_wait(qtbot, panel, write_xlsx(tmp_path / "parents.xlsx"))
    with qtbot.waitSignal(panel.recipientsChanged) as changed:
        panel.set_coverage(["965"])
    assert changed.args == [2]
    assert "966501234567" not in panel.valid_numbers()
    saudi = [r for r in rows(panel) if r[1] == "966501234567"][0]
    assert saudi[3] == "No coverage" and "Saudi Arabia" in saudi[4]
    panel.set_coverage(None)
    assert "966501234567" in panel.valid_numbers()


def test_export_rows_to_fix_as_csv_with_bom_and_formula_guard(qtbot, panel, tmp_path):
    import_and_wait(qtbot, panel, write_xlsx(tmp_path / "parents.xlsx"))
    target = tmp_path / "to-fix.csv"
    with qtbot.waitSignal(panel.exportFinished, timeout=10_000) as finished:
        assert panel.export_invalid(str(target)) == str(target)
    assert finished.args == [str(target)]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert table[0][:2] == ["Row", "Number as written"]
    by_row = {line[0]: line for line in table[1:]}
    assert set(by_row) == {"6", "7", "9"}
    assert by_row["9"][1] == "'+cmd|' /C calc'!A0"  # a formula would run in Excel: guarded
    assert by_row["6"][4]
    assert "Saved 3 rows" in panel.message_text()


def test_export_rows_to_fix_as_xlsx(qtbot, panel, tmp_path):
    import_and_wait(qtbot, panel, write_xlsx(tmp_path / "parents.xlsx"))
    target = tmp_path / "to-fix.xlsx"
    with qtbot.waitSignal(panel.exportFinished, timeout=10_000):
        panel.export_invalid(str(target))
    sheet = openpyxl.load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Row"
    assert [v[1] for v in values[1:] if v[0] == 9] == ["+cmd|' /C calc'!A0"]  # text cell: never run
    assert len(values) == 4


def test_broken_file_shows_a_plain_sentence_and_keeps_the_list(qtbot, panel, tmp_path):
    import_and_wait(qtbot, panel, write_xlsx(tmp_path / "parents.xlsx"))
    broken = tmp_path / "report.xlsx"
    broken.write_bytes(b"%PDF-1.4 not really a workbook" * 20)
    with qtbot.waitSignal(panel.importFailed, timeout=WAIT_MS) as failed:
        panel.import_path(str(broken))
    sentence = failed.args[0]
    assert panel.message_text() == sentence
    assert "report.xlsx" in sentence or "file" in sentence
    assert "Traceback" not in sentence and "Error" not in sentence.split()[0]
    assert len(panel.valid_numbers()) == 3  # nothing lost
    assert panel.importButton.isEnabled() and not panel.progressWidget.isVisible()


def test_cancel_leaves_the_list_unchanged(qtbot, panel, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("mobile\n" + "".join(f"965{50000000 + i}\n" for i in range(50_000)), encoding="utf-8")
    panel.import_path(str(big))
    assert panel.progressWidget.isVisible() and panel.cancelButton.isVisible()
    assert not panel.importButton.isEnabled()
    panel.import_path(str(big))  # a drop while busy is refused, not silently swapped
    assert "Another import is still running" in panel.message_text()
    with qtbot.waitSignal(panel.worker.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(panel.cancelButton, Qt.MouseButton.LeftButton)
    assert panel.valid_numbers() == []
    assert "cancelled" in panel.message_text()
    assert panel.importButton.isEnabled()
    panel.worker.wait()


def test_file_without_a_phone_column_opens_the_dialog(qtbot, panel, tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b\nx,y\nz,w\n", encoding="utf-8")
    panel.import_path(str(odd))
    qtbot.waitUntil(lambda: panel.findChild(ImportDialog) is not None, timeout=WAIT_MS)
    dialog = panel.findChild(ImportDialog)
    assert dialog.phoneCombo.currentData() is None
    assert not dialog.addButton.isEnabled()
    dialog.reject()
    assert panel.valid_numbers() == []


def test_arabic_layout(qtbot, tmp_path):
    from kwtsms_desktop.ui.shared.translation import install_language

    install_language("ar")
    try:
        widget = RecipientsPanel()
        qtbot.addWidget(widget)
        widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        assert widget.importButton.text() != "Import…"
        assert widget.emptyHint.text() != EMPTY_HINT
        with qtbot.waitSignal(widget.importFinished, timeout=WAIT_MS):
            widget.import_path(str(write_xlsx(tmp_path / "p.xlsx")))
        assert widget.view.model().headerData(COL_STATUS, Qt.Orientation.Horizontal) == "الحالة"
        widget.shutdown()
    finally:
        install_language("en")


def test_every_recipients_text_has_arabic():
    from tests.gui.fixtures_queue import translation_problems

    assert (
        translation_problems(
            "recipients/panel",
            "recipients/layout",
            "recipients/model",
            "recipients/import_dialog",
            "recipients/reading",
        )
        == []
    )


def test_ctrl_v_on_the_table_pastes_numbers(qtbot, panel, tmp_path):
    import_and_wait(qtbot, panel, write_xlsx(tmp_path / "parents.xlsx"))
    QGuiApplication.clipboard().setText("96590001111\n")
    panel.view.setFocus()
    with qtbot.waitSignal(panel.importFinished, timeout=WAIT_MS):
        qtbot.keyClick(panel.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert panel.valid_numbers()[-1] == "96590001111"


def test_workbook_with_several_sheets_lets_the_user_choose(qtbot, panel, tmp_path, monkeypatch):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Staff"
    first.append(["Name", "Mobile"])
    first.append(["Teacher", "96599990000"])
    second = book.create_sheet("Parents")
    second.append(["Name", "Mobile"])
    for i in range(5):
        second.append([f"Parent {i}", f"9656000000{i}"])
    path = tmp_path / "school.xlsx"
    book.save(path)
    dialog = panel.review_path(str(path))
    qtbot.waitUntil(lambda: dialog.outcome() is not None, timeout=WAIT_MS)
    assert dialog.sheetCombo.isVisible()
    assert [dialog.sheetCombo.itemText(i) for i in range(dialog.sheetCombo.count())] == ["Staff", "Parents"]
    assert dialog.outcome().valid == 1
    dialog.sheetCombo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.outcome() is not None and dialog.outcome().valid == 5, timeout=WAIT_MS)
    assert dialog.countsLabel.text().startswith("5 valid")
    with qtbot.waitSignal(panel.recipientsChanged, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(dialog.addButton, Qt.MouseButton.LeftButton)
    assert changed.args == [5]


def test_broken_file_in_the_dialog_is_a_sentence(qtbot, panel, tmp_path):
    broken = tmp_path / "list.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    dialog = panel.review_path(str(broken))
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=WAIT_MS)
    assert "list.xlsx" in dialog.error_text() or "file" in dialog.error_text()
    assert not dialog.addButton.isEnabled()
    dialog.reject()
    assert panel.valid_numbers() == []


def test_every_file_failure_is_shown_in_arabic_in_an_arabic_window(qapp, tmp_path):
    """importing speaks English; its usual failures reach an Arabic user in Arabic."""
    import zipfile

    from kwtsms_desktop.importing import ImportFailed, read_table, table_from_text
    from kwtsms_desktop.importing.export import write_table
    from kwtsms_desktop.ui.shared.reasons import failure_text
    from kwtsms_desktop.ui.shared.translation import install_language

    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "report.xlsx").write_bytes(b"%PDF-1.4 " * 50)
    (tmp_path / "truncated.xlsx").write_bytes(b"PK\x03\x04 truncated")
    (tmp_path / "slides.pptx").write_bytes(b"x" * 20)
    with zipfile.ZipFile(tmp_path / "archive.zip", "w") as archive:
        archive.writestr("a.txt", "hello")
    (tmp_path / "folder.csv").mkdir()
    sentences = []
    for name in (
        "missing.xlsx",
        "empty.csv",
        "report.xlsx",
        "truncated.xlsx",
        "slides.pptx",
        "archive.zip",
        "folder.csv",
    ):
        with pytest.raises(ImportFailed) as failure:
            read_table(tmp_path / name)
        sentences.append(failure.value)
    with pytest.raises(ImportFailed) as failure:
        table_from_text("")
    sentences.append(failure.value)
    with pytest.raises(ImportFailed) as failure:
        write_table(tmp_path / "no-such-folder" / "out.csv", ["a"], [["1"]])
    sentences.append(failure.value)
    install_language("ar")
    untranslated = [str(s) for s in sentences if not any("\u0600" <= ch <= "\u06ff" for ch in failure_text(s))]
    assert untranslated == []


def test_broken_file_sentence_is_arabic_in_an_arabic_window(qtbot, tmp_path):
    from kwtsms_desktop.ui.shared.translation import install_language

    broken = tmp_path / "report.xlsx"
    broken.write_bytes(b"%PDF-1.4 " * 50)
    install_language("ar")
    try:
        widget = RecipientsPanel()
        qtbot.addWidget(widget)
        with qtbot.waitSignal(widget.importFailed, timeout=WAIT_MS) as failed:
            widget.import_path(str(broken))
        assert strip_marks(failed.args[0]).startswith("الملف “report.xlsx” ليس جدول بيانات")
        assert widget.message_text() == failed.args[0]
        widget.shutdown()
    finally:
        install_language("en")


def test_exporting_100000_rows_to_fix_leaves_the_window_responsive(qtbot, panel, tmp_path):
    """The export runs off the GUI thread: progress arrives while it writes, the event loop keeps turning."""
    from kwtsms_desktop.engine.recipients_list import INVALID, RecipientEntry

    entries = [
        RecipientEntry(i + 1, "", raw=f"bad {i}", status=INVALID, reason="Not a phone number.") for i in range(100_000)
    ]
    panel.restore_entries(entries)
    target = tmp_path / "to-fix.xlsx"
    progress = []
    panel.exportProgress.connect(lambda done, total: progress.append((done, total)))
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    with qtbot.waitSignal(panel.exportFinished, timeout=60_000):
        panel.export_invalid(str(target))
        assert not panel.exportButton.isEnabled()  # returned at once, still writing
    timer.stop()
    assert ticks  # the GUI thread kept running its timers while the file was written
    assert progress[-1] == (100_000, 100_000) and len(progress) > 2
    assert any(0 < done < total for done, total in progress)
    assert "Saved 100,000 rows" in panel.message_text()
    assert panel.exportButton.isEnabled()
