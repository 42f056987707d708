"""Field values of a broadcast's recipients: the file's columns by row and the group contacts' saved fields."""

from __future__ import annotations

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.engine.address_book import import_into_group
from kwtsms_desktop.engine.audience import gather_audience
from kwtsms_desktop.engine.recipient_fields import RecipientFields
from kwtsms_desktop.importing import build_recipients, table_from_text


def test_file_columns_and_contact_fields_fill_the_same_message(store):
    saved = table_from_text(
        "Mobile\tName\tClass\tالصف\n96550000001\tAli\t5A\tالخامس\n96550000002\t\t5B\t\n96550000005\tNoor\t4A\tالرابع\n"
    )
    import_into_group(store, saved, 0, "Parents", name_column=1)
    file = table_from_text("Name\tMobile\tclass\n Sara \t96550000003\t6C\nAli\t96550000001\t9Z\n\t96550000004\t7D\n")
    imported = build_recipients(file, 1, 0)
    audience = gather_audience(store, ["parents"], (), imported, "list.txt")
    fields = RecipientFields(file, 0)

    available = fields.available(audience.valid)
    assert available == ["name", "Mobile", "class", "الصف"]  # each field once, as first written

    plan = make_plan(
        audience.valid,
        "Dear {NAME} ({Class})",
        "KWT-SMS",
        fields_of=fields,
        available_fields=available,
        fallbacks={"name": "Parent"},
    )
    assert dict(zip(plan.numbers, plan.recipient_texts, strict=True)) == {
        "96550000003": "Dear Sara (6C)",  # the file's row: spaces around the value dropped
        "96550000001": "Dear Ali (9Z)",  # in the file and the group: the file came first
        "96550000004": "Dear Parent (7D)",
        "96550000002": "Dear Parent (5B)",  # a contact without a name
        "96550000005": "Dear Noor (4A)",
    }
    # An Arabic field only the contacts have: a number taken from the file has the file's row only.
    arabic = make_plan(audience.valid, "الصف {الصف}", "KWT-SMS", fields_of=fields, available_fields=available)
    assert dict(zip(arabic.numbers, arabic.recipient_texts, strict=True)) == {"96550000005": "الصف الرابع"}
    assert [(s.number, s.reason) for s in arabic.set_aside] == [
        (n, "no_value") for n in ("96550000003", "96550000001", "96550000004", "96550000002")
    ]


def test_without_a_name_column_the_file_has_no_name_field(store):
    file = table_from_text("Mobile\tCity\n96550000003\tKuwait\n")
    fields = RecipientFields(file, None)
    audience = gather_audience(store, (), (), build_recipients(file, 0, None), "list.txt")
    assert fields.available(audience.valid) == ["Mobile", "City"]
    plan = make_plan(
        audience.valid, "Hi {name}", "KWT-SMS", fields_of=fields, available_fields=fields.available(audience.valid)
    )
    assert not plan.ok and "{name}" in plan.problems[0]
