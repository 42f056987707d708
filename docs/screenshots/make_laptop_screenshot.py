"""A real window on a 1366x768 laptop screen: Xvfb, the openbox window manager (its frame counts), the app in demo mode.

    python docs/screenshots/make_laptop_screenshot.py [--out docs/screenshots/laptop-1366x768.png] [--lang en]

Needs Xvfb, openbox and ImageMagick's `import`. The data dir is prepared as a broadcast leaves it
after one accepted batch, one whose answer never came (uncertain) and a pause when the balance ran
out; the app opens on it as a user would (`--demo --data-dir DIR`), on the Broadcasts page, and
the whole screen is captured, so what the window manager's frame and the screen edge hide shows.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DISPLAY = ":99"


def prepare(folder: Path) -> int:
    """Journal a 650-number broadcast: batch 1 accepted, batch 2 uncertain, paused (balance)."""
    sys.path.insert(0, str(ROOT))
    from kwtsms_desktop.core.plan import make_plan
    from kwtsms_desktop.store import Store

    numbers = [f"965{'569'[i % 3]}{i * 7919 % 10_000_000:07d}" for i in range(650)]
    with Store.open(folder) as store:
        plan = make_plan(numbers, "Parents' meeting on Sunday at 6 pm in the school hall.", "KWT-SMS", test=True)
        broadcast_id = store.broadcasts.create(plan, gateway_url="http://127.0.0.1/API/", source="window")
        store.broadcasts.set_state(broadcast_id, "sending")
        store.batches.mark_sending(broadcast_id, 1)
        store.batches.mark_accepted(
            broadcast_id,
            1,
            msg_id="f4c841adee210f31307633ceaebff2ec",
            points_charged=200,
            balance_after=4800,
            gateway_timestamp=int(time.time()),
        )
        store.batches.mark_sending(broadcast_id, 2)
        store.batches.mark_uncertain(
            broadcast_id, 2, error_code="TIMEOUT", error_text="No answer from the gateway within 30 s."
        )
        store.broadcasts.set_state(
            broadcast_id,
            "paused",
            error_code="ERR010",
            reason_en="Paused: the balance ran out. Recharge at kwtsms.com, then resume.",
            reason_ar="متوقف: نفد الرصيد. اشحن الرصيد من kwtsms.com ثم استأنف.",
        )
    return broadcast_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "laptop-1366x768.png"))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--wait", type=float, default=8.0, help="seconds for the window to open and settle")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kwtsms-laptop-"))
    prepare(folder)
    env = dict(os.environ, DISPLAY=DISPLAY, PYTHONPATH=str(ROOT), KWTSMS_NO_DIALOGS="1")
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform, as on a desktop
    started: list[subprocess.Popen] = []
    try:
        started.append(subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"]))
        time.sleep(1.5)
        started.append(subprocess.Popen(["openbox"], env=env))
        time.sleep(1.0)
        app = subprocess.Popen(
            [sys.executable, "-m", "kwtsms_desktop", "--demo", "--lang", args.lang, "--data-dir", str(folder)],
            env=env,
        )
        started.append(app)
        time.sleep(args.wait)  # an uncertain batch opens the window on the Broadcasts page
        subprocess.run(["import", "-window", "root", args.out], env=env, check=True)
        print(f"wrote {args.out}")
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
