"""build_recipients: exact valid, rejected and duplicate rows, progress and cancel for long lists."""

from __future__ import annotations

import threading

import pytest

from kwtsms_desktop.importing import (
    ImportCancelled,
    ImportFailed,
    Table,
    build_recipients,
    read_table,
    table_from_text,
)
from tests.importing.conftest import summary, write_xlsx


def test_one_number_in_five_formats_is_one_recipient_and_four_duplicates():
    table = table_from_text(
        "Name,Mobile\nA,98765432\nB,+965 9876 5432\nC,0096598765432\nD,٩٨٧٦٥٤٣٢\nE,(965) 9876-5432\n"
    )
    result = build_recipients(table, 1, 0)
    assert summary(result) == ([("96598765432", "A", 2)], [], 4)
    assert result.total_rows == 5


def test_invalid_rows_keep_their_row_number_raw_cell_and_reason():
    table = table_from_text("Mobile\t Note\n12345\tshort\n\tnote only\n9.65988E+10\t\n98765432\t\n")
    result = build_recipients(table, 0)
    assert summary(result) == (
        [("96598765432", "", 5)],
        [(2, "12345"), (3, ""), (4, "9.65988E+10")],
        0,
    )
    errors = [r.error for r in result.invalid]
    assert "too short" in errors[0]
    assert errors[1] == "There is no phone number in this row."
    assert "scientific notation" in errors[2]


def test_a_duplicate_of_an_invalid_number_is_rejected_again_not_counted_as_duplicate():
    table = table_from_text("123\n123\n98765432\n")
    result = build_recipients(table, 0)
    assert summary(result) == ([("96598765432", "", 3)], [(1, "123"), (2, "123")], 0)


def test_default_country_decides_how_local_numbers_are_read():
    table = table_from_text("0501234567\n98765432\n+96598765432\n")
    saudi = build_recipients(table, 0, default_country="966")
    assert ("966501234567", "", 1) in summary(saudi)[0]
    strict = build_recipients(table, 0, default_country=None)
    assert [r.number for r in strict.valid][-1] == "96598765432"
    assert 2 in [r.row for r in strict.invalid]  # no country: 98765432 is not a full number


def test_apostrophe_from_excel_or_our_own_export_is_ignored():
    result = build_recipients(table_from_text("'+96598765432\n'98765433\n"), 0)
    assert [r.number for r in result.valid] == ["96598765432", "96598765433"]


def test_phone_column_out_of_range_fails_with_a_sentence():
    table = table_from_text("98765432\n")
    for column in (-1, 5):
        with pytest.raises(ImportFailed, match="phone column"):
            build_recipients(table, column)


def test_name_column_out_of_range_is_ignored():
    result = build_recipients(table_from_text("98765432\n"), 0, name_column=7)
    assert [(r.number, r.name) for r in result.valid] == [("96598765432", "")]


def test_rows_shorter_than_the_header_are_handled():
    table = Table(headers=["Name", "Mobile"], rows=[["Ali"], ["Sara", "98765432"]], header_row=1)
    result = build_recipients(table, 1, 0)
    assert summary(result) == ([("96598765432", "Sara", 3)], [(2, "")], 0)


def test_progress_is_reported_and_cancel_stops_a_long_list():
    rows = [[str(90000000 + i)] for i in range(20000)]
    table = Table(headers=["Mobile"], rows=rows, header_row=1)
    seen: list[tuple[int, int]] = []
    result = build_recipients(table, 0, progress=lambda done, total: seen.append((done, total)))
    assert len(result.valid) == 20000
    assert seen[-1] == (20000, 20000)
    assert len(seen) >= 4 and all(total == 20000 for _, total in seen)

    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        stop.set()

    with pytest.raises(ImportCancelled):
        build_recipients(table, 0, progress=progress, should_cancel=stop.is_set)


def test_read_table_progress_and_cancel(tmp_path):
    path = write_xlsx(tmp_path / "big.xlsx", {"S": [["Mobile"]] + [[90000000 + i] for i in range(9000)]})
    seen: list[tuple[int, int]] = []
    table = read_table(path, progress=lambda done, total: seen.append((done, total)))
    assert len(table.rows) == 9000
    assert seen and seen[-1][0] == seen[-1][1] == 9001

    stop = threading.Event()
    with pytest.raises(ImportCancelled, match="cancelled"):
        read_table(path, progress=lambda done, total: stop.set(), should_cancel=stop.is_set)

    csv_path = tmp_path / "big.csv"
    csv_path.write_text("Mobile\n" + "".join(f"{90000000 + i}\n" for i in range(20000)), encoding="utf-8")
    seen.clear()
    assert len(read_table(csv_path, progress=lambda d, t: seen.append((d, t))).rows) == 20000
    assert seen[-1][0] == seen[-1][1] == csv_path.stat().st_size
    stop.clear()
    with pytest.raises(ImportCancelled):
        read_table(csv_path, progress=lambda done, total: stop.set(), should_cancel=stop.is_set)


def test_cancel_before_anything_is_read(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("98765432\n", encoding="utf-8")
    with pytest.raises(ImportCancelled):
        read_table(path, should_cancel=lambda: True)


def test_dates_times_and_booleans_written_as_text_are_named_as_such():
    table = table_from_text("Mobile\n2024-03-01\n01/03/2024\n15/10/2023 10:30\n10:30\nTRUE\n98-76-5432\n")
    result = build_recipients(table, 0)
    assert [(r.number, r.row) for r in result.valid] == [("96598765432", 7)]
    reasons = [r.error for r in result.invalid]
    assert [r.row for r in result.invalid] == [2, 3, 4, 5, 6]
    assert all("date" in reason for reason in reasons[:3])
    assert "time" in reasons[3]
    assert "TRUE or FALSE" in reasons[4]


def test_columns_can_be_named_by_their_header():
    table = table_from_text("Name\tMobile\nAli\t98765432\n")
    result = build_recipients(table, "mobile", "Name")
    assert [(r.number, r.name) for r in result.valid] == [("96598765432", "Ali")]
    with pytest.raises(ImportFailed, match="phone column"):
        build_recipients(table, "Phone")
