"""The `send`, `resume`, `cancel` and `history` commands (README, "Command line"): the send engine without windows.

stdout carries only what scripts read (the broadcast id as the first line of `send`, the JSON of
`history --json`); everything for people (plan, questions, progress, outcome) goes to stderr.
The password is never printed or written: it comes from the OS keyring or the environment and
goes only into the client's requests.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kwtsms_desktop.engine.events import BalanceChanged, BatchChanged, ProgressInfo, RunOutcome, Waiting
from kwtsms_desktop.store.settings_schema import (
    API_LOG,
    CA_BUNDLE,
    DEFAULT_COUNTRY,
    GATEWAY_URL,
    REQUEST_DEADLINE,
    SEND_RATE,
)

# The store, the HTTP client, the importers and the engine are imported inside the commands that
# use them, for start-up speed: `history` never loads requests, `--help` loads almost nothing.
if TYPE_CHECKING:
    from kwtsms_desktop.core.plan import SendPlan
    from kwtsms_desktop.engine.runner import BroadcastRunner
    from kwtsms_desktop.gateway.client import GatewayClient
    from kwtsms_desktop.importing import RecipientImport, Table
    from kwtsms_desktop.store import Store

EXIT_OK = 0  # everything accepted
EXIT_INCOMPLETE = 1  # finished with rejected or uncertain batches
EXIT_BAD_INPUT = 2  # nothing sent
EXIT_PAUSED = 3  # balance, account or message problem: resumable
EXIT_STORAGE = 4  # the data file cannot be written (disk full, I/O error, read-only): nothing more sent

USERNAME_ENV = "KWTSMS_USERNAME"
PASSWORD_ENV = "KWTSMS_PASSWORD"


class Refusal(Exception):
    """Bad input or a failed pre-check: nothing was sent. The message says what to do."""


# ---- shared pieces ---------------------------------------------------------------------------------
def counted(count: int, one: str, many: str | None = None) -> str:
    """'1 batch', '2 batches', '1,200 numbers'."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def say(text: str = "", *, end: str = "\n") -> None:
    print(text, file=sys.stderr, end=end, flush=True)


def open_store(data_dir: str | None, *, read_only: bool = False) -> Store:
    from kwtsms_desktop.store import StorageFailure, Store, StoreError

    try:
        return Store.open(data_dir, read_only=read_only)
    except StorageFailure:
        raise  # guarded() says it and ends with EXIT_STORAGE
    except (StoreError, OSError) as error:
        raise Refusal(str(error)) from None


def read_credentials(store: Store) -> tuple[str, str]:
    """The OS keyring (for the username saved in Settings), else KWTSMS_USERNAME / KWTSMS_PASSWORD."""
    try:
        from kwtsms_desktop.credentials import CredentialError, CredentialStore

        credentials = CredentialStore(store.settings)
        if credentials.username():
            snapshot = credentials.snapshot()
            if snapshot.complete:
                return snapshot.username, snapshot.password
    except (ImportError, CredentialError):
        pass  # no usable keyring: the environment may still hold them
    username = os.environ.get(USERNAME_ENV, "").strip()
    password = os.environ.get(PASSWORD_ENV, "")
    if username and password:
        return username, password
    raise Refusal(
        "No kwtSMS API username and password were found. Save them in kwtSMS Desktop's Settings "
        f"(the password goes to the system keyring), or set {USERNAME_ENV} and {PASSWORD_ENV}. "
        "Nothing was sent."
    )


CA_BUNDLE_HELP = (
    "PEM file of certificate authorities trusted in addition to the operating system's "
    "(a company proxy's); default: the one chosen in Settings"
)


def make_client(store: Store, gateway: str | None, ca_bundle: str | None = None) -> GatewayClient:
    from kwtsms_desktop.gateway.apilog import API_LOG_FILE, ApiLog
    from kwtsms_desktop.gateway.client import DEFAULT_GATEWAY_URL, GatewayClient, InsecureGatewayURL
    from kwtsms_desktop.gateway.ratelimit import RateLimiter
    from kwtsms_desktop.gateway.transport import BadCABundle

    username, password = read_credentials(store)
    url = gateway or store.settings.value(GATEWAY_URL) or DEFAULT_GATEWAY_URL
    limiter = RateLimiter(store.settings.value(SEND_RATE))
    try:
        api_log = ApiLog(store.data_dir / API_LOG_FILE, enabled=store.settings.value(API_LOG))
        bundle = ca_bundle or store.settings.value(CA_BUNDLE) or None
        return GatewayClient(
            lambda: (username, password),
            url,
            rate_limiter=limiter,
            api_log=api_log,
            verify=str(bundle) if bundle else True,
            deadline=store.settings.value(REQUEST_DEADLINE),
        )
    except BadCABundle as error:
        where = "" if ca_bundle else " (chosen in Settings)"
        raise Refusal(f"{error}{where} Nothing was sent.") from None
    except InsecureGatewayURL as error:
        raise Refusal(str(error)) from None


def explain_gateway_error(error: Exception, doing: str, gateway_url: str | None = None) -> str:
    """A refused pre-check in plain words: its own sentence (no batch exists yet, nothing to resume)."""
    from kwtsms_desktop.core.errors import lookup_failure
    from kwtsms_desktop.gateway.client import DEFAULT_GATEWAY_URL
    from kwtsms_desktop.gateway.exceptions import BadResponse, GatewayError

    if isinstance(error, BadResponse) and error.http_status in (404, 405):
        where = f" {gateway_url}" if gateway_url else ""
        return (
            f"Could not {doing}: the gateway address{where} is wrong (it answered HTTP {error.http_status}, "
            f"page not found). Check the --gateway URL: kwtSMS's is {DEFAULT_GATEWAY_URL}. Nothing was sent."
        )
    if isinstance(error, GatewayError):
        sentence = lookup_failure(error.code)[0]
        detail = f" ({error.description})" if error.code in ("NETWORK", "TLS", "TIMEOUT", "BAD_RESPONSE") else ""
        nothing = "" if "Nothing was sent" in sentence else " Nothing was sent."
        return f"Could not {doing}. {sentence}{nothing}{detail}"
    return f"Could not {doing}: {error}. Nothing was sent."


@contextmanager
def pause_on_signals(runner: BroadcastRunner, client: GatewayClient | None = None) -> Iterator[None]:
    """First Ctrl+C: pause after the request in flight (journaled). SIGTERM or a second Ctrl+C: stop now.

    Stopping now interrupts the request in flight: if it had been written, its batch is journaled as
    uncertain; if not, it stays pending. Either way the broadcast is left paused and resumable.
    """
    previous: dict[int, Any] = {}

    def stop_now() -> None:
        runner.abort()
        if client is not None:
            client.interrupt()

    def on_signal(signum: int, _frame: Any) -> None:
        if signum == signal.SIGINT and not getattr(on_signal, "paused", False):
            on_signal.paused = True  # type: ignore[attr-defined]
            say("\nPausing after the current batch (press Ctrl+C again to stop at once)...")
            runner.pause()
            return
        if signum == signal.SIGINT:
            say("\nStopping now; a batch whose request already went out is marked uncertain.")
        stop_now()

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            previous[sig] = signal.signal(sig, on_signal)
        except (ValueError, OSError):  # not the main thread, or not supported here
            pass
    try:
        yield
    finally:
        for signal_number, handler in previous.items():
            signal.signal(signal_number, handler)


class ProgressPrinter:
    """Progress on stderr: a bar redrawn in place on a terminal, one line per batch otherwise."""

    def __init__(self, stream: TextIO, unit: str = "batches") -> None:
        self.stream = stream
        self.unit = unit  # what one request is called in the progress lines
        self.tty = stream.isatty()
        self._bar_shown = False
        self.balance: float | None = None

    def __call__(self, event: Any) -> None:
        try:
            self._show(event)
        except OSError:  # stderr closed (a pipe whose reader left): the broadcast goes on unwatched
            self.stream = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the printer
            self.tty = False
            self._bar_shown = False

    def _show(self, event: Any) -> None:
        if isinstance(event, ProgressInfo):
            self._progress(event)
        elif isinstance(event, BatchChanged) and event.state in ("rejected", "uncertain"):
            self._line(f"Batch {event.seq}: {event.state} ({event.error_code}).")
        elif isinstance(event, Waiting):
            self._line(f"Batch {event.seq}: {event.reason_en} Waiting {event.seconds:.0f} s.")
        elif isinstance(event, BalanceChanged):
            self.balance = event.available

    def _line(self, text: str) -> None:
        if self._bar_shown:
            self.stream.write("\n")
            self._bar_shown = False
        self.stream.write(text + "\n")
        self.stream.flush()

    def _progress(self, p: ProgressInfo) -> None:
        seen = (p.numbers_done, p.accepted, p.rejected, p.uncertain)
        if seen == getattr(self, "_last_seen", None):
            return
        self._last_seen = seen
        done = p.numbers_done
        eta = f"{int(p.eta_seconds) // 60}:{int(p.eta_seconds) % 60:02d}"
        counts = f"{done:,}/{p.numbers_total:,} numbers, {p.accepted:,} accepted"
        if p.rejected:
            counts += f", {p.rejected:,} rejected"
        if p.uncertain:
            counts += f", {p.uncertain:,} uncertain"
        if self.tty:
            width = 30
            filled = int(width * p.fraction)
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {p.fraction:4.0%} {counts}, ETA {eta}  ")
            self._bar_shown = True
            self.stream.flush()
        elif p.batches_total:
            done = p.batches_total - p.batches_left
            total = (
                counted(p.batches_total, "batch", "batches")
                if self.unit == "batches"
                else f"{p.batches_total:,} {self.unit}"
            )
            self._line(f"{done}/{total}, {counts}, about {eta} left.")

    def finish(self) -> None:
        if self._bar_shown:
            self.stream.write("\n")
            self.stream.flush()
            self._bar_shown = False


def exit_code(outcome: RunOutcome) -> int:
    if outcome.state == "finished":
        return EXIT_OK if outcome.all_accepted else EXIT_INCOMPLETE
    if outcome.state in ("paused", "stopped"):
        return EXIT_PAUSED
    return EXIT_INCOMPLETE  # cancelled


def report_outcome(store: Store, outcome: RunOutcome, balance: float | None = None) -> None:
    say(outcome.reason_en)
    if balance is not None:
        say(f"Balance: {balance:,.2f} points.")
    explain_uncertain(store, outcome.broadcast_id)
    if outcome.state in ("paused", "stopped"):
        say(f"To continue: kwtsms-desktop resume {outcome.broadcast_id}")


def explain_uncertain(store: Store, broadcast_id: int) -> None:
    uncertain = store.batches.in_state(broadcast_id, "uncertain")
    if not uncertain:
        return
    say("Uncertain batches (the request went out but no answer came back; they are never resent by themselves):")
    for batch in uncertain:
        shown = ", ".join(batch.numbers[:5]) + (f" and {batch.size - 5} more" if batch.size > 5 else "")
        say(f"  batch {batch.seq}: {counted(batch.size, 'number')} ({shown})")
    seq = uncertain[0].seq
    each = " (once for each batch)" if len(uncertain) > 1 else ""
    say(
        "Check with kwtSMS (or the recipients) whether they got the message, then either\n"
        f"  kwtsms-desktop resume {broadcast_id} --resend-uncertain {seq}   (send that batch again), or\n"
        f"  kwtsms-desktop resume {broadcast_id} --mark-received {seq}      (count it as sent){each}."
    )


def run_broadcast(store: Store, client: GatewayClient, broadcast_id: int, unit: str = "batches") -> int:
    from kwtsms_desktop.engine.lock import BroadcastBusy
    from kwtsms_desktop.engine.runner import BroadcastRunner, NotDue

    printer = ProgressPrinter(sys.stderr, unit)
    runner = BroadcastRunner(store, client, broadcast_id, listener=printer)
    try:
        with pause_on_signals(runner, client):
            outcome = runner.run()
    except (BroadcastBusy, NotDue) as error:
        printer.finish()
        raise Refusal(str(error)) from None
    printer.finish()
    report_outcome(store, outcome, printer.balance)
    return exit_code(outcome)


def guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from kwtsms_desktop.store import storage_failure

        try:
            return handler(args)
        except Refusal as refusal:
            say(str(refusal))
            return EXIT_BAD_INPUT
        except Exception as error:
            failure = storage_failure(error, _database_path(args))
            if failure is None:
                raise
            say(str(failure))
            return EXIT_STORAGE

    return run


def _database_path(args: argparse.Namespace) -> Path:
    from kwtsms_desktop.store import DATABASE_FILE, StoreError, resolve_data_dir

    try:
        return resolve_data_dir(getattr(args, "data_dir", None), create=False) / DATABASE_FILE
    except StoreError:
        return Path(getattr(args, "data_dir", None) or ".") / DATABASE_FILE


# ---- send --------------------------------------------------------------------------------------------
def _read_message(args: argparse.Namespace) -> str:
    if args.message is not None:
        return str(args.message)
    try:
        return Path(args.message_file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise Refusal(
            f"The message file {args.message_file} cannot be read ({error}). Save it as UTF-8 text."
        ) from None


def _column(table: Table, wanted: str | None, detect: Callable[[], int | None], what: str) -> int | None:
    if wanted is None:
        return detect()
    headers = [h.strip() for h in table.headers]
    for candidates in (headers, [h.casefold() for h in headers]):
        key = wanted.strip() if candidates is headers else wanted.strip().casefold()
        if key in candidates:
            return candidates.index(key)
    if wanted.strip().isdigit() and 1 <= int(wanted) <= len(headers):
        return int(wanted) - 1  # a column number, counted from 1 as a person does
    raise Refusal(
        f"There is no {what} column called {wanted!r}. The columns are: "
        + ", ".join(repr(h) for h in table.headers)
        + "."
    )


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
        phone = _column(table, args.phone_column, lambda: detect_phone_column(table, default_country), "phone")
        if phone is None:
            raise Refusal(
                "Could not tell which column holds the phone numbers. Name it with --phone-column; "
                "the columns are: " + ", ".join(repr(h) for h in table.headers) + "."
            )
        name = _column(table, args.name_column, lambda: detect_name_column(table, phone), "name")
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

    info = plan.message
    if getattr(plan, "personal", False):
        low, high = plan.pages_range
        pages = f"{low}-{high} pages" if low != high else counted(low, "page")
        say(
            f"Personal messages with {', '.join('{' + f + '}' for f in plan.fields)}: {info.encoding} "
            f"(the longest), {pages} each, {plan.distinct_texts:,} different texts."
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
    labels = {
        "invalid": "invalid",
        "duplicate": "duplicates",
        "suppressed": "on the do-not-send list",
        "not_covered": "in countries not activated on the account",
        "no_value": "without a value for a field of the message",
        "too_long": "whose message is too long",
    }
    aside = [f"{plan.set_aside_count(r):,} {labels.get(r, r)}" for r in SET_ASIDE_REASONS if plan.set_aside_count(r)]
    if plan.duplicates_removed_before:
        aside.append(f"{plan.duplicates_removed_before:,} duplicate rows")
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


def _suppressed(store) -> set[str]:
    """The do-not-send list; unreadable, nothing is sent (never planned as if it were empty)."""
    from kwtsms_desktop.store import StoreError

    try:
        return store.suppressions.numbers()
    except StoreError as error:
        raise Refusal(str(error)) from None


def send(args: argparse.Namespace) -> int:
    from kwtsms_desktop.cli.templates import field_options, message_text
    from kwtsms_desktop.core.plan import make_plan
    from kwtsms_desktop.gateway.exceptions import GatewayError, GatewayRejected

    with open_store(args.data_dir) as store:
        from kwtsms_desktop.cli.schedule import due_from_argument, report_scheduled

        due_utc = due_from_argument(store, getattr(args, "at", None))
        message = message_text(args, store)
        default_country = store.settings.value(DEFAULT_COUNTRY)
        from kwtsms_desktop.cli.contacts import daily_backup_quietly, send_audience

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
            unit = f"calls ({plan.distinct_texts:,} different texts)" if plan.personal else "batches"
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
