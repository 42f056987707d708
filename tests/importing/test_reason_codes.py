"""Rejected rows and import failures carry a stable code and params next to their English sentence."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kwtsms_desktop.importing as importing_package
from kwtsms_desktop.importing import ImportFailed, read_table, table_from_text
from kwtsms_desktop.importing.recipients import build_recipients
from kwtsms_desktop.importing.table import KIND_DATE, Table


def _table(cells: list[str], kinds: dict[tuple[int, int], str] | None = None) -> Table:
    return Table(
        headers=["Phone"],
        rows=[[cell] for cell in cells],
        row_numbers=list(range(2, len(cells) + 2)),
        cell_kinds=kinds or {},
    )


def test_a_rejected_row_carries_its_code_params_and_sentence() -> None:
    result = build_recipients(_table(["98765432", "9876-543", "98765432", "", "2024-01-05", "x"]), 0)
    by_row = {r.row: r for r in result.invalid}
    short = by_row[3]
    assert (short.raw, short.code, dict(short.params)) == (
        "9876-543",
        "too_short",
        {"country": "965", "lengths": (8,), "size": 7},
    )
    assert "too short" in short.error
    assert by_row[6].code == "date_cell"
    assert by_row[7].code == "no_digits"


def test_a_duplicate_row_is_kept_with_its_code() -> None:
    result = build_recipients(_table(["98765432", "55512345", "+965 9876 5432"]), 0)
    assert result.duplicates == 1
    (duplicate,) = result.duplicate_rows
    assert (duplicate.row, duplicate.raw, duplicate.number, duplicate.code) == (
        4,
        "+965 9876 5432",
        "96598765432",
        "duplicate",
    )


def test_a_cell_the_spreadsheet_typed_as_a_date_says_so_as_a_code() -> None:
    result = build_recipients(_table(["45000"], {(0, 0): KIND_DATE}), 0)
    assert [r.code for r in result.invalid] == ["date_cell"]


def test_an_empty_row_with_a_name_has_no_number() -> None:
    table = Table(headers=["Phone", "Name"], rows=[["", "Ali"]], row_numbers=[2])
    assert [r.code for r in build_recipients(table, 0, 1).invalid] == ["no_number"]


def test_an_import_failure_names_its_code_and_the_file(tmp_path: Path) -> None:

    with pytest.raises(ImportFailed) as caught:
        read_table(tmp_path / "gone.xlsx")
    assert (caught.value.code, caught.value.params) == ("not_found", {"file": "gone.xlsx"})
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailed) as caught:
        read_table(empty)
    assert (caught.value.code, caught.value.params["file"]) == ("empty", "empty.csv")
    with pytest.raises(ImportFailed) as caught:
        table_from_text("   \n  ")
    assert caught.value.code == "nothing_pasted"


def test_every_import_failure_the_importer_raises_names_a_code() -> None:
    """A new `raise ImportFailed("...")` without a code would reach the window in English only."""
    folder = Path(importing_package.__file__).parent
    missing = []
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("ImportFailed", "ExportFailed"):
                if len(node.args) < 2 and path.name != "guard.py":
                    missing.append(f"{path.name}:{node.lineno}")
    assert missing == []
