"""A small streaming .xlsx writer (one sheet, inline strings, numbers, a frozen bold header row), so exports need no extra dependency.

Text that looks like a formula stays text and is marked so (see formula_guard)."""

from __future__ import annotations

import math
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from kwtsms_desktop.importing.formula_guard import formula_safe_text

# Characters XML 1.0 forbids; Excel refuses a file that contains them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MAX_CELL_CHARS = 32767  # Excel's limit for one cell
_ARABIC = re.compile("[\u0600-\u06ff]")

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>kwtSMS Desktop</dc:creator></cp:coreProperties>"""

_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kwtSMS Desktop</Application></Properties>"""

_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

# Style 0: normal; style 1: bold (the header row); 2 and 3: the same, marked as text that only looks
# like a formula (quotePrefix: Excel's own mark, so editing the cell never turns it into a formula).
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" quotePrefix="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _sheet_name(name: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", _XML_ILLEGAL.sub("", name)).strip().strip("'") or "Sheet1"
    return cleaned[:31]


def _cell(reference: str, value: object, style: int) -> str:
    style_attr = f' s="{style}"' if style else ""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{reference}" t="b"{style_attr}><v>{int(value)}</v></c>'
    if isinstance(value, int) and abs(value) < 10**15:
        return f'<c r="{reference}"{style_attr}><v>{value}</v></c>'
    if isinstance(value, float) and math.isfinite(value):
        return f'<c r="{reference}"{style_attr}><v>{value!r}</v></c>'
    text = _XML_ILLEGAL.sub("", str(value))[:_MAX_CELL_CHARS]
    guarded = formula_safe_text(text)
    if guarded is not None:
        text, style_attr = guarded, f' s="{style + 2}"'
    return f'<c r="{reference}" t="inlineStr"{style_attr}><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def _row(number: int, values: Sequence[object], letters: list[str], style: int) -> str:
    while len(letters) < len(values):
        letters.append(column_letter(len(letters)))
    cells = "".join(_cell(f"{letters[i]}{number}", value, style) for i, value in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[object],
    rows: Iterable[Sequence[object]],
    sheet_name: str = "Sheet1",
    right_to_left: bool | None = None,
) -> int:
    """Write one sheet: a bold, frozen header row, then ``rows``. Text stays text (a phone number is
    never turned into a number); ints and floats are numbers. Rows are streamed to the file, so a
    large export needs little memory. Returns the number of data rows written. The file is written
    next to ``path`` and moved into place at the end, so a failure never leaves half a workbook.

    ``right_to_left`` shows the sheet right to left (None: when the headers contain Arabic)."""
    target = os.fspath(path)
    temporary = f"{target}.part"
    headers = list(headers)
    if right_to_left is None:
        right_to_left = any(_ARABIC.search(str(header)) for header in headers)
    letters: list[str] = []
    width = len(headers)
    count = 0
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
            archive.writestr("_rels/.rels", _ROOT_RELS)
            archive.writestr("docProps/core.xml", _CORE)
            archive.writestr("docProps/app.xml", _APP)
            archive.writestr(
                "xl/workbook.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<sheets><sheet name="{escape(_sheet_name(sheet_name), {chr(34): "&quot;"})}" sheetId="1" r:id="rId1"/></sheets></workbook>',
            )
            archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
            archive.writestr("xl/styles.xml", _STYLES)
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
                rtl = ' rightToLeft="1"' if right_to_left else ""
                pane = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' if headers else ""
                sheet.write(
                    (
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        f'<sheetViews><sheetView workbookViewId="0"{rtl}>{pane}</sheetView></sheetViews>'
                        + (f'<cols><col min="1" max="{width}" width="22" customWidth="1"/></cols>' if width else "")
                        + "<sheetData>"
                    ).encode("utf-8")
                )
                buffer: list[str] = []
                if headers:
                    buffer.append(_row(1, headers, letters, 1))
                first = 2 if headers else 1
                for count, values in enumerate(rows, start=1):
                    buffer.append(_row(first + count - 1, list(values), letters, 0))
                    if len(buffer) >= 1000:
                        sheet.write("".join(buffer).encode("utf-8"))
                        buffer.clear()
                sheet.write(("".join(buffer) + "</sheetData></worksheet>").encode("utf-8"))
        os.replace(temporary, target)
    except BaseException:
        try:
            os.remove(temporary)
        except OSError:
            pass
        raise
    return count
