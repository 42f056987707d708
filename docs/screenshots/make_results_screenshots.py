"""The Broadcasts page's Each number tab after Check status, and page 1 of its report, in English and Arabic.

    python docs/screenshots/make_results_screenshots.py [--out docs/screenshots]

A live broadcast to Kuwait and Saudi numbers (one invalid row, one on the do-not-send list) is
sent to the simulator; one Saudi number's delivery report says FAILED. The queue panel checks the
status with a clock six minutes ahead (delivery reports are asked for from five minutes after
sending), is grabbed at 1366x640 (results-each-number-en.png / -ar.png), then saves the report
with Save report as PDF and renders page 1 with pdftoppm (results-report-en.png / -ar.png).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MESSAGE = "تذكير: اجتماع أولياء الأمور يوم الأحد الساعة 6 مساءً في قاعة المدرسة."
PEOPLE = [
    ("فاطمة العلي", "96550012345"),
    ("Ahmad Al-Sabah", "96560023456"),
    ("نورة الكندري", "96590034567"),
    ("Sara Haddad", "966501234567"),
    ("Omar Khalid", "966551234567"),
    ("مريم", "96566677788"),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(Path(__file__).parent))
    out = Path(parser.parse_args().out)

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kwtsms_desktop.core.plan import make_plan
    from kwtsms_desktop.engine.runner import BroadcastRunner
    from kwtsms_desktop.gateway.client import GatewayClient
    from kwtsms_desktop.gateway.demo import demo_credentials
    from kwtsms_desktop.gateway.ratelimit import RateLimiter
    from kwtsms_desktop.gateway.simulator import Simulator
    from kwtsms_desktop.importing import Rejected
    from kwtsms_desktop.store import Store
    from kwtsms_desktop.ui.queue.panel import QueuePanel
    from kwtsms_desktop.ui.shared import style
    from kwtsms_desktop.ui.shared.translation import install_language as set_language

    app = QApplication.instance() or QApplication(sys.argv)
    style.apply_style(app)

    def wait_for(signal, timeout_ms: int = 20_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    sim = Simulator(dlr_ready_seconds=0).start()
    try:
        client = GatewayClient(demo_credentials, sim.url, rate_limiter=RateLimiter(4))
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "data"
            with Store.open(data) as store:
                recipients = [SimpleNamespace(number=n, name=name, row=i + 2) for i, (name, n) in enumerate(PEOPLE)]
                plan = make_plan(
                    recipients,
                    MESSAGE,
                    "KWT-SMS",
                    test=False,
                    suppressed=["96566677788"],
                    rejected=[Rejected(9, "5001 234", "Too short for a Kuwait number.")],
                    batch_size=3,
                )
                broadcast_id = store.broadcasts.create(plan, source="screenshots")
                BroadcastRunner(store, client, broadcast_id, delay_scale=0.001).run()
            sim.set_delivery({"966501234567": "DELIVERED", "966551234567": "FAILED"})
            for lang in ("en", "ar"):
                set_language(lang)
                app.setLayoutDirection(
                    Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
                )
                with Store.open(data) as store:
                    panel = QueuePanel(store=store, controller=None, lookups=SimpleNamespace(client=client))
                    panel.results.now = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=6)
                    panel.resize(1366, 640)
                    panel.show()
                    panel.detailTabs.setCurrentIndex(1)
                    panel.splitter.setSizes([430, 936])
                    if panel.results.report is None:
                        wait_for(panel.results.loaded)
                    panel.results.check_status()
                    wait_for(panel.results.checkFinished)
                    app.processEvents()
                    panel.grab().save(str(out / f"results-each-number-{lang}.png"))
                    pdf = Path(folder) / f"report-{lang}.pdf"
                    panel.results.save_pdf(str(pdf))
                    subprocess.run(
                        [
                            "pdftoppm",
                            "-png",
                            "-r",
                            "80",
                            "-f",
                            "1",
                            "-l",
                            "1",
                            "-singlefile",
                            str(pdf),
                            str(out / f"results-report-{lang}"),
                        ],
                        check=True,
                    )
                    panel.shutdown()
                    panel.close()
                    panel.deleteLater()
                    app.processEvents()
        client.close()
    finally:
        sim.stop()
    print("wrote results-each-number-{en,ar}.png and results-report-{en,ar}.png to", out)


if __name__ == "__main__":
    main()
