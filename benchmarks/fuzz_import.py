"""Fuzz read_table with mutated office files (default 5,000): every one must give a Table or ImportFailed, nothing else.

Run from the repository root:  python benchmarks/fuzz_import.py [--count 5000] [--seed 1]
Prints the counts by outcome and exits 1 if any other exception escaped, or if the never-raises guard had to
catch one (a bug behind a polite message); the offending files are kept in the temp folder to replay.
"""

from __future__ import annotations

import argparse
import collections
import logging
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kwtsms_desktop.importing import (  # noqa: E402
    ImportFailed,
    build_recipients,
    detect_name_column,
    detect_phone_column,
    read_table,
)
from tests.importing.fuzz_corpus import mutant, seed_files  # noqa: E402


class _GuardLog(logging.Handler):
    """Unexpected errors the never-raises guard turned into ImportFailed (each is a bug to look at)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.caught: collections.Counter[str] = collections.Counter()

    def emit(self, record: logging.LogRecord) -> None:
        error = record.exc_info[1] if record.exc_info else None
        self.caught[f"{type(error).__name__}: {str(error)[:80]}"] += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    guard = _GuardLog()
    logging.getLogger("kwtsms_desktop.importing.guard").addHandler(guard)
    outcomes: collections.Counter[str] = collections.Counter()
    messages: collections.Counter[str] = collections.Counter()
    escaped: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        seeds = seed_files(folder / "seeds")
        rng = random.Random(args.seed)
        for index in range(args.count):
            extension, data = mutant(rng, seeds)
            path = folder / f"m{index}{extension}"
            path.write_bytes(data)
            caught_before = sum(guard.caught.values())
            try:
                table = read_table(path)
                phone = detect_phone_column(table)
                detect_name_column(table)
                if phone is not None:
                    build_recipients(table, phone)
                outcomes["table"] += 1
            except ImportFailed as error:
                outcomes["ImportFailed"] += 1
                if sum(guard.caught.values()) > caught_before:
                    (Path(tempfile.gettempdir()) / f"fuzz_guard_{args.seed}_{index}{extension}").write_bytes(data)
                messages[str(error).split(" ", 3)[-1][:60]] += 1
            except BaseException as error:  # noqa: BLE001 - this is what the fuzzer looks for
                if isinstance(error, KeyboardInterrupt):
                    raise
                outcomes["OTHER"] += 1
                escaped.append(f"#{index} {extension}: {type(error).__name__}: {error}\n{traceback.format_exc()}")
                keep = Path(tempfile.gettempdir()) / f"fuzz_failure_{args.seed}_{index}{extension}"
                keep.write_bytes(data)
            finally:
                path.unlink(missing_ok=True)
    elapsed = time.perf_counter() - started

    print(f"fuzz_import: {args.count} mutated files from {len(seeds)} seeds (seed {args.seed}) in {elapsed:.1f} s")
    print(f"{'outcome':<14}{'files':>8}")
    for name in ("table", "ImportFailed", "OTHER"):
        print(f"{name:<14}{outcomes[name]:>8}")
    print(f"{'(of which guard-caught bugs)':<14}{sum(guard.caught.values()):>8}")
    for text, count in guard.caught.most_common(5):
        print(f"  {count:>6}  {text}")
    print("most common ImportFailed messages:")
    for message, count in messages.most_common(8):
        print(f"  {count:>6}  ...{message}")
    for failure in escaped[:5]:
        print(failure)
    return 1 if escaped or guard.caught else 0


if __name__ == "__main__":
    sys.exit(main())
