"""Seed files of every format and a seeded mutator, shared by the in-suite fuzz test and benchmarks/fuzz_import.py."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import random
import zipfile
from pathlib import Path

from tests.importing.conftest import DATA, write_ods, write_xlsx

ROWS = [
    ["قائمة الأرقام"],
    [],
    ["الاسم", "رقم الجوال", "Note"],
    ["أحمد", 98765432, "x"],
    ["Sara", "+965 9988 7766", None],
    ["خالد", 96598765432.0, dt.date(2024, 1, 2)],
    ["Bad", "9.65988E+10", True],
]

CSV_TEXT = 'الاسم,الجوال\r\nأحمد,98765432\r\n"Sara, A",+965 9988 7766\r\nخالد,9.65988E+10\r\n'
VCF_TEXT = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=A3=D8=AD=\r\n=D9=85=D8=AF\r\n"
    "TEL;CELL:+96598765432\r\nTEL;HOME:22445566\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sara\r\n  Ali\r\nTEL;TYPE=CELL:99887766\r\nEND:VCARD\r\n"
)
HTML_TEXT = (
    "<html><body><table><tr><th>Name</th><th>Mobile</th></tr><tr><td>A</td><td>98765432</td></tr></table></body></html>"
)


def seed_files(folder: Path) -> list[tuple[str, bytes]]:
    """(extension, bytes) of one valid file per format we read, plus the committed fixtures."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds: list[tuple[str, bytes]] = []
    xlsx = write_xlsx(folder / "seed.xlsx", {"Contacts": ROWS, "Second": [["Mobile"], [99001122]]})
    seeds.append((".xlsx", xlsx.read_bytes()))
    ods = write_ods(folder / "seed.ods", {"Contacts": ROWS})
    seeds.append((".ods", ods.read_bytes()))
    for name in ("parents.xls", "empty_first_sheet.xls", "password_protected.xlsx"):
        seeds.append((Path(name).suffix, (DATA / name).read_bytes()))
    seeds.append((".csv", CSV_TEXT.encode("utf-8")))
    seeds.append((".csv", codecs.BOM_UTF8 + CSV_TEXT.encode("utf-8")))
    seeds.append((".csv", CSV_TEXT.encode("cp1256", "replace")))
    seeds.append((".txt", codecs.BOM_UTF16_LE + CSV_TEXT.replace(",", "\t").encode("utf-16-le")))
    seeds.append((".vcf", VCF_TEXT.encode("utf-8")))
    seeds.append((".xls", HTML_TEXT.encode("utf-8")))
    return seeds


def _mutate_zip_member(rng: random.Random, data: bytes) -> bytes | None:
    """Rewrite one member of a zip with mutated XML, so the damage reaches calamine's parsers."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            infos = source.infolist()
            members = [(info, source.read(info)) for info in infos]
    except Exception:  # noqa: BLE001 - not a readable zip: mutate the raw bytes instead
        return None
    if not members:
        return None
    target = rng.randrange(len(members))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (info, content) in enumerate(members):
            if index == target:
                content = _mutate_bytes(rng, content, rounds=rng.randint(1, 4), structured=True)
            archive.writestr(info.filename, content)
    return out.getvalue()


_INTERESTING = [
    b"0",
    b"-1",
    b"4294967296",
    b"999999999",
    b"A1:XFD1048576",
    b"&amp;",
    b"<",
    b">",
    b'"',
    b"'",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"=",
    b"\r\n",
    b"\n ",
    b",",
    b";",
    b"\t",
    b'"',
    b"E+10",
    b"</row>",
    b'<row r="0">',
    b'<c r="ZZZZ9">',
    b't="s"',
    b"<v>1e308</v>",
    b"BEGIN:VCARD",
    b"END:VCARD",
    # Sizes calamine trusts and reserves memory for (each once aborted the process before our checks).
    b' r="XFD1048576"',
    b'<c r="A1048576"><v>1</v></c>',
    b'uniqueCount="4000000000"',
    b'table:number-rows-repeated="1048576"',
    b'table:number-columns-repeated="16384"',
    b"\xff\xff\xff\xff",
]


def _mutate_bytes(rng: random.Random, data: bytes, rounds: int = 1, structured: bool = False) -> bytes:
    buffer = bytearray(data)
    for _ in range(rounds):
        if not buffer:
            buffer.extend(rng.randbytes(rng.randint(1, 16)))
            continue
        choice = rng.randrange(9 if structured else 8)
        position = rng.randrange(len(buffer))
        if choice == 0:  # flip bits
            buffer[position] ^= 1 << rng.randrange(8)
        elif choice == 1:  # random byte
            buffer[position] = rng.randrange(256)
        elif choice == 2:  # truncate
            del buffer[position:]
        elif choice == 3:  # delete a chunk
            del buffer[position : position + rng.randint(1, 64)]
        elif choice == 4:  # insert random bytes
            buffer[position:position] = rng.randbytes(rng.randint(1, 32))
        elif choice == 5:  # duplicate a chunk
            chunk = buffer[position : position + rng.randint(1, 256)]
            buffer[position:position] = chunk
        elif choice == 6:  # an interesting token
            buffer[position:position] = rng.choice(_INTERESTING)
        elif choice == 7:  # overwrite a run of bytes
            end = min(len(buffer), position + rng.randint(1, 16))
            buffer[position:end] = rng.randbytes(end - position)
        else:  # swap two chunks (reorders XML elements)
            other = rng.randrange(len(buffer))
            size = rng.randint(1, 64)
            a, b = sorted((position, other))
            if b - a > size:
                first, second = bytes(buffer[a : a + size]), bytes(buffer[b : b + size])
                buffer[b : b + size] = first
                buffer[a : a + size] = second
    return bytes(buffer)


_EXTENSIONS = [".xlsx", ".xls", ".ods", ".xlsb", ".csv", ".txt", ".vcf", ".xlsm", ".tsv", ""]


def mutant(rng: random.Random, seeds: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """One mutated file: (extension, bytes)."""
    extension, data = rng.choice(seeds)
    roll = rng.random()
    if roll < 0.35 and data.startswith(b"PK"):
        mutated = _mutate_zip_member(rng, data)
        if mutated is not None:
            data = mutated
        else:
            data = _mutate_bytes(rng, data, rounds=rng.randint(1, 8))
    elif roll < 0.45:
        _, other = rng.choice(seeds)
        cut = rng.randrange(len(data) + 1)
        data = data[:cut] + other[rng.randrange(len(other) + 1) :]
    else:
        data = _mutate_bytes(rng, data, rounds=rng.randint(1, 8))
    if rng.random() < 0.1:
        extension = rng.choice(_EXTENSIONS)
    return extension, data
