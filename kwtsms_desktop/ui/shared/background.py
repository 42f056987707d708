"""One small helper: run a function off the GUI thread, get its result back on the GUI thread.

Used for work that would freeze the window for more than a frame: planning a large broadcast
(every number checked) and journaling it (thousands of rows written with synchronous=FULL).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class Background(QObject):
    """`run(work, done)`: work() on a worker thread, then done(result, error) on the GUI thread."""

    _delivered = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None, *, name: str = "kwtsms-background") -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._closed = False
        self._delivered.connect(self._deliver)

    def run(self, work: Callable[[], Any], done: Callable[[Any, BaseException | None], None]) -> None:
        def task() -> None:
            try:
                outcome: tuple[Any, BaseException | None] = (work(), None)
            except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
                outcome = (None, error)
            if not self._closed:
                try:
                    self._delivered.emit(done, *outcome)
                except RuntimeError:  # deleted while working: the window is gone
                    pass

        self._pool.submit(task)

    @Slot(object, object, object)
    def _deliver(self, done: Callable[[Any, BaseException | None], None], result: Any, error: Any) -> None:
        if not self._closed:
            done(result, error)

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)
