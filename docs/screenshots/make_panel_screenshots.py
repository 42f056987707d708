"""Screenshots of the Recipients and Queue areas: recipients-100k.png and queue-uncertain.png (plus -ar variants).

    python docs/screenshots/make_panel_screenshots.py [--out docs/screenshots] [--lang en|ar|both]

Runs offscreen. The recipients shot imports a generated 100,000-row CSV (about 2% invalid, some
duplicates) through the real panel and its background worker; the queue shot journals a paused
broadcast with one uncertain batch in a throw-away data folder.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1180, 720)


def wait_for(signal, timeout_ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(lambda *args: loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def write_recipients_csv(path: Path, rows: int = 100_000) -> None:
    rng = random.Random(2026)
    first = ["Ahmad", "Fatima", "Yousef", "Maryam", "Khalid", "Noura", "Abdullah", "Sara", "Omar", "Hessa"]
    arabic = ["أحمد", "فاطمة", "يوسف", "مريم", "خالد", "نورة", "عبدالله", "سارة", "عمر", "حصة"]
    family = ["Al-Sabah", "Al-Mutairi", "Al-Ajmi", "Al-Enezi", "Al-Rashidi", "Al-Kandari"]
    lines = ["Name,Mobile,Class"]
    for i in range(rows):
        name = (
            f"{rng.choice(arabic)} {rng.choice(['العنزي', 'المطيري', 'العجمي', 'الرشيدي'])}"
            if i % 3 == 0
            else (f"{rng.choice(first)} {rng.choice(family)}")
        )
        kind = rng.random()
        if kind < 0.012:
            number = rng.choice(["9.65988E+10", "12345", "n/a", "not known", "+965 1234", "96598"])
        elif kind < 0.02:
            number = f"0{rng.randrange(7000000, 7999999)}"
        elif kind < 0.5:
            number = f"{rng.choice('5699')}{rng.randrange(1000000, 9999999)}"
        elif kind < 0.96:
            number = f"965{rng.choice('5699')}{rng.randrange(1000000, 9999999)}"
        else:
            number = f"+966 5{rng.randrange(10000000, 99999999)}"
        lines.append(f"{name},{number},{rng.randrange(1, 12)}{rng.choice('ABCD')}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def recipients_shot(out: Path, lang: str, csv_path: Path) -> Path:
    from kwtsms_desktop.ui.recipients.model import COL_STATUS
    from kwtsms_desktop.ui.recipients.panel import RecipientsPanel
    from kwtsms_desktop.ui.shared.translation import install_language

    install_language(lang)
    panel = RecipientsPanel()
    panel.setWindowTitle("kwtSMS Desktop")
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    panel.resize(*SIZE)
    panel.set_coverage(["965", "966", "971", "973", "974", "968"])
    panel.show()
    panel.import_path(str(csv_path))
    wait_for(panel.importFinished)
    panel.view.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)  # the rows to fix first
    panel.view.selectRow(3)
    settle()
    target = out / ("recipients-100k.png" if lang == "en" else "recipients-100k-ar.png")
    panel.grab().save(str(target))
    panel.shutdown()
    panel.close()
    panel.deleteLater()
    return target


def queue_shot(out: Path, lang: str) -> Path:
    from kwtsms_desktop.core.plan import make_plan
    from kwtsms_desktop.store import Store
    from kwtsms_desktop.ui.queue.panel import QueuePanel
    from kwtsms_desktop.ui.shared.translation import install_language

    install_language(lang)
    folder = Path(tempfile.mkdtemp(prefix="kwtsms-shot-"))
    store = Store.open(folder)
    earlier = make_plan(
        [f"9655{1000000 + i}" for i in range(320)], "Reminder: the clinic is closed on Friday.", "KWT-SMS"
    )
    done = store.broadcasts.create(earlier)
    for seq in (1, 2):
        store.batches.mark_sending(done, seq)
        store.batches.mark_accepted(
            done,
            seq,
            msg_id=f"8f3c2a{seq}d9e0b71c44",
            points_charged=200 if seq == 1 else 120,
            balance_after=4680 if seq == 1 else 4560,
            gateway_timestamp=1763790000,
        )
    store.broadcasts.set_state(
        done,
        "finished",
        reason_en="Done: all 320 numbers were accepted by kwtSMS.",
        reason_ar="تم: قبل kwtSMS جميع الأرقام (320).",
    )
    message = (
        "اجتماع أولياء الأمور يوم الأحد الساعة 9 صباحًا في قاعة المدرسة."
        if lang == "ar"
        else ("Parents' meeting on Sunday at 9 am in the school hall. Please be on time.")
    )
    plan = make_plan([f"9656{2000000 + i}" for i in range(1_000)], message, "KWT-SMS")
    paused = store.broadcasts.create(plan)
    for seq in (1, 2, 3):
        store.batches.mark_sending(paused, seq)
        store.batches.mark_accepted(
            paused,
            seq,
            msg_id=f"a41f07{seq}c2b9d5e310",
            points_charged=200 * plan.message.pages,
            balance_after=4200 - 200 * seq,
            gateway_timestamp=1763793600,
        )
    store.batches.mark_sending(paused, 4)
    store.batches.mark_uncertain(paused, 4, error_code="TIMEOUT", error_text="No answer within 30 s")
    store.broadcasts.set_state(
        paused,
        "paused",
        reason_en="Paused. Resume to send to the numbers not sent yet.",
        reason_ar="تم الإيقاف المؤقت. استأنف الإرسال لإرسال الرسالة إلى الأرقام التي لم تصلها بعد.",
    )
    from kwtsms_desktop.engine.controller import SendController

    controller = SendController(folder, lambda: None)  # never started: it only enables Resume / Cancel
    panel = QueuePanel(store=store, controller=controller, lookups=None)
    panel.setWindowTitle("kwtSMS Desktop")
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    panel.resize(*SIZE)
    panel.show()
    panel.show_broadcast(paused)
    settle()
    target = out / ("queue-uncertain.png" if lang == "en" else "queue-uncertain-ar.png")
    panel.grab().save(str(target))
    panel.shutdown()
    panel.close()
    controller.shutdown()
    store.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent))
    parser.add_argument("--lang", choices=("en", "ar", "both"), default="both")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    languages = ("en", "ar") if args.lang == "both" else (args.lang,)
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "parents-100k.csv"
        write_recipients_csv(csv_path)
        for lang in languages:
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
            print(recipients_shot(out, lang, csv_path))
            print(queue_shot(out, lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
