"""The `send`, `resume`, `cancel` and `history` commands (README, "Command line"): the send engine without windows.

stdout carries only what scripts read (the broadcast id as the first line of `send`, the JSON of
`history --json`); everything for people (plan, questions, progress, outcome) goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from kwtsms_desktop.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_INCOMPLETE,
    EXIT_OK,
    Refusal,
    column,
    counted,
    explain_gateway_error,
    make_client,
    open_store,
    say,
)
from kwtsms_desktop.cli.contacts import daily_backup_quietly, send_audience
from kwtsms_desktop.cli.running import explain_uncertain, run_broadcast
from kwtsms_desktop.cli.schedule import due_from_argument, report_scheduled
from kwtsms_desktop.cli.templates import field_options, message_text
from kwtsms_desktop.store.settings_schema import DEFAULT_COUNTRY

# The store, the HTTP client, the importers and the engine are imported inside the commands that
# use them, for start-up speed: `history` never loads requests, `--help` loads almost nothing.
if TYPE_CHECKING:
    from kwtsms_desktop.core.plan import SendPlan
    from kwtsms_desktop.importing import RecipientImport
    from kwtsms_desktop.store import Store


# ---- send --------------------------------------------------------------------------------------------
def _import(args: argparse.Namespace, default_country: str, seen: dict[str, Any] | None = None) -> RecipientImport:
    """The recipients file's recipients; ``seen`` receives its table and name column (message fields)."""
    from kwtsms_desktop.importing import (
        ImportFailed,
        build_recipients,
        detect_name_column,
        detect_phone_column,
        read_table,
    )

    try:
        table = read_table(args.recipients)
        phone = column(table, args.phone_column, lambda: detect_phone_column(table, default_country), "phone")
        if phone is None:
            raise Refusal(
                "Could not tell which column holds the phone numbers. Name it with --phone-column; "
                "the columns are: " + ", ".join(repr(h) for h in table.headers) + "."
            )
        name = column(table, args.name_column, lambda: detect_name_column(table, phone), "name")
        if seen is not None:
            seen.update(table=table, name_column=name)
        return build_recipients(table, phone, name, default_country)
    except ImportFailed as error:
        raise Refusal(str(error)) from None


def _confirm(args: argparse.Namespace) -> None:
    if args.yes:
        return
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise Refusal(
            "Nothing was sent: there is no terminal to ask for confirmation. Add --yes to send without asking."
        )
    say("Send now? Type yes to send: ", end="")
    answer = sys.stdin.readline().strip().lower()
    if answer not in ("y", "yes"):
        raise Refusal("Not sent.")


def describe_plan(plan: SendPlan, balance: float | None, rate: float | None = None) -> None:
    from kwtsms_desktop.core.message import to_plain_characters
    from kwtsms_desktop.core.plan import SET_ASIDE_REASONS, calls_summary
    from kwtsms_desktop.core.set_aside import set_aside_phrase

    info = plan.message
    if getattr(plan, "personal", False):
        low, high = plan.pages_range
        pages = f"{low}-{high} pages" if low != high else counted(low, "page")
        say(
            f"Personal messages with {', '.join('{' + f + '}' for f in plan.fields)}: {info.encoding} "
            f"(the longest), {pages} each, {counted(plan.distinct_texts, 'different text')}."
        )
    else:
        say(
            f"Message: {info.encoding}, {counted(info.pages, 'page')}, "
            f"{counted(info.remaining, 'character')} left on the last page."
        )
    # Only characters a plain one could replace (a curly quote, a long dash): Arabic letters need UCS-2.
    culprits = [char for char in info.unicode_chars if to_plain_characters(char) != char]
    if culprits:
        say("  Characters that make it UCS-2 (70 per page) and have a plain replacement: " + " ".join(culprits[:10]))
    if getattr(info, "removed", None):
        from kwtsms_desktop.core.removed_report import describe_removed

        say("  Removed before sending (the gateway cannot deliver them): " + describe_removed(info.removed))
    say(
        f"Recipients: {counted(len(plan.recipients), 'number')} in {counted(len(plan.batches), 'batch', 'batches')} "
        f"(at most 200 numbers and 2,500 characters each)."
    )
    counts = {r: plan.set_aside_count(r) for r in SET_ASIDE_REASONS}
    aside = [f"{n:,} {set_aside_phrase(r, count=n)}" for r, n in counts.items() if n]
    if plan.duplicates_removed_before:
        aside.append(counted(plan.duplicates_removed_before, "duplicate row"))
    if aside:
        say("Set aside: " + ", ".join(aside) + ".")
        for reason in SET_ASIDE_REASONS:  # a few of each kind, so every reason is seen
            for item in [s for s in plan.set_aside if s.reason == reason][:5]:
                say(f"  row {item.row}: {item.raw!r}: {item.detail}")
    if getattr(plan, "personal", False):
        cost = f"Cost: the sum of each recipient's pages = {counted(plan.estimated_points, 'point')}"
    else:
        cost = (
            f"Cost: {counted(info.pages, 'page')} x {counted(len(plan.recipients), 'number')} = "
            f"{counted(plan.estimated_points, 'point')}"
        )
    say(cost + (f"; balance {balance:,.2f}." if balance is not None else "."))
    say(
        f"Sender: {plan.sender}."
        + ("  TEST MODE: queued on kwtSMS, not delivered (credits are held)." if plan.test else "")
    )
    if rate:
        say(calls_summary(plan, rate) + ".")


def _suppressed(store: Store) -> set[str]:
    """The do-not-send list; unreadable, nothing is sent (never planned as if it were empty)."""
    from kwtsms_desktop.store import StoreError

    try:
        return store.suppressions.numbers()
    except StoreError as error:
        raise Refusal(str(error)) from None


def send(args: argparse.Namespace) -> int:
    from kwtsms_desktop.core.plan import make_plan
    from kwtsms_desktop.gateway.exceptions import GatewayError, GatewayRejected

    with open_store(args.data_dir) as store:
        due_utc = due_from_argument(store, getattr(args, "at", None))
        message = message_text(args, store)
        default_country = store.settings.value(DEFAULT_COUNTRY)
        file_info: dict[str, Any] = {}
        imported = send_audience(store, args, default_country, lambda a, c: _import(a, c, file_info))
        personal = field_options(args, message, imported, file_info)
        suppressed = _suppressed(store)
        daily_backup_quietly(store)
        client = make_client(store, args.gateway, args.ca_bundle)
        with client:
            try:
                balance = client.balance().available
            except GatewayError as error:
                raise Refusal(explain_gateway_error(error, "read the account balance", client.base_url)) from None
            try:
                sender_ids = client.sender_ids()
            except GatewayError as error:
                raise Refusal(explain_gateway_error(error, "read the account's sender IDs")) from None
            try:
                coverage: list[str] | None = client.coverage()
            except GatewayRejected as error:
                if error.code == "ERR033":
                    coverage = []  # no country activated: every number is set aside, said plainly
                else:
                    raise Refusal(explain_gateway_error(error, "read the account's coverage")) from None
            except GatewayError as error:
                raise Refusal(explain_gateway_error(error, "read the account's coverage")) from None

            plan = make_plan(
                imported.valid,
                message,
                args.sender,
                test=args.test,
                coverage=coverage,
                suppressed=suppressed,
                balance=balance,
                default_country=default_country,
                rejected=imported.invalid,
                duplicates_removed_before=imported.duplicates,
                **personal,
            )
            describe_plan(plan, balance, getattr(client.rate_limiter, "rate", None))
            problems = list(plan.problems)
            if plan.sender and plan.sender not in sender_ids:
                known = ", ".join(sender_ids) or "none"
                problems.append(
                    f"The sender ID {plan.sender!r} is not on this account (capital and small letters matter). "
                    f"The account's sender IDs: {known}."
                )
            if problems:
                say("Nothing was sent:")
                for problem in problems:
                    say(f"  - {problem}")
                return EXIT_BAD_INPUT
            _confirm(args)
            broadcast_id = store.broadcasts.create(
                plan, gateway_url=client.base_url, source=imported.label, due_utc=due_utc
            )
            print(broadcast_id, flush=True)  # the first stdout line, once the plan is journaled
            if due_utc is not None:
                return report_scheduled(broadcast_id, due_utc)
            unit = f"calls ({counted(plan.distinct_texts, 'different text')})" if plan.personal else "batches"
            return run_broadcast(store, client, broadcast_id, unit)


# ---- resume ------------------------------------------------------------------------------------------
def resume(args: argparse.Namespace) -> int:
    from kwtsms_desktop.engine.recovery import ChoiceRefused, mark_received, resend_uncertain
    from kwtsms_desktop.store import JournalConflict

    with open_store(args.data_dir) as store:
        broadcast = store.broadcasts.get(args.id)
        if broadcast is None:
            raise Refusal(f"There is no broadcast {args.id} here ({store.data_dir}). See: kwtsms-desktop history")
        try:
            for seq in getattr(args, "mark_received", None) or []:
                mark_received(store, args.id, seq)
                say(f"Batch {seq} is now counted as sent.")
            for seq in getattr(args, "resend_uncertain", None) or []:
                resend_uncertain(store, args.id, seq)
                say(f"Batch {seq} will be sent again.")
        except ChoiceRefused as refused:
            raise Refusal(str(refused)) from None
        except JournalConflict:
            raise Refusal(
                "Only an uncertain batch can be resent or marked as received. See: kwtsms-desktop history"
            ) from None
        broadcast = store.broadcasts.get(args.id) or broadcast  # read again: a choice above may have changed it
        if broadcast.state == "cancelled":
            raise Refusal(
                f"Broadcast {args.id} was cancelled, so nothing more is sent from it: its numbers not sent yet "
                "will not be sent. To reach them, send a new broadcast."
            )
        if store.batches.next_pending(args.id) is None and not store.batches.in_state(args.id, "sending"):
            from kwtsms_desktop.engine.runner import finished_reason

            counts = store.batches.counts(args.id)
            numbers = {s: n for s, (_, n) in counts.items() if n}
            say(f"Broadcast {args.id} has nothing left to send.")
            say(finished_reason(numbers, counts.get("uncertain", (0, 0))[0])[0])
            explain_uncertain(store, args.id)
            return EXIT_OK if set(numbers) <= {"accepted"} else EXIT_INCOMPLETE
        client = make_client(store, args.gateway or broadcast.gateway_url, getattr(args, "ca_bundle", None))
        with client:
            if client.base_url != broadcast.gateway_url:
                # A gateway address never used for this broadcast: ask it something harmless first,
                # so a wrong address fails here and no batch is sent to it (and left uncertain).
                from kwtsms_desktop.gateway.exceptions import GatewayError

                try:
                    client.balance()
                except GatewayError as error:
                    raise Refusal(explain_gateway_error(error, "reach the gateway", client.base_url)) from None
                store.broadcasts.set_gateway_url(args.id, client.base_url)
            return run_broadcast(store, client, args.id)


# ---- cancel ------------------------------------------------------------------------------------------
def cancel(args: argparse.Namespace) -> int:
    """Commit the cancel to the journal at once; a window or command sending it stops after its batch in flight."""
    from kwtsms_desktop.engine.recovery import ChoiceRefused, cancel_broadcast

    with open_store(args.data_dir) as store:
        try:
            reason, _ = cancel_broadcast(store, args.id)
        except ChoiceRefused as refused:
            raise Refusal(f"{refused} See: kwtsms-desktop history") from None
        say(f"Broadcast {args.id} is cancelled. {reason}")
        return EXIT_OK


# ---- history -----------------------------------------------------------------------------------------
def history_records(store: Store) -> list[dict[str, Any]]:
    from kwtsms_desktop.engine.recovery import is_interrupted

    records = []
    for summary in store.broadcasts.summaries():
        b = summary.broadcast
        interrupted = is_interrupted(store, b.id)
        records.append(
            {
                "id": b.id,
                "state": "paused" if interrupted and b.state == "sending" else b.state,
                "due": b.due_utc,  # ISO 8601 UTC: when a scheduled broadcast is sent (quiet hours: goes on)
                "missed": b.missed,
                "created_utc": b.created_utc,
                "sender": b.sender,
                "test": b.test,
                "message": b.cleaned_message,
                "encoding": b.encoding,
                "pages": b.pages,
                "estimated_points": b.estimated_points,
                "points_charged": summary.points_charged,
                "gateway_url": b.gateway_url,
                "error": b.error_code,
                "reason": b.reason_en,
                "reason_ar": b.reason_ar,
                "numbers": _shown_numbers(summary.numbers_by_state, interrupted),
                "set_aside": summary.set_aside,
                "batches": [
                    {
                        "seq": batch.seq,
                        "state": "uncertain" if interrupted and batch.state == "sending" else batch.state,
                        "numbers": batch.numbers,
                        "msg_id": batch.msg_id,
                        "error": batch.error_code,
                        "error_text": batch.error_text,
                        "points_charged": batch.points_charged,
                        "balance_after": batch.balance_after,
                        "attempts": batch.attempts,
                        "marked_by_user": batch.marked_by_user,
                        "sent_utc": batch.sent_utc,
                        "message": batch.message if batch.message is not None else b.cleaned_message,
                    }
                    for batch in store.batches.of_broadcast(b.id)
                ],
            }
        )
    return records


def _shown_numbers(numbers: dict[str, int], interrupted: bool) -> dict[str, int]:
    """An interrupted broadcast's numbers left 'sending' count as uncertain (as resuming will record them)."""
    shown = dict(numbers)
    if interrupted and shown.get("sending"):
        shown["uncertain"] = shown.get("uncertain", 0) + shown.pop("sending")
    return shown


def history(args: argparse.Namespace) -> int:
    # Reads only: a read-only data folder or a full disk still shows the history. A batch left
    # 'sending' by a process that died is shown as uncertain; resume or the window records it.
    with open_store(args.data_dir, read_only=True) as store:
        if args.json:
            json.dump(history_records(store), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            sys.stdout.flush()
            return EXIT_OK
        summaries = store.broadcasts.summaries()
        if not summaries:
            print("No broadcasts yet.")
            return EXIT_OK
        from kwtsms_desktop.engine.recovery import is_interrupted

        for s in summaries:
            b = s.broadcast
            interrupted = is_interrupted(store, b.id)
            numbers = _shown_numbers(s.numbers_by_state, interrupted)
            counts = ", ".join(
                f"{numbers[state]:,} {state}"
                for state in ("accepted", "rejected", "uncertain", "pending", "sending")
                if numbers.get(state)
            )
            test = " TEST" if b.test else ""
            state = "paused" if interrupted else b.state
            print(
                f"#{b.id}  {b.created_utc[:16].replace('T', ' ')} UTC  {state:<9} {b.sender}{test}  "
                f"{counts or 'no numbers'}; {s.points_charged:,.0f} points"
            )
            if b.due_utc and b.state in ("scheduled", "paused"):
                from kwtsms_desktop.core.schedule import from_utc_text, kuwait_text

                print(f"     due {kuwait_text(from_utc_text(b.due_utc))} ({b.due_utc})")
            if interrupted:
                print(f"     Sending was interrupted (the app stopped). To continue: kwtsms-desktop resume {b.id}")
            elif b.reason_en and b.state != "finished":
                print(f"     {b.reason_en}")
        return EXIT_OK
