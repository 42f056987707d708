"""Address-book benchmark: a 100,000-row workbook imported into a group vs today's plain import; a group to recipients.

Run from the repository root:  python benchmarks/address_book.py [--rows 100000] [--repeat 3]

The workbook is benchmarks/import.py's (Arabic and English names, numbers written every way an
office writes them, invalid rows, duplicates), generated once per run. Phases, interleaved, best of
--repeat, each import into a fresh data folder (a real SQLite file, WAL, synchronous=FULL):

  plain:         read_table + detect_phone_column + detect_name_column + build_recipients
  into group:    the same reading and detection + engine.address_book.import_into_group (every
                 other column kept as fields, one transaction)
  again:         the same file imported again into the same group (every contact already saved)
  recipients:    engine.audience.gather_audience for the 100,000-contact group, then make_plan
                 (shown, not a goal)
Goals: into group <= 2x plain; group to recipients < 1 s.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOAL_RATIO = 2.0
GOAL_RECIPIENTS_SECONDS = 1.0


def _generate(path: Path, rows: int) -> None:
    spec = importlib.util.spec_from_file_location("import_benchmark", ROOT / "benchmarks" / "import.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.generate(path, rows)


def _read(path: Path):
    from kwtsms_desktop.importing import (
        detect_name_column,
        detect_phone_column,
        read_table,
    )

    table = read_table(path)
    phone = detect_phone_column(table)
    return table, phone, detect_name_column(table, phone)


def plain(path: Path) -> float:
    from kwtsms_desktop.importing import build_recipients

    started = time.perf_counter()
    table, phone, name = _read(path)
    build_recipients(table, phone, name)
    return time.perf_counter() - started


def into_group(path: Path, data_dir: Path):
    from kwtsms_desktop.engine.address_book import import_into_group
    from kwtsms_desktop.store import Store

    with Store.open(data_dir) as store:
        started = time.perf_counter()
        table, phone, name = _read(path)
        result = import_into_group(store, table, phone, "Grade 5 parents", name_column=name)
        return time.perf_counter() - started, result


def recipients(data_dir: Path) -> tuple[float, float, int]:
    from kwtsms_desktop.core.plan import make_plan
    from kwtsms_desktop.engine.audience import gather_audience
    from kwtsms_desktop.store import Store

    with Store.open(data_dir) as store:
        started = time.perf_counter()
        audience = gather_audience(store, ["Grade 5 parents"])
        gathered = time.perf_counter() - started
        make_plan(audience.valid, "Hello", "KWT-SMS", suppressed=store.suppressions.numbers())
        return gathered, time.perf_counter() - started, len(audience.valid)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.xlsx"
        started = time.perf_counter()
        _generate(path, args.rows)
        print(f"generated {args.rows:,} rows in {time.perf_counter() - started:.1f} s")
        plains, groups, agains, gathers, plans = [], [], [], [], []
        result = None
        for run in range(args.repeat):
            plains.append(plain(path))
            data_dir = Path(folder) / f"data{run}"
            seconds, result = into_group(path, data_dir)
            groups.append(seconds)
            agains.append(into_group(path, data_dir)[0])
            gathered, planned, count = recipients(data_dir)
            gathers.append(gathered)
            plans.append(planned)

    best_plain, best_group = min(plains), min(groups)
    ratio = best_group / best_plain
    print(f"best of {args.repeat}:")
    print(f"  plain import:            {best_plain:.2f} s")
    print(
        f"  import into a new group: {best_group:.2f} s  ({result.added:,} added, {len(result.rejected):,} rejected, "
        f"{result.duplicates:,} duplicates; fields {result.kept_columns})"
    )
    print(f"  same file again:         {min(agains):.2f} s")
    print(
        f"  ratio into group / plain: {ratio:.2f}x (goal <= {GOAL_RATIO:.0f}x): {'OK' if ratio <= GOAL_RATIO else 'MISSED'}"
    )
    print(
        f"  {count:,}-contact group to recipients: {min(gathers) * 1000:.0f} ms (goal < {GOAL_RECIPIENTS_SECONDS:.0f} s): "
        f"{'OK' if min(gathers) < GOAL_RECIPIENTS_SECONDS else 'MISSED'}; with the send plan: {min(plans) * 1000:.0f} ms"
    )
    return 0 if ratio <= GOAL_RATIO and min(gathers) < GOAL_RECIPIENTS_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
