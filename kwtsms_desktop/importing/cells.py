"""What one cell or one row says on its own: header words (English and Arabic), phone-like cells,
the header row of a table, a phone cell without its spreadsheet marks.

The lowest piece of the import: table.py, columns.py and recipients.py all build on it.
"""

from __future__ import annotations

import re

# How many leading rows are searched for the header.
HEADER_SCAN_ROWS = 30

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_NOT_WORD = re.compile(r"[\W\d_]+")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})

# Digits in any script Excel users type, with the punctuation found inside written phone numbers.
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_PHONE_LIKE = re.compile(rf"['+(]?[{_DIGIT}][{_DIGIT} ()\-./]*")
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
_DIGIT_CHAR = re.compile(f"[{_DIGIT}]")


def normalize_header(text: str) -> str:
    """Header text reduced for matching: case-folded, Arabic letter variants and marks folded, no digits or punctuation."""
    folded = _ARABIC_MARKS.sub("", text.casefold()).translate(_ARABIC_FOLD)
    return " ".join(_NOT_WORD.sub(" ", folded).split())


def _phrases(*words: str) -> tuple[str, ...]:
    return tuple(normalize_header(word) for word in words)


# Whole-header matches score 3, a strong word inside a longer header 2, a weak word 1.
_PHONE_EXACT = _phrases(
    "mobile",
    "mobiles",
    "mobile number",
    "mobile no",
    "phone",
    "phones",
    "phone number",
    "phone no",
    "telephone",
    "telephone number",
    "tel",
    "tel no",
    "cell",
    "cell phone",
    "cellphone",
    "cell number",
    "msisdn",
    "whatsapp",
    "whatsapp number",
    "gsm",
    "contact number",
    "contact no",
    "mobile phone",
    "number",
    "numbers",
    "phone numbers",
    "mobile numbers",
    "recipient",
    "recipients",
    "sms",
    "جوال",
    "الجوال",
    "رقم الجوال",
    "هاتف",
    "الهاتف",
    "رقم الهاتف",
    "رقم",
    "الرقم",
    "ارقام",
    "الارقام",
    "رقم التلفون",
    "موبايل",
    "الموبايل",
    "رقم الموبايل",
    "محمول",
    "المحمول",
    "رقم المحمول",
    "نقال",
    "النقال",
    "رقم النقال",
    "تلفون",
    "التلفون",
    "تليفون",
    "واتساب",
    "رقم الواتساب",
    "رقم التواصل",
    "رقم الاتصال",
    "ارقام الجوال",
    "ارقام الهواتف",
)
_PHONE_WORDS = frozenset(
    _phrases(
        "mobile",
        "mobiles",
        "mob",
        "phone",
        "phones",
        "telephone",
        "tel",
        "cell",
        "cellphone",
        "msisdn",
        "whatsapp",
        "gsm",
        "handphone",
    )
)
_PHONE_STEMS = _phrases("جوال", "هاتف", "هواتف", "موبايل", "محمول", "نقال", "تلفون", "تليفون", "واتساب", "واتس")
_PHONE_WEAK = frozenset(
    _phrases("number", "numbers", "num", "contact", "رقم", "الرقم", "ارقام", "الارقام", "للتواصل", "التواصل")
)
# Words that make "number" mean something else (an ID, a serial, a fax).
_PHONE_NEGATIVE = frozenset(
    _phrases(
        "id",
        "civil",
        "serial",
        "seq",
        "sequence",
        "code",
        "zip",
        "postal",
        "fax",
        "account",
        "invoice",
        "order",
        "file",
        "room",
        "national",
        "passport",
        "employee",
        "student",
        "staff",
        "reference",
        "ref",
        "فاكس",
        "هويه",
        "الهويه",
        "مدني",
        "المدني",
        "تسلسل",
        "التسلسل",
        "ملف",
        "الملف",
        "الطالب",
        "طالب",
        "الموظف",
        "الوظيفي",
        "الحساب",
        "حساب",
        "الفاتوره",
        "الطلب",
        "جواز",
        "الجواز",
        "المرجع",
        "الغرفه",
    )
)

_NAME_EXACT = _phrases(
    "name",
    "names",
    "full name",
    "fullname",
    "contact name",
    "customer name",
    "client name",
    "student name",
    "employee name",
    "parent name",
    "guardian name",
    "first name",
    "display name",
    "الاسم",
    "اسم",
    "الاسماء",
    "الاسم الكامل",
    "الاسم الثلاثي",
    "اسم العميل",
    "اسم الطالب",
    "اسم الموظف",
    "اسم ولي الامر",
    "اسم المستلم",
    "الاسم بالكامل",
)
_NAME_WORDS = frozenset(_phrases("name", "names", "fullname", "firstname", "nom", "nombre"))
_NAME_STEMS = _phrases(
    "اسم",
)
_NAME_WEAK = frozenset(
    _phrases(
        "contact",
        "customer",
        "client",
        "student",
        "employee",
        "parent",
        "guardian",
        "member",
        "person",
        "recipient",
        "العميل",
        "عميل",
        "الطالب",
        "طالب",
        "الموظف",
        "موظف",
        "ولي",
        "المستلم",
        "الشخص",
        "المشترك",
    )
)
_NAME_NEGATIVE = frozenset(_phrases("user", "username", "file", "sheet", "company", "sender", "الملف", "المستخدم"))


def _score(
    header: str,
    exact: tuple[str, ...],
    words: frozenset[str],
    stems: tuple[str, ...],
    weak: frozenset[str],
    negative: frozenset[str],
) -> int:
    text = normalize_header(header)
    if not text:
        return 0
    tokens = text.split()
    has_negative = any(token in negative for token in tokens)
    if text in exact and not has_negative:
        return 3
    if any(token in words for token in tokens) or any(stem in token for token in tokens for stem in stems):
        return 2
    if not has_negative and any(token in weak for token in tokens):
        return 1
    return 0


def phone_header_score(header: str) -> int:
    """3: the header names a phone column outright; 2: it contains a phone word; 1: a weak hint ("number"); 0: none."""
    return _score(header, _PHONE_EXACT, _PHONE_WORDS, _PHONE_STEMS, _PHONE_WEAK, _PHONE_NEGATIVE)


def name_header_score(header: str) -> int:
    """Like phone_header_score, for a column of names."""
    return _score(header, _NAME_EXACT, _NAME_WORDS, _NAME_STEMS, _NAME_WEAK, _NAME_NEGATIVE)


def looks_like_phone(cell: str) -> bool:
    """A cell written like a phone number (7+ digits and phone punctuation) or a number Excel put in scientific notation."""
    if len(cell) < 7 or len(cell) > 40:
        return False
    if _PHONE_LIKE.fullmatch(cell):
        return len(_DIGIT_CHAR.findall(cell)) >= 7
    return bool(_SCIENTIFIC.fullmatch(cell))


def _is_numeric(cell: str) -> bool:
    """No letters and at least one digit: a value, never a header."""
    return any(ch.isdigit() for ch in cell) and not any(ch.isalpha() for ch in cell)


def find_header_row(rows: list[list[str]]) -> int | None:
    """Index of the header among the leading non-blank ``rows``, or None when the data starts at once.

    A header is a row of words (no numbers) at least as wide as the data wants (2 cells when the data
    has several columns), above the first row that holds a phone-like cell. The first such row that
    names a phone or name column wins; failing that, the last such row just above the data.
    """
    scan = rows[:HEADER_SCAN_ROWS]
    if not scan:
        return None
    counts = [sum(1 for cell in row if cell) for row in scan]
    needed = min(2, max(counts))
    first_data = next((i for i, row in enumerate(scan) if any(looks_like_phone(cell) for cell in row)), None)
    limit = first_data if first_data is not None else len(scan)
    candidates = [
        i for i in range(limit) if counts[i] >= needed and not any(_is_numeric(cell) for cell in scan[i] if cell)
    ]
    for i in candidates:
        if any(phone_header_score(cell) or name_header_score(cell) >= 2 for cell in scan[i] if cell):
            return i
    if first_data is not None and candidates:
        return candidates[-1]
    return None


def prepare_phone_cell(cell: str) -> str:
    """Undo what spreadsheets do to a typed number before checking it: a leading apostrophe (Excel's
    force-text mark, also added by our own formula-injection guard) is not part of the number."""
    if cell[:1] == "'":
        return cell[1:].lstrip()
    return cell
