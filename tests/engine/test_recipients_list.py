"""The recipients list's rules without Qt: duplicate rows from build_recipients, one status vocabulary with the plan."""

from __future__ import annotations

from kwtsms_desktop.core import plan
from kwtsms_desktop.engine import recipients_list as rl
from kwtsms_desktop.importing import build_recipients, table_from_text


def test_build_recipients_keeps_the_duplicate_rows_it_drops():
    table = table_from_text("Name,Mobile\nA,98765432\nB,+965 9876 5432\nC,not a number\nD,0096598765432\n")
    result = build_recipients(table, 1, 0)
    assert [(d.row, d.number, d.raw, d.name) for d in result.duplicate_rows] == [
        (3, "96598765432", "+965 9876 5432", "B"),
        (5, "96598765432", "0096598765432", "D"),
    ]
    assert result.duplicates == 2


def test_a_repeated_number_inside_a_cell_of_several_is_a_duplicate_row_too():
    # The second pass the window used to make skipped rows that also had a valid number: this
    # duplicate was counted but never shown.
    table = table_from_text("Name\tMobile\nA\t98765432\nB\t98765432 / 66554433\n")
    outcome = rl.build_entries(table, 1, 0)
    shown = [(e.row, e.number, e.status, e.first_row) for e in outcome.entries]
    assert (3, "96598765432", rl.DUPLICATE, 2) in shown and (3, "96566554433", rl.VALID, 0) in shown
    assert outcome.duplicates == 1 and outcome.counts[rl.DUPLICATE] == 1


def test_build_entries_marks_file_duplicates_numbers_already_listed_and_eligibility():
    table = table_from_text("Mobile\n98765432\n98765432\n55123456\n966501234567\n")
    outcome = rl.build_entries(table, 0, None, existing={"96555123456": 7}, coverage=["965"], suppressed=frozenset())
    statuses = {(e.row, e.status) for e in outcome.entries}
    assert statuses == {(2, rl.VALID), (3, rl.DUPLICATE), (4, rl.DUPLICATE), (5, rl.NOT_COVERED)}
    assert [e.first_row for e in outcome.entries if e.status == rl.DUPLICATE] == [2, 7]
    assert (outcome.valid, outcome.duplicates, outcome.not_covered) == (1, 2, 1)


def test_the_list_speaks_the_plan_s_words():
    assert set(rl.STATUSES) - {rl.VALID} <= set(plan.SET_ASIDE_REASONS)
    entry = rl.RecipientEntry(1, "96598765432")
    rl.apply_eligibility([entry], None, {"96598765432"})
    assert entry.status == plan.SUPPRESSED
    rl.apply_eligibility([entry], ["966"], set())
    assert entry.status == plan.NOT_COVERED == "not_covered"
