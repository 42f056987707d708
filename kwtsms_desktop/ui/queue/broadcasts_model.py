"""The queue / history table: one row per broadcast with its state, progress, counts and ETA.

Rows are plain `BroadcastRow`s built from the store's summaries (`refresh`) and then kept current
from the send controller's signals one row at a time (`apply_progress`, `apply_state`), so a
running broadcast never makes the view reload everything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kwtsms_desktop.core.schedule import KUWAIT, from_utc_text
from kwtsms_desktop.ui.schedule.countdown import due_countdown
from kwtsms_desktop.ui.shared.table_model import ReadOnlyTableModel
from kwtsms_desktop.ui.shared.translation import joined, language, left_to_right, translate

# The columns a person looks at first come first (the queue area is often narrow).
COL_CREATED, COL_MESSAGE, COL_MODE, COL_STATE, COL_PROGRESS, COL_COUNTS, COL_ETA, COL_SENDER = range(8)
COLUMN_COUNT = 8

ProgressRole = Qt.ItemDataRole.UserRole + 10  # int 0..100 for the progress delegate
BroadcastIdRole = Qt.ItemDataRole.UserRole + 11
RowRole = Qt.ItemDataRole.UserRole + 12

MESSAGE_PREVIEW = 48


def broadcast_state_label(state: str) -> str:
    return {
        "planned": translate("queue.broadcasts_model", "Ready to send"),
        "sending": translate("queue.broadcasts_model", "Sending"),
        "paused": translate("queue.broadcasts_model", "Paused"),
        "stopped": translate("queue.broadcasts_model", "Stopped"),
        "finished": translate("queue.broadcasts_model", "Finished"),
        "cancelled": translate("queue.broadcasts_model", "Cancelled"),
        "scheduled": translate("queue.broadcasts_model", "Scheduled"),
    }.get(state, state)


def column_titles() -> list[str]:
    titles = {
        COL_CREATED: translate("queue.broadcasts_model", "Created"),
        COL_MESSAGE: translate("queue.broadcasts_model", "Message"),
        COL_MODE: translate("queue.broadcasts_model", "Mode"),
        COL_STATE: translate("queue.broadcasts_model", "State"),
        COL_PROGRESS: translate("queue.broadcasts_model", "Progress"),
        COL_COUNTS: translate("queue.broadcasts_model", "Numbers"),
        COL_ETA: translate("queue.broadcasts_model", "Time left"),
        COL_SENDER: translate("queue.broadcasts_model", "Sender"),
    }
    return [titles[column] for column in range(COLUMN_COUNT)]


def local_time(utc_text: str | None) -> str:
    """'2026-11-22T05:40:12Z' (UTC, as stored) -> '2026-11-22 08:40' in this computer's time zone."""
    if not utc_text:
        return ""
    try:
        moment = dt.datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
    except ValueError:
        return utc_text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return left_to_right(moment.astimezone().strftime("%Y-%m-%d %H:%M"))


def kuwait_short(utc_text: str) -> str:
    """The journal's due time as 'YYYY-MM-DD HH:MM' in Kuwait time (the time the user chose)."""
    try:
        moment = from_utc_text(utc_text)
    except ValueError:
        return utc_text
    return left_to_right(moment.astimezone(KUWAIT).strftime("%Y-%m-%d %H:%M"))


def eta_text(seconds: float | None) -> str:
    if seconds is None or seconds <= 0:
        return ""
    seconds = int(round(seconds))
    if seconds < 60:
        return translate("queue.broadcasts_model", "{count} s", n=seconds, count=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return translate("queue.broadcasts_model", "{m} min {s} s", m=minutes, s=seconds)
    hours, minutes = divmod(minutes, 60)
    return translate("queue.broadcasts_model", "{h} h {m} min", h=hours, m=minutes)


@dataclass
class BroadcastRow:
    """What the queue shows about one broadcast (plain data)."""

    id: int
    created_utc: str
    message: str
    sender: str
    test: bool
    state: str
    numbers_total: int = 0
    accepted: int = 0
    rejected: int = 0
    uncertain: int = 0
    pending: int = 0  # pending + sending
    set_aside: int = 0
    points: float = 0.0
    uncertain_batches: int = 0
    eta_seconds: float | None = None
    reason_en: str = ""
    reason_ar: str = ""
    due_utc: str = ""  # scheduled: when it is sent
    missed: bool = False  # scheduled, its time passed unsent: waits for the user's choice

    @property
    def waiting_for_time(self) -> bool:
        return self.state == "scheduled" and not self.missed and bool(self.due_utc)

    @classmethod
    def from_summary(cls, summary) -> BroadcastRow:
        b = summary.broadcast
        numbers = summary.numbers_by_state
        return cls(
            id=b.id,
            created_utc=b.created_utc,
            message=b.cleaned_message or b.message,
            sender=b.sender,
            test=bool(b.test),
            state=b.state,
            numbers_total=summary.numbers_total,
            accepted=numbers.get("accepted", 0),
            rejected=numbers.get("rejected", 0),
            uncertain=numbers.get("uncertain", 0),
            pending=numbers.get("pending", 0) + numbers.get("sending", 0),
            set_aside=summary.set_aside,
            points=float(summary.points_charged or 0),
            uncertain_batches=summary.batches_by_state.get("uncertain", 0),
            reason_en=b.reason_en or "",
            reason_ar=b.reason_ar or "",
            due_utc=b.due_utc or "",
            missed=b.missed,
        )

    @property
    def percent(self) -> int:
        if not self.numbers_total:
            return 100 if self.state == "finished" else 0
        done = self.numbers_total - self.pending
        return max(0, min(100, int(done * 100 / self.numbers_total)))

    def reason(self) -> str:
        if self.waiting_for_time:
            return translate("BroadcastRow", "Sends at {time} Kuwait time.", time=kuwait_short(self.due_utc))
        return self.reason_ar if language() == "ar" and self.reason_ar else self.reason_en

    def counts_text(self) -> str:
        parts = [translate("BroadcastRow", "{count} accepted", n=self.accepted, count=f"{self.accepted:,}")]
        if self.rejected:
            parts.append(translate("BroadcastRow", "{count} rejected", n=self.rejected, count=f"{self.rejected:,}"))
        if self.uncertain:
            parts.append(translate("BroadcastRow", "{count} uncertain", n=self.uncertain, count=f"{self.uncertain:,}"))
        if self.pending and self.state == "cancelled":
            parts.append(translate("BroadcastRow", "{count} cancelled", n=self.pending, count=f"{self.pending:,}"))
        elif self.pending:
            parts.append(translate("BroadcastRow", "{count} not sent yet", n=self.pending, count=f"{self.pending:,}"))
        return translate(
            "BroadcastRow", "{shown} of {total}", shown=joined(" · ", parts), total=f"{self.numbers_total:,}"
        )


class BroadcastsModel(ReadOnlyTableModel):
    """Broadcasts, newest first."""

    column_count = COLUMN_COUNT

    def column_titles(self) -> list[str]:
        return column_titles()

    def __init__(self, parent=None, *, clock=lambda: dt.datetime.now(dt.UTC)) -> None:
        super().__init__(parent)
        self.clock = clock  # for the countdown of scheduled broadcasts (tests inject one)
        self._rows: list[BroadcastRow] = []
        self._row_of: dict[int, int] = {}
        self._uncertain_brush = QBrush(QColor(255, 236, 179))
        self._test_brush = QBrush(QColor(160, 90, 0))

    # ── Qt model interface ────────────────────────────────────────────────────────

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_CREATED:
                return local_time(row.created_utc)
            if column == COL_MESSAGE:
                text = " ".join(row.message.split())
                return text if len(text) <= MESSAGE_PREVIEW else text[: MESSAGE_PREVIEW - 1] + "…"
            if column == COL_SENDER:
                return row.sender
            if column == COL_MODE:
                return translate("BroadcastsModel", "Test") if row.test else translate("BroadcastsModel", "Live")
            if column == COL_STATE:
                label = broadcast_state_label(row.state)
                if row.missed:
                    label = translate("BroadcastsModel", "Missed its time")
                elif row.waiting_for_time:
                    label = translate(
                        "BroadcastsModel", "Scheduled · {countdown}", countdown=due_countdown(row.due_utc, self.clock())
                    )
                if row.uncertain_batches == 1:
                    label += " · " + translate("BroadcastsModel", "1 uncertain batch")
                elif row.uncertain_batches:
                    label += " · " + translate(
                        "BroadcastsModel",
                        "{count} uncertain batch(es)",
                        n=row.uncertain_batches,
                        count=row.uncertain_batches,
                    )
                return label
            if column == COL_PROGRESS:
                return f"{row.percent}%"
            if column == COL_COUNTS:
                return row.counts_text()
            if column == COL_ETA:
                if row.waiting_for_time:
                    return due_countdown(row.due_utc, self.clock())
                return eta_text(row.eta_seconds) if row.state == "sending" else ""
            return None
        if role == ProgressRole:
            return row.percent
        if role == BroadcastIdRole:
            return row.id
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_MESSAGE:
                return row.message
            if column == COL_STATE:
                return row.reason() or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.uncertain_batches:
            return self._uncertain_brush
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_MODE and row.test:
            return self._test_brush
        return None

    # ── Reading ─────────────────────────────────────────────────────────────────────

    def row_of(self, broadcast_id: int) -> int | None:
        return self._row_of.get(broadcast_id)

    def broadcast(self, broadcast_id: int) -> BroadcastRow | None:
        row = self._row_of.get(broadcast_id)
        return self._rows[row] if row is not None else None

    def row_at(self, row: int) -> BroadcastRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[BroadcastRow]:
        return self._rows

    # ── Changing ────────────────────────────────────────────────────────────────────

    def set_rows(self, rows: list[BroadcastRow]) -> None:
        """Replace everything (newest first). ETAs of running broadcasts are kept."""
        etas = {r.id: r.eta_seconds for r in self._rows}
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: r.id, reverse=True)
        for r in self._rows:
            if r.eta_seconds is None:
                r.eta_seconds = etas.get(r.id)
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def upsert(self, row: BroadcastRow) -> None:
        """Add a new broadcast at the top, or replace an existing one's row (one dataChanged)."""
        existing = self._row_of.get(row.id)
        if existing is None:
            position = 0
            while position < len(self._rows) and self._rows[position].id > row.id:
                position += 1
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, row)
            self._row_of = {r.id: i for i, r in enumerate(self._rows)}
            self.endInsertRows()
            return
        if row.eta_seconds is None:
            row.eta_seconds = self._rows[existing].eta_seconds
        self._rows[existing] = row
        self._changed(existing)

    def apply_progress(self, progress) -> bool:
        """Update counts and ETA from the engine's ProgressInfo; False when the broadcast is not listed."""
        index = self._row_of.get(progress.broadcast_id)
        if index is None:
            return False
        row = self._rows[index]
        row.numbers_total = progress.numbers_total
        row.accepted = progress.accepted
        row.rejected = progress.rejected
        row.uncertain = progress.uncertain
        row.pending = progress.pending
        row.points = float(progress.points_charged)
        row.eta_seconds = progress.eta_seconds
        self._changed(index)
        return True

    def apply_state(self, broadcast_id: int, state: str, reason_en: str = "", reason_ar: str = "") -> bool:
        index = self._row_of.get(broadcast_id)
        if index is None:
            return False
        row = self._rows[index]
        row.state = state
        row.reason_en, row.reason_ar = reason_en, reason_ar
        if state != "sending":
            row.eta_seconds = None
        self._changed(index)
        return True

    def tick_countdowns(self) -> bool:
        """Repaint the countdowns of scheduled broadcasts (one cell each); False when none is waiting."""
        waiting = [i for i, r in enumerate(self._rows) if r.waiting_for_time]
        for i in waiting:
            self.dataChanged.emit(self.index(i, COL_STATE), self.index(i, COL_ETA), [Qt.ItemDataRole.DisplayRole])
        return bool(waiting)

    def refresh_texts(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
