"""Bring texts into Qt's translation system: rewrite old tr() calls, carry Arabic from JSON catalogues.

    python resources/translations/convert.py code [FILE.py ...]   # default: every module of kwtsms_desktop/ui
    python resources/translations/update.py
    python resources/translations/convert.py carry [FILE.json ...]
    python resources/translations/update.py

`code` rewrites each `tr("English {name}", name=...)` of the old flat lookup into
`translate("Context", "English {name}", name=...)`, the context being the enclosing class (or
the module, "area.module", outside a class); `tr(CONSTANT)` of a module-level string constant
becomes `translate_marked(...)` with the constant marked `translatable(...)` in the same context.
A literal text given to MainWindow._action() is wrapped in translate(). A field called `n` becomes `count` (`n=` is translate()'s plural count). Calls it cannot rewrite
(a text from elsewhere) are listed, to be done by hand. It is safe to run again: converted code
has no tr() left.

`carry` fills the unfinished Arabic of kwtsms_desktop_ar.ts from JSON catalogues, by default
every resources/translations/ar_*.json (the old `tr()` catalogues, one per window area), then
deletes each catalogue whose texts are all in the .ts. A key is "Context|English" (or
"Context|English|disambiguation") for one context, or the bare "English" for every context
whose modules match the catalogue's area (ar_<area>.json: a context of a module under ui/<area>/
or named after it), else every context. A value is the translation, or a list of the six Arabic
plural forms (zero, one, two, 3-10, 11-99, 100+) for a `%n` text.

Run update.py first so the .ts has the new texts, then `carry`, then update.py again to compile.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import update  # noqa: E402  (the neighbour script: extractor and .ts reader/writer)


def _area_contexts(area: str, messages: dict[update.Key, update.Message]) -> set[str]:
    """Contexts whose texts sit in modules of the catalogue's area (ui/<area>/ or <area>*.py)."""
    found = set()
    for key, message in messages.items():
        for place in message.places:
            path = place.split(":")[0]
            parts = Path(path).parts
            if area in parts[:-1] or Path(path).stem.startswith(area):
                found.add(key[0])
    return found


def carry(files: list[Path]) -> int:
    messages, _ = update.extract()
    ts = update.ts_path("ar")
    old = update.read_ts(ts)
    catalogues = {file: json.loads(file.read_text(encoding="utf-8")) for file in files}
    # A bare English text translated differently by two catalogues ("Sending") has two meanings:
    # it is carried only into the contexts of its own catalogue's area.
    meanings: dict[str, set[str]] = {}
    for catalogue in catalogues.values():
        for text, value in catalogue.items():
            meanings.setdefault(text, set()).add(json.dumps(value))
    used: dict[Path, set[str]] = {file: set() for file in files}
    for file, catalogue in catalogues.items():
        area = file.stem.removeprefix("ar_")
        contexts = _area_contexts(area, messages)
        for key, message in messages.items():
            current = old.get(key)
            keys = [k for k in _keys(key) if k in catalogue]
            if current is not None and current.finished:
                used[file].update(keys)
                renamed = key[1].replace("{count}", "{n}")
                if renamed != key[1] and renamed in catalogue:
                    used[file].add(renamed)  # `code` renamed its field n to count
                continue
            value = next((catalogue[k] for k in keys if "|" in k), None)
            used[file].update(k for k in keys if "|" in k)
            for text, rename in ((key[1], False), (key[1].replace("{count}", "{n}"), True)):
                if value is not None or text not in catalogue or (rename and text == key[1]):
                    continue
                if key[0] in contexts or len(meanings[text]) == 1:
                    found = catalogue[text]
                    value = found.replace("{n}", "{count}") if rename and isinstance(found, str) else found
                    used[file].add(text)
            if value is None:
                continue
            forms = value if isinstance(value, list) else [value]
            if message.numerus and len(forms) == 1:
                continue  # one Arabic text for a count: needs its six forms written by a person
            old[key] = update.Translation(list(forms), True)
    missing_total = 0
    for file, catalogue in catalogues.items():
        left = [k for k in catalogue if k not in used[file]]
        missing_total += len(left)
        if left:
            print(f"{file.name}: {len(left)} texts not (yet) in the code or needing plural forms:", file=sys.stderr)
            for text in left:
                print(f"    {text}", file=sys.stderr)
        elif file.name.startswith("ar_"):
            file.unlink()
            print(f"{file.name}: all carried into {ts.name}, deleted")
    ts.write_text(update.render_ts("ar", messages, old), encoding="utf-8", newline="\n")
    return 1 if missing_total else 0


def _keys(key: update.Key) -> list[str]:
    context, source, comment = key
    keys = [f"{context}|{source}|{comment}"] if comment else [f"{context}|{source}"]
    return keys + [source]


# ── code: tr() -> translate() ───────────────────────────────────────────────────────────────

OLD_IMPORT = "kwtsms_desktop.ui.shared.i18n"
NEW_IMPORT = "kwtsms_desktop.ui.shared.translation"


def module_context(path: Path) -> str:
    """ "recipients.panel" for kwtsms_desktop/ui/recipients/panel.py."""
    parts = path.resolve().relative_to(update.PACKAGE / "ui").with_suffix("").parts
    return ".".join(parts)


def convert_file(path: Path) -> list[str]:
    """Rewrite `path`'s tr() calls; the calls left for a person, as "file:line: why"."""
    code = path.read_text(encoding="utf-8")
    tree = ast.parse(code)
    lines = code.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def at(lineno: int, col: int) -> int:
        return offsets[lineno - 1] + len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8"))

    constants: dict[str, ast.Assign] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                constants[node.targets[0].id] = node
    imported = _marked_imports(tree)  # NAME -> context of a translatable() constant of another module
    edits: list[tuple[int, int, str]] = []
    left: list[str] = []
    marked: dict[str, str] = {}
    used: set[str] = set()
    module = module_context(path)

    def visit(node: ast.AST, context: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Name) and child.func.id == "tr":
                convert_call(child, context)
            elif isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr == "_action":
                wrap_action(child, context)
            visit(child, context)

    def convert_call(call: ast.Call, context: str) -> None:
        first = call.args[0] if call.args else None
        start = at(call.func.lineno, call.func.col_offset)
        end = at(call.func.end_lineno or call.func.lineno, call.func.end_col_offset or 0)
        fields_n = next((k for k in call.keywords if k.arg == "n"), None)
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            quote = _quote_of(first)  # the literal's own quote: a call inside an f-string keeps working
            edits.append((start, end + 1, f"translate({quote}{context}{quote}, "))
            used.add("translate")
            if fields_n is not None and "%n" not in first.value:
                _rename_n(first, fields_n)
        elif isinstance(first, ast.Name) and first.id in constants:
            ctx = marked.setdefault(first.id, module)
            edits.append((start, end + 1, f'translate_marked("{ctx}", '))
            used.update(("translate_marked", "translatable"))
            if fields_n is not None:
                _rename_n(constants[first.id].value, fields_n)
        elif isinstance(first, ast.Name) and first.id in imported:
            edits.append((start, end + 1, f'translate_marked("{imported[first.id]}", '))
            used.add("translate_marked")
        else:
            left.append(f"{path}:{call.lineno}: tr() of a text that is not a literal or a module constant")

    def _quote_of(node: ast.expr) -> str:
        return "'" if code[at(node.lineno, node.col_offset)] == "'" else '"'

    def wrap_action(call: ast.Call, context: str) -> None:
        """MainWindow._action("&Import…", ...) takes its text translated: wrap a literal in translate()."""
        first = call.args[0] if call.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            start = at(first.lineno, first.col_offset)
            end = at(first.end_lineno or first.lineno, first.end_col_offset or 0)
            edits.append((start, end, f'translate("{context}", {code[start:end]})'))
            used.add("translate")

    def _rename_n(text_node: ast.expr, keyword: ast.keyword) -> None:
        k_start = at(keyword.lineno, keyword.col_offset)
        edits.append((k_start, k_start + 1, "count"))
        t_start = at(text_node.lineno, text_node.col_offset)
        t_end = at(text_node.end_lineno or text_node.lineno, text_node.end_col_offset or 0)
        edits.append((t_start, t_end, code[t_start:t_end].replace("{n}", "{count}").replace("{n:", "{count:")))

    visit(tree, module)
    for name, ctx in marked.items():
        value = constants[name].value
        v_start = at(value.lineno, value.col_offset)
        v_end = at(value.end_lineno or value.lineno, value.end_col_offset or 0)
        existing = next((e for e in edits if e[0] == v_start), None)
        text = existing[2] if existing else code[v_start:v_end]
        if existing:
            edits.remove(existing)
        edits.append((v_start, v_end, f'translatable("{ctx}", {text})'))
    if not edits:
        return left
    for start, end, text in sorted(edits, reverse=True):
        code = code[:start] + text + code[end:]
    code = _fix_imports(code, used)
    code = _add_missing(code, used)
    path.write_text(code, encoding="utf-8")
    return left


def _add_missing(code: str, used: set[str]) -> str:
    """A module already converted gets the names a second run added to its translation import."""
    pattern = re.compile(rf"from {re.escape(NEW_IMPORT)} import ([\w, ]+)")
    match = pattern.search(code)
    if match is None:
        return code
    names = {n.strip() for n in match.group(1).split(",")}
    if used <= names:
        return code
    return code[: match.start()] + f"from {NEW_IMPORT} import {', '.join(sorted(names | used))}" + code[match.end() :]


def _marked_imports(tree: ast.Module) -> dict[str, str]:
    """Names imported from other modules of the package that are `NAME = translatable("ctx", ...)` there."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("kwtsms_desktop."):
            continue
        source = update.PACKAGE.parent.joinpath(*node.module.split(".")).with_suffix(".py")  # type: ignore[union-attr]
        if not source.is_file():
            continue
        wanted = {alias.name for alias in node.names}
        for item in ast.parse(source.read_text(encoding="utf-8")).body:
            if (
                isinstance(item, ast.Assign)
                and len(item.targets) == 1
                and isinstance(item.targets[0], ast.Name)
                and item.targets[0].id in wanted
                and isinstance(item.value, ast.Call)
                and getattr(item.value.func, "id", None) == "translatable"
                and item.value.args
                and isinstance(item.value.args[0], ast.Constant)
            ):
                found[item.targets[0].id] = item.value.args[0].value
    return found


def _fix_imports(code: str, used: set[str]) -> str:
    """The old lookup's import becomes the translation module's, with the names now used."""
    pattern = re.compile(rf"from {re.escape(OLD_IMPORT)} import ([\w, ]+)")

    def replace(match: re.Match[str]) -> str:
        names = {n.strip() for n in match.group(1).split(",")} - {"tr"}
        return f"from {NEW_IMPORT} import {', '.join(sorted(names | used))}"

    return pattern.sub(replace, code)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    code_command = commands.add_parser("code", help="rewrite tr() calls as translate() with contexts")
    code_command.add_argument("files", nargs="*", type=Path)
    carry_command = commands.add_parser("carry", help="carry Arabic from JSON catalogues into the .ts")
    carry_command.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    if args.command == "code":
        left = []
        for path in args.files or sorted((update.PACKAGE / "ui").rglob("*.py")):
            if path.name not in ("i18n.py", "translation.py"):
                left += convert_file(path)
        for line in left:
            print(line, file=sys.stderr)
        return 1 if left else 0
    files = args.files or sorted(HERE.glob("ar_*.json"))
    return carry(files)


if __name__ == "__main__":
    sys.exit(main())
