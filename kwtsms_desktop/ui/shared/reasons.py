"""Why a row is set aside, or a file could not be imported, in the window's language: codes to words.

core.phone and importing give every verdict a stable code with its params (NumberCheck.code,
Rejected.code, ImportFailed.code) next to an English sentence for the command line and logs.
Here each code becomes a sentence through Qt's translation system (context "Reasons" and
"ImportFailure"), numbers and file names isolated so they read right in right-to-left text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kwtsms_desktop.core.bidi import isolate, ltr
from kwtsms_desktop.core.phone import country_name
from kwtsms_desktop.importing.errors import ImportFailed
from kwtsms_desktop.ui.shared.translation import language, translatable, translate, translate_marked

_EXAMPLE_KUWAIT = "+965 9876 5432"
_EXAMPLE_SAUDI = "+966 50 123 4567"
_EXAMPLE_SCIENTIFIC = "9.65988E+10"


def _or_list(items: Sequence[Any]) -> str:
    """ "4, 5, 6 or 9" in the window's language."""
    texts = [str(item) for item in items]
    if len(texts) <= 1:
        return texts[0] if texts else ""
    return translate(
        "Reasons",
        "{items} or {last}",
        "a list of choices",
        items=translate("Reasons", ", ").join(texts[:-1]),
        last=texts[-1],
    )


def _country(code: object) -> str:
    return country_name(str(code), language()) or ltr(f"+{code}")


def reason_text(code: str | None, params: Mapping[str, Any], fallback: str = "") -> str:
    """The sentence for a refusal code (core.phone.REASON_CODES or importing's row codes)."""
    p = params
    if code == "empty":
        return translate(
            "Reasons",
            "A phone number is required, but this one is empty: type a number such as {example}.",
            example=ltr(_EXAMPLE_KUWAIT),
        )
    if code == "no_digits":
        return translate("Reasons", "This is not a phone number: no digits found.")
    if code == "email":
        return translate(
            "Reasons", "“{address}” is an email address, not a phone number.", address=ltr(p.get("text", ""))
        )
    if code == "scientific_notation":
        return translate(
            "Reasons",
            "This number was written in scientific notation (like {example}): the last digits were lost, type the "
            "number again. In the spreadsheet, format the column as Text before typing numbers.",
            example=ltr(_EXAMPLE_SCIENTIFIC),
        )
    if code in ("wrong_length", "too_short", "extra_digit"):
        fields: dict[str, Any] = {
            "country": _country(p["country"]),
            "lengths": _or_list(p.get("lengths", ())),
            "code": p["country"],
        }
        size = int(p.get("size", 0))
        if code == "wrong_length":
            return translate(
                "Reasons",
                "{country} mobile numbers have {lengths} digits after the country code {code}; this one has %n. "
                "Check for a missing or extra digit.",
                n=size,
                **fields,
            )
        if code == "too_short":
            return translate(
                "Reasons",
                "This number is too short: it has %n digit(s), and {country} mobile numbers have {lengths}. "
                "For another country, write its country code first, with + or 00.",
                n=size,
                **fields,
            )
        return translate(
            "Reasons",
            "This number has %n digit(s), and {country} mobile numbers have {lengths}: check for an extra digit. "
            "For another country, write its country code first, with + or 00.",
            n=size,
            **fields,
        )
    if code in ("not_mobile", "local_not_mobile"):
        fields = {
            "country": _country(p["country"]),
            "starts": _or_list(p.get("starts", ())),
            "code": p["country"],
            "first": p.get("first", ""),
        }
        if code == "not_mobile":
            return translate(
                "Reasons",
                "{country} mobile numbers start with {starts} after the country code {code}; this one starts with {first}.",
                **fields,
            )
        return translate(
            "Reasons", "{country} mobile numbers start with {starts}; this one starts with {first}.", **fields
        )
    if code == "foreign_local":
        return translate(
            "Reasons",
            "This is not a {country} mobile number, and it starts with 0 like a number dialled inside another "
            "country: write it with its country code, for example {example}.",
            country=_country(p["country"]),
            example=ltr(_EXAMPLE_SAUDI),
        )
    if code == "too_long":
        return translate(
            "Reasons",
            "This number is too long: it has %n digit(s), the maximum is {maximum}. Is it two numbers in one cell?",
            n=int(p.get("size", 0)),
            maximum=p.get("maximum", ""),
        )
    if code == "too_few_digits":
        return translate(
            "Reasons",
            "This number is too short: it has %n digit(s), the minimum is {minimum} with the country code.",
            n=int(p.get("size", 0)),
            minimum=p.get("minimum", ""),
        )
    if code == "no_number":
        return translate("Reasons", "There is no phone number in this row.")
    if code == "date_cell":
        return translate(
            "Reasons",
            "This cell holds a date, not a phone number. Format the column as Text in Excel, type the number "
            "again and re-import.",
        )
    if code == "time_cell":
        return translate(
            "Reasons",
            "This cell holds a time, not a phone number. Format the column as Text in Excel, type the number "
            "again and re-import.",
        )
    if code == "boolean_cell":
        return translate("Reasons", "This cell holds TRUE or FALSE, not a phone number.")
    if code == "duplicate":
        return translate("Reasons", "Duplicate of row {row}.", row=p.get("first_row", ""))
    if code == "invalid" or not fallback:
        return translate("Reasons", "This is not a valid phone number.")
    return fallback


# ImportFailed codes -> the sentence, with {file} (the file's name) and the code's other params.
# The English window shows the importer's own sentence, which has every detail; these sources
# are the same sentences in general terms, for the translations.
_FAILURES: dict[str, str] = {
    "not_found": translatable(
        "ImportFailure",
        "The file {file} was not found. It may have been moved, renamed or deleted; choose the file again.",
    ),
    "no_permission": translatable(
        "ImportFailure",
        "You do not have permission to open the file {file}. Ask the file's owner for access, or copy it to your "
        "Documents folder and import the copy.",
    ),
    "cannot_open": translatable("ImportFailure", "The file {file} could not be opened. Choose the file again."),
    "cannot_read": translatable(
        "ImportFailure", "The file {file} could not be read. Copy it to this computer and try again."
    ),
    "in_use": translatable(
        "ImportFailure",
        "The file {file} is open in another program or you do not have permission to read it. Close it in Excel and "
        "try again.",
    ),
    "folder": translatable("ImportFailure", "{file} is a folder, not a file. Choose a file inside it."),
    "not_regular": translatable(
        "ImportFailure", "The file {file} is not a regular file. Choose a spreadsheet, CSV or contacts file."
    ),
    "empty": translatable(
        "ImportFailure", "The file {file} is empty: it has no rows to import. Check you chose the right file."
    ),
    "too_large": translatable(
        "ImportFailure",
        "The file {file} is too large to import. Split it into smaller files and import them one by one.",
    ),
    "too_large_unpacked": translatable(
        "ImportFailure",
        "The file {file} is too large to import. Split it into smaller files and import them one by one.",
    ),
    "password": translatable(
        "ImportFailure",
        "The file {file} is protected with a password, so it cannot be read. Open it in Excel, remove the password, "
        "save it, and import it again.",
    ),
    "damaged": translatable(
        "ImportFailure",
        "The file {file} is damaged or incomplete (perhaps it was not fully downloaded or copied), so it cannot be "
        "read. Get the file again, or open it in Excel and save a new copy.",
    ),
    "not_workbook": translatable(
        "ImportFailure",
        "The file {file} is damaged or incomplete (perhaps it was not fully downloaded or copied), so it cannot be "
        "read. Get the file again, or open it in Excel and save a new copy.",
    ),
    "sheet_too_big": translatable(
        "ImportFailure",
        "The file {file} has a sheet whose cells reach far beyond the data. Delete the empty rows and columns after "
        "your data (or copy the data into a new workbook), save, and import again.",
    ),
    "unsupported": translatable(
        "ImportFailure",
        "The file {file} cannot be imported: its format is not supported. It reads {formats}.",
    ),
    "not_text": translatable(
        "ImportFailure",
        "The file {file} cannot be imported: its format is not supported. It reads {formats}.",
    ),
    "xml_2003": translatable(
        "ImportFailure",
        "The file {file} is an old 'XML Spreadsheet 2003' file. Open it in Excel, choose Save As > Excel Workbook "
        "(.xlsx), and import that file.",
    ),
    "zip_archive": translatable(
        "ImportFailure",
        "The file {file} is a ZIP archive, not a spreadsheet. Unzip it and import the spreadsheet inside it.",
    ),
    "not_spreadsheet": translatable(
        "ImportFailure",
        "The file {file} is not a spreadsheet. Open it in the program that made it, save or export the contacts as "
        "Excel or CSV, and import that file.",
    ),
    "html_too_big": translatable(
        "ImportFailure",
        "The file {file} is a web page (HTML) saved with an Excel name, too large to read that way. Open it in "
        "Excel, save it as .xlsx, and import that.",
    ),
    "web_page": translatable(
        "ImportFailure",
        "The file {file} is a web page with no table in it. Open it in Excel, save it as .xlsx, and import that.",
    ),
    "too_many_columns": translatable(
        "ImportFailure",
        "The file {file} has too many columns to import (the limit is 16,384, as in Excel). It is probably not a "
        "contact list, or its columns are separated by the wrong character. Open it in Excel, check the columns, "
        "save it as .xlsx and import that.",
    ),
    "too_many_columns_pasted": translatable(
        "ImportFailure",
        "The pasted text has too many columns to import. Paste one number per line, or columns copied from Excel.",
    ),
    "too_many_cells": translatable(
        "ImportFailure",
        "The file {file} has too many rows or cells to import. Split it into smaller files (or delete the columns "
        "you do not need), and import them one by one.",
    ),
    "too_many_cells_pasted": translatable(
        "ImportFailure",
        "The pasted text has too many rows or cells to import. Save it in smaller files and import them one by one.",
    ),
    "line_too_long": translatable(
        "ImportFailure",
        "The file {file} has a very long line, so it is not a table of contacts. Open it in Excel or a text editor, "
        "check it is the file you meant, save it as .xlsx or .csv and import that.",
    ),
    "line_too_long_pasted": translatable(
        "ImportFailure",
        "The pasted text has a very long line, so it is not a table of contacts. Paste one number per line, or "
        "columns copied from Excel.",
    ),
    "no_contacts": translatable("ImportFailure", "The file {file} has no contacts in it."),
    "no_sheets": translatable("ImportFailure", "The file {file} has no sheets with cells."),
    "no_such_sheet": translatable("ImportFailure", "The file {file} has no sheet called “{sheet}”."),
    "save_denied": translatable(
        "ImportFailure",
        "{file} could not be saved: you do not have permission, or it is open in Excel. Close it or choose another name.",
    ),
    "no_folder": translatable(
        "ImportFailure", "{file} could not be saved: the folder does not exist. Choose another folder."
    ),
    "save_failed": translatable(
        "ImportFailure", "{file} could not be saved. Check the disk has space and try another folder."
    ),
    "nothing_pasted": translatable(
        "ImportFailure", "Nothing was pasted. Paste one number per line, or columns copied from Excel."
    ),
    "paste_too_large": translatable(
        "ImportFailure", "The pasted text is too large. Save it as a CSV or Excel file and import the file instead."
    ),
    "no_number_pasted": translatable("ImportFailure", "No phone number was found in the pasted text."),
    "unreadable_paste": translatable(
        "ImportFailure", "The pasted text could not be read. Paste one number per line, or columns copied from Excel."
    ),
    "no_file": translatable("ImportFailure", "No file was chosen. Choose a spreadsheet, CSV or contacts file."),
    "no_phone_column": translatable(
        "ImportFailure", "The chosen phone column is not in this table. Pick the column that holds the numbers."
    ),
    "phone_column_failed": translatable("ImportFailure", "The phone column could not be found. Choose it yourself."),
    "name_column_failed": translatable("ImportFailure", "The name column could not be found. Choose it yourself."),
    "recipients_failed": translatable("ImportFailure", "The rows could not be turned into recipients."),
    "unreadable_file": translatable(
        "ImportFailure",
        "The file could not be read: it may be damaged or in a format this app does not understand. It reads {formats}.",
    ),
    "out_of_memory": translatable(
        "ImportFailure",
        "This is too large to import on this computer: it ran out of memory. Split the file into smaller ones and "
        "import them one by one.",
    ),
    "cancelled": translatable("ImportFailure", "The import was cancelled. Nothing was imported."),
    "failed": translatable(
        "ImportFailure",
        "Something went wrong while reading the recipients. Nothing was imported; please try again, and report it "
        "if it happens again.",
    ),
}
_FORMATS = translatable(
    "ImportFailure",
    "Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods), CSV or text (.csv, .txt, .tsv) and contacts (.vcf)",
)


def failure_text(error: ImportFailed) -> str:
    """Why a file or paste could not be imported, in the window's language."""
    code = error.code
    params = error.params
    if params.get("file") is None and f"{code}_pasted" in _FAILURES:
        code = f"{code}_pasted"
    template = _FAILURES.get(code)
    if template is None:
        return error.message
    translated = translate_marked("ImportFailure", template)
    if translated == template:  # English (or no translation): the importer's sentence has every detail
        return error.message or template
    fields = {key: value for key, value in params.items() if isinstance(value, str | int)}
    fields["file"] = f"“{ltr(params.get('file') or '')}”"
    fields["sheet"] = isolate(params.get("sheet", ""))
    fields["formats"] = translate_marked("ImportFailure", _FORMATS)
    return translated.format_map(_Blank(fields))


class _Blank(dict[str, object]):
    """format_map fields: a translation that names a field the error lacks shows nothing there."""

    def __missing__(self, key: str) -> str:
        return ""
