"""Running one journaled broadcast from the command line: progress on stderr, Ctrl+C to pause, the outcome and its exit code."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from kwtsms_desktop.cli.common import EXIT_INCOMPLETE, EXIT_OK, EXIT_PAUSED, Refusal, counted, say
from kwtsms_desktop.engine.events import BalanceChanged, BatchChanged, ProgressInfo, RunOutcome, Waiting

# The engine and the HTTP client are imported inside run_broadcast, for start-up speed.
if TYPE_CHECKING:
    from kwtsms_desktop.engine.runner import BroadcastRunner
    from kwtsms_desktop.gateway.client import GatewayClient
    from kwtsms_desktop.store import Store


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
