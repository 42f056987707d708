"""The Arabic window read as a person would: every window, dialog, menu and message box, no English left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kwtsms_desktop.core.bidi import strip_marks
from kwtsms_desktop.ui.recipients.model import COL_NUMBER
from tests.gui.arabic_tour import english_only, tour

# The offscreen platform cannot raise a popup menu or grab the keyboard for it; a real screen can.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def test_english_only_text_is_told_apart_from_names_keys_and_numbers():
    assert english_only("Import recipients")
    assert english_only("الإعدادات (Settings)")
    assert not english_only("الرصيد: 5,000 نقطة · KWT-SMS · UCS-2 · Ctrl+O")
    assert not english_only("ملفات Excel (*.xlsx *.csv)")


def test_the_arabic_window_has_no_english_left(build_window, qtbot, tmp_path):
    window = build_window("--lang", "ar")
    texts = tour(window, lambda condition: qtbot.waitUntil(condition, timeout=10_000), lambda *_: None, tmp_path)
    places = {where.split(":")[0] for where, _ in texts}
    assert {
        "window",
        "menu bar",
        "import dialog",
        "settings",
        "editor context menu",
        "send confirmation",
        "question",
        "about",
        "guide",
        "shortcuts",
        "file dialog",
        "broadcasts page",
        "send later",
    } <= places
    # The user's own data stays as written: the file's name and headers, the folder, the demo account's name.
    data = ("parents.csv", "Name", "Mobile", str(tmp_path), str(Path.cwd()), "demo")
    english = [(where, text) for where, text in texts if english_only(text, data)]
    assert english == [], "\n".join(f"{where}: {text!r}" for where, text in english)


def test_a_number_from_a_file_reads_in_its_own_order_in_the_arabic_table(build_window, qtbot, tmp_path):
    window = build_window("--lang", "ar")
    path = tmp_path / "parents.csv"
    path.write_text("Name,Mobile\nأحمد,+965 9988 7755\n", encoding="utf-8")
    with qtbot.waitSignal(window.recipients.importFinished, timeout=10_000):
        window.recipients.import_path(str(path))
    shown = window.recipients.model.index(0, COL_NUMBER).data(Qt.ItemDataRole.DisplayRole)
    assert shown == "\u206696599887755\u2069"  # a left-to-right isolate: digits never reordered
    window.recipients.model.set_entries([])
    invalid = tmp_path / "raw.csv"
    invalid.write_text("Name,Mobile\nأحمد,+965 9988 775\n", encoding="utf-8")
    with qtbot.waitSignal(window.recipients.importFinished, timeout=10_000):
        window.recipients.import_path(str(invalid))
    raw = window.recipients.model.index(0, COL_NUMBER).data(Qt.ItemDataRole.DisplayRole)
    assert raw.startswith("\u2066") and strip_marks(raw) == "+965 9988 775"


def test_times_and_dates_read_left_to_right_in_the_arabic_window(build_window, qtbot):
    """An RTL QTimeEdit draws 21:00 as 00:21: the quiet hours and the send-later time keep their own order."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QDateTimeEdit

    from kwtsms_desktop.core.schedule import ScheduleSettings
    from kwtsms_desktop.ui.schedule.send_later_dialog import SendLaterDialog
    from kwtsms_desktop.ui.settings.dialog import SettingsDialog

    window = build_window("--lang", "ar")
    settings = SettingsDialog(window.session, parent=window)
    qtbot.addWidget(settings)
    later = SendLaterDialog(
        window, clock=lambda: datetime(2026, 11, 29, 10, 0, tzinfo=UTC), settings=ScheduleSettings()
    )
    qtbot.addWidget(later)
    edits = settings.findChildren(QDateTimeEdit) + later.findChildren(QDateTimeEdit)  # QTimeEdit is one too
    assert len(edits) >= 3
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert [edit.layoutDirection() for edit in edits] == [Qt.LayoutDirection.LeftToRight] * len(edits)
    settings.schedule_box.quietStart.setTime(QTime(21, 0))
    assert settings.schedule_box.quietStart.text() == "21:00"  # not "00:21"
    assert later.when.text().startswith("2026-11-29")  # year first, as in Kuwait time everywhere else
