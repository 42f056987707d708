"""PyInstaller entry script for both frozen executables (kwtsms-desktop and kwtsms-desktop-cli)."""

from __future__ import annotations

import os
import sys


def _is_multiprocessing_child(argv: list[str]) -> bool:
    # multiprocessing starts workers as `<exe> --multiprocessing-fork ...` and its helpers as
    # `<exe> <flags> -c "from multiprocessing... import main"`; a frozen app must divert those
    # early or they would open a second window. Checked by hand so the normal start does not
    # pay for importing multiprocessing.
    return len(argv) > 1 and (argv[1] == "--multiprocessing-fork" or "-c" in argv[1:4])


def _give_windowed_app_somewhere_to_print() -> None:
    # A windowed Windows/macOS build has no console: sys.stdout/stderr are None there, and a
    # stray .write() or .flush() would crash. print() already tolerates None; the rest needs a sink.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def _coerce_c_locale() -> None:
    # The python command switches a plain "C"/POSIX locale to C.UTF-8 (PEP 538); PyInstaller's
    # bootloader does not, and Qt would then print a warning and make the same switch itself.
    # Doing it here keeps stderr clean on minimal systems (CI, containers, ssh without LANG).
    if sys.platform == "win32" or os.environ.get("LC_ALL"):
        return
    import locale

    try:
        current = locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:
        current = "C"
    if current in ("C", "POSIX"):
        os.environ["LC_CTYPE"] = "C.UTF-8"
        try:
            locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
        except locale.Error:  # a system without C.UTF-8: Qt will explain
            del os.environ["LC_CTYPE"]


if __name__ == "__main__":
    if _is_multiprocessing_child(sys.argv):
        import multiprocessing

        multiprocessing.freeze_support()
    _give_windowed_app_somewhere_to_print()
    _coerce_c_locale()

    from kwtsms_desktop.frozen import run_self_check_if_asked

    if run_self_check_if_asked():  # packaging smoke test: what the bundle contains, as JSON
        sys.exit(0)

    from kwtsms_desktop.app import main

    sys.exit(main())
