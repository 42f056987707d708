"""Pasted text: a column copied from Excel, several columns with tabs, commas or semicolons."""

from __future__ import annotations

import pytest

from kwtsms_desktop.importing import (
    ImportFailed,
    build_recipients,
    detect_name_column,
    detect_phone_column,
    table_from_text,
)
from tests.importing.conftest import summary


def test_one_number_per_line_in_mixed_formats():
    table = table_from_text("98765432\r\n+965 9988 7766\r\n\r\n0096598765432\r\n٩٩٠٠١١٢٢\r\nhello\r\n")
    assert table.headers == ["Column 1"]
    assert table.row_numbers == [1, 2, 4, 5, 6]
    result = build_recipients(table, detect_phone_column(table))
    assert summary(result) == (
        [("96598765432", "", 1), ("96599887766", "", 2), ("96599001122", "", 5)],
        [(6, "hello")],
        1,
    )


def test_columns_copied_from_excel_with_a_header():
    text = "الاسم\tرقم الهاتف\n أحمد \t98765432\nسارة\t9.65988E+10\n"
    table = table_from_text(text)
    assert table.headers == ["الاسم", "رقم الهاتف"]
    assert table.delimiter == "\t"
    assert table.rows == [["أحمد", "98765432"], ["سارة", "9.65988E+10"]]
    assert detect_phone_column(table) == 1
    assert detect_name_column(table) == 0
    result = build_recipients(table, 1, 0)
    assert summary(result) == ([("96598765432", "أحمد", 2)], [(3, "9.65988E+10")], 0)


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_comma_or_semicolon_columns_without_header(delimiter):
    table = table_from_text(f"Ali{delimiter}98765432\nMona{delimiter}99887766\n")
    assert table.header_row == 0
    assert detect_phone_column(table) == 1
    assert detect_name_column(table) == 0
    result = build_recipients(table, 1, 0)
    assert [(r.number, r.name, r.row) for r in result.valid] == [
        ("96598765432", "Ali", 1),
        ("96599887766", "Mona", 2),
    ]


def test_a_cell_copied_from_excel_with_a_line_break_inside():
    table = table_from_text('Name\tMobile\n"Ali\nAl-Ahmad"\t98765432\nB\t99887766\n')
    assert table.rows[0] == ["Ali\nAl-Ahmad", "98765432"]
    assert table.row_numbers == [2, 4]


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\ufeff"])
def test_nothing_pasted(text):
    with pytest.raises(ImportFailed, match="Nothing was pasted"):
        table_from_text(text)


def test_not_text_at_all():
    with pytest.raises(ImportFailed):
        table_from_text(None)  # type: ignore[arg-type]


def test_a_column_of_numbers_with_thousands_separators_is_one_column():
    table = table_from_text("96,598,765,432\n98,765,433\n")
    assert table.headers == ["Column 1"]
    assert table.rows == [["96,598,765,432"], ["98,765,433"]]
    result = build_recipients(table, 0)
    assert [r.number for r in result.valid] == ["96598765432", "96598765433"]


def test_numbers_listed_on_one_line_become_one_per_row():
    table = table_from_text("98765432, +965 9988 7766, 55512345\n66554433, 98765432\n")
    assert table.rows == [["98765432"], ["+965 9988 7766"], ["55512345"], ["66554433"], ["98765432"]]
    assert table.row_numbers == [1, 1, 1, 2, 2]
    result = build_recipients(table, detect_phone_column(table))
    assert summary(result) == (
        [("96598765432", "", 1), ("96599887766", "", 1), ("96555512345", "", 1), ("96566554433", "", 2)],
        [],
        1,
    )


def test_a_real_table_of_two_number_columns_with_a_header_is_left_alone():
    table = table_from_text("Mobile\tHome\n98765432\t22445566\n")
    assert table.headers == ["Mobile", "Home"]
    assert table.rows == [["98765432", "22445566"]]
