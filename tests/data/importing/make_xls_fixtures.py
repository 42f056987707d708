"""Writes the legacy .xls fixtures once (python -m pip install xlwt; python make_xls_fixtures.py).

xlwt is not a project dependency: the .xls files it made are committed beside this script, and the
tests only read them. Rerun it only to change a fixture, and update the tests' expectations too.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import xlwt

HERE = Path(__file__).resolve().parent


def parents_xls() -> None:
    """Title row, blank row, Arabic header, numbers stored as numbers and as text, a date, a duplicate."""
    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    sheet = book.add_sheet("أولياء الأمور")
    sheet.write(0, 0, "مدرسة الكويت - أرقام أولياء الأمور")
    header = ["م", "اسم ولي الأمر", "رقم الجوال", "الصف"]
    for column, value in enumerate(header):
        sheet.write(2, column, value)
    rows = [
        (1, "أحمد الكندري", 98765432.0, "3/1"),
        (2, "Fatima Al-Sabah", "+965 6543 2109", "3/2"),
        (3, "خالد", 96598765432.0, "3/1"),  # duplicate of row 4 in another format
        (4, "Noura", "0096555123456", "4/1"),
        (5, "سالم", "12345", "4/2"),  # too short
    ]
    for offset, row in enumerate(rows):
        for column, value in enumerate(row):
            sheet.write(3 + offset, column, value)
    sheet.write(8, 0, 6)
    sheet.write(8, 1, "تاريخ بدل رقم")
    sheet.write(8, 2, datetime.date(2024, 3, 1), date_style)
    # Row 10 left blank on purpose; row 11 holds one more recipient.
    sheet.write(10, 0, 7)
    sheet.write(10, 1, "Mariam")
    sheet.write(10, 2, 55512345.0)
    second = book.add_sheet("Staff")
    second.write(0, 0, "Name")
    second.write(0, 1, "Mobile")
    second.write(1, 0, "Teacher One")
    second.write(1, 1, 99001122.0)
    second.write(2, 0, "Teacher Two")
    second.write(2, 1, "٩٩٠٠٣٣٤٤")
    book.save(str(HERE / "parents.xls"))


def empty_first_sheet_xls() -> None:
    """An empty first sheet: the reader must default to the second one."""
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("Empty")
    sheet = book.add_sheet("Numbers")
    for row, value in enumerate([98765432.0, 98765433.0, 98765432.0]):
        sheet.write(row, 0, value)
    book.save(str(HERE / "empty_first_sheet.xls"))


if __name__ == "__main__":
    parents_xls()
    empty_first_sheet_xls()
