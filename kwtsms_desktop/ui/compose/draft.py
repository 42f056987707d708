"""The draft keeper: the message, sender and recipient list saved while the user works, brought back at the next start.

Saves are debounced (one a second at most while typing) and written off the GUI thread on their own
database connection, so a 100,000-row list never freezes the window; the recipient rows are only
rewritten when the list changed. A crash loses at most the last second of typing. After a
broadcast is journaled the draft is cleared; the next change starts a new one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from kwtsms_desktop.engine.recipients_list import (
    DUPLICATE_REASON,
    NOT_COVERED,
    NOT_COVERED_REASON,
    SUPPRESSED_REASON,
    RecipientEntry,
)
from kwtsms_desktop.store import Store
from kwtsms_desktop.store.drafts import Draft
from kwtsms_desktop.ui.shared.background import BackgroundRunner

if TYPE_CHECKING:
    from kwtsms_desktop.ui.compose.panel import ComposePanel
    from kwtsms_desktop.ui.recipients.panel import RecipientsPanel

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 1000


def entry_rows(entries: list[RecipientEntry]) -> list[tuple]:
    """The rows the draft table keeps (plain values: built on the worker thread)."""
    return [(e.row, e.number, e.raw, e.name, e.status, _saved_reason(e), e.first_row) for e in entries]


def _saved_reason(entry: RecipientEntry) -> str:
    """The reason column: the reason's code and params as JSON when it has them, so it comes back in any language."""
    if entry.code is None:
        return entry.reason
    return json.dumps({"code": entry.code, "params": dict(entry.params or {}), "en": entry.reason}, ensure_ascii=False)


# The table recognises these sentences by identity, to say them in its language with their details.
_KNOWN_REASONS = {reason: reason for reason in (DUPLICATE_REASON, NOT_COVERED_REASON, SUPPRESSED_REASON)}


def entries_from_rows(rows: list[tuple]) -> list[RecipientEntry]:
    entries = []
    for row, number, raw, name, status, reason, first_row in rows:
        code, params = None, None
        if reason in _KNOWN_REASONS:
            reason = _KNOWN_REASONS[reason]
        elif reason and reason.startswith("{"):
            try:
                saved = json.loads(reason)
                code, params, reason = saved["code"], saved["params"], saved["en"]
            except (ValueError, KeyError, TypeError):
                pass
        if status == "no_coverage":  # the table's word for not_covered before it took the plan's
            status = NOT_COVERED
        entry = RecipientEntry(
            int(row or 0),
            number,
            name or "",
            raw=raw or "",
            status=status,
            reason=reason or "",
            code=code,
            params=params,
        )
        entry.first_row = int(first_row or 0)
        entries.append(entry)
    return entries


class DraftWindow(Protocol):
    """What the draft keeper uses of the main window (ui/main_window.py): its two areas."""

    @property
    def compose(self) -> ComposePanel: ...

    @property
    def recipients(self) -> RecipientsPanel: ...


class DraftKeeper(QObject):
    """Watches the compose and recipients areas of a window and keeps their draft in the store."""

    saved = Signal()
    restored = Signal(bool)  # True when a draft was found and put back

    def __init__(self, window: DraftWindow, parent: QObject, *, open_store: Callable[[], Store]) -> None:
        super().__init__(parent)
        self.window = window
        self._open_store = open_store  # a new Store for the worker thread's own connection
        self._background = BackgroundRunner(self, name="kwtsms-draft")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._recipients_dirty = False
        self._in_flight = 0  # writes handed to the worker and not finished yet (counted on both threads)
        self._active = False  # nothing is saved until the previous draft is back (it would be overwritten)
        compose, recipients = window.compose, window.recipients
        compose.editor.textChanged.connect(self._changed)
        compose.senderChanged.connect(self._changed)
        recipients.recipientsChanged.connect(self._recipients_changed)

    # -- restoring ------------------------------------------------------------------------------
    def restore(self) -> None:
        """Read the saved draft off the GUI thread; `restored` says when it is back."""
        open_store = self._open_store

        def load() -> Draft | None:
            with open_store() as store:
                return store.drafts.load()

        self._background.run(load, self._loaded)

    def _loaded(self, draft: Draft | None, error: BaseException | None) -> None:
        if error is not None:
            log.warning("reading the draft failed", exc_info=error)
        found = error is None and draft is not None
        if draft is not None and error is None:
            compose, recipients = self.window.compose, self.window.recipients
            if draft.text and not compose.message_text():
                compose.editor.setPlainText(draft.text)
            if draft.sender:
                compose.prefer_sender(draft.sender)
            if draft.recipients and not recipients.model.entries():
                recipients.restore_entries(entries_from_rows(draft.recipients))
        self._active = True
        self._timer.stop()  # what the restore itself changed is what is saved already
        self._recipients_dirty = False
        self.restored.emit(found)

    # -- saving ---------------------------------------------------------------------------------
    def _changed(self, *_: object) -> None:
        if self._active:
            self._timer.start()

    def _recipients_changed(self, *_: object) -> None:
        if self._active:
            self._recipients_dirty = True
            self._timer.start()

    def save_now(self) -> None:
        """Write the draft now (off the GUI thread); `saved` follows."""
        self._timer.stop()
        if not self._active:
            return
        write = self._write_function(with_recipients=self._recipients_dirty)
        self._recipients_dirty = False
        self._in_flight += 1

        def counted() -> None:
            try:
                write()
            finally:
                self._in_flight -= 1

        self._background.run(counted, self._written)

    def _write_function(self, *, with_recipients: bool) -> Callable[[], None]:
        """What the draft is now (read on the GUI thread), as a function that writes it anywhere."""
        compose = self.window.compose
        text, sender = compose.message_text(), compose.sender_id() or None
        entries = list(self.window.recipients.model.entries()) if with_recipients else None
        open_store = self._open_store

        def write() -> None:
            rows = entry_rows(entries) if entries is not None else None
            with open_store() as store:
                if not text and rows == []:
                    store.drafts.clear()
                else:
                    store.drafts.save(text, sender, rows)

        return write

    def _written(self, _result: object, error: BaseException | None) -> None:
        if error is not None:
            log.warning("saving the draft failed", exc_info=error)  # the next change tries again
            self._recipients_dirty = True
            return
        self.saved.emit()

    def clear(self) -> None:
        """The draft became a broadcast: forget it; the next change starts a new one."""
        self._timer.stop()
        self._recipients_dirty = True
        open_store = self._open_store

        def forget() -> None:
            with open_store() as store:
                store.drafts.clear()

        self._background.run(forget, self._written)

    def shutdown(self) -> None:
        """On a clean exit: stop the worker, then write here what it had not written yet."""
        unsaved = self._active and (self._timer.isActive() or self._in_flight > 0)
        self._timer.stop()
        self._background.shutdown(wait=True)  # a write under way finishes; queued ones are dropped
        if unsaved:
            try:
                self._write_function(with_recipients=True)()
            except Exception:  # never block closing on a draft
                log.exception("saving the draft at exit failed")
