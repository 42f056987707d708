"""Read .vcf contact files (vCard 2.1, 3.0 and 4.0) as rows of [name, number]: one row per TEL line."""

from __future__ import annotations

import codecs
import io
import quopri
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kwtsms_desktop.importing.errors import ImportCancelled, ImportFailed, display_name, file_name
from kwtsms_desktop.importing.limits import DEFAULT_LIMITS, MAX_CELL_CHARS, Limits, cut, too_many_cells
from kwtsms_desktop.importing.table import Table, assemble_table, text_cell
from kwtsms_desktop.importing.text_files import read_sample

HEADERS = ["Name", "Phone"]
PROGRESS_EVERY = 5000
_VALUE_CHARS = 4 * MAX_CELL_CHARS  # more of a value than any cell keeps, even once decoded


def _logical_lines(lines: Iterable[str]) -> Iterator[str]:
    """Unfold the physical lines: a line starting with a space or tab continues the previous one
    (RFC 2425), and a quoted-printable value ending in "=" continues on the next line (vCard 2.1)."""
    # The pieces of the line being unfolded are joined once at its end: adding them up one by one
    # would copy the whole line again for every continuation (minutes on a crafted file).
    pending: list[str] | None = None
    quoted = False
    for raw in lines:
        line = raw.rstrip("\r\n")
        if pending is None:
            pending, quoted = [line], _is_quoted_printable(line)
            continue
        if quoted and pending[-1].endswith("="):
            pending[-1] = pending[-1][:-1]
            pending.append(line)
            continue
        if line[:1] in (" ", "\t"):
            pending.append(line[1:])
            continue
        yield "".join(pending)
        pending, quoted = [line], _is_quoted_printable(line)
    if pending is not None:
        yield "".join(pending)


def _is_quoted_printable(line: str) -> bool:
    colon = line.find(":")
    return "QUOTED-PRINTABLE" in (line if colon < 0 else line[:colon]).upper()


def _split_property(line: str) -> tuple[str, dict[str, str], set[str], str] | None:
    """(NAME, params, bare params, value) of one content line, or None if it is not one."""
    colon = line.find(":")
    if colon <= 0:
        return None
    head, value = line[:colon], line[colon + 1 :]
    parts = head.split(";")
    name = parts[0].rsplit(".", 1)[-1].strip().upper()
    params: dict[str, str] = {}
    bare: set[str] = set()
    for part in parts[1:]:
        if "=" in part:
            key, _, param_value = part.partition("=")
            params[key.strip().upper()] = param_value.strip().strip('"')
        elif part.strip():
            bare.add(part.strip().upper())
    return name, params, bare, value


def _decode_value(value: str, params: dict[str, str], bare: set[str]) -> str:
    encoding = params.get("ENCODING", "").upper()
    if encoding == "QUOTED-PRINTABLE" or "QUOTED-PRINTABLE" in bare:
        charset = params.get("CHARSET", "utf-8")
        try:
            charset = codecs.lookup(charset).name
        except (LookupError, ValueError):  # unknown name, or a NUL inside it
            charset = "utf-8"
        raw = quopri.decodestring(value.encode("utf-8", "replace"))
        try:
            return raw.decode(charset)
        except UnicodeDecodeError:
            # Old phones label Windows-1256 text as UTF-8 (or not at all).
            return raw.decode("cp1256" if charset == "utf-8" else charset, "replace")
    return value


def _unescape(text: str) -> str:
    """vCard 3.0 text escapes: \\, \\; \\n \\\\."""
    if "\\" not in text:
        return text
    out = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(" " if following in ("n", "N") else following)
        else:
            out.append(char)
    return "".join(out)


def _split_components(value: str) -> list[str]:
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [_unescape(part).strip() for part in parts]


def _name_from_n(value: str) -> str:
    components = _split_components(value) + [""] * 5
    family, given, middle = components[0], components[1], components[2]
    return " ".join(part for part in (given, middle, family) if part)


def _phone_value(value: str) -> str:
    text = value.strip()
    if text[:4].lower() == "tel:":
        text = text[4:]
    return cut(text_cell(_unescape(text)), MAX_CELL_CHARS)


def parse_vcards(
    lines: Iterable[str],
    tick: Callable[[int], None] | None = None,
    subject: str = "The file",
    limits: Limits = DEFAULT_LIMITS,
) -> list[list[str]]:
    """[name, number] rows from vCard lines; a card with no TEL gives one row with an empty number."""
    rows: list[list[str]] = []
    in_card = False
    formatted_name = structured_name = ""
    phones: list[str] = []
    card_phones: set[str] = set()
    max_rows = min(limits.rows, limits.cells // len(HEADERS))
    for count, line in enumerate(_logical_lines(lines), start=1):
        if count % PROGRESS_EVERY == 0:
            if len(rows) > max_rows:
                raise too_many_cells(subject, len(rows) * len(HEADERS), limits, rows=len(rows))
            if tick is not None:
                tick(count)
        parsed = _split_property(line)
        if parsed is None:
            continue
        prop, params, bare, value = parsed
        if len(value) > _VALUE_CHARS:
            value = value[:_VALUE_CHARS]  # decoded character by character below: bound the work
        if prop == "BEGIN" and value.strip().upper() == "VCARD":
            in_card, formatted_name, structured_name, phones, card_phones = True, "", "", [], set()
        elif prop == "END" and value.strip().upper() == "VCARD":
            if in_card:
                name = cut(text_cell(formatted_name or structured_name), MAX_CELL_CHARS)
                if phones:
                    rows.extend([name, phone] for phone in phones)
                elif name:
                    rows.append([name, ""])
            in_card = False
        elif not in_card:
            continue
        elif prop == "FN":
            formatted_name = _unescape(_decode_value(value, params, bare)).strip()
        elif prop == "N":
            structured_name = _name_from_n(_decode_value(value, params, bare))
        elif prop == "TEL":
            phone = _phone_value(_decode_value(value, params, bare))
            if phone and phone not in card_phones:  # a set: a crafted card may list a million numbers
                card_phones.add(phone)
                phones.append(phone)
                if len(rows) + len(phones) > max_rows:
                    raise too_many_cells(
                        subject, (len(rows) + len(phones)) * len(HEADERS), limits, rows=len(rows) + len(phones)
                    )
    if len(rows) > max_rows:
        raise too_many_cells(subject, len(rows) * len(HEADERS), limits, rows=len(rows))
    return rows


def read_vcard_file(
    path: Path,
    size: int,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Table:
    """Read a .vcf file into a Table with headers ["Name", "Phone"] and rows numbered 1, 2, ..."""
    name = display_name(path)
    _sample, encoding, bom = read_sample(path)
    with open(path, "rb") as binary:
        binary.seek(bom)
        text = io.TextIOWrapper(binary, encoding=encoding, errors="replace", newline="")

        def tick(_count: int) -> None:
            if should_cancel is not None and should_cancel():
                raise ImportCancelled()
            if progress is not None:
                try:
                    progress(min(binary.tell(), size), size)
                except (OSError, ValueError):
                    pass

        rows = parse_vcards(text, tick, f"The file {name}", limits)
    if not rows:
        raise ImportFailed(
            f"The file {name} has no contacts in it (no BEGIN:VCARD ... END:VCARD entries).",
            "no_contacts",
            file=file_name(name),
        )
    if progress is not None:
        progress(size, size)
    return assemble_table(
        rows, list(range(1, len(rows) + 1)), header_names=list(HEADERS), encoding=encoding, source_format="vcf"
    )
