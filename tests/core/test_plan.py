"""The send plan: dedupe after normalization, set-aside reasons, batches of 200, cost, what blocks sending."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from kwtsms_desktop.core.plan import BATCH_SIZE, MAX_MOBILE_CHARS, cut_batches, make_plan


@dataclass
class Recipient:  # the importer's shape
    number: str
    name: str | None
    row: int


def test_the_same_number_written_three_ways_is_sent_once():
    plan = make_plan(["98765432", "+965 9876 5432", "0096598765432", "٩٦٥٩٨٧٦٥٤٣٢"], "Hi", "KWT-SMS")
    assert plan.numbers == ["96598765432"]
    assert plan.set_aside_count("duplicate") == 3
    assert all("row 1" in s.detail for s in plan.set_aside)


def test_numbers_are_set_aside_with_a_reason_the_user_can_read():
    plan = make_plan(
        ["98765432", "12", "96550000001", "971501234567", "9.65988E+10"],
        "Hi",
        "KWT-SMS",
        coverage=["965", "966"],
        suppressed={"96550000001"},
    )
    assert plan.numbers == ["96598765432"]
    reasons = {s.raw: s.reason for s in plan.set_aside}
    assert reasons == {
        "12": "invalid",
        "96550000001": "suppressed",
        "971501234567": "not_covered",
        "9.65988E+10": "invalid",
    }
    by_raw = {s.raw: s.detail for s in plan.set_aside}
    assert "United Arab Emirates" in by_raw["971501234567"] and "not activated" in by_raw["971501234567"]
    assert "scientific notation" in by_raw["9.65988E+10"]


def test_unknown_coverage_sets_nothing_aside():
    plan = make_plan(["971501234567", "98765432"], "Hi", "KWT-SMS", coverage=None)
    assert len(plan.numbers) == 2 and not plan.coverage_known


def test_importer_recipients_keep_their_names_and_rows_and_rejected_rows_are_carried():
    @dataclass
    class Rejected:
        row: int
        raw: str
        error: str

    plan = make_plan(
        [Recipient("96598765432", "Ahmad", 2)], "Hi", "KWT-SMS", rejected=[Rejected(3, "abc", "No digits.")]
    )
    assert [(r.number, r.name, r.row) for r in plan.recipients] == [("96598765432", "Ahmad", 2)]
    assert [(s.reason, s.row, s.detail) for s in plan.set_aside] == [("invalid", 3, "No digits.")]


def test_batches_hold_at_most_200_numbers_and_cost_is_pages_times_numbers():
    numbers = [f"9655{i:07d}" for i in range(450)]
    arabic = "مرحبا " * 20  # 120 UCS-2 characters: 2 pages
    plan = make_plan(numbers, arabic, "KWT-SMS", balance=900)
    assert [len(b) for b in plan.batches] == [200, 200, 50]
    assert plan.message.pages == 2 and plan.estimated_points == 900
    assert plan.balance_covers is True and plan.ok


def test_a_balance_short_of_the_estimate_blocks_sending_and_says_by_how_much():
    plan = make_plan([f"9655{i:07d}" for i in range(10)], "Hi", "KWT-SMS", balance=9)
    assert plan.balance_covers is False and not plan.ok
    assert any("needs 10 points" in p and "balance is 9" in p for p in plan.problems)
    assert make_plan(["98765432"], "Hi", "KWT-SMS").balance_covers is None


def test_blocking_problems_are_sentences():
    assert any("empty" in p for p in make_plan(["98765432"], "\u200b😀", "KWT-SMS").problems)
    assert any("at most 7 pages" in p for p in make_plan(["98765432"], "a" * 1200, "KWT-SMS").problems)
    assert any("No valid recipient" in p for p in make_plan(["12"], "Hi", "KWT-SMS").problems)
    assert any("Choose a sender" in p for p in make_plan(["98765432"], "Hi", "  ").problems)
    assert any("at most 11" in p for p in make_plan(["98765432"], "Hi", "TWELVE-CHARS").problems)
    assert make_plan(["98765432"], "Hi", "KWT-SMS").problems == ()


@given(st.lists(st.integers(min_value=0, max_value=3000), max_size=700), st.integers(1, BATCH_SIZE))
def test_every_valid_number_lands_in_exactly_one_batch(indexes, batch_size):
    raw = [f"9655{i:07d}" for i in indexes]
    plan = make_plan(raw, "Hi", "KWT-SMS", batch_size=batch_size)
    flat = [n for batch in plan.batches for n in batch]
    assert flat == list(dict.fromkeys(raw))
    assert all(1 <= len(batch) <= batch_size for batch in plan.batches)
    assert len(flat) + len(plan.set_aside) == len(raw)


def test_batches_keep_the_mobile_field_within_the_gateways_2500_characters():
    """200 Saudi numbers (12 digits) joined by commas are 2,599 characters: the gateway refuses that field."""
    saudi = [f"9665{i:08d}" for i in range(450)]
    plan = make_plan(saudi, "Hello", "KWT-SMS")
    assert all(len(",".join(batch)) <= 2500 for batch in plan.batches)
    assert all(len(batch) <= 200 for batch in plan.batches)
    assert [n for batch in plan.batches for n in batch] == saudi
    kuwait = make_plan([f"9655{i:07d}" for i in range(450)], "Hello", "KWT-SMS")
    assert [len(b) for b in kuwait.batches] == [200, 200, 50]  # 11 digits: 200 fit (2,399 characters)


def test_batches_of_long_numbers_stay_within_the_mobile_field_limit():
    saudi = [f"9665{i:08d}" for i in range(400)]  # twelve digits each
    plan = make_plan(saudi, "Hi", "KWT-SMS")
    joined = [",".join(batch) for batch in plan.batches]
    assert max(map(len, joined)) <= MAX_MOBILE_CHARS
    assert [len(b) for b in plan.batches] == [192, 192, 16]
    assert [n for b in plan.batches for n in b] == saudi


# Numbers of every length the gateway takes: Kuwait 11 digits up to the E.164 maximum of 15.
ANY_LENGTH = st.sampled_from(["9655", "9665", "9715", "4479", "8613", "22507"]).flatmap(
    lambda prefix: st.integers(0, 10**6 - 1).map(lambda n: f"{prefix}{n:06d}")
)


@given(st.lists(ANY_LENGTH, max_size=900), st.integers(1, BATCH_SIZE))
def test_every_number_is_in_exactly_one_batch_within_both_limits(numbers, batch_size):
    batches = cut_batches(numbers, batch_size)
    assert [n for batch in batches for n in batch] == numbers
    assert all(1 <= len(batch) <= batch_size for batch in batches)
    assert all(len(",".join(batch)) <= MAX_MOBILE_CHARS for batch in batches)
