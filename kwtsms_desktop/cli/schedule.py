"""Send later from the command line: `send --at`, `run-due`, `reschedule`, `send-now` (README, "Command line").

The rules live in kwtsms_desktop/core/schedule.py and kwtsms_desktop/engine/scheduler.py; this
module only reads arguments and prints. stdout carries what scripts read (ids and states), the
sentences for people go to stderr, as in cli/common.py.
"""

from __future__ import annotations

import argparse
import sys

from kwtsms_desktop.cli.common import (
    CA_BUNDLE_HELP,
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_PAUSED,
    Refusal,
    make_client,
    open_store,
    say,
)
from kwtsms_desktop.cli.running import ProgressPrinter, exit_code, report_outcome, run_broadcast


def add_commands(commands) -> None:
    """The parsers of this module's commands (cli/__init__.py adds `--at` to `send` itself)."""
    run_due = commands.add_parser(
        "run-due", help="send the scheduled broadcasts that are due, then exit (for cron / Task Scheduler)"
    )
    run_due.add_argument("--data-dir")
    run_due.add_argument("--gateway", help="gateway URL (default: the one each broadcast was planned with)")
    run_due.add_argument("--ca-bundle", metavar="FILE", help=CA_BUNDLE_HELP)

    reschedule = commands.add_parser("reschedule", help="give a scheduled (or missed) broadcast a new time")
    reschedule.add_argument("id", type=int)
    reschedule.add_argument(
        "--at",
        required=True,
        metavar="TIME",
        help='"YYYY-MM-DD HH:MM" (this computer\'s time) or ISO 8601 with an offset',
    )
    reschedule.add_argument("--data-dir")

    send_now = commands.add_parser("send-now", help="send a scheduled (or missed) broadcast now")
    send_now.add_argument("id", type=int)
    send_now.add_argument("--data-dir")
    send_now.add_argument("--gateway")
    send_now.add_argument("--ca-bundle", metavar="FILE", help=CA_BUNDLE_HELP)


def due_from_argument(store, text: str | None, now=None) -> str | None:
    """`--at` as the journal's UTC text, or None without one; a Refusal says why a time is not accepted."""
    if text is None:
        return None
    from kwtsms_desktop.core.schedule import ScheduleRefused, check_due, parse_due, utc_text
    from kwtsms_desktop.engine.runner import schedule_settings, utc_clock

    try:
        due = parse_due(text)
        check_due(due, now or utc_clock(), schedule_settings(store))
    except ScheduleRefused as refused:
        raise Refusal(f"{refused.en} Nothing was scheduled.") from None
    return utc_text(due)


def report_scheduled(broadcast_id: int, due_utc: str) -> int:
    from kwtsms_desktop.core.schedule import from_utc_text, kuwait_text

    due = from_utc_text(due_utc)
    say(f"Scheduled for {kuwait_text(due)} ({due.astimezone():%Y-%m-%d %H:%M} on this computer). Nothing was sent.")
    say("It is sent when `kwtsms-desktop run-due` runs at or after that time (the window does it while open).")
    say(f"To cancel it: kwtsms-desktop cancel {broadcast_id}")
    return EXIT_OK


def _existing(store, broadcast_id: int):
    broadcast = store.broadcasts.get(broadcast_id)
    if broadcast is None:
        raise Refusal(f"There is no broadcast {broadcast_id} here ({store.data_dir}). See: kwtsms-desktop history")
    return broadcast


def run_due(args: argparse.Namespace) -> int:
    from kwtsms_desktop.engine.scheduler import run_due as send_due

    clients = []

    def connect(broadcast):
        client = make_client(store, args.gateway or broadcast.gateway_url, args.ca_bundle)
        clients.append(client)
        return client

    printers: dict[int, ProgressPrinter] = {}

    def listener_for(broadcast_id: int) -> ProgressPrinter:
        say(f"Broadcast {broadcast_id} is due: sending.")
        printers[broadcast_id] = ProgressPrinter(sys.stderr)
        return printers[broadcast_id]

    with open_store(args.data_dir) as store:
        try:
            results = send_due(store, connect, listener_for=listener_for)
        finally:
            for client in clients:
                client.close()
        code = EXIT_OK
        for result in results:
            print(result.broadcast_id, result.state, flush=True)
            printer = printers.get(result.broadcast_id)
            if printer is not None:
                printer.finish()
            if result.outcome is not None:
                report_outcome(store, result.outcome, printer.balance if printer else None)
                this = exit_code(result.outcome)
            else:
                say(f"Broadcast {result.broadcast_id}: {result.reason_en}")
                this = EXIT_OK if result.state == "busy" else EXIT_PAUSED
                if result.state == "missed":
                    say(
                        f"  kwtsms-desktop send-now {result.broadcast_id} | reschedule {result.broadcast_id} --at TIME"
                        f" | cancel {result.broadcast_id}"
                    )
                elif result.state == "paused":
                    say(f"  To continue: kwtsms-desktop resume {result.broadcast_id}")
            code = max(code, this, key=_severity)
        if not results:
            say("Nothing is due.")
        return code


def _severity(code: int) -> int:
    return {EXIT_OK: 0, EXIT_INCOMPLETE: 1, EXIT_PAUSED: 2}.get(code, 3)


def reschedule(args: argparse.Namespace) -> int:
    with open_store(args.data_dir) as store:
        _existing(store, args.id)
        due = due_from_argument(store, args.at)
        assert due is not None
        if not store.broadcasts.reschedule(args.id, due):
            raise Refusal(
                f"Broadcast {args.id} is not scheduled, so it has no time to change. See: kwtsms-desktop history"
            )
        return report_scheduled(args.id, due)


def send_now(args: argparse.Namespace) -> int:
    with open_store(args.data_dir) as store:
        broadcast = _existing(store, args.id)
        if broadcast.state != "scheduled":
            raise Refusal(
                f"Broadcast {args.id} is not scheduled (it is {broadcast.state}). See: kwtsms-desktop history"
            )
        client = make_client(
            store, args.gateway or broadcast.gateway_url, args.ca_bundle
        )  # credentials before the state changes
        with client:
            if not store.broadcasts.send_now(args.id):
                raise Refusal(f"Broadcast {args.id} was taken or changed by another window or command meanwhile.")
            print(args.id, flush=True)
            return run_broadcast(store, client, args.id)
