"""Finding the header row and the phone and name columns in English and Arabic sheets."""

from __future__ import annotations

import pytest

from kwtsms_desktop.importing import Table, detect_name_column, detect_phone_column, table_from_text
from kwtsms_desktop.importing.cells import find_header_row, name_header_score, phone_header_score


@pytest.mark.parametrize(
    "header",
    [
        "Mobile",
        "mobile number",
        "Phone No.",
        "TEL",
        "Telephone",
        "Cell",
        "MSISDN",
        "WhatsApp",
        "Mobile#",
        "Parent Mobile",
        "Phone 1",
        "جوال",
        "الجوال",
        "هاتف",
        "الهاتف",
        "رقم الهاتف",
        "رقم الجوال",
        "موبايل",
        "محمول",
        "نقال",
        "رقم جوال ولي الأمر",
        "رقم",
        "Number",
    ],
)
def test_phone_headers_are_recognised(header):
    assert phone_header_score(header) >= 1


@pytest.mark.parametrize(
    "header", ["Civil ID", "الرقم المدني", "Serial No", "رقم الطالب", "Fax Number", "Name", "Grade"]
)
def test_other_headers_are_not_phone_headers(header):
    assert phone_header_score(header) == 0


@pytest.mark.parametrize(
    "header", ["Name", "Full Name", "Contact Name", "الاسم", "اسم", "اسم ولي الأمر", "الاسم الكامل", "Student"]
)
def test_name_headers_are_recognised(header):
    assert name_header_score(header) >= 1


def test_phone_column_by_header_beats_a_civil_id_column_of_digits():
    table = table_from_text(
        "الرقم المدني\tالاسم\tرقم الجوال\n290010112345\tأحمد\t98765432\n285020254321\tسارة\t99887766\n"
    )
    assert detect_phone_column(table) == 2
    assert detect_name_column(table) == 1


def test_a_number_header_over_serial_numbers_is_not_the_phone_column():
    table = table_from_text("No.\tEmployee\tContact\n1\tAli\t98765432\n2\tSara\t99887766\n")
    assert detect_phone_column(table) == 2
    assert detect_name_column(table) == 1


def test_phone_column_by_content_when_headers_say_nothing():
    table = table_from_text("Col A\tCol B\tCol C\nx\tAli\t+965 9876 5432\ny\tSara\t99887766\n")
    assert detect_phone_column(table) == 2


def test_no_phone_column_at_all():
    table = table_from_text("Name\tCity\nAli\tKuwait\nSara\tSalmiya\n")
    assert detect_phone_column(table) is None


def test_header_found_below_title_rows_and_not_above_it():
    rows = [
        ["Phone list of the staff", "", ""],
        ["printed 2024-01-01", "", ""],
        ["Name", "Department", "Mobile"],
        ["Ali", "IT", "98765432"],
    ]
    assert find_header_row(rows) == 2


def test_header_without_known_words_is_the_row_just_above_the_data():
    rows = [["Report"], ["Client", "Branch"], ["Ali", "98765432"]]
    assert find_header_row(rows) == 1


def test_first_row_is_data_when_it_holds_a_number():
    assert find_header_row([["Ali", "98765432"], ["Sara", "99887766"]]) is None


def test_detection_on_an_empty_table():
    table = Table(headers=[], rows=[])
    assert detect_phone_column(table) is None
    assert detect_name_column(table) is None


def test_header_only_table_uses_the_header_words():
    table = Table(headers=["الاسم", "الجوال"], rows=[], header_row=1)
    assert detect_phone_column(table) == 1
    assert detect_name_column(table) == 0
