"""Poisoned files: too many columns, rows or cells, huge cells and pathological HTML are refused (or cut) with a sentence, in bounded memory.

The limits are scaled down through read_table's ``limits`` so small files cross them; one test per
kind of file also crosses the real limits, far beyond them, and measures the memory it took. The
times and peak memory of the full-size files of issue 10 are measured by benchmarks/poisoned_files.py.
"""

from __future__ import annotations

import csv
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kwtsms_desktop.importing import (
    ImportFailed,
    build_recipients,
    detect_name_column,
    detect_phone_column,
    read_table,
    table_from_text,
)
from kwtsms_desktop.importing.columns import SAMPLE_CELLS, _sample_columns
from kwtsms_desktop.importing.limits import DEFAULT_LIMITS, MAX_CELL_CHARS, SHOWN_CELL_CHARS, Limits
from kwtsms_desktop.importing.table import Table

from .conftest import write_xlsx

SMALL = Limits(columns=10, rows=50, cells=200, html_bytes=64 * 1024)


def _csv(path, rows, delimiter=",", encoding="utf-8"):
    path.write_bytes("".join(delimiter.join(row) + "\r\n" for row in rows).encode(encoding))
    return path


def _grid(rows: int, columns: int) -> list[list[str]]:
    return [[f"9655{r:03d}{c:04d}" if c == 0 else f"v{r}x{c}" for c in range(columns)] for r in range(rows)]


# ── columns ──────────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_a_row_with_more_columns_than_the_limit_is_refused_before_it_is_split(tmp_path, delimiter):
    _csv(tmp_path / "ok.csv", _grid(3, 10), delimiter)
    assert read_table(tmp_path / "ok.csv", limits=SMALL).width == 10
    _csv(tmp_path / "wide.csv", _grid(3, 11), delimiter)
    with pytest.raises(
        ImportFailed, match=r"“wide.csv” has too many columns to import: a row has 11 or more cells.*limit is 10"
    ):
        read_table(tmp_path / "wide.csv", limits=SMALL)


def test_five_million_columns_are_refused_at_the_real_limit_without_building_them(tmp_path):
    path = tmp_path / "columns.csv"
    path.write_bytes(b"Mobile,Name\n" + b",".join([b"1"] * 2_000_000) + b"\n")  # 4 MB, 2 M cells on one line
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed, match="too many columns"):
            read_table(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024  # the split line alone would be 16 MB of pointers and 100 MB of strings


def test_a_line_too_long_to_be_a_row_is_refused_without_reading_it_whole(tmp_path):
    path = tmp_path / "line.csv"
    cells = ",".join(["9" * 40_000] * 100)  # every cell cut to 32,768 characters: still 3 MB of row
    path.write_text("Mobile\n98765432\n" + cells + "\n")
    with pytest.raises(ImportFailed, match="has a line of more than 1,048,576 characters"):
        read_table(path)


def test_a_pasted_row_with_too_many_columns_is_refused():
    with pytest.raises(ImportFailed, match="^The pasted text has too many columns"):
        table_from_text(",".join(["98765432"] * 11), limits=SMALL)


# ── rows and cells ───────────────────────────────────────────────────────────────────────────────


def test_cells_are_counted_from_the_bytes_before_the_table_is_built(tmp_path):
    _csv(tmp_path / "ok.csv", _grid(20, 10))  # 200 cells: exactly the limit
    assert len(read_table(tmp_path / "ok.csv", limits=SMALL).rows) == 20
    _csv(tmp_path / "many.csv", _grid(21, 10))
    with pytest.raises(
        ImportFailed,
        match=r"“many.csv” has too many cells to import: .* cells or more \(rows x columns\); the limit is 200\. Split it",
    ):
        read_table(tmp_path / "many.csv", limits=SMALL)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1256"])
def test_the_cell_count_works_in_every_text_encoding(tmp_path, encoding):
    rows = [["الاسم", "الجوال"]] + [[f"أحمد {i}", f"9659{i:07d}"] for i in range(99)]  # 200 cells
    limits = Limits(columns=10, rows=1000, cells=200)
    _csv(tmp_path / "ok.csv", rows, encoding=encoding)
    assert len(read_table(tmp_path / "ok.csv", limits=limits).rows) == 99
    _csv(tmp_path / "many.csv", rows + [["x", "96590000000"]], encoding=encoding)
    with pytest.raises(ImportFailed, match="too many cells"):
        read_table(tmp_path / "many.csv", limits=limits)


def test_more_rows_than_the_limit_are_refused_in_text_and_pasted_lists(tmp_path):
    numbers = [f"9655{i:07d}" for i in range(51)]
    (tmp_path / "list.txt").write_text("\n".join(numbers))
    with pytest.raises(ImportFailed, match="51 rows or more; the limit is 50"):
        read_table(tmp_path / "list.txt", limits=SMALL)
    with pytest.raises(ImportFailed, match="^The pasted text has too many cells"):
        table_from_text("\n".join(numbers), limits=SMALL)
    assert len(table_from_text("\n".join(numbers[:50]), limits=SMALL).rows) == 50


def test_a_huge_one_line_csv_is_refused_from_its_bytes_in_bounded_memory(tmp_path):
    # Issue 10: a 100 MB one-line CSV of 35 M cells took 7.8 GB. This one has 12 M cells in 24 MB.
    path = tmp_path / "one-line.csv"
    with open(path, "wb") as stream:
        stream.write(b"Mobile,Name\n")
        for _ in range(12):
            stream.write(b"1," * 1_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(
            ImportFailed,
            match=r"too many cells to import: [0-9,]+ cells or more \(rows x columns\); the limit is 10,000,000",
        ):
            read_table(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024  # one 4 MB chunk at a time


def test_a_big_semicolon_file_is_refused_in_bounded_memory(tmp_path):
    path = tmp_path / "semicolons.csv"
    with open(path, "wb") as stream:
        stream.write(b"Mobile;Name;Note\r\n")
        stream.write(b"98765432;Ali;x\r\n" * 10)
        stream.write(b";;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;\r\n" * 400_000)  # 13 MB, 12.8 M empty cells
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed, match="too many cells"):
            read_table(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


@settings(max_examples=60, deadline=None)
@given(
    shape=st.lists(st.integers(min_value=1, max_value=14), min_size=1, max_size=60),
    limits=st.builds(Limits, columns=st.integers(1, 14), rows=st.integers(1, 60), cells=st.integers(1, 400)),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_a_text_table_is_accepted_exactly_when_it_is_within_the_limits(tmp_path_factory, shape, limits, delimiter):
    rows = [[f"c{r}x{c}" for c in range(width)] for r, width in enumerate(shape)]
    path = _csv(tmp_path_factory.mktemp("p") / "t.csv", rows, delimiter)
    within = max(shape) <= limits.columns and len(rows) <= limits.rows and sum(shape) <= limits.cells
    try:
        table = read_table(path, limits=limits)
    except ImportFailed as error:
        assert not within, str(error)
        assert "too many" in str(error)
    else:
        assert within
        assert table.width <= limits.columns and len(table.rows) <= limits.rows


# ── one enormous cell ────────────────────────────────────────────────────────────────────────────


def test_a_five_megabyte_phone_cell_is_cut_in_the_table_and_in_the_rejected_row(tmp_path):
    path = tmp_path / "cell.csv"
    path.write_text("Name,Mobile\nAli,98765432\nEvil," + "9" * 5_000_000 + "\n")
    table = read_table(path)
    cell = table.rows[1][1]
    assert len(cell) == MAX_CELL_CHARS and cell.endswith("…")
    result = build_recipients(table, 1, 0)
    (rejected,) = result.invalid
    assert len(rejected.raw) == SHOWN_CELL_CHARS and rejected.raw.endswith("…") and rejected.raw.startswith("9999")
    assert "5000000 digits" not in rejected.error and "32766 digits" in rejected.error


def test_a_huge_name_is_cut_for_a_valid_recipient():
    table = Table(headers=["Name", "Mobile"], rows=[["N" * 50_000, "98765432"]])
    (recipient,) = build_recipients(table, 1, 0).valid
    assert len(recipient.name) == SHOWN_CELL_CHARS and recipient.name.endswith("…")


def test_a_huge_pasted_cell_is_cut():
    table = table_from_text("98765432\n" + "5" * 100_000)
    assert [len(row[0]) for row in table.rows] == [8, MAX_CELL_CHARS]


# ── HTML tables saved as .xls ────────────────────────────────────────────────────────────────────


def _html(path, body: str):
    path.write_text("<html><body><table>" + body + "</table></body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("junk", ["<!", "</a", "<!--", "<script>", "<td a='", "&amp;", "<"])
def test_pathological_html_is_read_in_one_pass(tmp_path, junk):
    # HTMLParser rescans its buffer for every unfinished "<!" or "</a": minutes on such files.
    body = "<tr><th>Name</th><th>Mobile</th></tr><tr><td>Ali</td><td>98765432</td></tr><tr><td>" + junk * 200_000
    table = read_table(_html(tmp_path / "page.xls", body))
    assert table.headers == ["Name", "Mobile"]
    assert table.rows[0] == ["Ali", "98765432"]


def test_html_tables_keep_their_cells_entities_and_row_numbers(tmp_path):
    body = (
        "<!-- exported --><tr><th>Name</th><th>Mobile</th></tr>"
        "<TR><TD>A &amp; <b>B</b><br>C</TD><td style='mso-number-format:\"\\@\"'>965 9876 5432</td></TR>"
        "<tr></tr><tr><td>Sara<script>var x = '<td>';</script></td><td>+965 5000 0001</td>"
    )
    table = read_table(_html(tmp_path / "export.xls", body))
    assert table.rows == [["A & B C", "965 9876 5432"], ["Sara", "+965 5000 0001"]]
    assert table.row_numbers == [2, 4]


def test_html_past_the_limits_is_refused(tmp_path):
    wide = _html(tmp_path / "wide.xls", "<tr>" + "<td>98765432</td>" * 11 + "</tr>")
    with pytest.raises(ImportFailed, match="too many columns"):
        read_table(wide, limits=SMALL)
    many = _html(tmp_path / "many.xls", ("<tr>" + "<td>98765432</td>" * 5 + "</tr>") * 41)
    with pytest.raises(ImportFailed, match="too many cells"):
        read_table(many, limits=SMALL)
    big = _html(tmp_path / "big.xls", "<tr><td>98765432</td></tr>" * 3000)
    with pytest.raises(ImportFailed, match=r"web page \(HTML\) saved with an Excel name.*limit is 0 MB"):
        read_table(big, limits=Limits(html_bytes=64 * 1024))


@pytest.mark.parametrize("noise", ["<tr>", "</tr>", "<td></td>", "<br>", "<table>"])
def test_html_of_millions_of_tags_around_no_data_is_refused_early(tmp_path, noise):
    page = _html(tmp_path / "noise.xls", "<tr><td>Mobile</td></tr><tr><td>98765432</td>" + noise * 300_000)
    expected = (
        "too many columns"
        if noise == "<td></td>"
        else r"tags around [0-9,]+ cells it is too large to read that way: it is mostly empty markup"
    )
    with pytest.raises(ImportFailed, match=expected):
        read_table(page)


# ── vCard and workbooks ──────────────────────────────────────────────────────────────────────────


def test_a_card_with_a_hundred_thousand_numbers_is_not_quadratic_and_past_the_limit_is_refused(tmp_path):
    path = tmp_path / "card.vcf"
    tels = "".join(f"TEL:+9655{i:07d}\r\n" for i in range(100_000))
    path.write_text("BEGIN:VCARD\r\nFN:Many\r\n" + tels + "TEL:+96550000000\r\nEND:VCARD\r\n")
    assert len(read_table(path).rows) == 100_000  # a duplicate number in the card is listed once
    with pytest.raises(ImportFailed, match="too many cells"):
        read_table(path, limits=SMALL)


def test_a_folded_vcard_line_of_a_million_pieces_is_joined_once(tmp_path):
    path = tmp_path / "folded.vcf"
    path.write_text("BEGIN:VCARD\r\nFN:A" + "\r\n b" * 1_000_000 + "\r\nTEL:98765432\r\nEND:VCARD\r\n")
    table = read_table(path)
    assert table.rows[0][1] == "98765432" and len(table.rows[0][0]) == MAX_CELL_CHARS


def test_a_workbook_past_the_limits_is_refused(tmp_path):
    wide = write_xlsx(tmp_path / "wide.xlsx", {"S": [[f"9655000{c:04d}" for c in range(11)]]})
    with pytest.raises(ImportFailed, match="too many columns"):
        read_table(wide, limits=SMALL)
    many = write_xlsx(tmp_path / "many.xlsx", {"S": [[f"9655{r:07d}", "x", "y", "z", "w"] for r in range(41)]})
    with pytest.raises(ImportFailed, match="too many cells"):
        read_table(many, limits=SMALL)
    assert len(read_table(many, limits=Limits(columns=10, rows=50, cells=205)).rows) == 41


# ── column detection stays bounded ───────────────────────────────────────────────────────────────


def test_column_detection_samples_a_bounded_number_of_cells_in_a_very_wide_table():
    width = DEFAULT_LIMITS.columns
    rows = [[str(98765432 + r)] + ["x"] * (width - 1) for r in range(300)]
    table = Table(headers=[f"H{c}" for c in range(width)], rows=rows)
    assert sum(map(len, _sample_columns(table))) <= SAMPLE_CELLS
    assert detect_phone_column(table) == 0
    assert detect_name_column(table, 0) is None or detect_name_column(table, 0) > 0


def test_a_narrow_table_is_still_sampled_on_three_hundred_rows():
    rows = [["x", ""] for _ in range(299)] + [["x", "98765432"]]
    table = Table(headers=["A", "B"], rows=rows)
    assert _sample_columns(table)[1] == ["98765432"]


def test_exports_of_cut_cells_stay_readable(tmp_path):
    # The cut cell still ends in one character, the ellipsis, that CSV and our reader keep.
    path = tmp_path / "cut.csv"
    path.write_text("Mobile\n" + "7" * 40_000 + "\n98765432\n")
    table = read_table(path)
    with open(tmp_path / "again.csv", "w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows([table.headers, *table.rows])
    assert read_table(tmp_path / "again.csv").rows == table.rows


def test_every_refusal_reaches_an_arabic_window_in_arabic(tmp_path):
    from kwtsms_desktop.ui.shared.reasons_ar import failure_in_arabic

    _csv(tmp_path / "wide.csv", _grid(3, 11))
    _csv(tmp_path / "many.csv", _grid(21, 10))
    (tmp_path / "line.csv").write_text("Mobile\n" + ",".join(["9" * 40_000] * 100) + "\n")
    _html(tmp_path / "big.xls", "<tr><td>98765432</td></tr>" * 3000)
    attempts = [
        lambda: read_table(tmp_path / "wide.csv", limits=SMALL),
        lambda: read_table(tmp_path / "many.csv", limits=SMALL),
        lambda: read_table(tmp_path / "line.csv"),
        lambda: read_table(tmp_path / "big.xls", limits=SMALL),
        lambda: table_from_text(",".join(["1"] * 11), limits=SMALL),
        lambda: table_from_text("1\n" * 51, limits=SMALL),
        lambda: table_from_text("1," * 600_000),
        lambda: read_table(_html(tmp_path / "noise.xls", "<tr>" * 300_000)),
    ]
    sentences = []
    for attempt in attempts:
        with pytest.raises(ImportFailed) as failure:
            attempt()
        sentences.append(str(failure.value))
    assert len(set(sentences)) == len(sentences)
    untranslated = [s for s in sentences if not any("\u0600" <= ch <= "\u06ff" for ch in failure_in_arabic(s))]
    assert untranslated == []
