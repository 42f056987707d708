"""Tell what a file really is from its first bytes (and its extension only when the bytes allow both), with a sentence when it is not something we read."""

from __future__ import annotations

import zipfile
from pathlib import Path

from kwtsms_desktop.importing.errors import SUPPORTED_FORMATS, ImportFailed, display_name, file_name
from kwtsms_desktop.importing.ole2 import DamagedContainer, inspect_container
from kwtsms_desktop.importing.xls_guard import TooManyCells, check_workbook_stream

WORKBOOK_EXTENSIONS = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".xla", ".ods"})
TEXT_EXTENSIONS = frozenset({".csv", ".txt", ".tsv", ".tab", ".prn", ".text"})
VCARD_EXTENSIONS = frozenset({".vcf", ".vcard"})
SUPPORTED_EXTENSIONS = WORKBOOK_EXTENSIONS | TEXT_EXTENSIONS | VCARD_EXTENSIONS

# Uncompressed size a workbook may claim before we refuse it (a zip bomb or a sheet no office keeps).
MAX_UNPACKED_BYTES = 1_000_000_000

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def _save_as(name: str, what: str) -> str:
    return (
        f"The file {name} is {what}, not a spreadsheet. Open it in the program that made it, save or export the "
        f"contacts as Excel (.xlsx) or CSV, and import that file. This app reads {SUPPORTED_FORMATS}."
    )


def _binary_kind(head: bytes) -> str | None:
    """Name well-known non-spreadsheet formats by their magic bytes."""
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "a PDF document"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "a PNG image"
    if head.startswith(b"\xff\xd8\xff"):
        return "a JPEG image (a photo or scan)"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "a GIF image"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "a TIFF image (a scan)"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "a HEIC/AVIF photo"
    if (
        head.startswith(b"BM")
        and len(head) > 26
        and head[6:10] == b"\x00\x00\x00\x00"
        and head[14] in (12, 40, 56, 108, 124)
    ):
        return "a BMP image"
    if head.startswith(b"{\\rtf"):
        return "an RTF document"
    if head.startswith((b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b")):
        return "a compressed archive"
    if head.startswith(b"MZ"):
        return "a program (.exe)"
    return None


def _zip_kind(path: Path, name: str) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if any(info.flag_bits & 0x1 for info in infos):
                raise ImportFailed(
                    f"The file {name} is protected with a password. Open it in Excel, remove the password "
                    "(File > Info > Protect Workbook), save it, and import it again.",
                    "password",
                    file=file_name(name),
                )
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                raise ImportFailed(
                    f"The file {name} is too large to import: unpacked it holds more than 1 GB. Split it into smaller files.",
                    "too_large_unpacked",
                    file=file_name(name),
                )
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "xl/workbook.bin" in names:
                return "xlsb"
            mimetype = b""
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:200]
            if b"opendocument.spreadsheet" in mimetype or ("content.xml" in names and not mimetype):
                return "ods"
    except ImportFailed:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        KeyError,
    ) as error:
        raise ImportFailed(
            f"The file {name} is damaged or incomplete (perhaps it was not fully downloaded or copied), so it cannot "
            "be opened. Get the file again, or open it in Excel and save a new copy.",
            "damaged",
            file=file_name(name),
        ) from error
    if b"opendocument.text" in mimetype:
        raise ImportFailed(
            _save_as(name, "a text document (OpenDocument Writer)"),
            "not_spreadsheet",
            file=file_name(name),
            kind="a text document (OpenDocument Writer)",
        )
    if any(n.startswith("word/") for n in names):
        raise ImportFailed(
            _save_as(name, "a Word document"), "not_spreadsheet", file=file_name(name), kind="a Word document"
        )
    if any(n.startswith("ppt/") for n in names):
        raise ImportFailed(
            _save_as(name, "a PowerPoint presentation"),
            "not_spreadsheet",
            file=file_name(name),
            kind="a PowerPoint presentation",
        )
    if b"opendocument" in mimetype:
        raise ImportFailed(
            _save_as(name, "an OpenDocument file of another kind"),
            "not_spreadsheet",
            file=file_name(name),
            kind="an OpenDocument file of another kind",
        )
    raise ImportFailed(
        f"The file {name} is a ZIP archive, not a spreadsheet. Unzip it and import the spreadsheet inside it.",
        "zip_archive",
        file=file_name(name),
    )


def _ole2_kind(path: Path, name: str) -> str:
    """An OLE2 container is a legacy .xls, a password-protected .xlsx, or some other Office file."""
    try:
        streams, workbook = inspect_container(path)
        if workbook is not None:
            check_workbook_stream(workbook)
    except TooManyCells as error:
        raise ImportFailed(
            f"The file {name} has a sheet that claims far more cells than it holds (damaged, or formatted down to "
            "the last row): it cannot be imported safely. Open it in Excel, copy the data into a new workbook, "
            "save it as .xlsx, and import that.",
            "sheet_too_big",
            file=file_name(name),
        ) from error
    except DamagedContainer as error:
        raise ImportFailed(
            f"The file {name} is damaged, so it cannot be read (perhaps it was not fully downloaded or copied). "
            "Get the file again, or open it in Excel and save a new copy.",
            "damaged",
            file=file_name(name),
        ) from error
    if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
        raise ImportFailed(
            f"The file {name} is protected with a password, so it cannot be read. Open it in Excel, remove the password "
            "(File > Info > Protect Workbook > Encrypt with Password, clear it), save it, and import it again.",
            "password",
            file=file_name(name),
        )
    if "Workbook" in streams or "Book" in streams:
        return "xls"
    if "WordDocument" in streams:
        raise ImportFailed(
            _save_as(name, "a Word document"), "not_spreadsheet", file=file_name(name), kind="a Word document"
        )
    if "PowerPoint Document" in streams:
        raise ImportFailed(
            _save_as(name, "a PowerPoint presentation"),
            "not_spreadsheet",
            file=file_name(name),
            kind="a PowerPoint presentation",
        )
    raise ImportFailed(
        _save_as(name, "an Office file of another kind"),
        "not_spreadsheet",
        file=file_name(name),
        kind="an Office file of another kind",
    )


def looks_like_text(head: bytes) -> bool:
    """Text (in any encoding we read) rather than binary data."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    sample = head[:4096]
    if not sample:
        return True
    zeros = sample.count(0)
    if zeros > len(sample) // 100:
        # UTF-16 without a BOM has a zero in every other byte for Latin text and digits.
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        return max(odd, even) >= len(sample) // 4 and min(odd, even) <= len(sample) // 50
    # A few stray NUL bytes (padding after a crash or a bad export) are dropped by the text reader.
    controls = sum(1 for byte in sample if byte < 9 and byte != 0 or 13 < byte < 32 and byte != 27)
    return controls <= len(sample) // 100


def _starts_vcard(head: bytes) -> bool:
    text = head[:256]
    if text.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = text[2:].replace(b"\x00", b"")
    return text.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCARD")


def _markup_kind(head: bytes) -> str | None:
    text = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"\xff\xfe") or text.startswith(b"\xfe\xff"):
        text = head[:4096].decode("utf-16", "ignore").encode("ascii", "ignore").lower().lstrip()
    if text.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<head")) or b"<html" in text[:512]:
        return "html"
    if text.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head[:4096]:
        return "xml-spreadsheet"
    if text.startswith(b"<?xml"):
        return "xml"
    return None


def sniff_format(path: Path, head: bytes) -> str:
    """One of "xlsx", "xlsb", "ods", "xls", "text", "vcf", "html" for ``path``, or ImportFailed saying why not."""
    name = display_name(path)
    extension = path.suffix.lower()
    kind = _binary_kind(head)
    if kind:
        raise ImportFailed(_save_as(name, kind), "not_spreadsheet", file=file_name(name), kind=kind)
    if head.startswith(_ZIP):
        return _zip_kind(path, name)
    if head.startswith(_OLE2):
        return _ole2_kind(path, name)
    markup = _markup_kind(head)
    if markup == "html":
        return "html"
    if markup == "xml-spreadsheet":
        raise ImportFailed(
            f"The file {name} is an old 'XML Spreadsheet 2003' file. Open it in Excel, choose Save As > Excel Workbook "
            "(.xlsx), and import that file.",
            "xml_2003",
            file=file_name(name),
        )
    if extension not in SUPPORTED_EXTENSIONS and extension:
        raise ImportFailed(
            f"The file {name} cannot be imported: {extension} files are not supported. It reads {SUPPORTED_FORMATS}.",
            "unsupported",
            file=file_name(name),
            extension=extension,
        )
    if not looks_like_text(head):
        if extension in WORKBOOK_EXTENSIONS:
            raise ImportFailed(
                f"The file {name} is not a valid workbook: it is damaged or not really an Excel or OpenDocument file. "
                "Open it in Excel and save a new copy, or export the contacts as CSV.",
                "not_workbook",
                file=file_name(name),
            )
        raise ImportFailed(
            f"The file {name} does not contain readable text: it may be damaged or in a format this app does not read. "
            f"It reads {SUPPORTED_FORMATS}.",
            "not_text",
            file=file_name(name),
        )
    if extension in VCARD_EXTENSIONS or _starts_vcard(head):
        return "vcf"
    return "text"
