"""Find the phone column and the name column of a table, from English and Arabic header words and from the cells."""

from __future__ import annotations

from kwtsms_desktop.core.phone import check_number
from kwtsms_desktop.importing.cells import looks_like_phone, name_header_score, phone_header_score, prepare_phone_cell
from kwtsms_desktop.importing.guard import never_raises_other
from kwtsms_desktop.importing.table import Table

# How many data rows are sampled per column: 300, fewer in a very wide table so the detection looks
# at no more than SAMPLE_CELLS cells in all.
SAMPLE_ROWS = 300
SAMPLE_CELLS = 60_000


def _sample_columns(table: Table) -> list[list[str]]:
    """The non-empty text cells of each column in the first data rows (dates and booleans left out),
    gathered in one pass over the sample, so a table of thousands of columns is still quick."""
    width = len(table.headers)
    sample = table.rows[: max(3, min(SAMPLE_ROWS, SAMPLE_CELLS // max(width, 1)))]
    columns: list[list[str]] = [[] for _ in range(width)]
    kinds = table.cell_kinds
    for index, row in enumerate(sample):
        for column, cell in enumerate(row[:width]):
            if cell and (not kinds or (index, column) not in kinds):
                columns[column].append(cell)
    return columns


def _valid_rate(cells: list[str], default_country: str | None) -> float:
    if not cells:
        return 0.0
    good = 0
    for cell in cells:
        try:
            if check_number(prepare_phone_cell(cell), default_country).ok:
                good += 1
        except Exception:  # noqa: BLE001 - a cell that breaks the checker just does not count
            continue
    return good / len(cells)


def _phone_like_rate(cells: list[str]) -> float:
    if not cells:
        return 0.0
    return sum(1 for cell in cells if looks_like_phone(prepare_phone_cell(cell))) / len(cells)


@never_raises_other("The phone column could not be found. Choose it yourself.", "phone_column_failed")
def detect_phone_column(table: Table, default_country: str | None = "965") -> int | None:
    """The column that holds phone numbers: by its header (English or Arabic), else by which cells parse as numbers."""
    width = len(table.headers)
    if not width:
        return None
    header_scores = [phone_header_score(header) for header in table.headers]
    sampled = _sample_columns(table)
    valid = [_valid_rate(cells, default_country) for cells in sampled]
    phone_like = [_phone_like_rate(cells) for cells in sampled]
    has_rows = bool(table.rows)

    strong = [c for c in range(width) if header_scores[c] >= 2]
    # A header that says "number" over a serial 1, 2, 3 loses to a column that really holds numbers;
    # a "Mobile" column whose every cell is wrong is still the phone column (its rows are rejected).
    backed = [c for c in strong if not has_rows or phone_like[c] or valid[c]]
    if backed:
        return max(backed, key=lambda c: (header_scores[c], valid[c], phone_like[c], -c))
    content_best = max(range(width), key=lambda c: (valid[c], phone_like[c], -c))
    if strong and valid[content_best] < 0.5:
        return max(strong, key=lambda c: (header_scores[c], -c))
    weak = [c for c in range(width) if header_scores[c] == 1 and max(valid[c], phone_like[c]) >= 0.3]
    if weak:
        return max(weak, key=lambda c: (valid[c], phone_like[c], -c))
    best = max(range(width), key=lambda c: (valid[c], phone_like[c], -c))
    if valid[best] >= 0.3 or phone_like[best] >= 0.5:
        return best
    return None


def _wordy_rate(cells: list[str]) -> float:
    if not cells:
        return 0.0
    return sum(1 for cell in cells if "@" not in cell and any(ch.isalpha() for ch in cell)) / len(cells)


@never_raises_other("The name column could not be found. Choose it yourself.", "name_column_failed")
def detect_name_column(table: Table, phone_column: int | None = None) -> int | None:
    """The column that holds people's names (never the phone column): by header, else the column of words."""
    width = len(table.headers)
    if not width:
        return None
    if phone_column is None:
        phone_column = detect_phone_column(table)
    columns = [c for c in range(width) if c != phone_column]
    if not columns:
        return None
    header_scores = {c: name_header_score(table.headers[c]) for c in columns}
    sampled = _sample_columns(table)
    wordy = {c: _wordy_rate(sampled[c]) for c in columns}
    has_rows = bool(table.rows)
    strong = [c for c in columns if header_scores[c] >= 2 and (not has_rows or wordy[c] > 0 or not sampled[c])]
    if strong:
        return max(strong, key=lambda c: (header_scores[c], wordy[c], -c))
    weak = [c for c in columns if header_scores[c] == 1 and wordy[c] >= 0.5]
    if weak:
        return max(weak, key=lambda c: (wordy[c], -c))
    if table.header_row:
        # A real header that names no name column: guessing from words would pick "Department".
        return None
    best = max(columns, key=lambda c: (wordy[c], -c))
    return best if wordy[best] >= 0.8 else None
