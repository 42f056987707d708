"""`status`, `report` and `results` as real processes against a real simulator process; the PDF read back with pdftotext."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import unicodedata

import pytest

from .conftest import SimulatorProcess, numbers, run_cli, send_args, write_recipients

ARABIC = "مرحبا بكم في المدرسة، الاجتماع يوم الخميس 5 مارس الساعة 10"
SAUDI = "966501234567"

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def _send(env, sim, data_dir, recipients, message, *extra) -> int:
    done = run_cli(
        env,
        *send_args(recipients, sim.url, data_dir, message=message),
        *extra,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.splitlines()[0])


def pdf_text(path, *options: str) -> str:
    """pdftotext's reading, with Arabic presentation forms back to letters and bidi marks dropped."""
    raw = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", raw))


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.slow
@needs_poppler
def test_report_of_an_arabic_test_broadcast_reads_back_in_reading_order(tmp_path, simulator, cli_env, data_dir):
    recipients = write_recipients(tmp_path / "list.csv", numbers(3) + [SAUDI, "12"])
    broadcast_id = _send(cli_env, simulator, data_dir, recipients, ARABIC, "--test")

    pdf = tmp_path / "report-ar.pdf"
    done = run_cli(cli_env, "report", str(broadcast_id), "--pdf", str(pdf), "--data-dir", str(data_dir), "--lang", "ar")
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and not (tmp_path / "report-ar.pdf.partial").exists()
    text = pdf_text(pdf)
    lines = [_squeezed(line) for line in text.splitlines()]
    # The message, in reading order (pdftotext adds a space around punctuation: compare without spaces).
    assert _squeezed(ARABIC) in lines, text
    assert "KWT-SMS" in text and "اختبار" in text  # sender ID, TEST
    # Counts per state: each count beside its state's words (a right-to-left row reads count, then words).
    compact = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    assert re.search(r"^4\nرسالة اختبار", compact, re.M) and re.search(r"^1\nمستبعدة$", compact, re.M), compact

    english = tmp_path / "report-en.pdf"
    done = run_cli(cli_env, "report", str(broadcast_id), "--pdf", str(english), "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    text = pdf_text(english)
    assert "Sender ID" in text and "KWT-SMS" in text and "TEST" in text
    assert "Test message (never delivered)" in text and "Set aside" in text and "Invalid number" in text
    # An English page is read left to right: the Arabic words are all there, in their own order each.
    assert all(word in text for word in ARABIC.replace("،", "").split())


@pytest.mark.slow
def test_status_refreshes_each_batch_and_number_then_results_export_them(tmp_path, simulator, cli_env, data_dir):
    recipients = write_recipients(tmp_path / "list.csv", numbers(2) + [SAUDI, "12"])
    test_id = _send(cli_env, simulator, data_dir, recipients, "Hello parents", "--test")
    live_id = _send(cli_env, simulator, data_dir, recipients, "Hello again")

    done = run_cli(cli_env, "status", str(test_id), "--json", "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    (batch,) = record["batches"]
    assert (batch["seq"], batch["state"], batch["error"]) == (1, "accepted", "ERR030")
    assert batch["description"] == "Test message (never delivered)" and batch["msg_id"]
    assert [(n["number"], n["state"]) for n in record["numbers"]] == [
        *((n, "test") for n in numbers(2)),
        (SAUDI, "test"),
        ("12", "set_aside"),
    ]
    assert "Invalid number" in record["numbers"][-1]["reason"]
    assert record["notes"] == ["Test messages are never delivered, so they have no status or delivery report."]

    done = run_cli(cli_env, "status", str(live_id), "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    assert "Batch 1: accepted" in done.stdout and "sent Message successfully sent to gateway" in done.stdout
    assert done.stdout.count("Kuwait numbers have no delivery report") == 1  # said once, not per row
    assert done.stdout.count("Delivery reports are ready 5 minutes after sending") == 1
    assert f"  {SAUDI}  Accepted" in done.stdout
    assert simulator.stats()["per_endpoint"].get("dlr", 0) == 0

    target = tmp_path / "results.csv"
    done = run_cli(cli_env, "results", str(test_id), "--csv", str(target), "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["Number"], r["State"]) for r in rows][-1] == ("12", "Set aside")
    assert {(r["Message"], r["Sender"], r["Mode"]) for r in rows} == {("Hello parents", "KWT-SMS", "TEST")}
    assert rows[0]["Sent at"] and rows[0]["Broadcast date"] and rows[0]["Message ID"]

    xlsx = tmp_path / "results.xlsx"
    done = run_cli(cli_env, "results", str(live_id), "--xlsx", str(xlsx), "--data-dir", str(data_dir), "--lang", "ar")
    assert done.returncode == 0, done.stderr
    import openpyxl

    sheet = openpyxl.load_workbook(xlsx, read_only=True).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][:3] == ["الرقم", "الاسم", "الحالة"] and values[1][2] == "مقبولة"


@pytest.mark.parametrize(
    "args",
    [
        ("status", "99"),
        ("report", "99", "--pdf", "{tmp}/r.pdf"),
        ("results", "99", "--csv", "{tmp}/r.csv"),
    ],
)
def test_an_unknown_broadcast_is_a_sentence_and_exit_2(tmp_path, cli_env, data_dir, args):
    done = run_cli(cli_env, *(a.format(tmp=tmp_path) for a in args), "--data-dir", str(data_dir))
    assert done.returncode == 2 and "There is no broadcast 99" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "r.csv").exists()


def test_a_path_that_cannot_be_written_is_a_sentence_and_exit_2(tmp_path, cli_env, data_dir):
    sim = SimulatorProcess()
    try:
        broadcast_id = _send(cli_env, sim, data_dir, write_recipients(tmp_path / "l.csv", numbers(1)), "Hi", "--test")
    finally:
        sim.stop()
    for target in (tmp_path / "missing" / "r.pdf", tmp_path):
        done = run_cli(cli_env, "report", str(broadcast_id), "--pdf", str(target), "--data-dir", str(data_dir))
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert "cannot be written" in done.stderr or "is a folder" in done.stderr
    done = run_cli(
        cli_env, "results", str(broadcast_id), "--csv", str(tmp_path / "missing" / "r.csv"), "--data-dir", str(data_dir)
    )
    assert done.returncode == 2 and "folder does not exist" in done.stderr
