"""Reading files and building recipients off the GUI thread, with progress and Cancel.

Two layers:
- plain functions (`read_source`, `build_entries`) that do the work with the importing package;
  they never touch widgets and take `progress(done, total)` and `cancelled()` hooks;
- `ImportWorker`, a QObject that runs one such function at a time on its own QThreadPool and
  reports through signals, which Qt delivers on the GUI thread (queued connections).

A cancelled or superseded task's late result is dropped (each task carries a generation number),
so the GUI never sees an outcome it no longer wants. `shutdown()` cancels and waits: call it when
the owner goes away.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from kwtsms_desktop.core.phone import check_number
from kwtsms_desktop.importing import (
    ImportFailed,
    build_recipients,
    detect_name_column,
    detect_phone_column,
    read_table,
    table_from_text,
)
from kwtsms_desktop.importing.cells import prepare_phone_cell
from kwtsms_desktop.importing.errors import ImportCancelled
from kwtsms_desktop.importing.table import Table
from kwtsms_desktop.ui.recipients.entry_fields import FileColumns, RowFields
from kwtsms_desktop.ui.recipients.model import (
    DUPLICATE,
    DUPLICATE_REASON,
    INVALID,
    RecipientEntry,
    apply_eligibility,
)
from kwtsms_desktop.ui.shared.i18n import tr

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

FREEZE_AT = 20_000  # entries from which an import moves its objects out of the cyclic GC's sight
Cancelled = Callable[[], bool]


# ── Plain work (no Qt) ──────────────────────────────────────────────────────────────


@dataclass
class ReadOutcome:
    """A file or paste read into a table, with the columns detected in it."""

    table: Table
    phone_column: int | None
    name_column: int | None
    source: str  # the file's name, or "pasted text"
    path: str | None = None


@dataclass
class BuildOutcome:
    """Recipients ready for the model: entries in file order plus what the dialog shows."""

    entries: list[RecipientEntry]
    valid: int
    invalid: int
    duplicates: int  # inside the file (dropped by the importer) plus numbers already in the list
    not_covered: int
    suppressed: int
    source: str = ""
    phone_column: int | None = None
    name_column: int | None = None
    counts: dict[str, int] = field(default_factory=dict)


def read_source(
    *,
    path: str | None = None,
    text: str | None = None,
    sheet: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReadOutcome:
    """Read a file (or pasted text) and detect its phone and name columns. Raises ImportFailed."""
    if path is not None:
        from kwtsms_desktop.importing.errors import display_name

        table = read_table(path, sheet, progress=progress, should_cancel=cancelled)
        source = display_name(path)
    else:
        table = table_from_text(text or "")
        source = tr("pasted text")
    _check(cancelled)
    phone = detect_phone_column(table)
    name = detect_name_column(table, phone) if phone is not None else detect_name_column(table)
    return ReadOutcome(table=table, phone_column=phone, name_column=name, source=source, path=path)


def build_entries(
    table: Table,
    phone_column: int,
    name_column: int | None,
    *,
    default_country: str | None = "965",
    existing: Mapping[str, int] | None = None,
    coverage: Sequence[str] | None = None,
    suppressed: frozenset[str] = frozenset(),
    source: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    release_table: bool = False,
) -> BuildOutcome:
    """Turn a table into model entries: valid, invalid with reasons, duplicates of numbers already listed.

    `existing` maps the numbers already in the recipients list to their row, so a second import
    marks them as duplicates instead of adding them twice. With `release_table` the table's rows
    are emptied once read (a direct import never looks at them again), which lowers the peak
    memory of a 100,000-row import.
    """
    result = build_recipients(
        table, phone_column, name_column, default_country, progress=progress, should_cancel=cancelled
    )
    _check(cancelled)
    names = _names_of_rows(table, name_column, [r.row for r in result.invalid])
    duplicate_entries = (
        _duplicate_rows(table, phone_column, name_column, default_country, result) if result.duplicates else []
    )
    cells_of = _cells_of_rows(table, name_column)  # kept with the entries for message fields
    if release_table:
        table.rows.clear()  # the caller no longer needs the cells: free them before the entries are made
    existing = existing or {}
    origin = f"file:{source}" if source else None  # one string shared by every entry: the Source column
    entries: list[RecipientEntry] = []
    append = entries.append
    already = 0
    for recipient in result.valid:
        # The entry keeps the strings, not the Recipient: 100,000 fewer objects in memory.
        entry = RecipientEntry(recipient.row, recipient.number, recipient.name or "", source=origin)
        if cells_of:
            entry.fields = cells_of.get(recipient.row)
        first = existing.get(recipient.number)
        if first is not None:
            entry.status, entry.reason, entry.sendable, entry.first_row = DUPLICATE, DUPLICATE_REASON, False, first
            already += 1
        append(entry)
    for rejected in result.invalid:
        append(
            RecipientEntry(
                rejected.row,
                "",
                names.get(rejected.row, ""),
                raw=rejected.raw or "",
                status=INVALID,
                reason=rejected.error or "",
                source=origin,
            )
        )
    for entry in duplicate_entries:
        entry.source = origin
    entries.extend(duplicate_entries)
    _check(cancelled)
    entries.sort(key=_by_row)
    apply_eligibility(entries, coverage, suppressed)
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.status] = counts.get(entry.status, 0) + 1
    if len(entries) >= FREEZE_AT:
        # Move everything alive now (the entries above all) out of the cyclic collector's sight:
        # otherwise its first pass after the import walks 100,000 entries holding the GIL (30-40 ms
        # of frozen window). They are plain data freed by reference counting, so nothing leaks;
        # only for big imports, because it applies to every object alive at this moment.
        gc.freeze()
    return BuildOutcome(
        entries=entries,
        valid=counts.get("valid", 0),
        invalid=len(result.invalid),
        duplicates=result.duplicates + already,
        not_covered=counts.get("no_coverage", 0),
        suppressed=counts.get("suppressed", 0),
        source=source,
        phone_column=phone_column,
        name_column=name_column,
        counts=counts,
    )


def _cells_of_rows(table: Table, name_column: int | None) -> dict[int, RowFields]:
    """Each file row's cells with the file's columns ({name} and {any column} of a personal message);
    nothing for a bare list of numbers."""
    if len(table.headers) < 2 and name_column is None:
        return {}
    file = FileColumns(table.headers, name_column)
    return {number: RowFields(file, cells) for number, cells in zip(table.row_numbers, table.rows, strict=False)}


def _names_of_rows(table: Table, name_column: int | None, rows: list[int]) -> dict[int, str]:
    """The name cell of a few file rows (rejected rows keep their name so the office can find them)."""
    if name_column is None or not rows:
        return {}
    wanted = set(rows)
    names = {}
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        if number in wanted and name_column < len(cells):
            names[number] = cells[name_column]
    return names


def _duplicate_rows(
    table: Table, phone_column: int, name_column: int | None, default_country: str | None, result: object
) -> list[RecipientEntry]:
    """The rows build_recipients dropped as duplicates, as entries pointing at the first occurrence.

    build_recipients only counts them; the table shows them so the user sees which rows they were.
    """
    first_row = {r.number: r.row for r in result.valid}  # type: ignore[attr-defined]
    used = {r.row for r in result.valid}  # type: ignore[attr-defined]
    used.update(r.row for r in result.invalid)  # type: ignore[attr-defined]
    found: list[RecipientEntry] = []
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        if number in used or phone_column >= len(cells) or not cells[phone_column]:
            continue
        raw = cells[phone_column]
        check = check_number(prepare_phone_cell(raw), default_country)
        if not check.ok:
            continue
        entry = RecipientEntry(
            number,
            check.number,
            cells[name_column] if name_column is not None and name_column < len(cells) else "",
            raw=raw,
        )
        entry.status, entry.reason, entry.sendable = DUPLICATE, DUPLICATE_REASON, False
        entry.first_row = first_row.get(check.number, 0)
        found.append(entry)
    return found


def _by_row(entry: RecipientEntry) -> int:
    return entry.row


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


@contextlib.contextmanager
def collector_paused():
    """Keep Python's cyclic garbage collector from running while an import allocates 100,000s of objects.

    Mid-import, a full collection walks the table, the importer's results and the new entries
    (half a million objects) while holding the GIL: 100-200 ms during which the GUI thread cannot
    run, however the work is split. Nothing here makes reference cycles, so pausing loses nothing;
    big imports then freeze what is alive (see build_entries) so no collection walks it later.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# ── Qt runner ───────────────────────────────────────────────────────────────────────


class _TaskSignals(QObject):
    progress = Signal(int, int, int)  # generation, done, total
    done = Signal(int, object)  # generation, result
    failed = Signal(int, str)  # generation, sentence
    cancelled = Signal(int)  # generation


class _Task(QRunnable):
    def __init__(
        self,
        generation: int,
        work: Callable[[Progress, Cancelled], object],
        signals: _TaskSignals,
        stop: threading.Event,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._generation = generation
        self._work = work
        self._signals = signals
        self.stop = stop
        self._last_emit = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last_emit >= 0.05 or (total and done >= total):  # at most 20 updates a second
            self._last_emit = now
            self._signals.progress.emit(self._generation, int(done), int(total))

    def run(self) -> None:  # worker thread: never touch widgets here
        try:
            with collector_paused():
                result = self._work(self._progress, self.stop.is_set)
        except ImportCancelled:
            self._signals.cancelled.emit(self._generation)
        except ImportFailed as exc:
            if self.stop.is_set():
                self._signals.cancelled.emit(self._generation)
            else:
                self._signals.failed.emit(self._generation, str(exc))
        except Exception:  # noqa: BLE001 - a bug must reach the user as a sentence, not kill the thread
            log.exception("import task failed")
            self._signals.failed.emit(
                self._generation,
                "Something went wrong while reading the recipients. Nothing was imported; "
                "please try again, and report it if it happens again.",
            )
        else:
            if self.stop.is_set():
                self._signals.cancelled.emit(self._generation)
            else:
                self._signals.done.emit(self._generation, result)


class ImportWorker(QObject):
    """Runs one background import task at a time; signals arrive on the GUI thread.

    `start(work)` where `work(progress, cancelled)` is a plain function; a new start() cancels
    the previous task and ignores its result.
    """

    progress = Signal(int, int)  # done, total (total 0: unknown)
    finished = Signal(object)  # the work's return value
    failed = Signal(str)  # a sentence for the user (ImportFailed's message)
    cancelled = Signal()
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _TaskSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._generation = 0
        self._task: threading.Event | None = None  # the running task's stop flag

    def is_busy(self) -> bool:
        return self._task is not None

    def start(self, work: Callable[[Progress, Cancelled], object]) -> None:
        if self._task is not None:
            self._task.set()
        self._generation += 1
        self._task = threading.Event()
        self._pool.start(_Task(self._generation, work, self._signals, self._task))
        self.busyChanged.emit(True)

    def cancel(self) -> None:
        """Ask the running task to stop; `cancelled` is emitted (at once: its late result is dropped)."""
        if self._task is None:
            return
        self._task.set()
        self._task = None
        self._generation += 1
        self.busyChanged.emit(False)
        self.cancelled.emit()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel and wait for the thread; call before the owner is destroyed."""
        if self._task is not None:
            self._task.set()
            self._task = None
            self._generation += 1
        self._pool.waitForDone(timeout_ms)

    def wait(self, timeout_ms: int = 30000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def _current(self, generation: int) -> bool:
        return generation == self._generation and self._task is not None

    @Slot(int, int, int)
    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if self._current(generation):
            self.progress.emit(done, total)

    @Slot(int, object)
    def _on_done(self, generation: int, result: object) -> None:
        if self._current(generation):
            self._task = None
            self.busyChanged.emit(False)
            self.finished.emit(result)

    @Slot(int, str)
    def _on_failed(self, generation: int, sentence: str) -> None:
        if self._current(generation):
            self._task = None
            self.busyChanged.emit(False)
            self.failed.emit(sentence)

    @Slot(int)
    def _on_cancelled(self, generation: int) -> None:
        if self._current(generation):
            self._task = None
            self.busyChanged.emit(False)
            self.cancelled.emit()
