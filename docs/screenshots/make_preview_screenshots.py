"""Screenshots of personal messages: preview-en.png / preview-ar.png (the preview stepping through each
recipient's own text) and compose-fields-en.png / compose-fields-ar.png (the compose area with a field,
its fallback choice and the page range).

    python docs/screenshots/make_preview_screenshots.py [--out docs/screenshots] [--lang en|ar|both]

Runs offscreen against the demo simulator, in a throw-away data folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

CLASS_LIST = """Name,Mobile,Class
Ahmad Al-Sabah,98765432,3A
Fatima Al-Mutairi,96555111,4B
,65551234,3A
نورة العنزي,50001234,5C
Yousef Al-Ajmi,66123456,2D
عبدالله الرشيدي,94441234,6A
"""

MESSAGES = {
    "en": "Dear parent of {name} (class {Class}), the parents' meeting is on Thursday at 6 pm.",
    "ar": "عزيزي ولي أمر {name} (الصف {Class})، اجتماع أولياء الأمور يوم الخميس الساعة 6 مساءً.",
}
FALLBACK = {"en": "our pupil", "ar": "الطالب"}


def wait_until(condition, timeout_ms: int = 20_000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def shots(out: Path, lang: str) -> list[Path]:
    from kwtsms_desktop.app import build_main_window

    with tempfile.TemporaryDirectory() as folder:
        window = build_main_window(["--demo", "--data-dir", folder, "--lang", lang])
        window.resize(1366, 768)
        window.show()
        wait_until(lambda: window.is_ready)
        window.recipients.paste_text(CLASS_LIST)
        wait_until(lambda: window.recipients.valid_count() == 6)
        window.session.store.templates.save("Meeting" if lang == "en" else "اجتماع", MESSAGES[lang])
        window.personal.templates_bar.reload()
        window.compose.editor.setPlainText(MESSAGES[lang])
        window.personal.missing.set_choice("name", FALLBACK[lang])
        wait_until(lambda: window.personal.last_plan is not None)
        compose = out / f"compose-fields-{lang}.png"
        window.compose_frame.grab().save(str(compose))
        window.personal.preview()
        dialog = window.personal.preview_dialog
        dialog.resize(560, 380)
        dialog.show_index(2)  # the row without a name: the fallback text
        wait_until(lambda: dialog.isVisible())
        preview = out / f"preview-{lang}.png"
        dialog.grab().save(str(preview))
        dialog.close()
        window.close()
        window.session.close()
    return [compose, preview]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(Path(__file__).parent))
    parser.add_argument("--lang", choices=["en", "ar", "both"], default="both")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    for lang in ["en", "ar"] if args.lang == "both" else [args.lang]:
        for path in shots(Path(args.out), lang):
            print(path)


if __name__ == "__main__":
    main()
