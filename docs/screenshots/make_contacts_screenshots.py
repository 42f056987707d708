"""Screenshots of the address book: contacts-100k(-ar).png, do-not-send(-ar).png, import-into-group(-ar).png.

    python docs/screenshots/make_contacts_screenshots.py [--out docs/screenshots] [--lang en|ar|both]

Runs offscreen at 1366x768. A throw-away data folder gets 100,000 contacts in three groups with 1%
on the do-not-send list (benchmarks/address_book_ui.py's fill), then the real window (demo mode)
shows its Contacts page, its Do-not-send page, and the summary of a small file imported into a group.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The smallest laptop the window promises to fit, as in the tests (tests/data/offscreen-1366x768.json).
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'tests' / 'data' / 'offscreen-1366x768.json'}")
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1366, 768)
SMALL_FILE = (
    "Mobile,Name,Class,Bus stop\n"
    "96550001234,Ahmad Al-Sabah,5A,Salmiya\n"
    "+965 6000 0001,فاطمة العنزي,5B,Hawalli\n"
    "9.65988E+10,Yousef,5A,Salmiya\n"
    "96560000002,Noura Haddad,5C,\n"
    "12345,Omar,5B,Jabriya\n"
    "96560000003,مريم الرشيدي,5A,Salmiya\n"
)


def settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_ms: int = 120_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(50)
        waited += 50


def fill(folder: Path, contacts: int) -> None:
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "address_book_ui.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.fill(folder, contacts)


def shots(out: Path, lang: str, template: Path, work: Path) -> list[Path]:
    from kwtsms_desktop.app import build_main_window

    folder = work / f"data-{lang}"
    shutil.copytree(template, folder)
    window = build_main_window(["--demo", "--data-dir", str(folder), "--lang", lang])
    window.show()
    settle(100)
    window.resize(*SIZE)
    area = window.contacts_area
    page = area.contacts
    window.show_page(area.contacts_index)
    wait_until(lambda: page.model.total() >= 100_000)
    settle(300)
    page.select_group("Grade 5 parents")
    settle(100)
    page.table.selectRow(2)
    settle(400)
    suffix = "-ar" if lang == "ar" else ""
    made = [out / f"contacts-100k{suffix}.png"]
    window.grab().save(str(made[-1]))

    window.show_page(area.do_not_send_index)
    settle(300)
    made.append(out / f"do-not-send{suffix}.png")
    window.grab().save(str(made[-1]))

    window.show_page(area.contacts_index)
    source = work / ("bus-3-ar.csv" if lang == "ar" else "bus-3.csv")
    source.write_text(SMALL_FILE, encoding="utf-8")
    dialog = page.import_file(str(source))
    wait_until(lambda: dialog.outcome() is not None)
    dialog.groupCombo.setCurrentText("Bus 3")
    dialog.addButton.click()
    wait_until(lambda: type(page.last_dialog).__name__ == "ImportSummaryDialog")
    summary = page.last_dialog
    summary.resize(720, 360)
    settle(300)
    made.append(out / f"import-into-group{suffix}.png")
    summary.grab().save(str(made[-1]))
    summary.close()
    window.close()
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--lang", choices=("en", "ar", "both"), default="both")
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args(argv)
    QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        template = work / "template"
        fill(template, args.contacts)
        for lang in ("en", "ar") if args.lang == "both" else (args.lang,):
            for path in shots(args.out, lang, template, work):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
