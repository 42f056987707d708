"""Arabic for the reasons a row is set aside (core.phone's and importing's English sentences).

core and importing speak English only (they have no UI language); the recipients table shows
their sentences in Arabic when the window is Arabic. Fixed sentences come from the catalogue;
sentences with numbers and country names in them are matched here. Anything not recognised is
shown in English, as it was written, rather than guessed at.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kwtsms_desktop.core.countries import COUNTRY_NAMES

_AR_NAME_BY_SHORT = {names[0]: names[2] for names in COUNTRY_NAMES.values()}
_AR_NAME_BY_SHORT.update({names[1]: names[2] for names in COUNTRY_NAMES.values()})

_FIXED = {
    "A phone number is required, but this one is empty: type a number such as +965 9876 5432.": "رقم الهاتف مطلوب لكن هذه الخانة فارغة: اكتب رقمًا مثل \u2066+965 9876 5432\u2069.",
    "This is not a phone number: no digits found.": "هذا ليس رقم هاتف: لا توجد فيه أرقام.",
    "This number was written in scientific notation (like 9.65988E+10): the last digits were lost, "
    "type the number again. In the spreadsheet, format the column as Text before typing numbers.": "كُتب هذا الرقم بالصيغة العلمية (مثل \u20669.65988E+10\u2069) فضاعت آخر خاناته: اكتب الرقم من جديد. "
    "في جدول البيانات، اجعل تنسيق العمود «نص» قبل كتابة الأرقام.",
    "There is no phone number in this row.": "لا يوجد رقم هاتف في هذا الصف.",
    "This cell holds a date, not a phone number. Format the column as Text in Excel, type the number again and re-import.": "هذه الخانة تحتوي تاريخًا لا رقم هاتف. اجعل تنسيق العمود «نص» في Excel، واكتب الرقم من جديد، ثم أعد الاستيراد.",
    "This cell holds a time, not a phone number. Format the column as Text in Excel, type the number again and re-import.": "هذه الخانة تحتوي وقتًا لا رقم هاتف. اجعل تنسيق العمود «نص» في Excel، واكتب الرقم من جديد، ثم أعد الاستيراد.",
    "This cell holds TRUE or FALSE, not a phone number.": "هذه الخانة تحتوي TRUE أو FALSE لا رقم هاتف.",
    "This is not a valid phone number.": "هذا ليس رقم هاتف صالحًا.",
}

_COUNTRY = r"(?P<country>[A-Z][A-Za-z .'-]+?)"
_LIST = r"(?P<{}>[0-9]+(?:, [0-9]+)*(?: or [0-9]+)?)"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            rf"{_COUNTRY} mobile numbers have {_LIST.format('lengths')} digits after the country code "
            r"(?P<code>[0-9]+); this one has (?P<size>[0-9]+)\. Check for a missing or extra digit\."
        ),
        "أرقام الجوال في {country} تتكون من {lengths} خانات بعد رمز الدولة {code}، وهذا الرقم فيه {size}. "
        "تحقّق من خانة ناقصة أو زائدة.",
    ),
    (
        re.compile(
            rf"{_COUNTRY} mobile numbers start with {_LIST.format('starts')} after the country code "
            r"(?P<code>[0-9]+); this one starts with (?P<first>[0-9])\."
        ),
        "أرقام الجوال في {country} تبدأ بـ {starts} بعد رمز الدولة {code}، وهذا الرقم يبدأ بـ {first}.",
    ),
    (
        re.compile(
            rf"{_COUNTRY} mobile numbers start with {_LIST.format('starts')}; this one starts with (?P<first>[0-9])\."
        ),
        "أرقام الجوال في {country} تبدأ بـ {starts}، وهذا الرقم يبدأ بـ {first}.",
    ),
    (
        re.compile(
            rf"This number is too short: it has (?P<size>[0-9]+) digits?, and {_COUNTRY} mobile numbers have "
            rf"{_LIST.format('lengths')}\. For another country, write its country code first, with \+ or 00\."
        ),
        "هذا الرقم قصير: فيه {size} خانات، وأرقام الجوال في {country} فيها {lengths}. "
        "لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.",
    ),
    (
        re.compile(
            rf"This number has (?P<size>[0-9]+) digits?, and {_COUNTRY} mobile numbers have "
            rf"{_LIST.format('lengths')}: check for an extra digit\. For another country, write its country "
            r"code first, with \+ or 00\."
        ),
        "في هذا الرقم {size} خانات، وأرقام الجوال في {country} فيها {lengths}: تحقّق من خانة زائدة. "
        "لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.",
    ),
    (
        re.compile(
            rf"This is not a {_COUNTRY} mobile number, and it starts with 0 like a number dialled inside "
            r"another country: write it with its country code, for example \+966 50 123 4567\."
        ),
        "هذا ليس رقم جوال من {country}، ويبدأ بـ 0 كرقم يُطلب من داخل دولة أخرى: اكتبه مع رمز دولته، "
        "مثل \u2066+966 50 123 4567\u2069.",
    ),
    (
        re.compile(
            r"This number is too long: it has (?P<size>[0-9]+) digits, the maximum is (?P<max>[0-9]+)\. "
            r"Is it two numbers in one cell\?"
        ),
        "هذا الرقم طويل: فيه {size} خانة، والحد الأقصى {max}. هل في الخانة رقمان؟",
    ),
    (
        re.compile(
            r"This number is too short: it has (?P<size>[0-9]+) digits?, the minimum is (?P<min>[0-9]+) "
            r"with the country code\."
        ),
        "هذا الرقم قصير: فيه {size} خانات، والحد الأدنى {min} مع رمز الدولة.",
    ),
    (
        re.compile(r"“(?P<shown>.*)” is an email address, not a phone number\."),
        "«\u2066{shown}\u2069» عنوان بريد إلكتروني وليس رقم هاتف.",
    ),
]


@lru_cache(maxsize=4096)
def reason_in_arabic(english: str) -> str:
    """The Arabic for one of the importer's reasons, or the English unchanged when it is not known."""
    fixed = _FIXED.get(english)
    if fixed is not None:
        return fixed
    for pattern, template in _PATTERNS:
        match = pattern.fullmatch(english)
        if match is None:
            continue
        fields = {key: _arabic_list(value) for key, value in match.groupdict().items()}
        if "country" in fields:
            fields["country"] = _AR_NAME_BY_SHORT.get(match.group("country"), match.group("country"))
        return template.format(**fields)
    return english


def _arabic_list(value: str) -> str:
    return value.replace(" or ", " أو ").replace(", ", "، ")


# ── Why a file could not be imported (importing.ImportFailed) ──────────────────────────────────
# The file's name is quoted “like this” by importing.errors.display_name. Each pattern matches
# the start of the importer's sentence; the Arabic gives the same advice in full.
_NAME = r"(?P<name>“.*?”)"
_FAILURES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(rf"The file {_NAME} was not found\."),
        "لم يُعثر على الملف {name}. ربما نُقل أو أُعيدت تسميته أو حُذف؛ اختر الملف مرة أخرى.",
    ),
    (
        re.compile(rf"You do not have permission to open the file {_NAME}\."),
        "ليست لديك صلاحية فتح الملف {name}. اطلب الصلاحية من صاحبه، أو انسخه إلى مجلد المستندات واستورد النسخة.",
    ),
    (
        re.compile(rf"The file {_NAME} is open in another program"),
        "الملف {name} مفتوح في برنامج آخر أو لا تملك صلاحية قراءته. أغلقه في Excel ثم حاول مرة أخرى.",
    ),
    (
        re.compile(rf"The file {_NAME} is empty"),
        "الملف {name} فارغ: لا توجد فيه صفوف لاستيرادها. تأكد أنك اخترت الملف الصحيح.",
    ),
    (
        re.compile(rf"The file {_NAME} is too large to import"),
        "الملف {name} أكبر من أن يُستورد. قسّمه إلى ملفات أصغر واستوردها واحدًا تلو الآخر.",
    ),
    (
        re.compile(rf"The file {_NAME} is protected with a password"),
        "الملف {name} محمي بكلمة مرور فلا يمكن قراءته. افتحه في Excel وأزل كلمة المرور واحفظه، ثم استورده مرة أخرى.",
    ),
    (
        re.compile(rf"The file {_NAME} (is damaged|is not a valid workbook|has a sheet that claims)"),
        "الملف {name} تالف أو غير مكتمل (ربما لم يُنزَّل أو يُنسخ كاملًا) فلا يمكن قراءته. احصل على الملف مرة أخرى، "
        "أو افتحه في Excel واحفظ نسخة جديدة.",
    ),
    (
        re.compile(rf"The file {_NAME} has a sheet whose cells reach row"),
        "في الملف {name} ورقة تمتد خلاياها أبعد كثيرًا من البيانات. احذف الصفوف والأعمدة الفارغة بعد بياناتك "
        "(أو انسخ البيانات إلى مصنف جديد)، واحفظ، ثم استورد مرة أخرى.",
    ),
    (
        re.compile(
            rf"The file {_NAME} (cannot be imported: .* files are not supported|does not contain readable text)"
        ),
        "لا يمكن استيراد الملف {name}: صيغته غير مدعومة أو لا يحتوي نصًا مقروءًا. يقرأ البرنامج ملفات Excel "
        "(xlsx وxlsm وxls وxlsb) وOpenDocument (ods) وCSV أو النص (csv وtxt وtsv) وجهات الاتصال (vcf).",
    ),
    (
        re.compile(rf"The file {_NAME} is an old 'XML Spreadsheet 2003' file\."),
        "الملف {name} بصيغة «XML Spreadsheet 2003» القديمة. افتحه في Excel واحفظه باسم «مصنف Excel ‏(.xlsx)»، ثم استورد ذلك الملف.",
    ),
    (
        re.compile(rf"The file {_NAME} is a ZIP archive"),
        "الملف {name} أرشيف مضغوط (ZIP) وليس جدول بيانات. فك ضغطه واستورد جدول البيانات الذي بداخله.",
    ),
    (
        re.compile(rf"The file {_NAME} is a web page \(HTML\) saved with an Excel name, and at"),
        "الملف {name} صفحة ويب (HTML) محفوظة باسم Excel، وهي أكبر من أن تُقرأ بهذه الطريقة. افتحه في Excel "
        "واحفظه بصيغة \u200e.xlsx\u200e ثم استورده.",
    ),
    (
        re.compile(rf"The file {_NAME} has too many columns to import"),
        "في أحد صفوف الملف {name} خانات أكثر مما يمكن استيراده (الحد 16,384 عمودًا كما في Excel). ربما ليس قائمة "
        "جهات اتصال، أو أن أعمدته مفصولة بحرف غير صحيح. افتحه في Excel وتحقق من الأعمدة، واحفظه بصيغة \u200e.xlsx\u200e ثم استورده.",
    ),
    (
        re.compile(r"The pasted text has too many columns to import"),
        "في أحد أسطر النص الملصق خانات أكثر مما يمكن استيراده. الصق رقمًا في كل سطر، أو أعمدة منسوخة من Excel.",
    ),
    (
        re.compile(rf"The file {_NAME} has too many cells to import"),
        "في الملف {name} صفوف أو خانات أكثر مما يمكن استيراده. قسّمه إلى ملفات أصغر (أو احذف الأعمدة التي لا "
        "تحتاجها)، واستوردها واحدًا تلو الآخر.",
    ),
    (
        re.compile(r"The pasted text has too many cells to import"),
        "في النص الملصق صفوف أو خانات أكثر مما يمكن استيراده. احفظه في ملفات أصغر واستوردها واحدًا تلو الآخر.",
    ),
    (
        re.compile(rf"The file {_NAME} has a line of more than"),
        "في الملف {name} سطر طويل جدًا، فهو ليس جدول جهات اتصال. افتحه في Excel أو في محرر نصوص وتأكد أنه الملف "
        "المقصود، واحفظه بصيغة \u200e.xlsx\u200e أو \u200e.csv\u200e ثم استورده.",
    ),
    (
        re.compile(r"The pasted text has a line of more than"),
        "في النص الملصق سطر طويل جدًا، فهو ليس جدول جهات اتصال. الصق رقمًا في كل سطر، أو أعمدة منسوخة من Excel.",
    ),
    (
        re.compile(rf"The file {_NAME} is a web page"),
        "الملف {name} صفحة ويب بلا جدول بيانات. افتحه في Excel واحفظه بصيغة ‎.xlsx‎ ثم استورده.",
    ),
    (
        re.compile(rf"The file {_NAME} is .*, not a spreadsheet\."),
        "الملف {name} ليس جدول بيانات. افتحه في البرنامج الذي أنشأه، واحفظ الجدول أو صدّره بصيغة Excel أو CSV، "
        "ثم استورد ذلك الملف.",
    ),
    (re.compile(rf"The file {_NAME} is a folder"), "{name} مجلد وليس ملفًا. اختر ملفًا بداخله."),
    (re.compile(rf"The file {_NAME} has no contacts in it"), "لا توجد جهات اتصال في الملف {name}."),
    (
        re.compile(rf"The file {_NAME} has no sheet called “(?P<sheet>.*?)”"),
        "لا توجد في الملف {name} ورقة باسم «{sheet}».",
    ),
    (re.compile(rf"The file {_NAME} has no sheets"), "لا توجد في الملف {name} أوراق فيها خلايا."),
    (
        re.compile(rf"{_NAME} could not be saved"),
        "تعذّر حفظ {name}: ربما لا تملك الصلاحية، أو الملف مفتوح في Excel، أو المجلد غير موجود. "
        "أغلق الملف أو اختر اسمًا أو مجلدًا آخر.",
    ),
    (
        re.compile(r"The pasted text is too large\."),
        "النص الملصق كبير جدًا. احفظه في ملف CSV أو Excel واستورد الملف بدلًا من ذلك.",
    ),
    (re.compile(r"Nothing was pasted\."), "لم يُلصق شيء. الصق رقمًا في كل سطر، أو أعمدة منسوخة من Excel."),
    (re.compile(r"No file was chosen\."), "لم يُختر ملف. اختر جدول بيانات أو ملف CSV أو ملف جهات اتصال."),
    (
        re.compile(r"The chosen phone column is not in this table\."),
        "عمود الهاتف المختار غير موجود في هذا الجدول. اختر العمود الذي يحتوي الأرقام.",
    ),
    (re.compile(r"The import was cancelled\."), "أُلغي الاستيراد. لم يُستورد شيء."),
]


@lru_cache(maxsize=256)
def failure_in_arabic(english: str) -> str:
    """The Arabic for why a file could not be imported, or the English unchanged when it is not known."""
    for pattern, template in _FAILURES:
        match = pattern.match(english)
        if match is not None:
            fields = {k: v for k, v in match.groupdict().items() if v is not None}
            return template.format(**fields)
    return english
