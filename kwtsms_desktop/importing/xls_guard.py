"""Walk a legacy .xls workbook's BIFF records as calamine will, and refuse what would make it reserve absurd memory.

calamine reserves room for every cell a sheet's DIMENSIONS record announces, for every string the SST
record counts, and one rectangle from the first to the last cell it meets. A damaged file can claim
billions of them; the Rust allocator then aborts the whole process, which no Python handler catches.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from kwtsms_desktop.importing.ole2 import DamagedContainer

MAX_CELLS = 20_000_000  # also the limit for .xlsx sheets (spreadsheet.MAX_SHEET_CELLS)

_EOF, _BOUNDSHEET, _SST, _DIMENSIONS, _MULRK = 0x000A, 0x0085, 0x00FC, 0x0200, 0x00BD
# Records whose first four bytes are the row and column of a cell calamine keeps.
_CELL_RECORDS = frozenset({0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0006})
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_HEADER = struct.Struct("<HH")


class TooManyCells(Exception):
    """A sheet claims more cells than can be imported: (rows, columns) in args."""


def _records(stream: bytes, start: int) -> Iterator[tuple[int, int, int]]:
    """(type, offset of data, length) of each record from ``start`` to the end or a cut-off record."""
    end = len(stream)
    position = start
    while position + 4 <= end:
        kind, size = _HEADER.unpack_from(stream, position)
        data = position + 4
        if data + size > end:
            return
        yield kind, data, size
        position = data + size


def check_workbook_stream(stream: bytes) -> None:
    """DamagedContainer or TooManyCells when calamine would reserve more than MAX_CELLS for this workbook."""
    sheet_offsets: list[int] = []
    for kind, data, size in _records(stream, 0):
        if kind == _BOUNDSHEET and size >= 4:
            sheet_offsets.append(_U32.unpack_from(stream, data)[0])
        elif kind == _SST and size >= 8:
            count = struct.unpack_from("<i", stream, data + 4)[0]
            if count > len(stream) // 3:  # every string takes at least three bytes
                raise DamagedContainer("shared string count larger than the workbook")
        elif kind == _EOF:
            break
    total = 0
    for offset in sheet_offsets:
        if offset >= len(stream):
            continue  # calamine fails on it with an error of its own
        total += _check_sheet(stream, offset)
        if total > MAX_CELLS:
            raise TooManyCells(total, 0)


def _check_sheet(stream: bytes, offset: int) -> int:
    """The number of cells calamine will allocate for the sheet starting at ``offset``.

    A tight loop on purpose: a 60,000-row sheet has over 100,000 records."""
    min_row = min_col = 1 << 32
    max_row = max_col = -1
    unpack = _HEADER.unpack_from  # "<HH": a record header, and also a cell's (row, column)
    cell_records = _CELL_RECORDS
    end = len(stream)
    position = offset
    while position + 4 <= end:
        kind, size = unpack(stream, position)
        data = position + 4
        position = data + size
        if position > end:
            break
        if kind in cell_records:
            if size >= 4:
                row, column = unpack(stream, data)
                if row > max_row:
                    max_row = row
                if row < min_row:
                    min_row = row
                if column > max_col:
                    max_col = column
                if column < min_col:
                    min_col = column
        elif kind == _MULRK:
            if size >= 6:
                row, first = unpack(stream, data)
                last = _U16.unpack_from(stream, position - 2)[0]
                if first <= last and size == 6 + 6 * (last - first + 1):
                    min_row, max_row = min(min_row, row), max(max_row, row)
                    min_col, max_col = min(min_col, first), max(max_col, last)
        elif kind == _DIMENSIONS:
            _check_dimensions(stream, data, size)
        elif kind == _EOF:
            break
    if max_row < 0:
        return 0
    rows, columns = max_row - min_row + 1, max_col - min_col + 1
    if rows * columns > MAX_CELLS:
        raise TooManyCells(max_row + 1, max_col + 1)
    return rows * columns


def _check_dimensions(stream: bytes, data: int, size: int) -> None:
    """calamine reserves (last row - first row + 1) x (last column - first column + 1) cells, in u32 arithmetic."""
    if size == 10:
        first_row, last_row, first_col, last_col = struct.unpack_from("<HHHH", stream, data)
    elif size == 14:
        first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", stream, data)
    else:
        return  # calamine rejects the record
    if last_row < 1 or last_col < 1:
        return
    rows = (last_row - 1 - first_row + 1) & 0xFFFFFFFF
    columns = (last_col - 1 - first_col + 1) & 0xFFFFFFFF
    if rows * columns > MAX_CELLS:
        raise TooManyCells(last_row, last_col)
