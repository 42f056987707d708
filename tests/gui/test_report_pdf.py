"""The report's Qt document inside the running app (as Print will use it): bounded, both directions, no Qt warnings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.engine.report import build_report
from kwtsms_desktop.store import Store
from kwtsms_desktop.ui.shared import report_pdf


def _report(tmp_path, count: int, message: str):
    with Store.open(tmp_path / "data") as store:
        plan = make_plan([f"9655{i:07d}" for i in range(count)], message, "KWT-SMS", test=True)
        return build_report(store, store.broadcasts.create(plan))


def test_a_big_broadcast_lists_a_bounded_table_and_says_where_the_rest_is(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(report_pdf, "MAX_TABLE_ROWS", 50)
    report = _report(tmp_path, 120, "Hello parents")
    document = report_pdf.report_document(report, "en", now=dt.datetime(2026, 1, 31, 9, tzinfo=dt.UTC))
    text = document.toPlainText()
    assert report_pdf.ensure_gui_application() is qapp  # the running app is used, never a second one
    assert "Only the first 50 of 120 numbers are listed" in text
    assert text.count("Not sent yet") == 1 + 50 and "96550000049" in text and "96550000050" not in text
    report_pdf.write_report_pdf(report, tmp_path / "r.pdf", "en")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_an_arabic_report_is_right_to_left_and_keeps_an_english_message_left_to_right(qapp, tmp_path):
    report = _report(tmp_path, 2, "Hello parents")
    document = report_pdf.report_document(report, "ar")
    assert document.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    html = report_pdf.report_html(report, "ar")
    assert '<body dir="rtl">' in html and '<p dir="ltr" align="left">Hello parents</p>' in html
    assert "لم ترسل بعد" in document.toPlainText()
    assert report_pdf._starts_right_to_left("  5 مرحبا") and not report_pdf._starts_right_to_left("Hi مرحبا")
