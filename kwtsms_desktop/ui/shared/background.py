"""The window's one background runner: plain functions run off the GUI thread, their answers come back on it.

Used for everything that would freeze the window for more than a frame: reading and building an
import, saving exports, account look-ups (ui/shared/account_service.py), planning and journaling a
broadcast, saving the draft. The engine's own worker thread (engine/controller.py) is separate.

Two ways to hand it work, on the same threads:
- ``run(work, done)``: ``work()`` on a worker thread, then ``done(result, error)`` on the GUI thread.
  Tasks run in order (``threads`` at a time); after ``shutdown()`` no answer is delivered.
- ``start(work)``: one task at a time with progress and Cancel. ``work(progress, cancelled)``
  reports ``progress(done, total)`` and stops when ``cancelled()``; the answer arrives as the
  ``finished`` / ``failed`` / ``cancelled`` signals. A new ``start()`` or ``cancel()`` moves the
  generation on, so the late answer of a superseded task is dropped, never shown.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from kwtsms_desktop.importing.errors import ImportCancelled, ImportFailed
from kwtsms_desktop.ui.shared.reasons import failure_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Done = Callable[[Any, BaseException | None], None]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Keep Python's cyclic garbage collector from running while a task allocates 100,000s of objects.

    Mid-import, a full collection walks the table, the importer's results and the new entries
    (half a million objects) while holding the GIL: 100-200 ms during which the GUI thread cannot
    run, however the work is split. Nothing here makes reference cycles, so pausing loses nothing;
    big imports then freeze what is alive (engine/recipients_list.py) so no collection walks it later.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class BackgroundRunner(QObject):
    """Runs work off the GUI thread; answers, progress and busy changes arrive on the GUI thread."""

    progress = Signal(int, int)  # done, total (total 0: unknown), of the current start() task
    finished = Signal(object)  # the start() task's return value
    failed = Signal(str)  # a sentence for the user, in the window's language (ui/shared/reasons.py)
    cancelled = Signal()
    busyChanged = Signal(bool)
    # internal, emitted on worker threads and delivered queued on the GUI thread
    _answered = Signal(object, object, object)  # done, result, error
    _progressed = Signal(int, int, int)  # generation, done, total
    _ended = Signal(int, str, object)  # generation, "finished" | "failed" | "cancelled", result or sentence

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        name: str = "kwtsms-background",
        threads: int = 1,
    ) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)
        self._closed = False
        self._futures: set[Future[None]] = set()
        self._generation = 0
        self._stop: threading.Event | None = None  # the current start() task's stop flag
        self._answered.connect(self._deliver)
        self._progressed.connect(self._on_progress)
        self._ended.connect(self._on_ended)

    # ── run(work, done) ──────────────────────────────────────────────────────────────

    def run(self, work: Callable[[], Any], done: Done) -> bool:
        """work() on a worker thread, then done(result, error) on the GUI thread. False once shut down."""

        def task() -> None:
            try:
                outcome: tuple[Any, BaseException | None] = (work(), None)
            except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
                outcome = (None, error)
            self._emit(self._answered, done, *outcome)

        return self._submit(task)

    @Slot(object, object, object)
    def _deliver(self, done: Done, result: Any, error: BaseException | None) -> None:
        if not self._closed:
            done(result, error)

    # ── start(work): one at a time, with progress and cancel ─────────────────────────

    def is_busy(self) -> bool:
        return self._stop is not None

    def start(self, work: Callable[[Progress, Cancelled], object]) -> None:
        """Run work(progress, cancelled); a task still running is cancelled and its answer dropped."""
        if self._stop is not None:
            self._stop.set()
        self._generation += 1
        generation, stop = self._generation, threading.Event()
        self._stop = stop
        last_emit = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last_emit[0] >= 0.05 or (total and done >= total):  # at most 20 updates a second
                last_emit[0] = now
                self._emit(self._progressed, generation, int(done), int(total))

        def task() -> None:  # a worker thread: never touch widgets here
            try:
                with collector_paused():
                    result = work(progress, stop.is_set)
            except ImportCancelled:
                self._emit(self._ended, generation, "cancelled", None)
            except ImportFailed as failure:
                self._emit(self._ended, generation, "cancelled" if stop.is_set() else "failed", failure_text(failure))
            except Exception:  # noqa: BLE001 - a bug must reach the user as a sentence, not kill the thread
                log.exception("background task failed")
                self._emit(self._ended, generation, "failed", failure_text(ImportFailed("")))
            else:
                self._emit(self._ended, generation, "cancelled" if stop.is_set() else "finished", result)

        self._submit(task)
        self.busyChanged.emit(True)

    def cancel(self) -> None:
        """Ask the start() task to stop; `cancelled` is emitted at once (its late answer is dropped)."""
        if self._stop is None:
            return
        self._drop_current()
        self.busyChanged.emit(False)
        self.cancelled.emit()

    def _current(self, generation: int) -> bool:
        return generation == self._generation and self._stop is not None

    @Slot(int, int, int)
    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if self._current(generation):
            self.progress.emit(done, total)

    @Slot(int, str, object)
    def _on_ended(self, generation: int, how: str, value: object) -> None:
        if not self._current(generation):
            return
        self._stop = None
        self.busyChanged.emit(False)
        if how == "finished":
            self.finished.emit(value)
        elif how == "failed":
            self.failed.emit(str(value))
        else:
            self.cancelled.emit()

    # ── both ─────────────────────────────────────────────────────────────────────────

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Wait for the tasks handed over so far (a file being saved is finished, not cut short)."""
        _, not_done = wait_for(list(self._futures), timeout=timeout_ms / 1000)
        return not not_done

    def shutdown(self, wait: bool = True, timeout_ms: int = 5000) -> None:
        """Stop: the start() task is cancelled, queued tasks dropped, no answer delivered any more."""
        self._closed = True
        self._drop_current()
        self._pool.shutdown(wait=False, cancel_futures=True)
        if wait:
            self.wait(timeout_ms)

    def _drop_current(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._stop = None
        self._generation += 1

    def _submit(self, task: Callable[[], None]) -> bool:
        try:
            future = self._pool.submit(task)
        except RuntimeError:  # shut down already
            return False
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return True

    def _emit(self, signal: Any, *args: Any) -> None:
        if self._closed:
            return
        try:
            signal.emit(*args)
        except RuntimeError:  # the runner was deleted while working: the window is gone
            pass
