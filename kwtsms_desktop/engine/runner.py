"""The broadcast runner: sends a journaled broadcast batch by batch, plain Python, no Qt.

The journal's rule (docs/architecture.md, "The send journal"): a batch is committed as ``sending`` right before its request is made (after
the rate limiter's wait, so a kill during the wait leaves it ``pending``), and its outcome is
committed before the next request. So after any crash at most the one batch that was in flight
is unknown, and it becomes ``uncertain``, never resent by itself. When the journal cannot be
written (disk full, I/O error, read-only) the run stops with a StorageFailure: nothing more is sent. What the runner does with a gateway error comes from the error catalogue's action:

- RETRY (queue full ERR013, same number too soon ERR028, request never left NETWORK): the batch
  goes back to ``pending``, the runner waits the catalogue's delays (cancellable at once), then
  sends it again; when the delays are used up the broadcast is paused.
- REJECT_BATCH (no valid number, country not activated): the batch is ``rejected``; go on.
- PAUSE (account, balance, message, sender): the batch goes back to ``pending`` (nothing was
  sent) and the broadcast is ``paused``: resuming sends what is left.
- STOP (a protocol error: a bug): like pause, but the broadcast is ``stopped``.
- UNCERTAIN (no answer, unreadable answer): the batch is ``uncertain``; go on. Several in a row
  pause the broadcast (the gateway is not answering).

Requests are sequential: with the shared rate limiter spacing starts at 1/rate, an answer that
arrives within that spacing does not slow the broadcast down.
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kwtsms_desktop.core.errors import Action, ErrorInfo, error_info
from kwtsms_desktop.core.schedule import (
    QuietHours,
    ScheduleSettings,
    kuwait_text,
    quiet_pause_reason,
    utc_text,
)
from kwtsms_desktop.engine.events import (
    BalanceChanged,
    BatchChanged,
    Event,
    ProgressInfo,
    RunOutcome,
    Waiting,
)
from kwtsms_desktop.engine.lock import BroadcastLock
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.exceptions import (
    BadResponse,
    GatewayError,
    NoAnswer,
    RequestCancelled,
    RequestNotSent,
)
from kwtsms_desktop.store import BroadcastCancelled, StorageFailure, Store, is_storage_error, storage_failure
from kwtsms_desktop.store.broadcasts import QUIET_HOURS as QUIET_HOURS_CODE
from kwtsms_desktop.store.broadcasts import Broadcast
from kwtsms_desktop.store.settings_schema import LATE_SEND_MINUTES, QUIET_HOURS

Listener = Callable[[Event], None]

UNCERTAIN_IN_A_ROW_LIMIT = 3  # then the gateway is clearly not answering: pause
LOCK_WAIT_SECONDS = 5.0  # a process killed a moment ago may still hold the broadcast's lock


class UnknownBroadcast(LookupError):
    """No broadcast with that id in this data dir."""


class NotDue(Exception):
    """The broadcast is scheduled: it is sent at its due time (or after the user's "send now"), not by a resume."""


def schedule_settings(store: Store) -> ScheduleSettings:
    return ScheduleSettings.from_values(store.settings.value(QUIET_HOURS), store.settings.value(LATE_SEND_MINUTES))


def utc_clock() -> datetime:
    return datetime.now(UTC)


class _Keep(enum.Enum):
    """The quiet hours argument left out: read them from the settings."""

    KEEP = 0


_KEEP = _Keep.KEEP


class _Stop:
    PAUSE = "pause"
    CANCEL = "cancel"
    ABORT = "abort"


# The runner's own sentences (the catalogue covers gateway errors).
_PAUSED_BY_USER = (
    "Paused. Resume to send to the numbers not sent yet.",
    "تم الإيقاف المؤقت. استأنف الإرسال لإرسال الرسالة إلى الأرقام التي لم تصلها بعد.",
)
_PAUSED_BY_QUIT = (
    "Sending stopped because the app was closed. Resume to send to the numbers not sent yet.",
    "توقف الإرسال لأن البرنامج أُغلق. استأنف الإرسال لإرسال الرسالة إلى الأرقام التي لم تصلها بعد.",
)
_NOT_ANSWERING = (
    "kwtSMS stopped answering: {n} batches in a row got no readable answer, so sending is paused. "
    "Check the internet connection, then resume. The unanswered batches are marked uncertain: "
    "check them and choose to send them again or to count them as sent.",
    "توقف kwtSMS عن الرد: لم يصل ردّ مقروء على {n} دفعات متتالية، لذا أُوقف الإرسال مؤقتًا. "
    "تحقّق من اتصال الإنترنت ثم استأنف. الدفعات التي لم يصل ردّها معلّمة كغير مؤكدة: راجعها واختر "
    "إعادة إرسالها أو اعتبارها مُرسلة.",
)
_SENDING_STOPPED = (
    " Sending stopped: nothing more was sent. Resume the broadcast once this is fixed; a batch that "
    "was being sent at that moment will show as uncertain.",
    " توقف الإرسال ولم يُرسل شيء آخر. استأنف الإرسال بعد حل المشكلة؛ الدفعة التي كانت قيد الإرسال "
    "في تلك اللحظة ستظهر كغير مؤكدة.",
)
_RETRIES_USED_UP = (
    "{reason} It still failed after waiting several times, so sending is paused: resume later.",
    "{reason} وما زال الخطأ قائمًا بعد الانتظار عدة مرات، لذا أُوقف الإرسال مؤقتًا: استأنف لاحقًا.",
)


def cancelled_reason(numbers_left: int) -> tuple[str, str]:
    return (
        f"Cancelled. The {numbers_left:,} {'number' if numbers_left == 1 else 'numbers'} not sent yet will not be sent.",
        f"أُلغي الإرسال. لن تُرسل الرسالة إلى {numbers_left:,} رقمًا لم تصلها بعد.",
    )


def finished_reason(numbers: dict[str, int], uncertain_batches: int) -> tuple[str, str]:
    accepted = numbers.get("accepted", 0)
    rejected = numbers.get("rejected", 0)
    uncertain = numbers.get("uncertain", 0)
    if not rejected and not uncertain:
        return (
            f"Done: all {accepted:,} numbers were accepted by kwtSMS.",
            f"تم: قبل kwtSMS جميع الأرقام ({accepted:,}).",
        )
    en = [f"Finished: {accepted:,} numbers accepted."]
    ar = [f"انتهى الإرسال: قُبل {accepted:,} رقمًا."]
    if rejected:
        en.append(f"{rejected:,} were rejected by kwtSMS (see each batch's reason).")
        ar.append(f"ورفض kwtSMS {rejected:,} رقمًا (السبب مذكور في كل دفعة).")
    if uncertain:
        en.append(
            f"{uncertain:,} numbers in {uncertain_batches} {'batch' if uncertain_batches == 1 else 'batches'} are "
            "uncertain: nobody knows whether "
            "they were sent. Check them and choose to send them again or to count them as sent."
        )
        ar.append(
            f"و{uncertain:,} رقمًا في {uncertain_batches} دفعات غير مؤكدة: لا يُعرف إن أُرسلت. "
            "راجعها واختر إعادة إرسالها أو اعتبارها مُرسلة."
        )
    return " ".join(en), " ".join(ar)


class BroadcastRunner:
    """Runs one broadcast from its journal until it is finished, paused, stopped or cancelled.

    ``store`` must belong to the calling thread. ``client`` is a GatewayClient (its rate limiter
    spaces the requests). ``delay_scale`` multiplies every retry wait (tests use a small one; the
    real default is 1). :meth:`pause`, :meth:`cancel` and :meth:`abort` may be called from any
    thread at any moment: a request already on its way is finished and journaled first, a wait is
    cut short at once.
    """

    def __init__(
        self,
        store: Store,
        client: GatewayClient,
        broadcast_id: int,
        *,
        listener: Listener | None = None,
        delay_scale: float = 1.0,
        uncertain_limit: int = UNCERTAIN_IN_A_ROW_LIMIT,
        data_dir: str | Path | None = None,
        lock_wait: float = LOCK_WAIT_SECONDS,
        clock: Callable[[], datetime] = utc_clock,
        quiet_hours: QuietHours | None | _Keep = _KEEP,
    ) -> None:
        self.store = store
        self.client = client
        self.broadcast_id = broadcast_id
        self._listener = listener
        self._delay_scale = delay_scale
        self._uncertain_limit = uncertain_limit
        self._lock = BroadcastLock(data_dir or store.data_dir, broadcast_id)
        self._lock_wait = lock_wait
        self._stop_event = threading.Event()
        self._stop_kind: str | None = None
        self._stop_guard = threading.Lock()
        self._answer_times: list[float] = []
        # Quiet hours: from the settings unless given (None: none). Checked before each batch.
        self._clock = clock
        self._quiet = schedule_settings(store).quiet_hours if quiet_hours is _KEEP else quiet_hours

    # ---- control, from any thread ----------------------------------------------------------------
    def pause(self) -> None:
        self._request_stop(_Stop.PAUSE)

    def cancel(self) -> None:
        self._request_stop(_Stop.CANCEL)

    def abort(self) -> None:
        """The app is closing: stop at the next safe point, leave the broadcast resumable."""
        self._request_stop(_Stop.ABORT)

    def _request_stop(self, kind: str) -> None:
        with self._stop_guard:
            # Cancel wins over pause; a pause never downgrades a cancel.
            if self._stop_kind != _Stop.CANCEL:
                self._stop_kind = kind
        self._stop_event.set()

    # ---- the run ---------------------------------------------------------------------------------
    def run(self) -> RunOutcome:
        """Send what is pending; returns how the run ended.

        Raises BroadcastBusy, UnknownBroadcast, or StorageFailure when the journal cannot be written
        (nothing is sent after that).
        """
        broadcast = self.store.broadcasts.get(self.broadcast_id)
        if broadcast is None:
            raise UnknownBroadcast(f"There is no broadcast {self.broadcast_id} in {self.store.data_dir}.")
        self._lock.acquire(self._lock_wait)
        try:
            return self._run(broadcast)
        except BaseException as error:
            failure = storage_failure(error, self.store.path)
            if failure is None:
                raise
            raise StorageFailure(
                failure.kind, failure.en + _SENDING_STOPPED[0], failure.ar + _SENDING_STOPPED[1]
            ) from None
        finally:
            self._lock.release()

    def _run(self, broadcast: Broadcast) -> RunOutcome:
        broadcast = self.store.broadcasts.get(self.broadcast_id) or broadcast  # as the lock holder sees it
        for _, seq in self.store.batches.recover_sending(self.broadcast_id):
            self._emit(BatchChanged(self.broadcast_id, seq, "uncertain", "INTERRUPTED"))
        if broadcast.state == "cancelled":
            return self._journal_cancelled(broadcast)
        if broadcast.state == "scheduled":
            due = kuwait_text(datetime.fromisoformat(broadcast.due_utc)) if broadcast.due_utc else "later"
            raise NotDue(
                f"Broadcast {self.broadcast_id} is scheduled for {due}; it is sent then. "
                "To send it earlier choose Send now; to stop it, cancel it."
            )
        return self._send_all(broadcast)

    def _send_all(self, broadcast: Broadcast) -> RunOutcome:
        self.store.broadcasts.set_state(self.broadcast_id, "sending")
        self._emit_progress()
        retries: dict[tuple[int, str], int] = {}
        uncertain_in_a_row = 0
        while True:
            if self._stop_event.is_set():
                return self._stopped()
            journaled = self.store.broadcasts.get(self.broadcast_id)
            if journaled is not None and journaled.state == "cancelled":  # cancelled by another window or command
                return self._journal_cancelled(journaled)
            batch = self.store.batches.next_pending(self.broadcast_id)
            if batch is None:
                return self._finish()
            now = self._clock()
            if self._quiet is not None and self._quiet.contains(now):
                return self._quiet_pause(now)
            seq = batch.seq
            left: list[float] = []  # the time the request left, once the batch is journaled as sending

            def leaving(seq: int = seq, left: list[float] = left) -> None:
                # After the rate limiter's wait, right before the request: a kill during the wait
                # leaves the batch pending (resumed later), not uncertain.
                self.store.batches.mark_sending(self.broadcast_id, seq)
                left.append(time.monotonic())
                self._emit(BatchChanged(self.broadcast_id, seq, "sending"))

            try:
                text = batch.message if batch.message is not None else broadcast.cleaned_message
                result = self.client.send(
                    batch.numbers,
                    text,
                    broadcast.sender,
                    test=broadcast.test,
                    cancel=self._stop_event,
                    on_leaving=leaving,
                )
            except BroadcastCancelled:  # by another window or command, committed before this batch left
                self.cancel()
                return self._stopped()
            except RequestCancelled:
                if left:
                    self._move_back(seq, None, None)
                continue  # the loop's first check ends the run
            except (NoAnswer, BadResponse) as error:
                self.store.batches.mark_uncertain(self.broadcast_id, seq, error_code=error.code, error_text=str(error))
                self._emit(BatchChanged(self.broadcast_id, seq, "uncertain", error.code))
                self._emit_progress()
                uncertain_in_a_row += 1
                if uncertain_in_a_row >= self._uncertain_limit:
                    en, ar = _NOT_ANSWERING
                    return self._end(
                        "paused", error.code, en.format(n=uncertain_in_a_row), ar.format(n=uncertain_in_a_row)
                    )
                continue
            except GatewayError as error:
                uncertain_in_a_row = 0
                outcome = self._gateway_error(seq, error, retries)
                if outcome is not None:
                    return outcome
                continue
            except BaseException as error:
                if is_storage_error(error):
                    raise  # the journal cannot be written: stop here, send nothing more
                # A bug or an interrupt: once the request may have left, whether it arrived is
                # unknown, so the batch is uncertain (before that it is still pending); the error
                # is not swallowed.
                if left:
                    self.store.batches.mark_uncertain(
                        self.broadcast_id, seq, error_code="INTERRUPTED", error_text=f"{type(error).__name__}: {error}"
                    )
                self.store.broadcasts.set_state(
                    self.broadcast_id,
                    "stopped",
                    error_code="INTERRUPTED",
                    reason_en=f"Sending stopped on an unexpected error ({type(error).__name__}). "
                    "Resume to continue; a batch that was being sent is marked uncertain.",
                    reason_ar="توقف الإرسال بسبب خطأ غير متوقع. استأنف للمتابعة؛ الدفعة التي كانت قيد "
                    "الإرسال معلّمة كغير مؤكدة.",
                )
                raise
            uncertain_in_a_row = 0
            retries = {key: count for key, count in retries.items() if key[0] != seq}
            self.store.batches.mark_accepted(
                self.broadcast_id,
                seq,
                msg_id=result.msg_id,
                points_charged=result.points_charged,
                balance_after=result.balance_after,
                gateway_timestamp=result.unix_timestamp,
                note=None
                if result.numbers >= len(batch.numbers)
                else f"kwtSMS took {result.numbers} of the {len(batch.numbers)} numbers of this batch.",
            )
            self._answer_times.append(time.monotonic() - left[0])
            self._emit(BatchChanged(self.broadcast_id, seq, "accepted"))
            self._emit(BalanceChanged(result.balance_after))
            self._emit_progress()

    def _gateway_error(self, seq: int, error: GatewayError, retries: dict[tuple[int, str], int]) -> RunOutcome | None:
        """Journal a gateway error (or a request that never left) and decide: None to go on, else the end."""
        info: ErrorInfo = error.info if isinstance(error.info, ErrorInfo) else error_info(error.code)
        action = info.action
        if isinstance(error, RequestNotSent):
            action = Action.RETRY
        if action is Action.REJECT_BATCH:
            self.store.batches.mark_rejected(
                self.broadcast_id, seq, error_code=error.code, error_text=error.description
            )
            self._emit(BatchChanged(self.broadcast_id, seq, "rejected", error.code))
            self._emit_progress()
            return None
        # Every other answer means the gateway took nothing: the batch is pending again.
        self._move_back(seq, error.code, error.description)
        if action is Action.RETRY:
            attempt = retries.get((seq, error.code), 0)
            delays = info.retry_delays or (30.0,)
            if attempt >= len(delays):
                en, ar = _RETRIES_USED_UP
                return self._end("paused", error.code, en.format(reason=info.en), ar.format(reason=info.ar))
            retries[(seq, error.code)] = attempt + 1
            seconds = delays[attempt] * self._delay_scale
            self._emit(Waiting(self.broadcast_id, seq, seconds, error.code, info.en, info.ar))
            self._stop_event.wait(seconds)  # pause / cancel / quit cut it short
            return None
        if action is Action.PAUSE:
            return self._end("paused", error.code, info.en, info.ar)
        # STOP, and anything the catalogue says must not be guessed at.
        return self._end("stopped", error.code, info.en, info.ar)

    def _move_back(self, seq: int, code: str | None, text: str | None) -> None:
        self.store.batches.mark_pending_again(self.broadcast_id, seq, error_code=code, error_text=text)
        self._emit(BatchChanged(self.broadcast_id, seq, "pending", code))

    # ---- endings ---------------------------------------------------------------------------------
    def _journal_cancelled(self, broadcast: Broadcast) -> RunOutcome:
        outcome = self._outcome("cancelled", broadcast.error_code, broadcast.reason_en or "", broadcast.reason_ar or "")
        self._emit(outcome)
        return outcome

    def _quiet_pause(self, now: datetime) -> RunOutcome:
        """Quiet hours reached: paused until they end; run-due (or the window) goes on from then."""
        assert self._quiet is not None
        resume_at = self._quiet.ends_after(now)
        en, ar = quiet_pause_reason(self._quiet, resume_at)
        self.store.broadcasts.pause_until(
            self.broadcast_id, utc_text(resume_at), error_code=QUIET_HOURS_CODE, reason_en=en, reason_ar=ar
        )
        self._emit_progress()
        outcome = self._outcome("paused", QUIET_HOURS_CODE, en, ar)
        self._emit(outcome)
        return outcome

    def _stopped(self) -> RunOutcome:
        kind = self._stop_kind
        if kind == _Stop.CANCEL:
            left = self.store.batches.counts(self.broadcast_id).get("pending", (0, 0))[1]
            en, ar = cancelled_reason(left)
            return self._end("cancelled", None, en, ar)
        en, ar = _PAUSED_BY_QUIT if kind == _Stop.ABORT else _PAUSED_BY_USER
        return self._end("paused", None, en, ar)

    def _finish(self) -> RunOutcome:
        numbers = {state: n for state, (_, n) in self.store.batches.counts(self.broadcast_id).items()}
        uncertain_batches = self.store.batches.counts(self.broadcast_id).get("uncertain", (0, 0))[0]
        en, ar = finished_reason(numbers, uncertain_batches)
        return self._end("finished", None, en, ar)

    def _end(self, state: str, code: str | None, en: str, ar: str) -> RunOutcome:
        self.store.broadcasts.set_state(self.broadcast_id, state, error_code=code, reason_en=en, reason_ar=ar)
        journaled = self.store.broadcasts.get(self.broadcast_id)
        if state != "cancelled" and journaled is not None and journaled.state == "cancelled":
            # Cancelled meanwhile (another window or command): the cancel stands.
            state, code = "cancelled", journaled.error_code
            en, ar = journaled.reason_en or "", journaled.reason_ar or ""
        self._emit_progress()
        outcome = self._outcome(state, code, en, ar)
        self._emit(outcome)
        return outcome

    def _outcome(self, state: str, code: str | None, en: str, ar: str) -> RunOutcome:
        counts = self.store.batches.counts(self.broadcast_id)
        uncertain = tuple(b.seq for b in self.store.batches.in_state(self.broadcast_id, "uncertain"))
        return RunOutcome(
            self.broadcast_id,
            state,
            code,
            en,
            ar,
            numbers_by_state={state: n for state, (_, n) in counts.items() if n},
            uncertain_batches=uncertain,
        )

    # ---- reporting -------------------------------------------------------------------------------
    def _emit(self, event: Event) -> None:
        if self._listener is not None:
            self._listener(event)

    def _emit_progress(self) -> None:
        if self._listener is None:
            return
        counts = self.store.batches.counts(self.broadcast_id)
        numbers = {state: n for state, (_, n) in counts.items()}
        pending_batches = counts.get("pending", (0, 0))[0] + counts.get("sending", (0, 0))[0]
        points = self.store.batches.points_charged(self.broadcast_id)
        self._emit(
            ProgressInfo(
                broadcast_id=self.broadcast_id,
                batches_total=sum(c for c, _ in counts.values()),
                batches_left=pending_batches,
                numbers_total=sum(numbers.values()),
                accepted=numbers.get("accepted", 0),
                rejected=numbers.get("rejected", 0),
                uncertain=numbers.get("uncertain", 0),
                pending=numbers.get("pending", 0) + numbers.get("sending", 0),
                points_charged=points,
                eta_seconds=pending_batches * self._seconds_per_batch(),
            )
        )

    def _seconds_per_batch(self) -> float:
        limiter = getattr(self.client, "rate_limiter", None)
        spacing = 1.0 / limiter.rate if limiter is not None else 0.5
        recent = self._answer_times[-10:]
        answer = sum(recent) / len(recent) if recent else 0.0
        return max(spacing, answer)
