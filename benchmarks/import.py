"""Import benchmark: a generated 100,000-row xlsx to recipients, ours against openpyxl + the official client.

Run from the repository root:  python benchmarks/import.py [--rows 100000] [--repeat 3] [--file contacts.xlsx]

The workbook (names in Arabic and English, a title row above the header, numbers as Excel numbers
96598765432 and 98765432, as "+965 9876 5432", "0096598765432", in Arabic digits, some invalid, some
duplicates in another format) is generated once per run with openpyxl's write-only mode. Each phase
runs in its own fresh Python process, so its peak memory (ru_maxrss) is honest; times are measured
inside the process after imports, best of --repeat (5) interleaved runs.

  ours:      read_table + detect_phone_column + detect_name_column + build_recipients
  baseline:  openpyxl read-only (values only) + the official client's validate_phone_input per phone
             cell + a set for duplicates (it is given the phone column; it does no detection)
Goals: ours within 1.5 s and at least 5x faster than the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_SECONDS = 1.5
GOAL_RATIO = 5.0

_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_FIRST_AR = ["أحمد", "محمد", "فاطمة", "نورة", "خالد", "سارة", "عبدالله", "مريم", "يوسف", "هدى"]
_LAST_AR = ["الكندري", "العنزي", "المطيري", "الصباح", "العجمي", "الرشيدي"]
_FIRST_EN = ["Ahmad", "Sara", "John", "Maria", "Omar", "Layla", "Ravi", "Anna"]
_LAST_EN = ["Smith", "Al-Ali", "Khan", "Fernandes", "Hassan"]


def generate(path: Path, rows: int, seed: int = 965) -> dict[str, int]:
    """Write the benchmark workbook; returns how many rows of each kind it holds."""
    import openpyxl

    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("جهات الاتصال")
    sheet.append(["قائمة أولياء الأمور - مدرسة الكويت"])
    sheet.append([])
    sheet.append(["م", "الاسم", "رقم الجوال", "ملاحظات"])
    kinds: dict[str, int] = {}
    issued: list[str] = []
    for serial in range(1, rows + 1):
        local = rng.choice("569") + f"{rng.randrange(10**7):07d}"
        roll = rng.random()
        if roll < 0.30:
            kind, cell = "excel number 965...", int("965" + local)
        elif roll < 0.55:
            kind, cell = "excel number 8-digit", int(local)
        elif roll < 0.70:
            kind, cell = "+965 9876 5432", f"+965 {local[:4]} {local[4:]}"
        elif roll < 0.80:
            kind, cell = "0096598765432", "00965" + local
        elif roll < 0.88:
            kind, cell = "arabic digits", local.translate(_ARABIC_DIGITS)
        elif roll < 0.95 and issued:
            kind, previous = "duplicate", rng.choice(issued)
            cell = rng.choice([f"+965{previous}", int(previous), "00965" + previous])
        else:
            kind, cell = "invalid", rng.choice(["12345", "abc", "9.65988E+10", "2" + local[1:], "+1 555", ""])
        if kind not in ("duplicate", "invalid"):
            issued.append(local)
        kinds[kind] = kinds.get(kind, 0) + 1
        if rng.random() < 0.5:
            name = f"{rng.choice(_FIRST_AR)} {rng.choice(_LAST_AR)}"
        else:
            name = f"{rng.choice(_FIRST_EN)} {rng.choice(_LAST_EN)}"
        sheet.append([serial, name, cell, "" if rng.random() < 0.8 else "ولي أمر"])
    book.save(path)
    return kinds


def _peak_rss_mb() -> float:
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)
    except ImportError:  # Windows: no resource module
        return float("nan")


def phase_ours(path: Path) -> dict[str, object]:
    from kwtsms_desktop.importing import build_recipients, detect_name_column, detect_phone_column, read_table

    started_rss = _peak_rss_mb()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    table = read_table(path)
    t1 = time.perf_counter()
    phone = detect_phone_column(table)
    name = detect_name_column(table, phone)
    t2 = time.perf_counter()
    result = build_recipients(table, phone, name)
    t3 = time.perf_counter()
    return {
        "cpu": time.process_time() - cpu0,
        "read": t1 - t0,
        "detect": t2 - t1,
        "build": t3 - t2,
        "total": t3 - t0,
        "rss_before": started_rss,
        "rss_peak": _peak_rss_mb(),
        "valid": len(result.valid),
        "invalid": len(result.invalid),
        "duplicates": result.duplicates,
        "phone_column": phone,
        "name_column": name,
        "header_row": table.header_row,
    }


def phase_baseline(path: Path) -> dict[str, object]:
    import openpyxl
    from kwtsms import validate_phone_input

    started_rss = _peak_rss_mb()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheet = book.worksheets[0]
    valid = invalid = duplicates = 0
    seen: set[str] = set()
    for index, row in enumerate(sheet.iter_rows(values_only=True)):
        if index < 3:  # title, blank, header: the baseline is told where the data starts
            continue
        cell = row[2] if len(row) > 2 else None
        ok, _error, number = validate_phone_input("" if cell is None else str(cell))
        if not ok:
            invalid += 1
        elif number in seen:
            duplicates += 1
        else:
            seen.add(number)
            valid += 1
    book.close()
    t1 = time.perf_counter()
    return {
        "cpu": time.process_time() - cpu0,
        "total": t1 - t0,
        "rss_before": started_rss,
        "rss_peak": _peak_rss_mb(),
        "valid": valid,
        "invalid": invalid,
        "duplicates": duplicates,
    }


def _run_phase(phase: str, path: Path) -> dict[str, object]:
    output = subprocess.run(
        [sys.executable, __file__, "--phase", phase, "--file", str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")},
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--file", type=Path, help="use this workbook (generated there first if it does not exist)")
    parser.add_argument("--phase", choices=("ours", "baseline"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase:
        result = phase_ours(args.file) if args.phase == "ours" else phase_baseline(args.file)
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory() as folder:
        path = args.file or Path(folder) / "contacts_100k.xlsx"
        if not path.exists():
            started = time.perf_counter()
            kinds = generate(path, args.rows)
            print(
                f"generated {args.rows:,} rows ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s: "
                + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items()))
            )
        # Interleaved, so both sides see the same background load on a shared machine.
        ours, baseline = [], []
        for _ in range(args.repeat):
            ours.append(_run_phase("ours", path))
            baseline.append(_run_phase("baseline", path))

    best = min(ours, key=lambda r: float(r["total"]))  # type: ignore[arg-type]
    base = min(baseline, key=lambda r: float(r["total"]))  # type: ignore[arg-type]
    ratio = float(base["total"]) / float(best["total"])  # type: ignore[arg-type]
    print(f"\nbest of {args.repeat} runs, each in a fresh process; peak RSS includes the interpreter and imports")
    try:
        load = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    except (AttributeError, OSError):
        load = ""
    print(f"{load}; wall seconds (CPU seconds of the process in brackets)")
    print(f"{'phase':<52}{'seconds':>9}{'(cpu)':>8}{'peak RSS MB':>13}{'RSS before':>12}")
    print(f"{'ours: read_table (calamine)':<52}{best['read']:>9.3f}")
    print(f"{'ours: detect_phone/name_column':<52}{best['detect']:>9.3f}")
    print(f"{'ours: build_recipients (check_number)':<52}{best['build']:>9.3f}")
    print(
        f"{'ours: total':<52}{best['total']:>9.3f}{best['cpu']:>8.3f}{best['rss_peak']:>13.0f}{best['rss_before']:>12.0f}"
    )
    print(
        f"{'baseline: openpyxl read-only + validate_phone_input':<52}{base['total']:>9.3f}{base['cpu']:>8.3f}{base['rss_peak']:>13.0f}{base['rss_before']:>12.0f}"
    )
    print(f"{'ratio (baseline / ours)':<52}{ratio:>8.1f}x  (CPU: {float(base['cpu']) / float(best['cpu']):.1f}x)")
    print(
        f"\nours:     valid {best['valid']:,}  invalid {best['invalid']:,}  duplicates {best['duplicates']:,}  "
        f"(header row {best['header_row']}, phone column {best['phone_column']}, name column {best['name_column']})"
    )
    print(
        f"baseline: valid {base['valid']:,}  invalid {base['invalid']:,}  duplicates {base['duplicates']:,}  "
        "(no default country: 8-digit local numbers are not read as Kuwait)"
    )
    within = float(best["total"]) <= GOAL_SECONDS  # type: ignore[arg-type]
    print(
        f"goals: within {GOAL_SECONDS} s: {'yes' if within else 'NO'};  >= {GOAL_RATIO:.0f}x faster: {'yes' if ratio >= GOAL_RATIO else 'NO'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
