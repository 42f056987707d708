"""Check an OLE2 compound file (legacy .xls, or a password-protected .xlsx) before calamine opens it.

calamine trusts the sizes and sector chains in the file: a damaged .xls can make it reserve many
gigabytes or follow a chain in circles, and the Rust allocator then aborts the whole process, which
no Python handler can catch. This walks the same structures with bounds and cycle checks, so a
damaged file becomes a sentence instead of a crash, and tells which streams the file holds.
"""

from __future__ import annotations

import mmap
import os
import struct
from pathlib import Path

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENDOFCHAIN = 0xFFFFFFFE
FREESECT = 0xFFFFFFFF
_SPECIAL = 0xFFFFFFFA  # ids at or above this are markers, never sectors
MINI_CUTOFF = 4096


class DamagedContainer(Exception):
    """The compound file's structure is inconsistent; the message says what (for the log only)."""


def _chain(start: int, table: list[int], limit: int, what: str) -> list[int]:
    """The sector ids of a chain, refusing ids out of range and loops."""
    chain: list[int] = []
    seen: set[int] = set()
    sector = start
    while sector != ENDOFCHAIN:
        if sector >= _SPECIAL:
            if sector == FREESECT and not chain:
                return chain
            raise DamagedContainer(f"{what}: marker {sector:#x} inside a chain")
        if sector >= limit or sector >= len(table):
            raise DamagedContainer(f"{what}: sector {sector} out of range")
        if sector in seen:
            raise DamagedContainer(f"{what}: chain loops at sector {sector}")
        seen.add(sector)
        chain.append(sector)
        sector = table[sector]
    return chain


def inspect_container(path: Path) -> tuple[set[str], bytes | None]:
    """(stream names, the "Workbook" or "Book" stream's bytes or None) of a sound compound file.

    The file is memory-mapped, so only the sectors that are looked at are actually read."""
    with open(path, "rb") as stream:
        if os.fstat(stream.fileno()).st_size < 512:
            raise DamagedContainer("too short")
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _inspect(data)


def _inspect(data: mmap.mmap) -> tuple[set[str], bytes | None]:
    if len(data) < 512 or data[:8] != SIGNATURE:
        raise DamagedContainer("too short or no signature")
    header = data[:512]
    major = struct.unpack_from("<H", header, 26)[0]
    shift = struct.unpack_from("<H", header, 30)[0]
    if shift not in (9, 12) or struct.unpack_from("<H", header, 32)[0] != 6:
        raise DamagedContainer("bad sector shift")
    sector_size = 1 << shift
    (dir_count, fat_count, dir_start, _, _, minifat_start, minifat_count, difat_start, difat_count) = (
        struct.unpack_from("<IIIIIIIII", header, 40)
    )
    body = len(data) - sector_size if shift == 12 else len(data) - 512
    sectors = max(0, (body + sector_size - 1) // sector_size)
    offset = 512 if shift == 9 else sector_size
    if fat_count > sectors or difat_count > sectors or minifat_count > sectors or dir_count > sectors:
        raise DamagedContainer("header counts larger than the file")
    if major not in (3, 4):
        raise DamagedContainer("unknown version")

    def sector(index: int) -> bytes:
        if index >= sectors:
            raise DamagedContainer(f"sector {index} beyond the end")
        start = offset + index * sector_size
        block = data[start : start + sector_size]
        if len(block) < sector_size:
            block = block + b"\x00" * (sector_size - len(block))
        return block

    per_sector = sector_size // 4
    difat = list(struct.unpack_from("<109I", header, 76))
    seen_difat: set[int] = set()
    next_difat = difat_start
    while next_difat not in (ENDOFCHAIN, FREESECT):
        if next_difat in seen_difat or next_difat >= sectors or len(seen_difat) > sectors:
            raise DamagedContainer("DIFAT chain broken")
        seen_difat.add(next_difat)
        entries = struct.unpack(f"<{per_sector}I", sector(next_difat))
        difat.extend(entries[:-1])
        next_difat = entries[-1]
    fat: list[int] = []
    # Only the declared FAT sectors: some writers leave zeros instead of FREESECT in unused slots.
    for fat_sector in difat[:fat_count] if fat_count else difat:
        if fat_sector == FREESECT:
            continue
        if fat_sector >= sectors:
            raise DamagedContainer("FAT sector out of range")
        fat.extend(struct.unpack(f"<{per_sector}I", sector(fat_sector)))
        if len(fat) > (sectors + 1) * per_sector:
            raise DamagedContainer("FAT larger than the file")

    directory_sectors = _chain(dir_start, fat, sectors, "directory")
    if not directory_sectors:
        raise DamagedContainer("no directory")
    if dir_count and dir_count * sector_size > len(data):
        raise DamagedContainer("directory length larger than the file")
    directory = b"".join(sector(s) for s in directory_sectors)
    minifat: list[int] = []
    if minifat_start not in (ENDOFCHAIN, FREESECT):
        minifat_sectors = _chain(minifat_start, fat, sectors, "mini FAT")
        if minifat_count * sector_size > len(data):
            raise DamagedContainer("mini FAT length larger than the file")
        for s in minifat_sectors:
            minifat.extend(struct.unpack(f"<{per_sector}I", sector(s)))

    names: set[str] = set()
    streams: dict[str, tuple[list[int], int, bool]] = {}  # name -> (chain, size, in the mini stream)
    root_chain: list[int] = []
    root_size = 0
    for index in range(len(directory) // 128):
        entry = directory[index * 128 : index * 128 + 128]
        name_length = struct.unpack_from("<H", entry, 64)[0]
        kind = entry[66]
        start = struct.unpack_from("<I", entry, 116)[0]
        size = struct.unpack_from("<Q" if sector_size == 4096 else "<I", entry, 120)[0]
        if index == 0:
            # calamine reads the mini stream (the root entry's chain) whatever the root's type says.
            root_size = size
            if start not in (ENDOFCHAIN, FREESECT):
                root_chain = _chain(start, fat, sectors, "mini stream")
                if size > len(root_chain) * sector_size:
                    raise DamagedContainer("mini stream longer than its chain")
            elif size:
                raise DamagedContainer("mini stream without sectors")
        name = entry[: min(max(name_length - 2, 0), 64)].decode("utf-16-le", "ignore")
        if kind != 2 or index == 0:  # storages and the root hold no stream data
            if name:
                names.add(name)
            continue
        if size > len(data):
            raise DamagedContainer(f"stream {name!r} larger than the file")
        if size >= MINI_CUTOFF:
            stream_chain = _chain(start, fat, sectors, f"stream {name!r}")
            if size > len(stream_chain) * sector_size:
                raise DamagedContainer(f"stream {name!r} longer than its chain")
            streams.setdefault(name, (stream_chain, size, False))
        elif size:
            mini_chain = _chain(start, minifat, (root_size + 63) // 64, f"mini stream {name!r}")
            if size > len(mini_chain) * 64:
                raise DamagedContainer(f"mini stream {name!r} longer than its chain")
            streams.setdefault(name, (mini_chain, size, True))
        names.add(name)

    # calamine reads "Workbook", else "Book": hand the same bytes to the BIFF checks.
    wanted = streams.get("Workbook") or streams.get("Book")
    if wanted is None:
        return names, None
    chain, size, in_mini = wanted
    if not in_mini:
        return names, b"".join(sector(s) for s in chain)[:size]
    mini_stream = b"".join(sector(s) for s in root_chain)
    return names, b"".join(mini_stream[m * 64 : m * 64 + 64] for m in chain)[:size]
