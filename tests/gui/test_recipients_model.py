"""The recipients model: valid Qt model in every state, sorting and filtering on the Python list."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from kwtsms_desktop.engine.recipients_list import (
    DUPLICATE,
    DUPLICATE_REASON,
    INVALID,
    NOT_COVERED,
    SUPPRESSED,
    VALID,
    RecipientEntry,
    apply_eligibility,
)
from kwtsms_desktop.ui.recipients.model import (
    COL_NAME,
    COL_NUMBER,
    COL_REASON,
    COL_ROW,
    COL_STATUS,
    NOT_SENDABLE,
    RecipientsModel,
)


def sample_entries() -> list[RecipientEntry]:
    entries = [
        RecipientEntry(2, "96598765432", "Ahmad"),
        RecipientEntry(3, "96550000001", "فاطمة"),
        RecipientEntry(4, "", "Bad", raw="12ab", status=INVALID, reason="There are no digits here."),
        RecipientEntry(5, "966501234567", "Saudi friend"),
        RecipientEntry(6, "447700900123", "London office"),
        RecipientEntry(7, "96560000002", "Zainab"),
    ]
    dup = RecipientEntry(8, "96598765432", "Ahmad again", raw="+965 9876 5432")
    dup.status, dup.reason, dup.sendable, dup.first_row = DUPLICATE, DUPLICATE_REASON, False, 2
    entries.append(dup)
    return entries


def column(model: RecipientsModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


@pytest.fixture
def model(qapp):
    m = RecipientsModel()
    m.set_entries(sample_entries())
    return m


@pytest.mark.parametrize("state", ["data", "sorted", "filtered", "sorted_filtered", "empty"])
def test_qt_model_contract(qtmodeltester, model, state):
    if "sorted" in state:
        model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    if "filtered" in state:
        model.set_filter(VALID, "965")
    if state == "empty":
        model.set_entries([])
    qtmodeltester.check(model, force_py=True)


def test_qt_model_signals_stay_consistent_while_changing(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)  # stays connected: checks every signal below
    model.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    model.set_filter(NOT_SENDABLE, "")
    model.sort(COL_ROW, Qt.SortOrder.DescendingOrder)
    model.refresh_eligibility(["965"], frozenset())
    model.refresh_texts()
    model.set_filter(None, "")
    model.set_entries(sample_entries()[:2])
    assert model.rowCount() == 2


def test_rows_show_number_name_status_and_reason(model):
    assert model.columnCount() == 6
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Row",
        "Number",
        "Name",
        "Status",
        "Source",
        "Reason",
    ]
    assert column(model, COL_NUMBER)[:3] == ["96598765432", "96550000001", "12ab"]
    assert model.index(2, COL_STATUS).data() == "Invalid"
    assert model.index(2, COL_REASON).data() == "There are no digits here."
    assert model.index(6, COL_STATUS).data() == "Duplicate"
    assert model.index(6, COL_REASON).data() == "Already in the list (row 2)."
    assert model.counts()[VALID] == 5 and model.counts()[INVALID] == 1 and model.counts()[DUPLICATE] == 1


def test_sort_by_each_column_orders_the_python_list(model):
    model.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    numbers = column(model, COL_NUMBER)
    assert numbers == sorted(numbers)
    model.sort(COL_ROW, Qt.SortOrder.DescendingOrder)
    assert column(model, COL_ROW) == ["8", "7", "6", "5", "4", "3", "2"]
    model.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert column(model, COL_STATUS)[0] == "Invalid" and column(model, COL_STATUS)[-1] == "Valid"  # problems first


def test_sort_keeps_the_selected_row_on_the_same_person(model):
    persistent = QPersistentModelIndex(model.index(1, COL_NAME))  # فاطمة, row 3
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert persistent.isValid()
    assert persistent.data() == "فاطمة"
    assert model.index(persistent.row(), COL_ROW).data() == "3"


def test_filter_by_status_and_search(model):
    model.set_filter(INVALID)
    assert column(model, COL_NUMBER) == ["12ab"]
    model.set_filter(NOT_SENDABLE)
    assert column(model, COL_ROW) == ["4", "8"]
    model.set_filter(None, "fatima")
    assert model.rowCount() == 0
    model.set_filter(None, "فاطمة")
    assert column(model, COL_NUMBER) == ["96550000001"]
    # digits typed the way people write them, Arabic-Indic included, find the number
    model.set_filter(None, "٩٨٧٦ ٥٤٣٢")
    assert column(model, COL_ROW) == ["2", "8"]
    model.set_filter(VALID, "+965 9876")
    assert column(model, COL_ROW) == ["2"]
    model.set_filter(None, "")
    assert model.rowCount() == 7


def test_coverage_and_suppression_change_statuses(model):
    model.refresh_eligibility(["965", "966"], {"96560000002"})
    statuses = dict(zip(column(model, COL_ROW), column(model, COL_STATUS), strict=True))
    assert statuses["6"] == "No coverage"
    assert statuses["7"] == "Suppressed"
    assert statuses["4"] == "Invalid" and statuses["8"] == "Duplicate"
    assert "United Kingdom" in model.index(4, COL_REASON).data() or "UK" in model.index(4, COL_REASON).data()
    assert model.counts()[VALID] == 3 and model.counts()[NOT_COVERED] == 1 and model.counts()[SUPPRESSED] == 1
    model.refresh_eligibility(None, set())
    assert model.counts()[VALID] == 5


def test_arabic_texts(model):
    from kwtsms_desktop.ui.shared.translation import install_language

    install_language("ar")
    try:
        model.refresh_texts()
        assert model.headerData(COL_NUMBER, Qt.Orientation.Horizontal) == "الرقم"
        assert model.index(2, COL_STATUS).data() == "غير صالح"
    finally:
        install_language("en")


def test_hundred_thousand_rows_sort_and_filter(qtmodeltester, qapp):
    rng = random.Random(7)
    entries = []
    for row in range(2, 100_002):
        if row % 50 == 0:
            entries.append(RecipientEntry(row, "", f"name {row}", raw="x", status=INVALID, reason="bad"))
        else:
            entries.append(RecipientEntry(row, f"965{rng.randrange(40000000, 99999999)}", f"name {row}"))
    apply_eligibility(entries, ["965"], frozenset())
    model = RecipientsModel()
    model.set_entries(entries)
    assert model.rowCount() == 100_000
    model.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    first, last = model.index(0, COL_NUMBER).data(), model.index(99_999, COL_NUMBER).data()
    assert first <= last
    model.set_filter(INVALID)
    assert model.rowCount() == 2_000
    model.set_filter(None, "name 9999")
    assert {model.index(r, COL_NAME).data() for r in range(model.rowCount())} >= {"name 9999", "name 99999"}


BAD_INPUTS = [
    "",
    "abc",
    "9.65988E+10",
    "12345",
    "07567436",
    "96598",
    "0501234567",
    "1234567890123456789",
    "96512345678",
    "9651234",
    "965987654321",
    "9665012345",
    "966401234567",
    "a@b.com",
    "+44 12",
    "98765",
    "987654321",
    "7123456",
    "+966 50 123",
    "+1 555",
    "00965123",
    "512345678",
    "4123456789",
    "+9715012345678",
    "0096599",
]


@pytest.mark.parametrize("default_country", ["965", "966", None])
def test_every_reason_core_gives_is_shown_in_arabic(qapp, default_country):
    """core.phone speaks English; an Arabic window must never show its sentences untranslated."""
    from kwtsms_desktop.core.phone import check_number
    from kwtsms_desktop.importing.recipients import KIND_CODES
    from kwtsms_desktop.ui.shared.reasons import reason_text
    from kwtsms_desktop.ui.shared.translation import install_language

    refusals = {(c.code, tuple(c.params.items())) for c in map(lambda r: check_number(r, default_country), BAD_INPUTS)}
    refusals |= {(code, ()) for code in ("no_number", "invalid", "duplicate", *KIND_CODES.values())}
    install_language("ar")
    shown = {code: reason_text(code, dict(params)) for code, params in refusals if code is not None}
    untranslated = [code for code, text in shown.items() if not any("\u0600" <= ch <= "\u06ff" for ch in text)]
    assert untranslated == []


def test_invalid_reason_in_arabic_window(qapp):
    from kwtsms_desktop.core.phone import check_number
    from kwtsms_desktop.ui.shared.translation import install_language

    model = RecipientsModel()
    check = check_number("12345", "965")
    error = check.error
    model.set_entries(
        [RecipientEntry(2, "", "x", raw="12345", status=INVALID, reason=error, code=check.code, params=check.params)]
    )
    install_language("ar")
    try:
        assert model.index(0, COL_REASON).data().startswith("هذا الرقم قصير")
    finally:
        install_language("en")
    assert model.index(0, COL_REASON).data() == error


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_entry = st.builds(
    lambda row, number, name, bad: (
        RecipientEntry(row, "", name, raw=number, status=INVALID, reason="bad")
        if bad
        else RecipientEntry(row, number, name)
    ),
    st.integers(1, 500),
    st.text("0123456789", min_size=0, max_size=6),
    st.text("abcABC فاطمة", max_size=5),
    st.booleans(),
)
_operation = st.one_of(
    st.tuples(
        st.just("sort"), st.integers(0, 4), st.sampled_from([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
    ),
    st.tuples(
        st.just("filter"), st.sampled_from([None, VALID, INVALID, NOT_SENDABLE]), st.sampled_from(["", "a", "1", "فا"])
    ),
)


@given(st.lists(_entry, max_size=30), st.lists(_operation, max_size=6))
def test_sort_and_filter_always_show_exactly_the_matching_entries(qapp, entries, operations):
    """Whatever the order of sorts and filters, the view shows every matching entry once, in sort order."""
    model = RecipientsModel()
    model.set_entries(list(entries))
    sort = None
    status, text = None, ""
    for kind, a, b in operations:
        if kind == "sort":
            model.sort(a, b)
            sort = (a, b)
        else:
            model.set_filter(a, b)
            status, text = a, b

    def matches(e):
        if status == NOT_SENDABLE and e.status == VALID:
            return False
        if status not in (None, NOT_SENDABLE) and e.status != status:
            return False
        if not text:
            return True
        digits = text if text.isdigit() else ""
        return (digits and digits in e.number) or text.casefold() in e.name.casefold() or text in e.raw

    shown = [model.entry_at(r) for r in range(model.rowCount())]
    assert sorted(map(id, shown)) == sorted(id(e) for e in entries if matches(e))
    if sort is not None:
        from kwtsms_desktop.ui.recipients.model import _sort_keys

        keys = _sort_keys(sort[0], shown)
        expected = sorted(keys, reverse=sort[1] == Qt.SortOrder.DescendingOrder)
        assert keys == expected
