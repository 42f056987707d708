"""CSV and text files in every encoding offices produce: UTF-8 with and without BOM, Excel's Unicode Text (UTF-16), Windows-1256 Arabic."""

from __future__ import annotations

import codecs

import pytest

from kwtsms_desktop.importing import build_recipients, detect_name_column, detect_phone_column, read_table
from kwtsms_desktop.importing.text_files import detect_delimiter, detect_encoding
from tests.importing.conftest import summary

ARABIC_CSV = "الاسم,الجوال\r\nأحمد علي,98765432\r\nمحمد,99887766\r\nفاطمة,+96598765432\r\n"
EXPECTED_ARABIC = (
    [("96598765432", "أحمد علي", 2), ("96599887766", "محمد", 3)],
    [],
    1,
)


def import_text(path):
    table = read_table(path)
    phone = detect_phone_column(table)
    assert phone is not None
    return table, build_recipients(table, phone, detect_name_column(table))


@pytest.mark.parametrize(
    ("encoding", "prefix", "reported"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("cp1256", b"", "cp1256"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_arabic_csv_in_every_encoding_gives_the_same_recipients(tmp_path, encoding, prefix, reported):
    path = tmp_path / "contacts.csv"
    path.write_bytes(prefix + ARABIC_CSV.encode(encoding))
    table, result = import_text(path)
    assert table.encoding == reported
    assert table.headers == ["الاسم", "الجوال"]
    assert summary(result) == EXPECTED_ARABIC


def test_short_windows_1256_sample_is_read_as_arabic_not_hebrew(tmp_path):
    # charset-normalizer alone calls these bytes cp1255 (Hebrew).
    path = tmp_path / "short.csv"
    path.write_bytes("الاسم,الجوال\nأحمد,98765432\n".encode("cp1256"))
    table = read_table(path)
    assert table.encoding == "cp1256"
    assert table.rows == [["أحمد", "98765432"]]


def test_windows_1256_with_mostly_latin_text_still_reads_arabic_names(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("Name,Mobile\nأحمد,98765432\nJohn,99887766\n".encode("cp1256"))
    table = read_table(path)
    assert table.rows[0] == ["أحمد", "98765432"]


def test_western_windows_1252_stays_western(tmp_path):
    path = tmp_path / "w.csv"
    path.write_bytes("Name;Mobile\nJosé Müller;98765432\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows == [["José Müller", "98765432"]]


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    text = "Name\tMobile\tNotes\r\nسارة\t98765432\tأم محمد, الصف 3\r\nJohn\t9.65988E+10\t\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    table, result = import_text(path)
    assert table.delimiter == "\t"
    assert table.encoding == "utf-16-le"
    assert table.rows[0] == ["سارة", "98765432", "أم محمد, الصف 3"]
    assert [(r.number, r.name, r.row) for r in result.valid] == [("96598765432", "سارة", 2)]
    assert [(r.row, r.raw) for r in result.invalid] == [(3, "9.65988E+10")]
    assert "scientific notation" in result.invalid[0].error


def test_semicolon_csv_with_quoted_cells_and_commas_inside(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text(
        'Name;Phone;Address\n"Al-Ali, Sara";98765432;"Block 1; Street 2"\nOmar;"+965 9988 7766";Salmiya\n',
        encoding="utf-8",
    )
    table, result = import_text(path)
    assert table.delimiter == ";"
    assert table.rows[0] == ["Al-Ali, Sara", "98765432", "Block 1; Street 2"]
    assert [r.number for r in result.valid] == ["96598765432", "96599887766"]


def test_quoted_cell_spanning_lines_keeps_row_numbers_of_the_file(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text('Name,Mobile,Note\nA,98765432,"line one\nline two"\nB,bad,\nC,99887766,\n', encoding="utf-8")
    table, result = import_text(path)
    assert table.row_numbers == [2, 4, 5]
    assert [(r.row, r.raw) for r in result.invalid] == [(4, "bad")]


def test_one_number_per_line_txt_with_blank_lines(tmp_path):
    path = tmp_path / "numbers.txt"
    path.write_text("98765432\n\n+965 9988 7766\n0096598765432\n12\n", encoding="utf-8")
    table, result = import_text(path)
    assert table.headers == ["Column 1"]
    assert table.delimiter is None
    assert summary(result) == (
        [("96598765432", "", 1), ("96599887766", "", 3)],
        [(5, "12")],
        1,
    )


def test_csv_number_written_as_float_text_is_read_as_digits(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("Mobile\n96598765432.0\n98765432.0\n", encoding="utf-8")
    table, result = import_text(path)
    assert table.rows == [["96598765432"], ["98765432"]]
    assert summary(result) == ([("96598765432", "", 2)], [], 1)


def test_a_stray_quote_does_not_swallow_the_rest_of_the_file(tmp_path):
    lines = ["Name,Mobile", '"Broken,98765432'] + [f"P{i},{99000000 + i}" for i in range(3)]
    path = tmp_path / "stray.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(path)
    # Either the csv module keeps the quote open to the end or we fall back; every number must be seen.
    joined = " ".join(" ".join(row) for row in table.rows)
    for i in range(3):
        assert str(99000000 + i) in joined


def test_tsv_extension_and_trailing_delimiters(tmp_path):
    path = tmp_path / "list.tsv"
    path.write_text("Name\tPhone\t\t\nA\t98765432\t\t\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Name", "Phone"]
    assert table.rows == [["A", "98765432"]]


def test_utf8_file_with_a_windows_1256_tail_is_still_read(tmp_path):
    head = "Name,Mobile\n" + "".join(f"P{i},{99000000 + i}\n" for i in range(20000))
    path = tmp_path / "tail.csv"
    path.write_bytes(head.encode("utf-8") + "أحمد,98765432\n".encode("cp1256"))
    table = read_table(path)
    assert table.rows[-1] == ["أحمد", "98765432"]


def test_detect_delimiter_counts_outside_quotes():
    assert detect_delimiter(['a,"b;c;d",e', "f,g,h"]) == ","
    assert detect_delimiter(["a;b", "c;d", "1,5;2"]) == ";"
    assert detect_delimiter(["98765432", "99887766"]) is None
    assert detect_delimiter(["x\ty", "1\t2"]) == "\t"


def test_detect_encoding_bom_and_plain():
    assert detect_encoding(codecs.BOM_UTF8 + b"a,b") == ("utf-8-sig", 3)
    assert detect_encoding(codecs.BOM_UTF16_LE + "a".encode("utf-16-le")) == ("utf-16-le", 2)
    assert detect_encoding("رقم".encode("cp1256"))[0] == "cp1256"
    assert detect_encoding("Name,Mobile\n".encode("utf-16-le"))[0] == "utf-16-le"


def test_a_csv_padded_with_a_few_nul_bytes_is_still_text(tmp_path):
    path = tmp_path / "padded.csv"
    path.write_bytes(b"Name,Mobile\r\nAli,98765432\r\n" + b"Sara,99887766\r\n" * 20 + b"\x00\x00\x00")
    table = read_table(path)
    assert table.rows[0] == ["Ali", "98765432"]
    assert len(table.rows) == 21
