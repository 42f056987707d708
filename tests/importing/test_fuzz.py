"""Whatever the bytes or the text, importing gives a table or ImportFailed, never another exception (the long run: benchmarks/fuzz_import.py)."""

from __future__ import annotations

import logging
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kwtsms_desktop.importing import (
    ImportFailed,
    Table,
    build_recipients,
    detect_name_column,
    detect_phone_column,
    read_table,
    table_from_text,
)
from tests.importing.fuzz_corpus import mutant, seed_files

MUTANTS = 300


class _CaughtBugs(logging.Handler):
    """Records the unexpected errors the never-raises guard turned into ImportFailed: each is a bug."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(
            f"{record.getMessage()}: {record.exc_info[1]!r}" if record.exc_info else record.getMessage()
        )


@pytest.fixture(autouse=True)
def no_hidden_bugs():
    """The guard keeps the contract, but a fuzz input that reaches it has found a bug: fail on it."""
    handler = _CaughtBugs()
    logger = logging.getLogger("kwtsms_desktop.importing.guard")
    logger.addHandler(handler)
    yield
    logger.removeHandler(handler)
    assert handler.records == []


def _import_everything(table: Table) -> None:
    phone = detect_phone_column(table)
    detect_name_column(table)
    result = build_recipients(table, phone if phone is not None else 0)
    # Rows come from the table (a cell holding several numbers gives several, all on its row).
    assert {r.row for r in result.valid} | {r.row for r in result.invalid} <= set(table.row_numbers)
    assert all(len(row) == len(table.headers) for row in table.rows)
    assert len(table.row_numbers) == len(table.rows)


@pytest.mark.slow
def test_mutated_office_files_give_a_table_or_import_failed(tmp_path):
    seeds = seed_files(tmp_path / "seeds")
    rng = random.Random(20241122)
    outcomes = {"table": 0, "failed": 0}
    for index in range(MUTANTS):
        extension, data = mutant(rng, seeds)
        path = tmp_path / f"m{index}{extension}"
        path.write_bytes(data)
        try:
            table = read_table(path)
        except ImportFailed as error:
            assert str(error)
            outcomes["failed"] += 1
        else:
            outcomes["table"] += 1
            try:
                _import_everything(table)
            except ImportFailed:
                pass
        path.unlink()
    # Both outcomes must really occur, or the mutator is not exercising the readers.
    assert outcomes["table"] > 20 and outcomes["failed"] > 20


text_cells = st.text(
    alphabet=st.sampled_from(list("0123456789+-() .,;\t\"'\n\r=@eE٠١٢٣٤٥٦٧٨٩أحمدabc\u200f\x00\ufeff")),
    max_size=40,
)


@settings(max_examples=300)
@given(st.text(max_size=400))
def test_any_pasted_text_gives_a_table_or_import_failed(text):
    try:
        table = table_from_text(text)
    except ImportFailed:
        return
    _import_everything(table)


@settings(max_examples=200)
@given(st.lists(st.lists(text_cells, min_size=1, max_size=4), min_size=1, max_size=30))
def test_pasted_rows_of_phone_like_text(rows):
    text = "\n".join("\t".join(row) for row in rows)
    try:
        table = table_from_text(text)
    except ImportFailed:
        return
    _import_everything(table)


@settings(max_examples=200)
@given(
    st.lists(st.lists(text_cells, min_size=0, max_size=4), max_size=30),
    st.integers(min_value=-2, max_value=5),
    st.one_of(st.none(), st.integers(min_value=-2, max_value=5)),
    st.sampled_from(["965", "966", None, "", "abc"]),
)
def test_build_recipients_never_raises_anything_else(rows, phone, name, country):
    width = max((len(row) for row in rows), default=1) or 1
    table = Table(
        headers=[f"Column {i + 1}" for i in range(width)], rows=[row + [""] * (width - len(row)) for row in rows]
    )
    try:
        result = build_recipients(table, phone, name, country)
    except ImportFailed:
        return
    numbers = [recipient.number for recipient in result.valid]
    assert len(numbers) == len(set(numbers))
    assert all(number.isdigit() for number in numbers)
