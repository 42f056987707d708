"""Bring texts into Qt's translation system: carry Arabic from JSON catalogues into the .ts.

    python resources/translations/convert.py carry [FILE.json ...]

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
import json
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
    missing_total = 0
    for file in files:
        catalogue: dict[str, str | list[str]] = json.loads(file.read_text(encoding="utf-8"))
        area = file.stem.removeprefix("ar_")
        contexts = _area_contexts(area, messages) or {k[0] for k in messages}
        used = set()
        for key, message in messages.items():
            current = old.get(key)
            if current is not None and current.finished:
                used.update(k for k in _keys(key) if k in catalogue)
                continue
            value = next((catalogue[k] for k in _keys(key) if k in catalogue and "|" in k), None)
            if value is None and key[0] in contexts:
                value = catalogue.get(key[1])
            if value is None:
                continue
            used.update(k for k in _keys(key) if k in catalogue)
            forms = value if isinstance(value, list) else [value]
            if message.numerus and len(forms) == 1:
                continue  # one Arabic text for a count: needs its six forms written by a person
            old[key] = update.Translation(list(forms), True)
        left = [k for k in catalogue if k not in used]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    carry_command = commands.add_parser("carry", help="carry Arabic from JSON catalogues into the .ts")
    carry_command.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    files = args.files or sorted(HERE.glob("ar_*.json"))
    return carry(files)


if __name__ == "__main__":
    sys.exit(main())
