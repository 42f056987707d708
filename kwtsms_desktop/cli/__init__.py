"""The command line without windows: simulate, send, resume, cancel, history, the address book, send-later,
templates and report commands (README, "Command line").

One module per group of commands: broadcasts (send, resume, cancel, history), contacts, schedule,
templates, reports; running (one broadcast with progress) and common (exit codes, refusals, the
store, the client) sit below them. Each command imports the store, the engine and the HTTP client
inside its function, for start-up speed (`--help` stays instant).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from kwtsms_desktop.cli import broadcasts, contacts, reports, schedule, templates
from kwtsms_desktop.cli.common import (
    CA_BUNDLE_HELP,
    EXIT_BAD_INPUT,
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_PAUSED,
    EXIT_STORAGE,
    guarded,
)

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_INCOMPLETE",
    "EXIT_OK",
    "EXIT_PAUSED",
    "EXIT_STORAGE",
    "build_parser",
    "run_command",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kwtsms-desktop", description="kwtSMS Desktop, without the window.")
    commands = parser.add_subparsers(dest="command", required=True)
    from kwtsms_desktop.gateway.simulator_help import SIMULATE_EPILOG

    sim = commands.add_parser(
        "simulate",
        help="run the local kwtSMS gateway simulator until killed",
        description="Run the local kwtSMS gateway simulator until killed. The first line on stdout is "
        "'listening on http://HOST:PORT/API/'; SIGTERM or Ctrl+C stops it.",
        epilog=SIMULATE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--port", type=int, default=0, help="0 picks a free port")
    sim.add_argument("--latency-ms", type=int, default=0, help="added to every answer")
    sim.add_argument("--ledger", help="also append every accepted send to this JSON-lines file")
    sim.add_argument("--balance", type=float, default=None, help="starting balance of the demo account")
    sim.add_argument("--tls-cert", help="PEM certificate chain: serve HTTPS instead of HTTP")
    sim.add_argument("--tls-key", help="PEM private key for --tls-cert")
    sim.add_argument("--coverage", help="country prefixes of the account, e.g. '965 966' ('' for none: ERR033)")
    sim.add_argument(
        "--same-number-seconds", type=float, default=None, help="ERR028 window for the same number (default 15)"
    )
    sim.add_argument(
        "--dlr-ready-seconds",
        type=float,
        default=None,
        help="delivery reports answer ERR022 until this long after sending (default 300)",
    )
    sim.add_argument(
        "--block-seconds",
        type=float,
        default=60.0,
        help="how long a client above 5 requests/s is blocked (default 60; 0 never blocks)",
    )

    send = commands.add_parser("send", help="plan, journal and run one broadcast")
    send.add_argument("--recipients", help="spreadsheet, CSV, vCard or text file")
    send.add_argument("--group", action="append", metavar="NAME", help="an address-book group (repeatable)")
    send.add_argument(
        "--exclude-group", action="append", metavar="NAME", help="leave out the members of this group (repeatable)"
    )
    send.add_argument("--phone-column", help="header of the phone column (detected when omitted)")
    send.add_argument("--name-column", help="header of the name column")
    message = send.add_mutually_exclusive_group(required=True)
    message.add_argument("--message")
    message.add_argument("--message-file")
    send.add_argument("--sender", required=True, help="sender ID (case-sensitive)")
    send.add_argument("--test", action="store_true", help="test mode: queued, not delivered")
    send.add_argument("--gateway", help="gateway URL (http:// only for loopback)")
    send.add_argument("--ca-bundle", metavar="FILE", help=CA_BUNDLE_HELP)
    send.add_argument("--data-dir")
    send.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    send.add_argument(
        "--at",
        metavar="TIME",
        help='send later: "YYYY-MM-DD HH:MM" (this computer\'s time) or ISO '
        "8601 with an offset; journals the broadcast as scheduled and exits without sending",
    )
    templates.add_send_options(send, message)

    resume = commands.add_parser("resume", help="continue a broadcast from its journal")
    resume.add_argument("id", type=int)
    resume.add_argument("--data-dir")
    resume.add_argument("--gateway")
    resume.add_argument("--ca-bundle", metavar="FILE", help=CA_BUNDLE_HELP)
    resume.add_argument(
        "--resend-uncertain",
        type=int,
        action="append",
        metavar="SEQ",
        help="send this uncertain batch again (you checked it did not arrive)",
    )
    resume.add_argument(
        "--mark-received",
        type=int,
        action="append",
        metavar="SEQ",
        help="count this uncertain batch as sent (you checked it arrived)",
    )

    cancel = commands.add_parser("cancel", help="cancel a broadcast: its numbers not sent yet are never sent")
    cancel.add_argument("id", type=int)
    cancel.add_argument("--data-dir")

    history = commands.add_parser("history", help="list broadcasts with their state and counts")
    history.add_argument("--data-dir")
    history.add_argument("--json", action="store_true")

    contacts.add_commands(commands)
    schedule.add_commands(commands)
    reports.add_commands(commands)
    templates.add_commands(commands)
    return parser


def run_command(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    handler = _HANDLERS[args.command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return EXIT_INCOMPLETE
    except BrokenPipeError:
        # The reader went away (`history --json | head -c 1500`): stop quietly, and point the
        # standard streams at nothing so the interpreter's last flush raises no traceback either.
        _detach_standard_streams()
        return EXIT_INCOMPLETE


def _detach_standard_streams() -> None:
    import os

    nowhere = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(nowhere, stream.fileno())
        except (OSError, ValueError):  # not a real file (tests capture it): nothing to flush later
            pass
    os.close(nowhere)


def _simulate(args: argparse.Namespace) -> int:
    # Deferred for start-up speed: only `simulate` loads the simulator's HTTP server.
    from kwtsms_desktop.gateway.simulator import run_from_command_line

    return run_from_command_line(args)


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "simulate": _simulate,
    "send": guarded(broadcasts.send),
    "resume": guarded(broadcasts.resume),
    "cancel": guarded(broadcasts.cancel),
    "history": guarded(broadcasts.history),
    "run-due": guarded(schedule.run_due),
    "reschedule": guarded(schedule.reschedule),
    "send-now": guarded(schedule.send_now),
    "templates": templates.run,
}
_HANDLERS.update(dict.fromkeys(("contacts", "groups", "optout", "backup", "restore"), contacts.run))
_HANDLERS.update(dict.fromkeys(("status", "report", "results"), reports.run))
