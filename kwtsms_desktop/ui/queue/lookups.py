"""The queue area's look-ups about one batch: its status and its delivery report, asked off the GUI thread.

When each may be asked is engine/results.py's rule (a message ID; outside Kuwait, not a test,
five minutes after sending for a delivery report); the answers are shown in plain words.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from kwtsms_desktop.engine.results import dlr_blocked, status_blocked
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.results import DlrEntry, StatusResult
from kwtsms_desktop.store.batches import Batch
from kwtsms_desktop.ui.queue.layout import QueueLayout
from kwtsms_desktop.ui.shared.translation import language, translatable, translate, translate_marked


class Lookups(Protocol):
    """What the panel asks the account service (ui/shared/account_service.py); callbacks run on the GUI thread."""

    def status(self, msg_id: str, callback: Callable[[Any, str | None], None]) -> None: ...

    def dlr(self, msg_id: str, callback: Callable[[Any, str | None], None]) -> None: ...


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class QueueLookups(QueueLayout):
    """Check status / Delivery report for the selected batch."""

    lookupFinished = Signal(str)  # the text shown for a status / DLR answer

    def __init__(
        self, parent: QWidget | None, *, data_dir: Path, client: GatewayClient | None, lookups: Lookups | None
    ) -> None:
        super().__init__(parent, data_dir=data_dir, client=client)
        self.lookups = lookups
        self._dlr_timer = QTimer(self)
        self._dlr_timer.setSingleShot(True)
        self._dlr_timer.timeout.connect(lambda: self._refresh_lookup_buttons(self.selected_batch()))
        self.statusButton.clicked.connect(self.check_status)
        self.dlrButton.clicked.connect(self.check_dlr)

    def check_status(self) -> None:
        batch = self.selected_batch()
        if batch is None or not batch.msg_id or self.lookups is None:
            return
        self._show_lookup(translate("QueueLookups", "Asking kwtSMS about batch {seq}…", seq=batch.seq))
        self.statusButton.setEnabled(False)
        seq = batch.seq
        self.lookups.status(batch.msg_id, lambda result, error: self._on_status(seq, result, error))

    def check_dlr(self) -> None:
        batch = self.selected_batch()
        if batch is None or not batch.msg_id or self.lookups is None or self._dlr_blocked(batch):
            return
        self._show_lookup(
            translate("QueueLookups", "Asking kwtSMS for the delivery report of batch {seq}…", seq=batch.seq)
        )
        self.dlrButton.setEnabled(False)
        seq = batch.seq
        self.lookups.dlr(batch.msg_id, lambda entries, error: self._on_dlr(seq, entries, error))

    def _refresh_lookup_buttons(self, batch: Batch | None) -> None:
        status_why = self._status_blocked(batch)
        self.statusButton.setEnabled(status_why is None)
        self.statusButton.setToolTip(status_why or translate("QueueLookups", "Ask kwtSMS what happened to this batch."))
        dlr_why = self._dlr_blocked(batch)
        self.dlrButton.setEnabled(dlr_why is None)
        self.dlrButton.setToolTip(
            dlr_why or translate("QueueLookups", "Ask kwtSMS which numbers of this batch the message reached.")
        )

    def _status_blocked(self, batch: Batch | None) -> str | None:
        if self.lookups is None:
            return translate("QueueLookups", "Not connected to kwtSMS.")
        if batch is None:
            return translate("QueueLookups", "Select a batch first.")
        blocked = status_blocked(batch)
        return blocked.text(language()) if blocked is not None else None

    def _dlr_blocked(self, batch: Batch | None) -> str | None:
        """Why the delivery report cannot be asked for now (None: it can); engine/results.py decides."""
        if self.lookups is None or batch is None:
            return self._status_blocked(batch)
        row = self.broadcasts.broadcast(batch.broadcast_id)
        blocked = dlr_blocked(batch, test=row is not None and row.test, now=_now)
        if blocked is None:
            return None
        if blocked.ready_at is not None:  # enable the button by itself once it is ready
            self._dlr_timer.start(int((blocked.ready_at - _now()).total_seconds() * 1000) + 500)
        return blocked.text(language())

    def _on_status(self, seq: int, result: StatusResult | None, error: str | None) -> None:
        if error is not None or result is None:
            text = translate("QueueLookups", "Batch {seq}: ", seq=seq) + (error or "")
        else:
            status = result.status or ""
            raw = " · ".join(part for part in (status, result.description) if part)
            # The meaning first, in the user's language; the gateway's own words only as detail.
            text = translate("QueueLookups", "Batch {seq}: {meaning}", seq=seq, meaning=status_meaning(status))
            if raw:
                text += "\n" + translate("QueueLookups", "kwtSMS answered: {raw}", raw=raw)
        self._show_lookup(text)
        self._refresh_lookup_buttons(self.selected_batch())
        self.lookupFinished.emit(text)

    def _on_dlr(self, seq: int, entries: list[DlrEntry] | None, error: str | None) -> None:
        if error is not None:
            text = translate("QueueLookups", "Batch {seq}: ", seq=seq) + error
        elif not entries:
            text = translate("QueueLookups", "Batch {seq}: no delivery report yet.", seq=seq)
        else:
            counts = Counter(e.status or translate("QueueLookups", "unknown") for e in entries)
            text = translate("QueueLookups", "Batch {seq}: ", seq=seq) + " · ".join(
                f"{status} {n:,}" for status, n in counts.most_common()
            )
        self._show_lookup(text)
        self._refresh_lookup_buttons(self.selected_batch())
        self.lookupFinished.emit(text)

    def _show_lookup(self, text: str) -> None:
        self.lookupLabel.setText(text)
        self.lookupLabel.setVisible(bool(text))


_STATUS_MEANINGS = {
    "sent": translatable("queue.lookups", "accepted by the gateway and passed on to the phone networks."),
    "queued": translatable("queue.lookups", "waiting in the gateway's queue, not sent to phones yet."),
    "pending": translatable("queue.lookups", "waiting in the gateway's queue, not sent to phones yet."),
    "delivered": translatable("queue.lookups", "delivered to the phones."),
    "failed": translatable("queue.lookups", "not delivered."),
    "rejected": translatable("queue.lookups", "refused by the phone networks."),
    "expired": translatable("queue.lookups", "not delivered in time: the networks gave up."),
}


def status_meaning(status: str) -> str:
    """What a status lookup's `status` word means, in the user's language (unknown words: said as unknown)."""
    meaning = _STATUS_MEANINGS.get(status.strip().lower())
    return (
        translate_marked("queue.lookups", meaning)
        if meaning
        else translate("queue.lookups", "the gateway gave a status this app does not know.")
    )
