"""Wiring: command-line arguments, then either a headless subcommand (cli.py) or the window."""

from __future__ import annotations

import sys

CLI_COMMANDS = frozenset({"simulate", "send", "resume", "history"})


def main(argv: list[str] | None = None) -> int:
    """Run kwtSMS Desktop; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in CLI_COMMANDS:
        from kwtsms_desktop.cli import run_command

        return run_command(argv)
    print(
        "kwtSMS Desktop: the window arrives with issue 6.\n"
        "Meanwhile try: kwtsms-desktop simulate   (a local kwtSMS gateway simulator)"
    )
    return 0
