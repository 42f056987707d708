"""Every file that cannot be imported fails with ImportFailed and a sentence saying what is wrong and what to do."""

from __future__ import annotations

import os
import shutil
import zipfile

import pytest

from kwtsms_desktop.importing import ImportFailed, read_table
from kwtsms_desktop.importing import files as files_module
from tests.importing.conftest import write_xlsx

PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


def failure(path, **kwargs) -> str:
    with pytest.raises(ImportFailed) as caught:
        read_table(path, **kwargs)
    message = str(caught.value)
    assert message and message[0].isupper() and message.endswith(".")
    return message


def test_missing_file(tmp_path):
    assert "was not found" in failure(tmp_path / "gone.xlsx")


def test_folder_instead_of_file(tmp_path):
    assert "folder" in failure(tmp_path)


def test_empty_files(tmp_path):
    for name in ("empty.xlsx", "empty.csv", "empty.xls", "empty.vcf"):
        (tmp_path / name).write_bytes(b"")
        assert "empty" in failure(tmp_path / name)


def test_blank_text_file_is_empty(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n\r\n  \r\n")
    assert "empty" in failure(path)


def test_sheet_with_no_cells_has_no_rows(tmp_path):
    path = write_xlsx(tmp_path / "nothing.xlsx", {"S": []})
    table = read_table(path)
    assert table.rows == []


@pytest.mark.parametrize(
    ("content", "words"),
    [(PDF, "PDF"), (PNG, "PNG image"), (JPEG, "JPEG image")],
)
def test_pdf_or_image_renamed_to_xlsx(tmp_path, content, words):
    path = tmp_path / "contacts.xlsx"
    path.write_bytes(content)
    message = failure(path)
    assert words in message and "not a spreadsheet" in message and "CSV" in message


def test_truncated_xlsx_says_damaged(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", {"S": [["Mobile"]] + [[98765432 + i] for i in range(500)]})
    data = whole.read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 30):
        path = tmp_path / f"cut{cut}.xlsx"
        path.write_bytes(data[:cut])
        assert "damaged or incomplete" in failure(path)


def test_password_protected_xlsx(data_dir, tmp_path):
    message = failure(data_dir / "password_protected.xlsx")
    assert "protected with a password" in message
    # Renamed to .xls it is still the same encrypted container.
    renamed = tmp_path / "protected.xls"
    shutil.copy(data_dir / "password_protected.xlsx", renamed)
    assert "protected with a password" in failure(renamed)


def test_word_document_and_plain_zip(tmp_path):
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert "Word document" in failure(docx)
    plain = tmp_path / "bundle.xlsx"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("contacts.xlsx", b"x")
    assert "ZIP archive" in failure(plain)


def test_unsupported_extension_names_the_formats_that_work(tmp_path):
    path = tmp_path / "contacts.json"
    path.write_text('[{"phone": "98765432"}]', encoding="utf-8")
    message = failure(path)
    assert ".json" in message
    for fmt in (".xlsx", ".xls", ".ods", ".csv", ".vcf"):
        assert fmt in message


def test_csv_renamed_xlsx_is_read_as_text(tmp_path):
    path = tmp_path / "really_csv.xlsx"
    path.write_text("Name,Mobile\nA,98765432\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows == [["A", "98765432"]]


def test_binary_garbage_with_xlsx_name(tmp_path):
    path = tmp_path / "junk.xlsx"
    path.write_bytes(bytes(range(256)) * 8)
    assert "not a valid workbook" in failure(path)


def test_html_saved_as_xls_is_read(tmp_path):
    path = tmp_path / "report.xls"
    path.write_text(
        "<html><head><meta charset='utf-8'></head><body><table>"
        "<tr><th>الاسم</th><th>الجوال</th></tr>"
        "<tr><td>أحمد</td><td>98765432</td></tr>"
        "<tr><td>Sara &amp; Co</td><td>+965 9988 7766</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.headers == ["الاسم", "الجوال"]
    assert table.rows == [["أحمد", "98765432"], ["Sara & Co", "+965 9988 7766"]]
    assert table.row_numbers == [2, 3]


def test_file_over_the_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    path.write_text("Mobile\n98765432\n", encoding="utf-8")
    monkeypatch.setattr(files_module, "MAX_FILE_BYTES", 10)
    message = failure(path)
    assert "too large" in message and "limit" in message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_no_permission(tmp_path):
    path = tmp_path / "locked.csv"
    path.write_text("Mobile\n98765432\n", encoding="utf-8")
    path.chmod(0)
    assert "permission" in failure(path)


def test_no_permission_even_as_root(tmp_path, monkeypatch):
    path = tmp_path / "locked.csv"
    path.write_text("Mobile\n98765432\n", encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "stat", refuse)
    assert "permission" in failure(path)


def test_not_a_path_at_all():
    with pytest.raises(ImportFailed):
        read_table(None)  # type: ignore[arg-type]


def test_a_stray_cell_in_the_last_row_and_column_is_refused_not_a_crash(tmp_path):
    # calamine would allocate A1:XFD1048576 (17 billion cells) and abort the whole process.
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "Mobile"
    book.active["A2"] = 98765432
    book.active["XFD1048576"] = "oops"
    path = tmp_path / "stray.xlsx"
    book.save(path)
    message = failure(path)
    assert "1,048,576" in message and "Delete the empty rows and columns" in message


def test_a_stray_cell_far_down_one_column_is_still_read(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "Mobile"
    book.active["A2"] = 98765432
    book.active["A200000"] = 99887766
    path = tmp_path / "long.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.rows == [["98765432"], ["99887766"]]
    assert table.row_numbers == [2, 200000]


def _patched_xls(data_dir, tmp_path, marker: bytes, patch) -> str:
    data = bytearray((data_dir / "parents.xls").read_bytes())
    at = data.find(marker)
    assert at > 0
    patch(data, at + 4)
    path = tmp_path / "patched.xls"
    path.write_bytes(bytes(data))
    return failure(path)


def test_xls_whose_dimensions_claim_billions_of_cells_is_refused_not_a_crash(data_dir, tmp_path):
    # DIMENSIONS (0x0200, 14 bytes): first row, last row (u32), first column, last column (u16).
    def claim_huge(data, start):
        data[start + 4 : start + 8] = (0xFFFFFFF0).to_bytes(4, "little")
        data[start + 10 : start + 12] = (0xFFF0).to_bytes(2, "little")

    assert "claims far more cells" in _patched_xls(data_dir, tmp_path, b"\x00\x02\x0e\x00", claim_huge)


def test_xls_with_a_cell_at_the_far_corner_is_refused_not_a_crash(data_dir, tmp_path):
    # NUMBER (0x0203, 14 bytes) starts with the cell's row and column (u16 each).
    def far_corner(data, start):
        data[start : start + 4] = b"\xff\xff\xff\xff"

    assert "claims far more cells" in _patched_xls(data_dir, tmp_path, b"\x03\x02\x0e\x00", far_corner)


def _xlsx_with_shared_strings(tmp_path, unique_count: int):
    """A workbook whose header comes from the shared-string table, announcing ``unique_count`` entries."""
    path = write_xlsx(tmp_path / "base.xlsx", {"S": [["Mobile"], ["98765432"]]})
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet_name = next(n for n in parts if n.startswith("xl/worksheets/"))
    sheet = parts[sheet_name].decode("utf-8")
    start = sheet.index('<c r="A1"')
    end = sheet.index("</c>", start) + 4
    parts[sheet_name] = (sheet[:start] + '<c r="A1" t="s"><v>0</v></c>' + sheet[end:]).encode("utf-8")
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="2" uniqueCount="{unique_count}"><si><t>Mobile</t></si></sst>'
    ).encode()
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.sharedStrings+xml"/></Types>',
    )
    out = tmp_path / f"sst_{unique_count}.xlsx"
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out


def test_shared_strings_are_read(tmp_path):
    table = read_table(_xlsx_with_shared_strings(tmp_path, 1))
    assert table.headers == ["Mobile"] and table.rows == [["98765432"]]


def test_a_shared_string_count_the_file_cannot_hold_is_refused_not_a_crash(tmp_path):
    # calamine reserves uniqueCount strings up front: 4 billion would abort the process.
    assert "claims 4,000,000,000 entries" in failure(_xlsx_with_shared_strings(tmp_path, 4_000_000_000))
