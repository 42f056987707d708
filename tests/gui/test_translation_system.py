"""Qt's translation system: complete .ts files, fresh .qm files, Qt's own dialogs, plurals, the language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kwtsms_desktop.ui.shared.translation import install_language, language, translate
from tests.gui.translations import arabic_problems, update_script

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_every_text_of_the_window_has_finished_arabic_with_the_same_fields():
    assert arabic_problems() == []


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_each_ts_is_what_the_code_says_and_has_no_unfinished_entry(lang):
    update = update_script()
    messages, _ = update.extract()
    ts = update.ts_path(lang)
    translations = update.read_ts(ts)
    assert [key for key, t in translations.items() if not t.finished] == []
    # The .ts holds exactly the code's texts: a text added to the code without running update.py fails here.
    assert ts.read_text(encoding="utf-8") == update.render_ts(lang, messages, translations)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_each_qm_is_compiled_from_its_ts_as_it_is_now(lang):
    """Content, not modification times (a checkout resets those): lrelease the .ts again and compare bytes."""
    update = update_script()
    assert update.compiled_bytes(update.ts_path(lang)) == update.qm_path(lang).read_bytes()


def test_qt_message_box_and_standard_buttons_read_arabic(qapp):
    install_language("ar")
    box = QMessageBox(
        QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&نعم"
    assert box.button(QMessageBox.StandardButton.No).text() == "&لا"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    assert [buttons.button(b).text() for b in (buttons.StandardButton.Ok, buttons.StandardButton.Cancel)] == [
        "حسنًا",
        "ألغِ",
    ]
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "احفظ"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize(
    ("count", "arabic"),
    [(1, "رقم واحد"), (2, "رقمان"), (3, "3 أرقام"), (11, "11 رقمًا"), (100, "100 رقم"), (1234, "1,234 رقمًا")],
)
def test_a_count_meets_its_noun_in_the_right_arabic_form(qapp, count, arabic):
    install_language("ar")
    assert translate("SendConfirmDialog", "{count} number(s)", n=count, count=f"{count:,}") == arabic


@pytest.mark.parametrize(
    ("count", "arabic"),
    [(1, "منذ دقيقة"), (2, "منذ دقيقتين"), (3, "منذ 3 دقائق"), (11, "منذ 11 دقيقة"), (100, "منذ 100 دقيقة")],
)
def test_percent_n_is_the_count_in_its_arabic_form(qapp, count, arabic):
    install_language("ar")
    assert translate("compose.send_dialog", "%n minute(s) ago", n=count) == arabic


def test_english_has_its_singular_and_plural(qapp):
    install_language("en")
    assert translate("SendConfirmDialog", "{count} number(s)", n=1, count="1") == "1 number"
    assert translate("SendConfirmDialog", "{count} number(s)", n=2, count="2") == "2 numbers"
    assert (
        translate("SendConfirmDialog", "%n request(s) of at most 200 numbers", n=1)
        == "1 request of at most 200 numbers"
    )
    assert translate("recipients.import_dialog", "{count} duplicate(s)", n=1, count="1") == "1 duplicate"


def test_sending_has_two_meanings_and_two_translations(qapp):
    install_language("ar")
    assert translate("SettingsDialog", "Sending") == "الإرسال"
    assert translate("queue.batches_model", "Sending") == "جارٍ الإرسال"


def test_choosing_arabic_in_settings_changes_the_open_window_at_once(build_window, qtbot):
    window = build_window()
    assert window.settings_button.text() == "Settings"
    window.open_settings()
    dialog = _settings_dialog(window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    dialog.save()
    qtbot.waitUntil(lambda: window.settings_button.text() == "الإعدادات", timeout=5000)
    assert language() == "ar" and window.isRightToLeft()
    assert window.import_action.text() == translate("MainWindow", "&Import recipients…")
    assert any("\u0600" <= ch <= "\u06ff" for ch in window.menuBar().actions()[0].text())
    assert window.recipients.view.model().headerData(1, Qt.Orientation.Horizontal) == "الرقم"
    window.open_settings()
    dialog = _settings_dialog(window)
    assert dialog.windowTitle() == "الإعدادات"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.save()
    qtbot.waitUntil(lambda: window.settings_button.text() == "Settings", timeout=5000)
    assert not window.isRightToLeft()


def _settings_dialog(window):
    from kwtsms_desktop.ui.settings.dialog import SettingsDialog

    dialogs = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    assert dialogs, "the settings dialog did not open"
    return dialogs[-1]


def test_no_old_catalogue_or_flat_lookup_is_left():
    """The old flat lookup (ui/shared/i18n.py, ar_<area>.json catalogues) is gone: every text goes through translate()."""
    from tests.gui.translations import ROOT

    assert sorted(p.name for p in (ROOT / "resources" / "translations").glob("ar_*.json")) == []
    old = [p for p in (ROOT / "kwtsms_desktop").rglob("*.py") if "ui.shared.i18n" in p.read_text(encoding="utf-8")]
    assert old == []


def test_switching_back_to_english_leaves_no_arabic_in_the_window(build_window, qtbot, tmp_path):
    """What the Arabic window said after an import (the counts, Undo import, the title) is said again in English."""
    from kwtsms_desktop.core.bidi import strip_marks
    from tests.gui.arabic_tour import words_of

    window = build_window("--lang", "ar", "--demo")
    path = tmp_path / "parents.csv"
    path.write_text("Name,Mobile\nأحمد,98765432\nسارة,96555111\nخالد,123\n", encoding="utf-8")
    with qtbot.waitSignal(window.recipients.importFinished, timeout=10_000):
        window.recipients.import_path(str(path))
    window.open_settings()
    dialog = _settings_dialog(window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.save()
    qtbot.waitUntil(lambda: window.settings_button.text() == "Settings", timeout=5000)
    arabic = [
        (where, text)
        for where, text in words_of(window, "window")
        if any("\u0600" <= ch <= "\u06ff" for ch in text)
        and "أحمد" not in text
        and "سارة" not in text
        and "خالد" not in text
    ]
    assert arabic == []
    assert strip_marks(window.recipients.message_text()).endswith("2 valid · 1 invalid.")
    assert window.recipients.undoButton.text() == "Undo import"
    assert window.windowTitle() == "kwtSMS Desktop — Demo"
