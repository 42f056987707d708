"""Personal messages in the compose area: templates, Insert field, missing values, the preview and its page range."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kwtsms_desktop.core.plan import NO_VALUE, TOO_LONG, make_plan
from kwtsms_desktop.engine import entry_fields
from kwtsms_desktop.engine.recipients_list import build_entries
from kwtsms_desktop.importing import table_from_text
from kwtsms_desktop.store import Store
from kwtsms_desktop.ui.compose.panel import ComposePanel
from kwtsms_desktop.ui.personal.controller import PersonalMessages
from kwtsms_desktop.ui.personal.fields import MissingValuesBox
from kwtsms_desktop.ui.personal.preview import PreviewDialog
from kwtsms_desktop.ui.personal.templates import TemplatesBar
from kwtsms_desktop.ui.recipients.reading import read_source

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CLASS_LIST = "Name,Phone,Class\nAli,98765432,3A\nSara,96555111,4B\n,65551234,3A\nAli,50001234,\n"


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path)
    yield opened
    opened.close()


def entries_of(text: str = CLASS_LIST):
    read = read_source(text=text)
    outcome = build_entries(read.table, read.phone_column, read.name_column, release_table=True)
    return [e for e in outcome.entries if e.sendable]


@pytest.fixture
def compose(qtbot):
    panel = ComposePanel()
    qtbot.addWidget(panel)
    return panel


@pytest.fixture
def personal(compose, store, qtbot):
    """The compose panel with its personal rows, over the class list."""
    recipients = entries_of()
    made = PersonalMessages(compose, lambda: recipients, store.templates, lambda: 5000.0)
    compose.layout().addWidget(made.widget)
    made.recipients_changed()
    yield made
    made.shutdown()


# -- templates --------------------------------------------------------------------------------------
def test_a_template_is_saved_picked_renamed_and_deleted(qtbot, store):
    text = ["عزيزي ولي أمر {name}، اجتماع أولياء الأمور يوم الخميس"]
    bar = TemplatesBar(store.templates, lambda: text[0])
    qtbot.addWidget(bar)
    answers = iter(["  Meeting  ", "Meeting", "اجتماع"])
    bar.ask_name = lambda *_: next(answers)
    bar.confirm = lambda *_: True
    assert not bar.combo.isEnabled()

    assert bar.save_current()
    assert bar.names() == ["Meeting"]
    assert store.templates.get("meeting").body == text[0]
    text[0] = "Dear {name}, the meeting is on Thursday."
    assert bar.save_current()  # the same name: replaced after asking
    assert store.templates.get("Meeting").body == text[0]

    with qtbot.waitSignal(bar.templateChosen) as chosen:
        bar.choose("Meeting")
    assert chosen.args == [text[0]]

    dialog = bar.open_manager()
    assert dialog.current_name() == "Meeting"
    assert dialog.text.toPlainText() == text[0]
    assert dialog.rename_current()
    assert bar.names() == ["اجتماع"]
    assert store.templates.get("Meeting") is None
    assert dialog.delete_current()
    assert bar.names() == [] and store.templates.names() == []
    dialog.close()


def test_a_template_refuses_an_empty_message_and_a_taken_name_in_words(qtbot, store):
    store.templates.save("A", "first")
    store.templates.save("B", "second")
    text = [" "]
    bar = TemplatesBar(store.templates, lambda: text[0])
    qtbot.addWidget(bar)
    problems: list[str] = []
    bar.problem.connect(problems.append)
    bar.ask_name = lambda *_: "x"
    assert not bar.save_current()
    assert problems[-1] == "Type the message first: an empty template cannot be saved."
    dialog = bar.open_manager()
    dialog.ask_name = lambda *_: "b"
    assert not dialog.rename_current()
    assert dialog.note.text() == "There is already a template called “b”."
    assert store.templates.names() == ["A", "B"]
    dialog.close()


# -- fields ------------------------------------------------------------------------------------------
def test_each_row_keeps_its_columns_and_the_menu_lists_them(personal, compose):
    recipients = entries_of()
    assert entry_fields.available(recipients) == ["name", "Phone", "Class"]
    assert entry_fields.values(recipients[0])["class"] == "3A"
    assert entry_fields.values(recipients[2])["name"] == ""
    button = personal.insert_field
    assert button.isEnabled()
    assert [a.text() for a in button.menu().actions()] == ["{name}", "{Phone}", "{Class}"]
    compose.editor.setPlainText("Dear , class ")
    cursor = compose.editor.textCursor()
    cursor.setPosition(5)
    compose.editor.setTextCursor(cursor)
    button.menu().actions()[0].trigger()
    cursor.movePosition(cursor.MoveOperation.End)
    compose.editor.setTextCursor(cursor)
    button.menu().actions()[2].trigger()
    assert compose.message_text() == "Dear {name}, class {Class}"


def test_a_bare_number_list_has_no_field_to_offer(qtbot, compose, store):
    recipients = entries_of("98765432\n96555111\n")
    made = PersonalMessages(compose, lambda: recipients, store.templates)
    made.recipients_changed()
    assert not made.insert_field.isEnabled()
    made.shutdown()


def test_a_field_nobody_has_is_named_before_sending(personal, compose, qtbot):
    compose.editor.setPlainText("Dear {guardian}")
    qtbot.waitUntil(lambda: "{guardian}" in compose.problem.text(), timeout=5_000)
    assert "none of the recipients has" in compose.problem.text()
    plan = personal.plan_function()()
    assert plan.problems and "{guardian}" in plan.problems[0]


def test_missing_values_set_aside_or_take_the_fallback_text(qtbot, personal, compose):
    compose.editor.setPlainText("Dear {name}, class {class}")
    box = personal.missing
    assert box.isVisibleTo(compose)
    assert box.fallbacks() == {}
    plan = personal.plan_function()()
    assert [s.number for s in plan.set_aside if s.reason == NO_VALUE] == ["96565551234", "96550001234"]
    assert {s.detail.split(":")[0] for s in plan.set_aside} == {"No value for {name}", "No value for {class}"}
    assert "{" not in "".join(plan.recipient_texts)

    box.set_choice("name", "ولي الأمر")
    box.set_choice("class", "-")
    assert box.fallbacks() == {"name": "ولي الأمر", "class": "-"}
    plan = personal.plan_function()()
    assert not plan.set_aside
    assert plan.recipient_texts == (
        "Dear Ali, class 3A",
        "Dear Sara, class 4B",
        "Dear ولي الأمر, class 3A",
        "Dear Ali, class -",
    )
    box.set_choice("class", None)  # back to "set aside": the text typed is kept for later
    assert box.fallbacks() == {"name": "ولي الأمر"}
    compose.editor.setPlainText("Hello {NAME}")
    assert box.fallbacks() == {"NAME": "ولي الأمر"}  # the same field, whatever its case


def test_a_blank_fallback_text_sets_aside(qtbot):
    box = MissingValuesBox()
    qtbot.addWidget(box)
    box.set_fields(["name"])
    box.set_choice("name", "   ")
    assert box.fallbacks() == {}


# -- preview and counter -----------------------------------------------------------------------------
def test_the_counter_shows_the_range_of_pages_over_every_recipient(qtbot, personal, compose):
    compose.editor.setPlainText("{name}: " + "x" * 150)  # Ali/Sara fit one page; the fallback makes two
    personal.missing.set_choice("name", "Parent of the pupil")
    qtbot.waitUntil(lambda: compose.counter.text() == "GSM-7 · 1–2 pages", timeout=5_000)
    assert compose.cost_line.text() == "1–2 pages × 4 = 5 points · balance 5,000"
    compose.editor.setPlainText("Hi {name}")
    qtbot.waitUntil(lambda: compose.counter.text() == "GSM-7 · 1 page", timeout=5_000)
    compose.editor.setPlainText("مرحبا {name}")
    qtbot.waitUntil(lambda: compose.counter.text() == "UCS-2 · 1 page", timeout=5_000)


def test_a_recipient_over_seven_pages_is_set_aside_with_that_reason(personal, compose):
    compose.editor.setPlainText("{class}" + "م" * 465)  # 465 + 2 fits 7 pages (469); "3A" and "4B" do
    recipients = [
        *entries_of(),
        *entries_of("Name,Phone,Class\nLong,66000001," + "ب" * 10 + "\n"),
    ]
    personal._recipients = lambda: recipients
    plan = personal.plan_function()()
    assert [s.number for s in plan.set_aside if s.reason == TOO_LONG] == ["96566000001"]
    assert plan.pages_range == (7, 7)


def test_the_preview_steps_through_each_recipients_own_text(qtbot, personal, compose):
    compose.editor.setPlainText("Dear {name}, see you on Thursday.")
    personal.missing.set_choice("name", "Parent")
    with qtbot.waitSignal(personal.previewShown, timeout=5_000) as shown:
        personal.preview_button.click()
    dialog: PreviewDialog = shown.args[0]
    assert dialog.text.toPlainText() == "Dear Ali, see you on Thursday."
    assert dialog.recipient_label.text() == "Ali · 96598765432 (row 2)"
    assert dialog.range_label.text() == "GSM-7 · 1 page"
    assert not dialog.previous_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.text.toPlainText() == "Dear Sara, see you on Thursday."
    assert dialog.row_box.value() == 2
    dialog.row_box.setValue(3)
    assert dialog.text.toPlainText() == "Dear Parent, see you on Thursday."
    qtbot.mouseClick(dialog.longest_button, Qt.MouseButton.LeftButton)
    assert dialog.index == 2  # "Parent" is the longest name
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.first_button, Qt.MouseButton.LeftButton)
    assert dialog.index == 0
    assert dialog.counter.text() == "GSM-7 · 1 page · 130 left"
    dialog.close()


def test_the_preview_lists_who_is_set_aside(qtbot, personal, compose):
    compose.editor.setPlainText("Dear {name}")
    with qtbot.waitSignal(personal.previewShown, timeout=5_000) as shown:
        personal.preview()
    dialog = shown.args[0]
    assert dialog.aside_label.text() == "1 set aside: 1 with no value for {name}"
    assert dialog.row_box.maximum() == 3
    dialog.close()


def test_planning_a_message_with_fields_is_the_same_as_the_command_line(personal, compose):
    """The window's fields_of gives the values the engine's RecipientFields gives for the same file."""
    from kwtsms_desktop.engine.recipient_fields import RecipientFields

    table = table_from_text(CLASS_LIST)
    fields = RecipientFields(table, 0)
    recipients = entries_of()
    compose.editor.setPlainText("Dear {name} ({Class})")
    window_plan = personal.plan_function()()
    cli_plan = make_plan(
        recipients,
        "Dear {name} ({Class})",
        "-",
        default_country=None,
        fields_of=fields,
        available_fields=fields.available(recipients),
    )
    assert window_plan.recipient_texts == cli_plan.recipient_texts
