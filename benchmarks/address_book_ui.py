"""The address book's window part (issue 14, point 8): open, search, filter and scroll 100,000 contacts.

    QT_QPA_PLATFORM=offscreen python benchmarks/address_book_ui.py [--contacts 100000]

A real SQLite address book of --contacts contacts (Arabic and English names, a class field, three
groups, 1% on the do-not-send list) is opened in the Contacts page (ui/contacts/page.py) at
1366x768 while benchmarks/ui.py's 10 ms heartbeat records the longest event-loop gap:

  open:    the page reads every contact off the GUI thread and shows them
  search:  five searches typed in the search box (each through the 150 ms debounce), then cleared
  group:   each group chosen in the groups list, then "All contacts"
  sort:    by name (shown, not a goal: sorting 100,000 names is one Python sort on the GUI thread)
  scroll:  60 jumps of the scroll bar across the whole table, each painted
Goal: no gap over 50 ms in open, search, group and scroll.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOAL_GAP_MS = 50.0
FIRST = ["Ahmad", "Fatima", "Mohammed", "Noura", "Yousef", "Mariam", "أحمد", "فاطمة", "محمد", "نورة", "يوسف", "مريم"]
LAST = ["Al-Sabah", "Al-Mutairi", "Al-Ajmi", "Haddad", "العنزي", "الرشيدي", "الكندري", "الشمري"]


def fill(data_dir: Path, contacts: int) -> None:
    """``contacts`` contacts in three groups (Grade 5 parents, Teachers, Bus 3), 1% opted out."""
    from kwtsms_desktop.store import Store

    rng = random.Random(14)
    rows = [
        (f"9656{i:07d}", f"{rng.choice(FIRST)} {rng.choice(LAST)}", [f"{rng.randint(1, 6)}{rng.choice('ABC')}"])
        for i in range(contacts)
    ]
    with Store.open(data_dir) as store:
        store.contacts.merge_into_group("Grade 5 parents", ["Class"], rows[: contacts * 6 // 10])
        store.contacts.merge_into_group("Teachers", ["Class"], rows[contacts * 6 // 10 :])
        store.contacts.merge_into_group("Bus 3", ["Class"], rows[::7])
        store.suppressions.add([number for number, _, _ in rows[::100]], "asked to stop")


def _ui_benchmark():
    spec = importlib.util.spec_from_file_location("ui_benchmark", ROOT / "benchmarks" / "ui.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def measure(contacts: int) -> dict[str, float]:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kwtsms_desktop.store import Store
    from kwtsms_desktop.ui.contacts.page import ContactsPage

    ui = _ui_benchmark()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    sys.setswitchinterval(0.001)  # as the app does (app.py)
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        started = time.perf_counter()
        fill(data_dir, contacts)
        print(f"address book of {contacts:,} contacts written in {time.perf_counter() - started:.1f} s")
        store = Store.open(data_dir)
        page = ContactsPage(store, lambda: Store.open(data_dir), lambda: "965")
        page.resize(1366, 700)
        page.show()
        app.processEvents()
        beat = ui.Heartbeat()

        beat.start()
        started = time.perf_counter()
        page.reload()
        ui.spin_until(lambda: page.model.total() == contacts, 120)
        ui.spin_until(lambda: not page.loader.is_busy(), 10)
        results["open_s"] = time.perf_counter() - started
        results["open_gap_ms"] = beat.stop()

        beat.start()
        for text in ("fatima", "محمد", "96560000", "5a", "al-sabah haddad", ""):
            page.searchEdit.setText(text)
            done: list[bool] = []
            page.searched.connect(lambda d=done: d.append(True), Qt.ConnectionType.SingleShotConnection)
            ui.spin_until(lambda d=done: bool(d), 10)
        results["search_gap_ms"] = beat.stop()

        beat.start()
        for row in range(1, page.groups.rowCount()):
            page.groupsView.setCurrentIndex(page.groups.index(row))
            app.processEvents()
        page.groupsView.setCurrentIndex(page.groups.index(0))
        results["group_gap_ms"] = beat.stop()

        beat.start()
        page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        results["sort_gap_ms"] = beat.stop()

        bar = page.table.verticalScrollBar()
        steps = iter(range(60))
        rng = random.Random(8)
        finished = []

        def jump() -> None:
            if next(steps, None) is None:
                finished.append(True)
                return
            bar.setValue(rng.randint(0, bar.maximum()))
            QTimer.singleShot(15, jump)

        beat.start()
        jump()
        ui.spin_until(lambda: bool(finished), 30)
        results["scroll_gap_ms"] = beat.stop()
        results["rss_mb"] = ui.rss_mb()
        page.shutdown()
        page.close()
        store.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    results = measure(args.contacts)
    print(
        f"open:   {results['open_s']:.2f} s to show {args.contacts:,} contacts, longest gap {results['open_gap_ms']:.0f} ms"
    )
    print(f"search: longest gap {results['search_gap_ms']:.0f} ms")
    print(f"group:  longest gap {results['group_gap_ms']:.0f} ms")
    print(f"sort:   longest gap {results['sort_gap_ms']:.0f} ms (by name; shown, not a goal)")
    print(f"scroll: longest gap {results['scroll_gap_ms']:.0f} ms")
    print(f"RSS:    {results['rss_mb']:.0f} MB")
    worst = max(results[k] for k in ("open_gap_ms", "search_gap_ms", "group_gap_ms", "scroll_gap_ms"))
    verdict = "met" if worst <= GOAL_GAP_MS else "NOT met"
    print(
        f"goal (no gap over {GOAL_GAP_MS:.0f} ms while opening, searching, filtering, scrolling): {verdict} ({worst:.0f} ms)"
    )
    return 0 if worst <= GOAL_GAP_MS else 1


if __name__ == "__main__":
    sys.exit(main())
