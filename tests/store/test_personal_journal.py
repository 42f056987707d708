"""Personal messages in the journal: each batch keeps its exact text, new set-aside reasons, the migration, templates."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.store import DATABASE_FILE, Store
from kwtsms_desktop.store.migrations import _V6_MESSAGE_FIELDS, MIGRATIONS, _statements
from kwtsms_desktop.store.templates import TemplateError

from .conftest import kuwait_numbers


class Person:
    def __init__(self, number: str, name: str) -> None:
        self.number, self.name, self.row = number, name, None


def test_each_batch_keeps_its_own_text_and_set_aside_reasons_are_journaled(store):
    people = [
        Person(n, name) for n, name in zip(kuwait_numbers(5), ["Ali", "Sara", "Ali", "", "x" * 1200], strict=False)
    ]
    plan = make_plan(people, "Dear {name}", "KWT-SMS")
    broadcast_id = store.broadcasts.create(plan)

    batches = store.batches.of_broadcast(broadcast_id)
    assert [(b.numbers, b.message) for b in batches] == [
        (["96550000000", "96550000002"], "Dear Ali"),
        (["96550000001"], "Dear Sara"),
    ]
    aside = {r.number: r.set_aside for r in store.recipients.set_aside(broadcast_id)}
    assert aside == {"96550000003": "no_value", "96550000004": "too_long"}
    broadcast = store.broadcasts.get(broadcast_id)
    assert broadcast.message == "Dear {name}" and broadcast.cleaned_message == "Dear {name}"
    assert broadcast.estimated_points == 3


def test_a_plain_broadcast_journals_its_one_text_on_every_batch(store, planned):
    broadcast_id, _ = planned
    assert {b.message for b in store.batches.of_broadcast(broadcast_id)} == {"Hello"}


def test_the_recipients_table_still_refuses_an_unknown_reason(store, planned):
    broadcast_id, _ = planned
    with pytest.raises(sqlite3.IntegrityError):
        store.connection.execute(
            "INSERT INTO recipients (broadcast_id, number, set_aside) VALUES (?, '1', 'bogus')", (broadcast_id,)
        )


def test_a_database_from_before_fields_keeps_its_journal_and_its_batches_send_the_broadcasts_text(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    connection = sqlite3.connect(folder / DATABASE_FILE, isolation_level=None)
    before = MIGRATIONS.index(_V6_MESSAGE_FIELDS)
    for script in MIGRATIONS[:before]:
        for statement in _statements(script):
            connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {before}")
    connection.execute(
        "INSERT INTO broadcasts (id, created_utc, updated_utc, message, cleaned_message, sender, test, encoding,"
        " pages, estimated_points, state) VALUES (7, 't', 't', 'Hi', 'Hi', 'KWT-SMS', 1, 'GSM-7', 1, 1, 'planned')"
    )
    connection.execute(
        "INSERT INTO batches (broadcast_id, seq, state, numbers, size) VALUES (7, 1, 'pending', ?, 1)",
        (json.dumps(["96550000001"]),),
    )
    connection.execute(
        "INSERT INTO recipients (broadcast_id, batch_seq, number, name, source_row) VALUES (7, 1, '96550000001', 'A', 2)"
    )
    connection.execute(
        "INSERT INTO recipients (broadcast_id, number, set_aside, detail) VALUES (7, '', 'invalid', 'x')"
    )
    connection.close()

    with Store.open(folder) as store:
        (batch,) = store.batches.of_broadcast(7)
        assert batch.message is None  # the runner sends the broadcast's cleaned_message
        assert [(r.number, r.name, r.row, r.set_aside) for r in store.recipients.of_broadcast(7)] == [
            ("96550000001", "A", 2, None),
            ("", None, None, "invalid"),
        ]
        store.connection.execute("INSERT INTO recipients (broadcast_id, number, set_aside) VALUES (7, '2', 'no_value')")


def test_templates_are_found_renamed_and_removed_whatever_the_letter_case(store):
    store.templates.save("Meeting", "عزيزي ولي أمر {name}، اجتماع أولياء الأمور يوم الخميس")
    store.templates.save("closure", "School is closed tomorrow, {name}.")
    assert store.templates.names() == ["closure", "Meeting"]
    assert store.templates.get("  meeting ").name == "Meeting"
    with pytest.raises(TemplateError, match="already a template called 'Meeting'"):
        store.templates.save("MEETING", "other", replace=False)
    store.templates.save("MEETING", "Replaced {name}")  # replace: the saved name keeps its spelling
    assert store.templates.get("Meeting").body == "Replaced {name}"

    store.templates.rename("meeting", "اجتماع")
    assert store.templates.get("اجتماع").body == "Replaced {name}" and store.templates.get("Meeting") is None
    with pytest.raises(TemplateError, match="already a template"):
        store.templates.rename("اجتماع", "Closure")
    with pytest.raises(TemplateError, match="no template called 'nope'"):
        store.templates.rename("nope", "x")
    for bad in ("", "   ", "n" * 101):
        with pytest.raises(TemplateError):
            store.templates.save(bad, "text")
    with pytest.raises(TemplateError, match="no text"):
        store.templates.save("empty", "  \n")
    assert store.templates.delete("CLOSURE") and not store.templates.delete("closure")
    assert store.templates.names() == ["اجتماع"]
