"""The address book on a real SQLite file: import into a group (merging), groups as recipients, last-sent times."""

from __future__ import annotations

import tempfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.engine.address_book import import_into_group
from kwtsms_desktop.engine.audience import gather_audience
from kwtsms_desktop.importing import Table, build_recipients, read_table
from kwtsms_desktop.store import LATEST_VERSION, Store, UnknownGroup
from kwtsms_desktop.store.contacts import field_value
from kwtsms_desktop.store.migrations import APPLICATION_ID

from .conftest import kuwait_numbers


def table(headers, rows):
    return Table(headers=list(headers), rows=[list(r) for r in rows])


def test_the_schema_has_the_address_book_and_this_apps_id(store):
    def pragma(name):
        return store.connection.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("user_version") == LATEST_VERSION
    assert pragma("application_id") == APPLICATION_ID
    tables = {r[0] for r in store.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"contacts", "contact_groups", "group_members", "suppressions"} <= tables


def test_import_into_a_group_adds_then_updates_only_where_the_file_has_a_value(store):
    first = table(
        ["Name", "Mobile", "Class", "اسم الطالب"],
        [["Ahmad", "98765432", "5A", "سارة"], ["", "60000001", "5B", ""], ["X", "12", "", ""]],
    )
    result = import_into_group(store, first, 1, "Grade 5", name_column=0)
    assert (result.added, result.updated, result.unchanged, result.joined) == (2, 0, 0, 0)
    assert [(r.row, r.raw) for r in result.rejected] == [(3, "12")]

    again = table(
        ["name", "mobile", "CLASS", "Bus"],
        [["", "+965 9876 5432", "6A", "3"], ["Mona", "60000001", "", ""], ["", "60000002", "", ""]],
    )
    second = import_into_group(store, again, 1, "grade 5", name_column=0)  # the same group, any letter case
    assert (second.added, second.updated, second.unchanged, second.joined) == (1, 2, 0, 0)
    ahmad = store.contacts.get("96598765432")
    assert ahmad.name == "Ahmad"  # the empty name cell did not blank it
    assert ahmad.fields == {"Name": "Ahmad", "Class": "6A", "اسم الطالب": "سارة", "Bus": "3"}
    assert ahmad.field("class") == "6A" and ahmad.field("اسم الطالب") == "سارة" and ahmad.groups == ("Grade 5",)
    assert store.contacts.get("96560000001").name == "Mona"
    assert [(g.name, g.count) for g in store.contacts.groups()] == [("Grade 5", 3)]

    third = import_into_group(store, again, 1, "Bus 3", name_column=0, keep_columns=["Bus"])
    assert (third.added, third.updated, third.unchanged, third.joined) == (0, 0, 3, 3)
    assert store.contacts.get("96598765432").groups == ("Bus 3", "Grade 5")


def test_rejected_rows_of_an_import_export_like_a_plain_import(store, tmp_path):
    source = table(["Mobile", "Name"], [["98765432", "A"], ["abc", "B"]])
    result = import_into_group(store, source, 0, "G")
    assert result.export_rejected(str(tmp_path / "rejected.csv")) == 1
    exported = read_table(tmp_path / "rejected.csv")
    assert exported.rows[0][:2] == ["abc", "B"]


def test_an_unknown_kept_column_saves_nothing(store):
    with pytest.raises(ValueError, match="no column called 'Klass'"):
        import_into_group(store, table(["Mobile", "Class"], [["98765432", "5A"]]), 0, "G", keep_columns=["Klass"])
    assert store.contacts.count() == 0 and store.contacts.groups() == []


def test_groups_become_recipients_union_deduplicated_minus_excluded_groups_mixed_with_a_file(store):
    numbers = kuwait_numbers(10)
    store.contacts.merge_into_group("A", ["Class"], [(n, f"a{i}", ["5A"]) for i, n in enumerate(numbers[:6])])
    store.contacts.merge_into_group("B", [], [(n, None, []) for n in numbers[4:9]])
    store.contacts.merge_into_group("Left out", [], [(numbers[0], None, []), (numbers[8], None, [])])
    file_import = build_recipients(table(["Mobile"], [[numbers[9]], [numbers[1]], ["12"]]), 0)

    audience = gather_audience(store, ["a", "B"], ["Left out"], file_import, "extra.csv")
    assert [(m.number, m.source) for m in audience.valid] == [
        (numbers[9], "file:extra.csv"),
        (numbers[1], "file:extra.csv"),
        *[(n, "group:A") for n in numbers[2:6]],
        *[(n, "group:B") for n in numbers[6:8]],
    ]
    assert audience.valid[2].fields == {"Class": "5A"} and audience.valid[2].name == "a2"
    assert (audience.excluded, len(audience.invalid)) == (2, 1)
    assert audience.by_source == {"file:extra.csv": 2, "group:A": 4, "group:B": 2}

    plan = make_plan(audience.valid, "Hi", "KWT-SMS", suppressed={numbers[2]}, rejected=audience.invalid)
    assert numbers[2] not in plan.numbers and len(plan.numbers) == 7


def test_an_unknown_group_is_refused_naming_the_groups_there_are(store):
    store.contacts.ensure_group("Teachers")
    with pytest.raises(UnknownGroup, match="'Teacher'.*'Teachers'"):
        gather_audience(store, ["Teachers"], ["Teacher"])


def test_contacts_on_the_do_not_send_list_are_marked(store):
    store.contacts.merge_into_group("G", [], [(n, None, []) for n in kuwait_numbers(2)])
    store.suppressions.add([kuwait_numbers(1)[0]], "asked")
    assert [c.opted_out for c in store.contacts.listing("G")] == [True, False]


@pytest.mark.parametrize("test_mode", [False, True])
def test_an_accepted_real_batch_sets_its_contacts_last_sent_time(store, test_mode):
    numbers = kuwait_numbers(3)
    store.contacts.merge_into_group("G", [], [(n, None, []) for n in numbers[:2]])
    broadcast = store.broadcasts.create(make_plan(numbers, "Hi", "KWT-SMS", test=test_mode))
    store.batches.mark_sending(broadcast, 1)
    store.batches.mark_accepted(broadcast, 1, msg_id="m", points_charged=3, balance_after=1, gateway_timestamp=1)
    sent = [c.last_sent_utc for c in store.contacts.listing()]
    assert sent == [None, None] if test_mode else all(sent)


# ---- whatever the rows: one contact per number, values only ever replaced by non-empty ones ------------
_numbers = st.sampled_from(kuwait_numbers(6))
_value = st.sampled_from(["", "", "x", "y", "أ"])
_row = st.tuples(_numbers, _value, _value, _value)
_header = st.sampled_from(["Class", "class", "CLASS"])


@given(st.lists(st.tuples(_header, st.lists(_row, max_size=8)), min_size=1, max_size=4))
def test_import_into_group_merging_property(files):
    expected: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as folder, Store.open(folder) as store:
        for header, rows in files:
            source = table(["Mobile", "Name", header, "Bus"], rows)
            result = import_into_group(store, source, 0, "G", name_column=1)
            first_rows = {}
            for number, name, klass, bus in rows:
                first_rows.setdefault(number, (name, klass, bus))  # the file's first row of a number wins
            assert result.added + result.updated + result.unchanged == len(first_rows)
            for number, (name, klass, bus) in first_rows.items():
                saved = expected.setdefault(number, {})
                for key, value in (("name", name), ("class", klass), ("bus", bus)):
                    if value:
                        saved[key] = value
        contacts = store.contacts.listing("G")
        assert sorted(c.number for c in contacts) == sorted(expected)
        for contact in contacts:
            want = expected[contact.number]
            assert (contact.name or "") == want.get("name", "")
            assert (field_value(contact.fields, "Class") or "") == want.get("class", "")
            assert (field_value(contact.fields, "bus") or "") == want.get("bus", "")
            assert len([k for k in contact.fields if k.casefold() == "class"]) <= 1
