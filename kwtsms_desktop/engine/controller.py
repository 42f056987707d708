"""The thin Qt wrapper around the runner: one QThread and one worker QObject, owned by one controller.

The GUI calls the controller's methods on the GUI thread; broadcasts run one at a time on the
worker thread (each with its own Store connection); the runner's events come back as signals
carrying plain data, delivered on the GUI thread. The gateway client is made on the GUI thread
by ``client_factory`` (credentials are read there, from the keyring, and handed over as plain
values: the worker never touches the keyring). Pause, cancel and shutdown reach the running
runner directly (thread-safe) so they act at once, even during a backoff wait.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kwtsms_desktop.engine import recovery
from kwtsms_desktop.engine.events import BalanceChanged, BatchChanged, ProgressInfo, RunOutcome, Waiting
from kwtsms_desktop.engine.lock import BroadcastBusy
from kwtsms_desktop.engine.runner import LOCK_WAIT_SECONDS, BroadcastRunner, UnknownBroadcast
from kwtsms_desktop.engine.scheduler import PRECHECK
from kwtsms_desktop.store import Store, StoreError

log = logging.getLogger(__name__)

ClientFactory = Callable[[], Any]  # returns a GatewayClient (thread-safe), made on the GUI thread


class _Worker(QObject):
    """Lives on the worker thread; runs one broadcast per ``run`` call, in the order asked."""

    batchChanged = Signal(int, int, str)
    progress = Signal(int, object)
    balanceChanged = Signal(float)
    waiting = Signal(int, int, float, str, str)
    started = Signal(int)
    ended = Signal(object)  # RunOutcome
    failed = Signal(int, str)
    dueChecked = Signal(object)  # list[DueResult]

    def __init__(
        self, data_dir: Path, delay_scale: float, lock_wait: float, language: Callable[[], str] = lambda: "en"
    ) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._language = language
        self._delay_scale = delay_scale
        self._lock_wait = lock_wait
        self._guard = threading.Lock()
        self._current: BroadcastRunner | None = None
        self._early_stops: dict[int, str] = {}  # a pause asked before the run started
        self._closing = False

    # -- called from the GUI thread (thread-safe) --------------------------------------------------
    def request_stop(self, broadcast_id: int, kind: str) -> bool:
        """Stop the run of this broadcast if it is the one running; True when it was."""
        with self._guard:
            runner = self._current
            if runner is not None and runner.broadcast_id == broadcast_id:
                getattr(runner, kind)()
                return True
            if kind == "pause":  # a cancel needs no reminder: it is in the journal
                self._early_stops[broadcast_id] = kind
            return False

    def close(self) -> None:
        with self._guard:
            self._closing = True
            if self._current is not None:
                self._current.abort()

    # -- on the worker thread ------------------------------------------------------------------------
    @Slot(int, object)
    def run(self, broadcast_id: int, client: Any) -> None:
        with self._guard:
            if self._closing:
                return
        try:
            with Store.open(self._data_dir) as store:
                runner = BroadcastRunner(
                    store,
                    client,
                    broadcast_id,
                    listener=self._relay,
                    delay_scale=self._delay_scale,
                    lock_wait=self._lock_wait,
                )
                with self._guard:
                    self._current = runner
                    early = self._early_stops.pop(broadcast_id, None)
                if early is not None:
                    getattr(runner, early)()
                self.started.emit(broadcast_id)
                try:
                    runner.run()  # the outcome is relayed as its last event
                finally:
                    with self._guard:
                        self._current = None
        except (BroadcastBusy, UnknownBroadcast) as error:
            self.failed.emit(broadcast_id, str(error))
        except StoreError as error:  # disk full, read-only or damaged data file: nothing more was sent
            self.failed.emit(broadcast_id, error.ar if self._language() == "ar" else error.en)
        except Exception as error:  # noqa: BLE001 - never let an error kill the worker thread silently
            self.failed.emit(broadcast_id, f"Sending stopped on an unexpected error: {type(error).__name__}: {error}")

    @Slot(object, object)
    def run_due(self, client: Any, clock: Callable[[], datetime]) -> None:
        """Send what is due at ``clock()`` (engine/scheduler.py), one broadcast after the other, here."""
        from kwtsms_desktop.engine.scheduler import run_due

        results: list[Any] = []

        def on_runner(runner: BroadcastRunner | None) -> None:
            with self._guard:
                self._current = runner
                early = self._early_stops.pop(runner.broadcast_id, None) if runner is not None else None
                closing = self._closing
            if runner is None:
                return
            if closing:
                runner.abort()
            elif early is not None:
                getattr(runner, early)()
            self.started.emit(runner.broadcast_id)

        try:
            with self._guard:
                if self._closing:
                    return
            with Store.open(self._data_dir) as store:
                results = run_due(
                    store,
                    lambda _broadcast: client,
                    clock=clock,
                    listener_for=lambda _broadcast_id: self._relay,
                    delay_scale=self._delay_scale,
                    on_runner=on_runner,
                )
        except Exception:  # noqa: BLE001 - the next tick tries again; never kill the worker thread
            log.exception("sending what is due failed")
        finally:
            self.dueChecked.emit(results)

    def _relay(self, event: Any) -> None:
        if isinstance(event, BatchChanged):
            self.batchChanged.emit(event.broadcast_id, event.seq, event.state)
        elif isinstance(event, ProgressInfo):
            self.progress.emit(event.broadcast_id, event)
        elif isinstance(event, BalanceChanged):
            self.balanceChanged.emit(float(event.available))
        elif isinstance(event, Waiting):
            self.waiting.emit(event.broadcast_id, event.seq, float(event.seconds), event.reason_en, event.reason_ar)
        elif isinstance(event, RunOutcome):
            self.ended.emit(event)


class SendController(QObject):
    """Runs broadcasts off the GUI thread. Create on the GUI thread; call :meth:`shutdown` before quitting."""

    batchChanged = Signal(int, int, str)  # broadcast id, seq, new state
    progress = Signal(int, object)  # broadcast id, ProgressInfo
    balanceChanged = Signal(float)  # from each answer's balance-after
    waiting = Signal(int, int, float, str, str)  # broadcast id, seq, seconds, reason en, reason ar
    broadcastStarted = Signal(int)
    broadcastFinished = Signal(int, str, str, str)  # id, state (finished / cancelled), reason en, reason ar
    broadcastPaused = Signal(int, str, str, str, str)  # id, state (paused / stopped), error code, reason en, ar
    runFailed = Signal(int, str)  # id, sentence (another window is sending it, no such broadcast, a bug)
    dueChecked = Signal(object)  # after run_due(): list of engine.scheduler.DueResult (missed, paused, sent)

    _runRequested = Signal(int, object)
    _dueRequested = Signal(object, object)

    def __init__(
        self,
        data_dir: str | Path,
        client_factory: ClientFactory,
        *,
        delay_scale: float = 1.0,
        lock_wait: float = LOCK_WAIT_SECONDS,
        language: Callable[[], str] = lambda: "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._client_factory = client_factory
        self._store: Store | None = None  # the GUI thread's own connection, for the user's choices
        self._thread = QThread()
        self._thread.setObjectName("kwtsms-send-worker")
        self._worker = _Worker(self._data_dir, delay_scale, lock_wait, language)
        self._worker.moveToThread(self._thread)
        self._runRequested.connect(self._worker.run)
        self._dueRequested.connect(self._worker.run_due)
        self._worker.batchChanged.connect(self.batchChanged)
        self._worker.progress.connect(self.progress)
        self._worker.balanceChanged.connect(self.balanceChanged)
        self._worker.waiting.connect(self.waiting)
        self._worker.started.connect(self._on_started)
        self._worker.dueChecked.connect(self._on_due_checked)
        self._worker.ended.connect(self._on_ended)
        self._worker.failed.connect(self.runFailed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        self._shut = False
        self._active: set[int] = set()  # asked to run and not ended yet (GUI thread only)
        self.runFailed.connect(lambda broadcast_id, _: self._active.discard(broadcast_id))

    # -- sending ---------------------------------------------------------------------------------------
    def start(self, broadcast_id: int) -> None:
        """Send a journaled broadcast (queued behind the one running, if any; ignored if already asked)."""
        if self._shut:
            raise RuntimeError("The send controller is shut down.")
        broadcast_id = int(broadcast_id)
        if broadcast_id in self._active:
            return
        client = self._client_factory()
        self._active.add(broadcast_id)
        self._runRequested.emit(broadcast_id, client)

    def run_due(self, clock: Callable[[], datetime]) -> None:
        """Send the scheduled broadcasts due at ``clock()`` on the worker thread, after the one running.

        The same checks as `run-due` (engine/scheduler.py); ``dueChecked`` says what became of each,
        a broadcast paused by the checks also comes as ``broadcastPaused`` with its reason.
        """
        if self._shut:
            return
        self._dueRequested.emit(self._client_factory(), clock)

    def is_active(self, broadcast_id: int) -> bool:
        """True from start() until the broadcast's run ends (finished, paused, stopped, cancelled or failed)."""
        return int(broadcast_id) in self._active

    def active_ids(self) -> set[int]:
        """The broadcasts sending now or waiting for their turn on the worker."""
        return set(self._active)

    def is_busy(self) -> bool:
        """A broadcast is sending or waiting to (a restore must wait until none is)."""
        return bool(self._active)

    def resume(self, broadcast_id: int) -> None:
        """Continue a paused or interrupted broadcast from its journal (uncertain batches are not resent)."""
        self.start(broadcast_id)

    def pause(self, broadcast_id: int) -> None:
        self._worker.request_stop(int(broadcast_id), "pause")

    def cancel(self, broadcast_id: int) -> None:
        """Commit the cancel to the journal now, whatever is running; a run of it stops after its batch in flight.

        When nothing is running it (paused, interrupted, idle), ``broadcastFinished`` says so at
        once; a refusal (finished, unknown) comes as ``runFailed`` with the sentence.
        """
        broadcast_id = int(broadcast_id)
        try:
            en, ar = recovery.cancel_broadcast(self._gui_store(), broadcast_id)
        except recovery.ChoiceRefused as refused:
            self.runFailed.emit(broadcast_id, str(refused))
            return
        running = self._worker.request_stop(broadcast_id, "cancel")
        if not running and broadcast_id not in self._active:
            self.broadcastFinished.emit(broadcast_id, "cancelled", en, ar)

    # -- the user's two choices for an uncertain batch (on the GUI thread) ------------------------------
    def resend_uncertain(self, broadcast_id: int, seq: int) -> None:
        """The batch becomes pending; it is sent when the broadcast is resumed."""
        recovery.resend_uncertain(self._gui_store(), broadcast_id, seq)
        self.batchChanged.emit(broadcast_id, seq, "pending")

    def mark_received(self, broadcast_id: int, seq: int) -> None:
        recovery.mark_received(self._gui_store(), broadcast_id, seq)
        self.batchChanged.emit(broadcast_id, seq, "accepted")

    def recover_interrupted(self) -> list[tuple[int, int]]:
        """At app start: batches left 'sending' by a process that died become 'uncertain'."""
        moved = recovery.recover_interrupted(self._gui_store())
        for broadcast_id, seq in moved:
            self.batchChanged.emit(broadcast_id, seq, "uncertain")
        return moved

    # -- lifecycle -------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop at the next safe point (the request in flight is journaled), then end the thread."""
        if self._shut:
            return
        self._shut = True
        self._worker.close()  # abort flag + wake-up of any wait
        self._thread.quit()
        self._thread.wait()
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def is_shut_down(self) -> bool:
        return self._shut

    def _gui_store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self._data_dir)
        return self._store

    @Slot(int)
    def _on_started(self, broadcast_id: int) -> None:
        self._active.add(broadcast_id)  # a due broadcast starts without start()
        self.broadcastStarted.emit(broadcast_id)

    @Slot(object)
    def _on_due_checked(self, results: list[Any]) -> None:
        for result in results:
            if result.state == "paused":
                self.broadcastPaused.emit(result.broadcast_id, "paused", PRECHECK, result.reason_en, result.reason_ar)
            elif result.state == "busy":  # another window or run-due is sending it: not ours
                self._active.discard(result.broadcast_id)
        self.dueChecked.emit(results)

    @Slot(object)
    def _on_ended(self, outcome: RunOutcome) -> None:
        self._active.discard(outcome.broadcast_id)
        if outcome.state in ("paused", "stopped"):
            self.broadcastPaused.emit(
                outcome.broadcast_id, outcome.state, outcome.error_code or "", outcome.reason_en, outcome.reason_ar
            )
        else:
            self.broadcastFinished.emit(outcome.broadcast_id, outcome.state, outcome.reason_en, outcome.reason_ar)
