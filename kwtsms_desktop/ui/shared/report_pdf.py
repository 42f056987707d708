"""The broadcast report as a Qt text document: written to PDF here, printed by the window (same document).

The content comes from engine/report.py's Qt-free model; this module only lays it out (HTML in a
QTextDocument) in English or Arabic. Arabic is shaped and right-to-left by Qt's text engine with
a font that has Arabic letters (ui/shared/style.py's list). Works without a screen: a QGuiApplication is
created on the offscreen platform when none exists (the command line).
"""

from __future__ import annotations

import datetime as dt
import html
import os
import sys
import unicodedata

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from kwtsms_desktop.engine.report import BroadcastReport, generated_at, local_time, mode_label, points
from kwtsms_desktop.engine.results import label

# The per-number table is bounded: a PDF of 100,000 rows helps nobody (the results export has them all).
MAX_TABLE_ROWS = 2_000
# Fonts that draw Arabic, best first (as ui/shared/style.py); DejaVu Sans is what CI and Linux have.
_FONTS = ("Segoe UI", "SF Pro Text", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans")

_WORDS = {
    "title": ("Broadcast report", "تقرير الإرسالية"),
    "message": ("Message", "نص الرسالة"),
    "sender": ("Sender ID", "اسم المرسل"),
    "date": ("Date and time", "التاريخ والوقت"),
    "mode": ("Mode", "النوع"),
    "recipients": ("Recipients", "المستلمون"),
    "set_aside": ("Set aside", "المستبعدون"),
    "points": ("Points charged", "النقاط المخصومة"),
    "before": ("Balance before", "الرصيد قبل"),
    "after": ("Balance after", "الرصيد بعد"),
    "checked": ("Status checked", "آخر تحقق من الحالة"),
    "never": ("not checked yet", "لم يتحقق منها بعد"),
    "counts": ("Numbers by state", "الأرقام حسب الحالة"),
    "state": ("State", "الحالة"),
    "count": ("Numbers", "العدد"),
    "aside_rows": ("Set-aside rows", "الصفوف المستبعدة"),
    "numbers": ("Each number", "كل رقم"),
    "number": ("Number", "الرقم"),
    "name": ("Name", "الاسم"),
    "reason": ("Reason", "السبب"),
    "batch": ("Batch", "الدفعة"),
    "unknown": ("unknown", "غير معروف"),
    "test_note": (
        "Test mode: queued on kwtSMS, never delivered; the points stay held until the queue is cleared on kwtsms.com.",
        "وضع الاختبار: الرسائل في قائمة الانتظار لدى kwtSMS ولا تسلم؛ تبقى النقاط محجوزة "
        "حتى تحذف من قائمة الانتظار على kwtsms.com.",
    ),
    "more": (
        "Only the first {shown} of {total} numbers are listed; the results export (CSV or Excel) has them all.",
        "يعرض التقرير أول {shown} من {total} رقمًا؛ ملف النتائج (CSV أو Excel) فيه جميع الأرقام.",
    ),
    "generated": ("Made by kwtSMS Desktop on {time}", "أعده kwtSMS Desktop في {time}"),
}

_app: QGuiApplication | None = None  # kept alive when this module had to create it


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when there is no screen to use)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "kwtsms-desktop"])
    return _app


def _font() -> QFont:
    families = set(QFontDatabase.families())
    family = next((f for f in _FONTS if f in families), None)
    font = QFont(family) if family else QFont()
    font.setPointSizeF(9.5)
    return font


def _isolate(text: object) -> str:
    """Escaped, and kept in its own direction inside a sentence of the other one (numbers, Latin names)."""
    return "\u2068" + html.escape(str(text)) + "\u2069"


def report_html(report: BroadcastReport, lang: str = "en", *, now: dt.datetime | None = None) -> str:
    ar = lang.lower().startswith("ar")

    def w(key: str, **fields: object) -> str:
        text = _WORDS[key][1 if ar else 0]
        return html.escape(text.format(**fields) if fields else text)

    direction = "rtl" if ar else "ltr"
    align = "right" if ar else "left"
    mode = mode_label(report.test, lang)
    mode_cell = f'<b style="color:{"#b45309" if report.test else "#166534"}">{html.escape(mode)}</b>'
    message = html.escape(report.message).replace("\n", "<br>")
    message_dir = "rtl" if _starts_right_to_left(report.message) else "ltr"
    message_align = "right" if message_dir == "rtl" else "left"
    facts = [
        (w("sender"), _isolate(report.sender)),
        (w("date"), _isolate(local_time(report.created_utc))),
        (w("mode"), mode_cell),
        (w("recipients"), _isolate(f"{report.recipients:,}")),
        (w("set_aside"), _isolate(f"{report.set_aside:,}")),
        (w("points"), _isolate(points(report.points_charged))),
        (w("before"), _isolate(points(report.balance_before)) if report.balance_before is not None else w("unknown")),
        (w("after"), _isolate(points(report.balance_after)) if report.balance_after is not None else w("unknown")),
        (w("checked"), _isolate(local_time(report.checked_utc)) if report.checked_utc else w("never")),
    ]
    parts = [
        f'<html><body dir="{direction}">',
        f'<h2 align="{align}">{w("title")} {_isolate("#" + str(report.id))}</h2>',
        f'<h3 align="{align}">{w("message")}</h3>',
        # The message keeps its own direction (an English report of an Arabic message, and back).
        f'<table width="100%" border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;'
        f' border-color:#999999"><tr><td bgcolor="#f3f4f6" align="{message_align}">'
        f'<p dir="{message_dir}" align="{message_align}">{message}</p></td></tr></table>',
        _table(None, facts, align, widths=(30, 70), header_column=True),
    ]
    if report.test:
        parts.append(f'<p align="{align}" style="color:#b45309">{w("test_note")}</p>')
    parts.append(f'<h3 align="{align}">{w("counts")}</h3>')
    parts.append(
        _table(
            [w("state"), w("count")],
            [(html.escape(label(s, lang)), _isolate(f"{n:,}")) for s, n in report.counts.items()],
            align,
            widths=(70, 30),
        )
    )
    aside = report.set_aside_rows
    if aside:
        parts.append(f'<h3 align="{align}">{w("aside_rows")}</h3>')
        parts.append(
            _table(
                [w("number"), w("name"), w("reason")],
                [
                    (_isolate(r.number), html.escape(r.name), html.escape(r.reason(lang)))
                    for r in aside[:MAX_TABLE_ROWS]
                ],
                align,
                widths=(25, 25, 50),
            )
        )
    sent = report.sent_rows
    parts.append(f'<h3 align="{align}">{w("numbers")}</h3>')
    if len(sent) > MAX_TABLE_ROWS:
        parts.append(f'<p align="{align}">{w("more", shown=f"{MAX_TABLE_ROWS:,}", total=f"{len(sent):,}")}</p>')
    parts.append(
        _table(
            [w("number"), w("name"), w("state"), w("reason"), w("batch")],
            [
                (
                    _isolate(r.number),
                    html.escape(r.name),
                    html.escape(r.label(lang)),
                    html.escape(r.reason(lang)),
                    _isolate(r.batch_seq if r.batch_seq is not None else ""),
                )
                for r in sent[:MAX_TABLE_ROWS]
            ],
            align,
            widths=(17, 18, 35, 20, 10),
        )
    )
    parts.append(f'<p align="{align}" style="color:#6b7280">{w("generated", time=_isolate(generated_at(now)))}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def _starts_right_to_left(text: str) -> bool:
    """The first letter with a direction is Arabic (or another right-to-left script)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _table(headers, rows, align: str, *, widths: tuple[int, ...], header_column: bool = False) -> str:
    out = [
        '<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;'
        ' border-color:#999999">'
    ]
    if headers:
        out.append(
            "<tr>"
            + "".join(
                f'<th bgcolor="#e5e7eb" align="{align}" width="{width}%">{h}</th>'
                for h, width in zip(headers, widths, strict=False)
            )
            + "</tr>"
        )
    for row in rows:
        cells = []
        for index, (cell, width) in enumerate(zip(row, widths, strict=False)):
            tag = "th" if header_column and index == 0 else "td"
            shade = ' bgcolor="#f9fafb"' if tag == "th" else ""
            cells.append(f'<{tag} align="{align}" width="{width}%"{shade}>{cell}</{tag}>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def report_document(report: BroadcastReport, lang: str = "en", *, now: dt.datetime | None = None) -> QTextDocument:
    """The laid-out report, ready for ``print_`` to a QPdfWriter or a QPrinter."""
    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(_font())
    if lang.lower().startswith("ar"):
        option = QTextOption(document.defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    document.setHtml(report_html(report, lang, now=now))
    return document


def write_report_pdf(
    report: BroadcastReport, path: str | os.PathLike[str], lang: str = "en", *, now: dt.datetime | None = None
) -> None:
    """Write the report as an A4 PDF at ``path`` (the caller checks the path can be written first)."""
    document = report_document(report, lang, now=now)
    writer = QPdfWriter(os.fspath(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ adds 2 cm margins of its own (and the page numbers).
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{_WORDS['title'][1 if lang.lower().startswith('ar') else 0]} #{report.id}")
    writer.setCreator("kwtSMS Desktop")
    document.print_(writer)
