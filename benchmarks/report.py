"""Broadcast report benchmark: the report model and the PDF for a big broadcast, and the results export.

Run from the repository root:  python benchmarks/report.py [--numbers 100000] [--repeat 3]

A journaled test-mode broadcast of --numbers Kuwait numbers (batches of 200, every batch accepted,
a real SQLite file) is reported; best of --repeat for each phase:

  model:    engine.report.build_report (every number's state from the journal and the lookups)
  pdf:      ui.shared.report_pdf.write_report_pdf, offscreen (the per-number table is bounded to
            MAX_TABLE_ROWS rows; the export has them all)
  export:   engine.report.result_table + the CSV writer (every number)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kwtsms_desktop.core.plan import make_plan  # noqa: E402
from kwtsms_desktop.engine.report import build_report, result_table  # noqa: E402
from kwtsms_desktop.importing.export import write_csv  # noqa: E402
from kwtsms_desktop.store import Store  # noqa: E402
from kwtsms_desktop.ui.shared import report_pdf  # noqa: E402


def best(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--numbers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    report_pdf.ensure_gui_application()
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "data") as store:
        plan = make_plan([f"9655{i:07d}" for i in range(args.numbers)], "مرحبا بكم في المدرسة", "KWT-SMS", test=True)
        broadcast_id = store.broadcasts.create(plan)
        with store.transaction():
            for seq in range(1, len(plan.batches) + 1):
                store.batches.mark_sending(broadcast_id, seq)
                store.batches.mark_accepted(
                    broadcast_id,
                    seq,
                    msg_id=f"m{seq}",
                    points_charged=200,
                    balance_after=10**6 - 200 * seq,
                    gateway_timestamp=None,
                )
        report = build_report(store, broadcast_id)
        pdf = Path(folder) / "report.pdf"
        model = best(args.repeat, lambda: build_report(store, broadcast_id))
        written = best(args.repeat, lambda: report_pdf.write_report_pdf(report, pdf, "ar"))
        export = best(args.repeat, lambda: write_csv(Path(folder) / "r.csv", *result_table(report)))
        print(
            f"{args.numbers:,} numbers: model {model:.2f} s, pdf {written:.2f} s "
            f"({pdf.stat().st_size / 1e6:.1f} MB, table bounded to {report_pdf.MAX_TABLE_ROWS:,} rows), "
            f"CSV export {export:.2f} s"
        )


if __name__ == "__main__":
    main()
