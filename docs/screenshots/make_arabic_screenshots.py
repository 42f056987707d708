"""Screenshots of every window, dialog, menu and message box of the Arabic window (the tour the tests read).

    python docs/screenshots/make_arabic_screenshots.py [--out docs/screenshots]

Runs offscreen (QWidget.grab) through tests/gui/arabic_tour.py, the same walk that
tests/gui/test_arabic_reading.py reads for English left behind. Writes, all in Arabic:
  tour-window-ar.png            the Send page as it opens
  tour-menu-N-ar.png            each menu of the menu bar, in order
  tour-recipients-bidi-ar.png   a file with "+965 9988 7755", "(965) 9876-5432", "+966 50 123 4567" and
                                "99 88 77 44 / 66554433" imported: each number reads in its own order
  tour-import-dialog-ar.png     the import dialog on the same file (its preview isolates every cell)
  tour-settings-ar.png          the settings dialog ("الكويت (+965)", Qt's own buttons, quiet hours 21:00 to 07:00)
  tour-send-later-ar.png        Send later: the date and time read year first, left to right
  tour-context-menu-ar.png      the message editor's context menu (Qt's own texts)
  tour-send-confirm-ar.png      the send confirmation (the sender ID next to its label)
  tour-question-ar.png          a Yes/No question (Qt's نعم / لا)
  tour-about-ar.png, tour-guide-ar.png, tour-shortcuts-ar.png
                                the About, guide (F1) and keyboard shortcuts windows
  tour-file-dialog-ar.png       Qt's file dialog
  tour-broadcasts-page-ar.png   the Broadcasts page
  tour-<page>-ar.png            every other page (contacts, do-not-send...)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SCREEN = ROOT / "tests" / "data" / "offscreen-1366x768.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from make_screenshots import SIZE, settle, wait_until  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from kwtsms_desktop.app import build_main_window
    from tests.gui.arabic_tour import english_only, tour

    folder = Path(tempfile.mkdtemp(prefix="kwtsms-tour-"))
    window = build_main_window(["--demo", "--lang", "ar", "--data-dir", str(folder / "data")])
    window.resize(*SIZE)
    window.show()
    wait_until(lambda: window.is_ready)
    settle()

    def shoot(widget, name: str) -> None:
        settle(250)
        path = args.out / f"tour-{name}.png"
        widget.grab().save(str(path), "PNG")
        print(f"wrote {path}")

    texts = tour(window, wait_until, shoot, folder)
    left = [
        f"{where}: {text}"
        for where, text in texts
        if english_only(text, ("parents.csv", "Name", "Mobile", "demo", str(Path.cwd())))
    ]
    for line in left:
        print("English left:", line, file=sys.stderr)
    window.close()
    app.processEvents()
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
