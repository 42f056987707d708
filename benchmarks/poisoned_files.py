"""Poisoned files (issue 10): time and peak memory of read_table (and build_recipients when the file is accepted) on each.

Run from the repository root:  python benchmarks/poisoned_files.py [--only NAME] [--keep DIR]

The files are generated into a temporary folder (about 450 MB of disk): a 105 MB one-line CSV of
35 M cells, a 190 MB semicolon file, a 10 MB CSV of 5 M columns, HTML ".xls" files of repeated "<!",
"</a" and empty rows, a 5 MB phone cell, a vCard with a million numbers in one card, an .xlsx zip
bomb (a 2 GB sheet in a 2 MB file), an .xlsx "billion laughs" and one whose cell sits at XFD1048576,
and a real 100,000-row workbook as the control. Each file is read in a fresh Python process, so its
peak RSS (ru_maxrss, interpreter and imports included, about 60 MB) is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 600

_XLSX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>",
    "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>",
    "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>",
}
_SHEET_HEAD = (
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)


def _xlsx(path: Path, sheet_chunks, extra: dict[str, str] | None = None) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in {**_XLSX_PARTS, **(extra or {})}.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in sheet_chunks:
                sheet.write(chunk)


def _repeat(path: Path, head: bytes, unit: bytes, count: int, tail: bytes = b"") -> None:
    block = unit * max(1, min(count, (8 << 20) // max(len(unit), 1)))
    per_block = len(block) // len(unit)
    with open(path, "wb") as stream:
        stream.write(head)
        left = count
        while left > 0:
            take = min(left, per_block)
            stream.write(block if take == per_block else unit * take)
            left -= take
        stream.write(tail)


def generate(folder: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}

    def add(name: str) -> Path:
        files[name] = folder / name
        return files[name]

    _repeat(add("one-line-35M-cells.csv"), b"", b"1,22,333,", 35_000_000 // 3)  # 105 MB, 35 M cells, no line break
    _repeat(add("semicolons-190MB.csv"), b"Mobile;Name;A;B;C\r\n", b"96598765432;Person;x;y;z\r\n", 190_000_000 // 27)
    _repeat(add("columns-5M.csv"), b"", b"1,", 5_000_000, b"\r\n")  # 10 MB, one row of 5 M columns
    _repeat(add("html-bang.xls"), b"<html><table><tr><td>", b"<!", 10_000_000)  # 20 MB
    _repeat(add("html-close-a.xls"), b"<html><table><tr><td>", b"</a", 7_000_000)  # 21 MB
    _repeat(add("html-empty-rows.xls"), b"<html><table>", b"<tr>", 15_000_000)  # 60 MB, just under the 64 MB cap
    _repeat(add("html-line-breaks.xls"), b"<html><table><tr><td>98765432</td><td>", b"<br>", 15_000_000)
    _repeat(
        add("html-100k-rows.xls"),
        b"<html><table><tr><th>Name</th><th>Mobile</th></tr>\r\n",
        b"<tr><td style='mso-number-format:\"\\@\"'>Person</td><td>+965 9876 5432</td></tr>\r\n",
        100_000,
    )
    _repeat(add("html-over-cap.xls"), b"<html><table>", b"<tr><td>98765432</td></tr>", 4_000_000)  # 104 MB
    _repeat(add("phone-cell-5MB.csv"), b"Name,Mobile\r\nAli,98765432\r\nEvil,", b"9", 5_000_000, b"\r\n")
    with open(add("vcard-1M-numbers.vcf"), "w", encoding="ascii", newline="") as stream:
        stream.write("BEGIN:VCARD\r\nFN:Many\r\n")
        stream.writelines(f"TEL:+9655{index:07d}\r\n" for index in range(1_000_000))
        stream.write("END:VCARD\r\n")
    with open(add("control-100k-rows.csv"), "w", encoding="utf-8", newline="") as stream:
        stream.write("Name,Mobile,Note\r\n")
        stream.writelines(
            f"Person {index},+965 9{index:07d},{'x' if index % 5 else ''}\r\n" for index in range(100_000)
        )

    row = b'<row><c t="inlineStr"><is><t>98765432</t></is></c></row>'
    _xlsx(
        add("zip-bomb.xlsx"), [_SHEET_HEAD.encode()] + [row * 100_000] * 400 + [b"</sheetData></worksheet>"]
    )  # 2.2 GB of XML
    laughs = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
        + "]>"
    )
    _xlsx(
        add("billion-laughs.xlsx"),
        [
            (
                _SHEET_HEAD.replace("<worksheet", laughs + "<worksheet", 1)
                + '<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
            ).encode()
        ],
        {
            "xl/sharedStrings.xml": '<?xml version="1.0"?>'
            + laughs
            + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
        },
    )
    _xlsx(
        add("far-cell.xlsx"),
        [(_SHEET_HEAD + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>').encode()],
    )

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import importlib.util

    spec = importlib.util.spec_from_file_location("import_benchmark", ROOT / "benchmarks" / "import.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.generate(add("control-100k-rows.xlsx"), 100_000)
    return files


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase(path: Path) -> dict[str, object]:
    from kwtsms_desktop.importing import (
        ImportFailed,
        build_recipients,
        detect_name_column,
        detect_phone_column,
        read_table,
    )

    started = time.perf_counter()
    try:
        table = read_table(path)
        phone = detect_phone_column(table)
        if phone is None:
            outcome = f"accepted: {len(table.rows):,} rows x {table.width:,} columns, no phone column found"
        else:
            result = build_recipients(table, phone, detect_name_column(table, phone))
            longest = max((len(item.raw) for item in result.invalid), default=0)
            outcome = (
                f"accepted: {len(table.rows):,} rows x {table.width:,} columns; {len(result.valid):,} valid, "
                f"{len(result.invalid):,} invalid (longest phone as written: {longest:,} characters)"
            )
    except ImportFailed as error:
        outcome = f"refused: {error}"
    return {"seconds": time.perf_counter() - started, "rss_mb": _peak_rss_mb(), "outcome": outcome}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="run only the files whose name contains this")
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder instead of a temporary one")
    parser.add_argument("--phase", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase)))
        return 0

    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        files = generate(folder)
        print(f"generated {len(files)} files in {time.perf_counter() - started:.0f} s into {folder}\n")
        print(f"{'file':<26} {'size':>9} {'time':>8} {'peak RSS':>9}  outcome")
        for name, path in files.items():
            if args.only and args.only not in name:
                continue
            env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
            try:
                done = subprocess.run(
                    [sys.executable, __file__, "--phase", str(path)],
                    capture_output=True,
                    text=True,
                    cwd=ROOT,
                    env=env,
                    timeout=TIMEOUT,
                )
                result = (
                    json.loads(done.stdout.strip().splitlines()[-1])
                    if done.returncode == 0
                    else {
                        "seconds": float("nan"),
                        "rss_mb": float("nan"),
                        "outcome": f"CRASHED ({done.returncode}): {done.stderr[-300:]}",
                    }
                )
            except subprocess.TimeoutExpired:
                result = {"seconds": TIMEOUT, "rss_mb": float("nan"), "outcome": f"still running after {TIMEOUT} s"}
            size = path.stat().st_size / 1e6
            print(
                f"{name:<26} {size:>7.1f}MB {result['seconds']:>7.2f}s {result['rss_mb']:>7.0f}MB  {result['outcome']}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
