"""Update the window's translations: find every text in the code, write the .ts files, compile the .qm files.

    python resources/translations/update.py          # after changing texts in kwtsms_desktop/
    python resources/translations/update.py --check  # exit 1 when a .ts or .qm is not up to date

Texts are the `translate("Context", "English", "disambiguation", n=...)` and `translatable(...)`
calls of kwtsms_desktop/, by those names imported from kwtsms_desktop.ui.shared.translation. They are found with Python's own parser rather than
pyside6-lupdate, whose Python reader does not see a plural (`n`) passed to translate(); the .ts
files it writes are the format Qt Linguist and pyside6-lupdate use, so either can edit them.

kwtsms_desktop_ar.ts keeps every translation it had (a text that left the code is dropped; a new
one is added "unfinished", which the tests refuse); kwtsms_desktop_en.ts holds only the plurals,
whose two English forms come from the source's "(s)"/"(es)"/"y(ies)". The .qm files are compiled
with pyside6-lrelease (it ships with PySide6-Essentials), next to their .ts.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent.parent / "kwtsms_desktop"
CATALOGUE = "kwtsms_desktop"
LANGUAGES = {"ar": 6, "en": 2}  # numerus forms: Arabic zero/one/two/few/many/other, English one/other
_CALLS = ("translate", "translatable")  # called by these bare names, imported from:
_IMPORT = "from kwtsms_desktop.ui.shared.translation import"

Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)


@dataclass
class Message:
    numerus: bool = False
    places: list[str] = field(default_factory=list)  # "file.py:line", for the report of a bad call


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract(package: Path = PACKAGE) -> tuple[dict[Key, Message], list[str]]:
    """Every translatable text in `package`, and the calls it could not read (not string literals)."""
    found: dict[Key, Message] = {}
    problems: list[str] = []
    for path in sorted(package.rglob("*.py")):
        code = path.read_text(encoding="utf-8")
        if _IMPORT not in code:
            continue
        for node in ast.walk(ast.parse(code, str(path))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or node.func.id not in _CALLS:
                continue
            name = node.func.id
            place = f"{path.relative_to(package.parent)}:{node.lineno}"
            keywords = {k.arg: k.value for k in node.keywords if k.arg}
            args = list(node.args)
            context = _literal(args[0]) if args else _literal(keywords.get("context"))
            source = _literal(args[1]) if len(args) > 1 else _literal(keywords.get("text"))
            third = args[2] if len(args) > 2 else keywords.get("disambiguation")
            comment = _literal(third)
            if context is None or source is None or (third is not None and comment is None and not _is_none(third)):
                problems.append(f"{place}: {name}() needs string literals for context, text and disambiguation")
                continue
            plural = keywords.get("plural")
            clash = {"context", "text", "disambiguation"} & set(keywords)
            if clash:
                problems.append(f"{place}: {name}() has a field named {sorted(clash)[0]}, which is its own parameter")
            numerus = len(args) > 3 or "n" in keywords or "%n" in source or "%Ln" in source
            numerus |= isinstance(plural, ast.Constant) and plural.value is True
            message = found.setdefault((context, source, comment or ""), Message())
            message.numerus |= numerus
            message.places.append(place)
    return found, problems


def _is_none(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


# ── .ts files ──────────────────────────────────────────────────────────────────────────────


@dataclass
class Translation:
    forms: list[str]  # one text, or the numerus forms
    finished: bool


def read_ts(path: Path) -> dict[Key, Translation]:
    if not path.is_file():
        return {}
    result: dict[Key, Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None:
                continue
            forms = [form.text or "" for form in element.iter("numerusform")] or [element.text or ""]
            finished = element.get("type") not in ("unfinished", "vanished", "obsolete")
            key = (context_name, message.findtext("source") or "", message.findtext("comment") or "")
            result[key] = Translation(forms, finished and all(forms))
    return result


def english_forms(source: str) -> list[str]:
    """The English singular and plural of a source written with "(s)", "(es)" or "y(ies)"."""
    one = re.sub(r"y\(ies\)", "y", re.sub(r"\((?:s|es)\)", "", source))
    other = re.sub(r"y\(ies\)", "ies", re.sub(r"\((s|es)\)", r"\1", source))
    return [one, other]


def render_ts(lang: str, messages: dict[Key, Message], old: dict[Key, Translation]) -> str:
    forms_count = LANGUAGES[lang]
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f'<TS version="2.1" language="{lang}">']
    contexts = sorted({key[0] for key in messages})
    for context in contexts:
        keys = sorted((k for k in messages if k[0] == context), key=lambda k: (k[1], k[2]))
        if lang == "en":
            keys = [k for k in keys if messages[k].numerus]
        if not keys:
            continue
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for key in keys:
            message = messages[key]
            previous = old.get(key)
            if lang == "en" and message.numerus:
                previous = previous if previous and previous.finished else Translation(english_forms(key[1]), True)
            numerus = ' numerus="yes"' if message.numerus else ""
            lines.append(f"    <message{numerus}>")
            lines.append(f"        <source>{escape(key[1])}</source>")
            if key[2]:
                lines.append(f"        <comment>{escape(key[2])}</comment>")
            state = "" if previous is not None and previous.finished else ' type="unfinished"'
            forms = previous.forms if previous is not None else []
            if message.numerus:
                forms = (
                    (forms + [""] * forms_count)[:forms_count]
                    if len(forms) > 1
                    else [forms[0] if forms else ""] * forms_count
                )
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{escape(form)}</numerusform>" for form in forms]
                lines.append("        </translation>")
            else:
                text = forms[0] if forms else ""
                lines.append(f"        <translation{state}>{escape(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def ts_path(lang: str) -> Path:
    return HERE / f"{CATALOGUE}_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"{CATALOGUE}_{lang}.qm"


def lrelease_program() -> str:
    """pyside6-lrelease next to this Python (a virtualenv's bin/Scripts), else on PATH."""
    folder = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
    return found


def compile_qm(ts: Path, qm: Path) -> bytes:
    """Compile `ts` to `qm` with pyside6-lrelease; the .qm's bytes."""
    subprocess.run([lrelease_program(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm.read_bytes()


def compiled_bytes(ts: Path) -> bytes:
    """What pyside6-lrelease makes of `ts` now (in a temporary folder)."""
    with tempfile.TemporaryDirectory() as folder:
        return compile_qm(ts, Path(folder) / "check.qm")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when anything is out of date")
    args = parser.parse_args(argv)
    messages, problems = extract()
    for problem in problems:
        print(problem, file=sys.stderr)
    stale = []
    for lang in LANGUAGES:
        ts, qm = ts_path(lang), qm_path(lang)
        text = render_ts(lang, messages, read_ts(ts))
        current = ts.read_text(encoding="utf-8") if ts.is_file() else None
        if args.check:
            if current != text:
                stale.append(ts.name)
            elif not qm.is_file() or compiled_bytes(ts) != qm.read_bytes():
                stale.append(qm.name)
            continue
        if current != text:
            ts.write_text(text, encoding="utf-8", newline="\n")
        compile_qm(ts, qm)
        unfinished = sum(not t.finished for t in read_ts(ts).values())
        print(f"{ts.name}: {sum(1 for _ in read_ts(ts))} texts, {unfinished} unfinished")
    if stale:
        print("out of date (run python resources/translations/update.py):", ", ".join(stale), file=sys.stderr)
    return 1 if stale or problems else 0


if __name__ == "__main__":
    os.chdir(HERE)
    sys.exit(main())
