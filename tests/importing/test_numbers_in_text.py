"""Free text and crowded cells: every number becomes its own row, nothing that looked like a number is lost."""

from __future__ import annotations

import csv

from hypothesis import given
from hypothesis import strategies as st

from kwtsms_desktop.importing import (
    build_recipients,
    detect_name_column,
    detect_phone_column,
    read_table,
    table_from_text,
)
from kwtsms_desktop.importing.numbers_in_text import find_numbers


def recipients_of(text: str):
    table = table_from_text(text)
    phone = detect_phone_column(table)
    return build_recipients(table, phone, detect_name_column(table, phone))


def test_a_chat_paste_gives_every_number_with_its_name():
    result = recipients_of("Ali: 97001122, 97001133\n[12/05/2025, 9:14 AM] أم محمد: +965 9988 7711")
    assert [(r.number, r.name, r.row) for r in result.valid] == [
        ("96597001122", "Ali", 1),
        ("96597001133", "Ali", 1),
        ("96599887711", "أم محمد", 2),
    ]
    assert result.invalid == [] and result.duplicates == 0


def test_dates_and_times_are_not_numbers():
    for text in ("[12/05/2025, 9:14 AM]", "12/05/2025", "9:14", "2025-05-12 10:30:15", "١٢/٠٥/٢٠٢٥ ٩:١٤ م"):
        assert find_numbers(f"{text} Sara 66554433") == find_numbers(f"{' ' * len(text)} Sara 66554433"), text


def test_numbers_written_with_spaces_dashes_and_parentheses_are_read_whole():
    assert [f.raw for f in find_numbers("+965 9988 7711 and (965) 9876-5432")] == ["+965 9988 7711", "(965) 9876-5432"]
    assert [f.raw for f in find_numbers("99 88 77 44 / 66554433")] == ["99 88 77 44", "66554433"]
    assert [f.raw for f in find_numbers("97001122 97001133")] == ["97001122", "97001133"]


def test_each_name_goes_with_its_own_number():
    result = recipients_of("Ali 98765432 - Mona 99887766\n55512345 Sara\nsee you tomorrow\n")
    assert [(r.number, r.name, r.row) for r in result.valid] == [
        ("96598765432", "Ali", 1),
        ("96599887766", "Mona", 1),
        ("96555512345", "Sara", 2),
    ]


def test_what_looked_like_a_number_but_cannot_be_read_gets_a_row_with_a_reason():
    result = recipients_of("Ali: 97001122, 9922032\nNoura 9.65988E+10\nroom 12 at 9:30\n")
    assert [r.number for r in result.valid] == ["96597001122"]
    assert [(r.row, r.raw) for r in result.invalid] == [(1, "9922032"), (2, "9.65988E+10")]
    assert "Kuwait" in result.invalid[0].error and "scientific" in result.invalid[1].error


def test_a_spreadsheet_cell_holding_two_numbers_gives_two_recipients(tmp_path):
    path = tmp_path / "parents.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Name", "Mobile"], ["Ali", "99 88 77 44 / 66554433"], ["Mona", "97001122"]])
    table = read_table(path)
    result = build_recipients(table, 1, 0)
    assert [(r.number, r.name, r.row) for r in result.valid] == [
        ("96599887744", "Ali", 2),
        ("96566554433", "Ali", 2),
        ("96597001122", "Mona", 3),
    ]
    assert result.invalid == []


def test_blank_rows_are_skipped_not_invalid(tmp_path):
    path = tmp_path / "list.csv"
    # Spaces, an invisible separator, a soft hyphen and Excel's lone apostrophe: nothing to see.
    path.write_text("Name,Mobile\nAli,98765432\n  ,  \n\u2063,\n\u00ad,\n',\nMona,-\n", encoding="utf-8")
    result = build_recipients(read_table(path), 1, 0)
    assert [r.number for r in result.valid] == ["96598765432"]
    assert [(r.row, r.raw) for r in result.invalid] == [(7, "-")]  # a dash is something someone typed


# ---- whatever the line: every number written in it is a row ------------------------------------------

KUWAIT_LOCAL = st.integers(0, 9_999_999).map(lambda n: f"9{n:07d}")


@st.composite
def written_number(draw) -> tuple[str, str]:
    """(as written, the number it is): the ways people write a Kuwait mobile number."""
    local = draw(KUWAIT_LOCAL)
    style = draw(st.sampled_from(["plain", "plus", "spaced", "pairs", "parens", "zeros", "dashed"]))
    written = {
        "plain": local,
        "plus": f"+965{local}",
        "spaced": f"+965 {local[:4]} {local[4:]}",
        "pairs": " ".join(local[i : i + 2] for i in range(0, 8, 2)),
        "parens": f"(965) {local[:4]}-{local[4:]}",
        "zeros": f"00965{local}",
        "dashed": f"{local[:4]}-{local[4:]}",
    }[style]
    return written, "965" + local


@st.composite
def short_number(draw) -> tuple[str, None]:
    """A number with a digit missing: no recipient, but a row that says why."""
    return draw(KUWAIT_LOCAL)[:7], None


NAMES = st.sampled_from(["Ali", "أم محمد", "Mona Al-Sabah", "Dr. Noura", "سارة", "Teacher"])
SEPARATORS = st.sampled_from([", ", " / ", "; ", " ", ": ", " - ", "\t", " | "])
DATES = st.sampled_from(["[12/05/2025, 9:14 AM]", "12/05/2025", "9:14", "2025-05-12", "10:30 PM", "١٢/٠٥/٢٠٢٥"])


@given(st.lists(st.one_of(written_number(), short_number(), NAMES, DATES), min_size=1, max_size=8), st.data())
def test_every_number_in_a_line_is_a_row_never_silently_dropped(pieces, data):
    numbers = [piece[1] for piece in pieces if isinstance(piece, tuple) and piece[1]]
    short = [piece[0] for piece in pieces if isinstance(piece, tuple) and not piece[1]]
    words = [piece[0] if isinstance(piece, tuple) else piece for piece in pieces]
    line = "".join(word + data.draw(SEPARATORS) for word in words)
    if not numbers and not short:
        return
    result = recipients_of(line)
    assert sorted("".join(filter(str.isdigit, r.raw)) for r in result.invalid) == sorted(short), line
    assert all("Kuwait" in r.error for r in result.invalid), line
    assert sorted(r.number for r in result.valid) == sorted(set(numbers)), line
    assert result.duplicates == len(numbers) - len(set(numbers)), line
