"""Writes password_protected.xlsx once (python -m pip install msoffcrypto-tool openpyxl; python make_encrypted_fixture.py).

Excel's "Encrypt with Password" turns an .xlsx into an OLE2 (CFB) container holding EncryptionInfo and
EncryptedPackage streams, not a zip. msoffcrypto-tool writes the same container (ECMA-376 agile
encryption); it is not a project dependency: the file is committed and the tests only read it.
The password is "kwtsms".
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from msoffcrypto.format.ooxml import OOXMLFile

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    book = openpyxl.Workbook()
    book.active.append(["Name", "Mobile"])
    book.active.append(["Secret", 98765432])
    plain = io.BytesIO()
    book.save(plain)
    plain.seek(0)
    encrypted = io.BytesIO()
    OOXMLFile(plain).encrypt("kwtsms", encrypted)
    (HERE / "password_protected.xlsx").write_bytes(encrypted.getvalue())
