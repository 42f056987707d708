"""Core pipeline benchmarks: check_number against the official client's validate_phone_input.

Run:  python benchmarks/core.py            (phone section, then core_message.run() if present)
      python benchmarks/core.py --rows 200000 --repeat 7

The official client (PyPI kwtsms==0.7.40, the `bench` extra) is measured in the same run on the
same 100,000 inputs, so the ratio does not depend on the machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kwtsms_desktop.core.phone import check_number

ROWS = 100_000
GOAL_RATIO = 2.0

_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def phone_inputs(rows: int = ROWS, seed: int = 965) -> list[str]:
    """A deterministic mix of what office spreadsheets hold, in roughly their proportions."""
    rng = random.Random(seed)

    def kuwait_local() -> str:
        return rng.choice("4569") + "".join(rng.choice("0123456789") for _ in range(7))

    def saudi_local() -> str:
        return "5" + "".join(rng.choice("0123456789") for _ in range(8))

    makers: list[tuple[int, Callable[[], str]]] = [
        (30, kuwait_local),
        (12, lambda: "965" + kuwait_local()),
        (10, lambda: "+965" + kuwait_local()),
        (6, lambda: "00965" + kuwait_local()),
        (6, lambda: (lambda n: f"+965 {n[:4]} {n[4:]}")(kuwait_local())),
        (4, lambda: (lambda n: f"{n[:4]}-{n[4:]}")(kuwait_local())),
        (5, lambda: kuwait_local().translate(_ARABIC)),
        (2, lambda: ("+965" + kuwait_local()).translate(_PERSIAN)),
        (6, lambda: "966" + saudi_local()),
        (3, lambda: "+9660" + saudi_local()),
        (3, lambda: "971" + saudi_local()),
        (2, lambda: "+44 7" + "".join(rng.choice("0123456789") for _ in range(9))),
        (3, lambda: "965" + kuwait_local() + ".0"),
        (2, lambda: f"9.{rng.randint(10000, 99999)}E+10"),
        (2, lambda: rng.choice(["ali", "sara.k", "info"]) + "@example.com"),
        (2, lambda: rng.choice(["", " ", "n/a", "-", "لا يوجد"])),
        (2, lambda: "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 6)))),
        (2, lambda: "1" + "".join(rng.choice("0123456789") for _ in range(rng.randint(16, 19)))),
        (2, lambda: "\u200e+965\u00a0" + kuwait_local() + "\u200f"),
        (2, lambda: "965" + rng.choice("1237") + "".join(rng.choice("0123456789") for _ in range(7))),
    ]
    weights = [w for w, _ in makers]
    choose = rng.choices
    return [choose(makers, weights)[0][1]() for _ in range(rows)]


def _best_of(fn: Callable[[str], object], inputs: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in inputs:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def _table(title: str, rows: list[tuple[str, float, int, float]]) -> None:
    print(title)
    print(f"{'implementation':<52} {'total s':>9} {'us/call':>9} {'ratio':>7}")
    for name, seconds, calls, ratio in rows:
        print(f"{name:<52} {seconds:>9.3f} {seconds / calls * 1e6:>9.2f} {ratio:>6.2f}x")


def run_phone(rows: int = ROWS, repeat: int = 5) -> float:
    """Print the phone table; returns how many times faster check_number is than the baseline."""
    inputs = phone_inputs(rows)
    try:
        from kwtsms import validate_phone_input
    except ImportError:
        print("kwtsms (the official client) is not installed: pip install -e .[bench]")
        seconds = _best_of(check_number, inputs, repeat)
        _table(f"Phone numbers: {rows:,} mixed inputs", [("check_number (default 965)", seconds, rows, 1.0)])
        return 0.0

    def ours_international(text: str) -> object:
        return check_number(text, None)

    baseline = _best_of(validate_phone_input, inputs, repeat)
    ours_default = _best_of(check_number, inputs, repeat)
    ours_none = _best_of(ours_international, inputs, repeat)
    _table(
        f"Phone numbers: {rows:,} mixed inputs, best of {repeat} "
        f"(ratio = official time / this time; goal >= {GOAL_RATIO:g}x)",
        [
            ("kwtsms 0.7.40 validate_phone_input (baseline)", baseline, rows, 1.0),
            ("check_number(raw)  [default country 965]", ours_default, rows, baseline / ours_default),
            ("check_number(raw, None)  [official rules]", ours_none, rows, baseline / ours_none),
        ],
    )
    accepted = sum(check_number(t).ok for t in inputs)
    agree = sum(check_number(t, None).ok == validate_phone_input(t)[0] for t in inputs)
    print(
        f"accepted with default 965: {accepted:,} of {rows:,}; same decision as the official "
        f"client with default None: {agree:,} of {rows:,} (the rest: scientific notation and "
        f"float text, see tests/core/test_phone_vectors.py DIVERGENCES)"
    )
    return baseline / ours_default


def _run_message_section() -> None:
    path = Path(__file__).with_name("core_message.py")
    if not path.exists():
        return
    spec = importlib.util.spec_from_file_location("core_message", path)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("core_message", module)
    spec.loader.exec_module(module)
    run = getattr(module, "run", None)
    if callable(run):
        print()
        run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    run_phone(args.rows, args.repeat)
    _run_message_section()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
