"""Page 1 of the broadcast report (PDF), in Arabic and English, made through the real command line.

    python docs/screenshots/make_report_screenshots.py [--out docs/screenshots]

Starts the simulator, sends an Arabic announcement in test mode to a few named recipients (one
invalid, one on another country's number), asks for its status, writes the report with
`report ID --pdf FILE --lang ar|en` and renders page 1 with poppler's pdftoppm (80 dpi):
report-ar.png and report-en.png.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

COMMAND = [sys.executable, "-m", "kwtsms_desktop"]
MESSAGE = "تذكير: اجتماع أولياء الأمور يوم الأحد الساعة 6 مساءً في قاعة المدرسة. نرجو الحضور في الموعد."
PEOPLE = [
    ("فاطمة العلي", "96550012345"),
    ("Ahmad Al-Sabah", "96560023456"),
    ("نورة الكندري", "96590034567"),
    ("Sara Haddad", "966501234567"),
    ("يوسف", "5001 234"),
    ("مريم", "96550012345"),
]


def run(env: dict, *args: str) -> str:
    done = subprocess.run([*COMMAND, *args], env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:2])} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(Path(__file__).parent))
    out = Path(parser.parse_args().out)
    env = dict(os.environ, KWTSMS_USERNAME="demo", KWTSMS_PASSWORD="demo", QT_QPA_PLATFORM="offscreen")
    sim = subprocess.Popen(
        [*COMMAND, "simulate", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    try:
        url = sim.stdout.readline().strip().removeprefix("listening on ")
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            recipients = work / "parents.csv"
            with recipients.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["الاسم", "الجوال"])
                writer.writerows(PEOPLE)
            data = str(work / "data")
            broadcast_id = run(
                env,
                "send",
                "--recipients",
                str(recipients),
                "--message",
                MESSAGE,
                "--sender",
                "KWT-SMS",
                "--test",
                "--gateway",
                url,
                "--data-dir",
                data,
                "--yes",
            ).splitlines()[0]
            run(env, "status", broadcast_id, "--data-dir", data)
            for lang in ("ar", "en"):
                pdf = work / f"report-{lang}.pdf"
                run(env, "report", broadcast_id, "--pdf", str(pdf), "--lang", lang, "--data-dir", data)
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
                        str(out / f"report-{lang}"),
                    ],
                    check=True,
                )
                print(out / f"report-{lang}.png")
    finally:
        sim.terminate()
        sim.wait(timeout=10)


if __name__ == "__main__":
    main()
