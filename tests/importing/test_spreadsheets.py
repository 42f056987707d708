"""Workbooks as offices send them: xlsx, xlsm, legacy xls, ods; title rows, Arabic headers, numbers stored as numbers, dates, second sheets."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from kwtsms_desktop.importing import (
    ImportFailed,
    build_recipients,
    detect_name_column,
    detect_phone_column,
    read_table,
)
from tests.importing.conftest import summary, write_ods, write_xlsx

SCIENTIFIC = "scientific notation"


def import_file(path, sheet=None, country="965"):
    table = read_table(path, sheet)
    phone = detect_phone_column(table)
    assert phone is not None
    return table, build_recipients(table, phone, detect_name_column(table), country)


def test_arabic_headers_under_title_rows_with_numbers_stored_as_numbers(tmp_path):
    path = write_xlsx(
        tmp_path / "parents.xlsx",
        {
            "الطلاب": [
                ["مدرسة الكويت النموذجية"],
                ["قائمة أرقام أولياء الأمور 2024"],
                [],
                ["م", "الاسم", "رقم الجوال", "الصف"],
                [1, "أحمد الكندري", 98765432, "3/1"],
                [2, "Fatima", 96565432109, "3/2"],
                [3, "خالد", "+965 9876 5432", "3/1"],
                [],
                [4, "نورة", "٩٩٨٨٧٧٦٦", "4/1"],
                [5, "Ali", "0096555123456", "4/2"],
            ]
        },
    )
    table, result = import_file(path)
    assert table.headers == ["م", "الاسم", "رقم الجوال", "الصف"]
    assert table.header_row == 4
    assert table.rows[0] == ["1", "أحمد الكندري", "98765432", "3/1"]
    assert table.rows[1][2] == "96565432109"
    assert table.row_numbers == [5, 6, 7, 9, 10]
    assert summary(result) == (
        [
            ("96598765432", "أحمد الكندري", 5),
            ("96565432109", "Fatima", 6),
            ("96599887766", "نورة", 9),
            ("96555123456", "Ali", 10),
        ],
        [],
        1,
    )


def test_whole_numbers_never_come_back_as_floats(tmp_path):
    path = write_xlsx(
        tmp_path / "n.xlsx",
        {"S": [["Mobile"], [96598765432], [98765432.0], [96598765432.0], ["96598765433.0"], [1.5]]},
    )
    table = read_table(path)
    assert [row[0] for row in table.rows] == ["96598765432", "98765432", "96598765432", "96598765433", "1.5"]


def test_dates_booleans_and_scientific_notation_are_rejected_with_reasons(tmp_path):
    path = write_xlsx(
        tmp_path / "odd.xlsx",
        {
            "S": [
                ["Name", "Phone", "Note"],
                ["Date", dt.date(2024, 1, 5), ""],
                ["DateTime", dt.datetime(2024, 1, 5, 10, 30), ""],
                ["Bool", True, ""],
                ["Sci text", "9.65988E+10", ""],
                ["No phone", None, "called last week"],
                ["Good", 98765432, ""],
            ]
        },
    )
    table, result = import_file(path)
    assert [(r.number, r.row) for r in result.valid] == [("96598765432", 7)]
    reasons = {r.row: r.error for r in result.invalid}
    assert sorted(reasons) == [2, 3, 4, 5, 6]
    assert "date" in reasons[2] and "date" in reasons[3]
    assert "TRUE or FALSE" in reasons[4]
    assert SCIENTIFIC in reasons[5] and "lost" in reasons[5]
    assert "no phone number" in reasons[6].lower()
    assert {r.row: r.raw for r in result.invalid}[5] == "9.65988E+10"


def test_a_float_cell_shown_in_scientific_notation_keeps_its_exact_digits(tmp_path):
    # Excel displays 96598800000 as 9.65988E+10 in a narrow column, but the stored float is exact.
    path = write_xlsx(tmp_path / "f.xlsx", {"S": [["Mobile"], [9.65988e10]]})
    _, result = import_file(path)
    assert [r.number for r in result.valid] == ["96598800000"]


def test_second_sheet_by_name_and_first_non_empty_sheet_by_default(tmp_path):
    path = write_xlsx(
        tmp_path / "two.xlsx",
        {
            "Empty": [],
            "Parents": [["Name", "Mobile"], ["A", 98765432]],
            "Staff": [["الاسم", "الهاتف"], ["معلم", 99001122], ["معلمة", "99001122"]],
        },
    )
    table = read_table(path)
    assert table.sheets == ["Empty", "Parents", "Staff"]
    assert table.sheet == "Parents"
    table, result = import_file(path, "Staff")
    assert table.sheet == "Staff"
    assert summary(result) == ([("96599001122", "معلم", 2)], [], 1)
    with pytest.raises(ImportFailed, match="Parents, Staff"):
        read_table(path, "Nope")


def test_no_header_row_gives_generated_headers_and_all_rows_are_data(tmp_path):
    path = write_xlsx(tmp_path / "bare.xlsx", {"S": [[98765432], [98765433], ["+96598765432"], ["abc"]]})
    table, result = import_file(path)
    assert table.headers == ["Column 1"]
    assert table.header_row == 0
    assert table.row_numbers == [1, 2, 3, 4]
    assert summary(result) == (
        [("96598765432", "", 1), ("96598765433", "", 2)],
        [(4, "abc")],
        1,
    )


def test_xlsm_is_read_like_xlsx(tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", {"S": [["Mobile"], [98765432]]})
    macro = tmp_path / "macro.xlsm"
    shutil.copy(path, macro)
    _, result = import_file(macro)
    assert [r.number for r in result.valid] == ["96598765432"]


def test_legacy_xls_with_title_row_arabic_header_and_second_sheet(data_dir):
    table, result = import_file(data_dir / "parents.xls")
    assert table.headers == ["م", "اسم ولي الأمر", "رقم الجوال", "الصف"]
    assert table.header_row == 3
    valid, invalid, duplicates = summary(result)
    assert valid == [
        ("96598765432", "أحمد الكندري", 4),
        ("96565432109", "Fatima Al-Sabah", 5),
        ("96555123456", "Noura", 7),
        ("96555512345", "Mariam", 11),
    ]
    assert invalid == [(8, "12345"), (9, "2024-03-01")]
    assert duplicates == 1
    assert "date" in result.invalid[1].error

    staff, staff_result = import_file(data_dir / "parents.xls", "Staff")
    assert staff.sheets == ["أولياء الأمور", "Staff"]
    assert summary(staff_result) == (
        [("96599001122", "Teacher One", 2), ("96599003344", "Teacher Two", 3)],
        [],
        0,
    )


def test_legacy_xls_defaults_to_the_first_sheet_with_cells(data_dir):
    table, result = import_file(data_dir / "empty_first_sheet.xls")
    assert table.sheet == "Numbers"
    assert summary(result) == ([("96598765432", "", 1), ("96598765433", "", 2)], [], 1)


def test_ods_with_title_row_and_typed_cells(tmp_path):
    path = write_ods(
        tmp_path / "list.ods",
        {
            "Sheet1": [
                ["Clinic appointments"],
                [],
                ["Patient name", "Mobile No.", "Visit"],
                ["Huda", 98765432, dt.date(2024, 5, 1)],
                ["Yousef", "+965 5123 4567", dt.date(2024, 5, 2)],
                ["Dana", 96598765432, None],
                ["Bad", dt.date(2024, 5, 3), None],
            ],
            "Other": [["x"]],
        },
    )
    table, result = import_file(path)
    assert table.sheets == ["Sheet1", "Other"]
    assert table.headers == ["Patient name", "Mobile No.", "Visit"]
    assert table.header_row == 3
    assert table.rows[0] == ["Huda", "98765432", "2024-05-01"]
    valid, invalid, duplicates = summary(result)
    assert valid == [("96598765432", "Huda", 4), ("96551234567", "Yousef", 5)]
    assert invalid == [(7, "2024-05-03")]
    assert duplicates == 1


def test_sheet_can_also_be_chosen_by_position(tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", {"A": [["Mobile"], [98765432]], "B": [["Mobile"], [99887766]]})
    assert read_table(path, 1).rows == [["99887766"]]  # type: ignore[arg-type]
    assert read_table(path, " b ").sheet == "B"
