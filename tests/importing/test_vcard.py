"""vCard files exported by phones: 2.1 with quoted-printable Arabic, 3.0 with folded lines, several numbers per contact."""

from __future__ import annotations

import quopri

from kwtsms_desktop.importing import build_recipients, detect_name_column, detect_phone_column, read_table
from tests.importing.conftest import summary


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def test_vcard_21_quoted_printable_arabic_with_soft_line_breaks(tmp_path):
    encoded = "=D8=A3=D8=AD=D9=85=D8=AF =D8=A7=D9=84=D9=83=D9=86=D8=AF=D8=B1=D9=8A"  # أحمد الكندري
    soft = encoded[:24] + "=\r\n" + encoded[24:]
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;{soft};;;\r\n"
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{soft}\r\n"
        "TEL;CELL;PREF:+965 9876 5432\r\n"
        "TEL;HOME:22445566\r\n"
        "TEL;WORK:98765432\r\n"
        "END:VCARD\r\n"
    )
    path = tmp_path / "contacts.vcf"
    path.write_text(card, encoding="ascii", newline="")
    table = read_table(path)
    assert table.headers == ["Name", "Phone"]
    assert table.rows == [
        ["أحمد الكندري", "+965 9876 5432"],
        ["أحمد الكندري", "22445566"],
        ["أحمد الكندري", "98765432"],
    ]
    result = build_recipients(table, detect_phone_column(table), detect_name_column(table))
    assert [(r.number, r.name) for r in result.valid] == [("96598765432", "أحمد الكندري")]
    assert [(r.row, r.raw) for r in result.invalid] == [(2, "22445566")]
    assert result.duplicates == 1


def test_vcard_30_folded_lines_utf8_and_contacts_without_numbers(tmp_path):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Al-Sabah;Fatima;;;\nFN:Fatima\n  Al-Sabah\n"
        "item1.TEL;type=CELL;type=VOICE;type=pref:+965 6543\n 2109\nEMAIL:f@example.com\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:نورة\\, المعلمة\nTEL;TYPE=CELL:٩٩٨٨٧٧٦٦\nTEL;TYPE=WORK:tel:+96599887766\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:;Email Only;;;\nEMAIL:e@example.com\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Salem;Ali;;;\nTEL:98765432\nEND:VCARD\n"
    )
    path = tmp_path / "export.vcf"
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    assert table.rows == [
        ["Fatima Al-Sabah", "+965 65432109"],
        ["نورة, المعلمة", "٩٩٨٨٧٧٦٦"],
        ["نورة, المعلمة", "+96599887766"],
        ["Email Only", ""],
        ["Ali Salem", "98765432"],
    ]
    result = build_recipients(table, 1, 0)
    assert summary(result) == (
        [("96565432109", "Fatima Al-Sabah", 1), ("96599887766", "نورة, المعلمة", 2), ("96598765432", "Ali Salem", 5)],
        [(4, "")],
        1,
    )
    assert "no phone number" in result.invalid[0].error.lower()


def test_vcf_content_in_a_txt_file_is_read_as_contacts(tmp_path):
    path = tmp_path / "contacts.txt"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:A\nTEL:98765432\nEND:VCARD\n", encoding="utf-8")
    table = read_table(path)
    assert table.source_format == "vcf"
    assert table.rows == [["A", "98765432"]]


def test_quoted_printable_name_in_windows_1256(tmp_path):
    encoded = quopri.encodestring("سارة".encode("cp1256")).decode("ascii")
    path = tmp_path / "old.vcf"
    path.write_text(
        f"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=WINDOWS-1256;ENCODING=QUOTED-PRINTABLE:{encoded}\nTEL;CELL:98765432\nEND:VCARD\n",
        encoding="ascii",
    )
    assert read_table(path).rows == [["سارة", "98765432"]]
    assert qp("a") == "a"


def test_a_broken_charset_name_falls_back_to_utf8(tmp_path):
    path = tmp_path / "odd.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF\x00-8;ENCODING=QUOTED-PRINTABLE:=D8=B3=D8=A7=D8=B1=D8=A9\n"
        b"TEL;CELL:98765432\nEND:VCARD\n"
    )
    assert read_table(path).rows == [["سارة", "98765432"]]
