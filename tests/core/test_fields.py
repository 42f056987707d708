"""Message fields and personal plans: {name} and any column, escaping, fallbacks, set-aside reasons, batches by text, cost."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from kwtsms_desktop.core.fields import fill_in, parse_fields, used_fields
from kwtsms_desktop.core.message import clean_message
from kwtsms_desktop.core.plan import (
    MAX_MOBILE_CHARS,
    NO_VALUE,
    TOO_LONG,
    calls_summary,
    format_duration,
    make_plan,
)


@dataclass
class Person:  # a recipient with saved fields, as an address-book member
    number: str
    name: str | None
    row: int | None = None
    fields: dict[str, str] = field(default_factory=dict)


def people(names: list[str], start: int = 0, **columns: list[str]) -> list[Person]:
    return [
        Person(f"9655{start + i:07d}", name, i + 2, {key: values[i] for key, values in columns.items()})
        for i, name in enumerate(names)
    ]


def test_fields_are_found_once_each_whatever_their_case_and_arabic_headers_work():
    assert used_fields("Dear {Name}, {CLASS} {name} { class } {الاسم}") == ["Name", "CLASS", "الاسم"]
    assert used_fields("no fields here") == []


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("{{name}}", "{name}"),
        ("a {{ b }} c", "a { b } c"),
        ("{} and { } stay", "{} and { } stay"),
        ("a lone { stays", "a lone { stays"),
        ("} and {\n} too", "} and {\n} too"),
        ("{{{name}}}", "{Ali}"),
    ],
)
def test_a_literal_brace_is_written_twice(typed, sent):
    message = parse_fields(typed)
    assert message.render(["Ali"] * len(message.keys)) == sent


def test_fill_in_uses_the_fallback_or_names_the_field_left_empty():
    message = parse_fields("Dear {name} of {class}")
    assert fill_in(message, {"name": " Ali ", "class": "5A"}, {}) == ("Dear Ali of 5A", None)
    assert fill_in(message, {"name": "", "class": "5A"}, {"name": "Parent"}) == ("Dear Parent of 5A", None)
    assert fill_in(message, {"name": "  ", "class": "5A"}, {}) == (None, "name")
    assert fill_in(message, {"name": "Ali"}, {}) == (None, "class")


def test_each_recipient_gets_their_own_text_and_identical_texts_share_batches():
    recipients = people(["Ali", "Sara", "Ali", "", "sara"], Class=["5A", "5A", "5A", "5B", "5A"])
    plan = make_plan(recipients, "عزيزي ولي أمر {name}، الصف {class}", "KWT-SMS", fallbacks={"Name": "الطالب"})
    assert plan.ok and plan.personal and plan.fields == ("name", "class")
    texts = dict(zip(plan.numbers, plan.recipient_texts, strict=True))
    assert texts["96550000000"] == "عزيزي ولي أمر Ali، الصف 5A"
    assert texts["96550000003"] == "عزيزي ولي أمر الطالب، الصف 5B"
    assert plan.batches == (("96550000000", "96550000002"), ("96550000001",), ("96550000003",), ("96550000004",))
    assert plan.batch_texts[0] == texts["96550000000"] and plan.distinct_texts == 4 and plan.calls == 4


def test_a_recipient_without_a_value_is_set_aside_with_the_field_named_and_no_bare_field_is_ever_sent():
    plan = make_plan(people(["Ali", "", " "]), "Dear {Name}, the meeting is on Thursday.", "KWT-SMS")
    assert plan.numbers == ["96550000000"]
    assert [(s.reason, s.row) for s in plan.set_aside] == [(NO_VALUE, 3), (NO_VALUE, 4)]
    assert all("No value for {Name}" in s.detail for s in plan.set_aside)
    assert plan.recipient_texts == ("Dear Ali, the meeting is on Thursday.",)


def test_cost_is_the_sum_of_each_recipients_pages_and_long_texts_are_set_aside():
    names = ["Ali", "x" * 200, "y" * 1100]  # 1 page, 2 pages (GSM-7, 153 per page), 8 pages
    plan = make_plan(people(names), "Hi {name}", "KWT-SMS", balance=3)
    assert plan.numbers == ["96550000000", "96550000001"]
    assert plan.estimated_points == 1 + 2 and plan.pages_range == (1, 2) and plan.message.pages == 2
    assert plan.balance_covers is True
    (long,) = plan.set_aside
    assert long.reason == TOO_LONG and "8 pages" in long.detail


def test_a_field_no_recipient_has_blocks_sending_and_is_named_with_the_fields_there_are():
    plan = make_plan(people(["Ali"], Class=["5A"]), "Dear {name}, {grade} {Class}", "KWT-SMS")
    assert not plan.ok
    (problem,) = plan.problems
    assert "{grade}" in problem and "{class}" in problem and "{{" in problem
    assert plan.set_aside == ()


def test_the_fields_the_caller_says_exist_are_the_ones_checked():
    plan = make_plan(people(["Ali"]), "Dear {name}", "KWT-SMS", available_fields=["Mobile"])
    assert not plan.ok and "{name}" in plan.problems[0]


def test_fields_of_gives_the_values_and_the_text_is_cleaned_after_filling_in():
    values = {"96598765432": {"name": "Ali\u200b 😀", "code": "٤٢"}}
    plan = make_plan(
        ["98765432"],
        "Dear {name}: {code}",
        "KWT-SMS",
        fields_of=lambda raw: values["965" + raw],
        available_fields=["name", "code"],
    )
    assert plan.recipient_texts == (clean_message("Dear Ali\u200b 😀: ٤٢"),) == ("Dear Ali : 42",)


def test_a_message_without_fields_is_planned_as_before_with_its_escapes_undone():
    plan = make_plan(people(["Ali", ""]), "Use code {{X}}", "KWT-SMS")
    assert not plan.personal and plan.ok
    assert plan.batch_texts == ("Use code {X}",) and plan.message.cleaned == "Use code {X}"
    assert plan.estimated_points == 2 and plan.journal_text == "Use code {X}"


def test_batches_of_one_text_keep_within_200_numbers_and_2500_characters_of_mobile():
    saudi = [Person(f"9665{i:08d}", "Ali") for i in range(450)]
    plan = make_plan(saudi, "Hi {name}", "KWT-SMS")
    assert [len(b) for b in plan.batches] == [192, 192, 66]
    assert all(len(",".join(b)) <= MAX_MOBILE_CHARS for b in plan.batches)


def test_the_confirmation_states_calls_and_time_at_the_rate():
    recipients = people([f"Parent {i}" for i in range(10_000)])
    plan = make_plan(recipients, "Dear {name}", "KWT-SMS")
    assert calls_summary(plan, 2) == "10,000 personal messages: 10,000 calls, about 1 h 24 min at 2 per second"
    plain = make_plan([r.number for r in recipients[:450]], "Hello", "KWT-SMS")
    assert calls_summary(plain, 2) == "450 messages: 3 calls, about 2 s at 2 per second"
    assert [format_duration(s) for s in (0.4, 59.5, 61, 3600, 3660)] == [
        "1 s",
        "60 s",
        "2 min",
        "1 h 0 min",
        "1 h 1 min",
    ]
