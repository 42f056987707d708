"""The batches of one broadcast: seq, msg-id, numbers, points, state, error in the user's words.

Loaded from the store when a broadcast is selected (at most a few hundred rows: batches of 200);
a batch the engine moves is re-read alone and updated with one dataChanged. Uncertain batches
are highlighted: the user has to decide about them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kwtsms_desktop.core.errors import error_info
from kwtsms_desktop.ui.shared.i18n import language, tr
from kwtsms_desktop.ui.shared.table_model import ReadOnlyTableModel

COL_SEQ, COL_MSG_ID, COL_NUMBERS, COL_POINTS, COL_STATE, COL_ERROR = range(6)
COLUMN_COUNT = 6

BatchRole = Qt.ItemDataRole.UserRole + 20

UNCERTAIN_EXPLANATION = (
    "We sent this batch but the gateway's answer never arrived. "
    "These {n} numbers may or may not have received the message."
)


def batch_state_label(batch, *, cancelled: bool = False) -> str:
    """The batch's state in words; a batch never sent of a cancelled broadcast says so (it never will be)."""
    if batch.state == "accepted" and batch.marked_by_user:
        return tr("Received (marked by you)")
    if cancelled and batch.state == "pending":
        return tr("Cancelled: not sent")
    return {
        "pending": tr("Not sent yet"),
        "sending": tr("Sending"),
        "accepted": tr("Accepted"),
        "rejected": tr("Rejected"),
        "uncertain": tr("Uncertain"),
    }.get(batch.state, batch.state)


def batch_error_text(batch) -> str:
    """The batch's problem in the user's words (the catalogue's sentence; never the bare code)."""
    if batch.state == "uncertain":
        return tr(UNCERTAIN_EXPLANATION, n=f"{batch.size:,}")
    if batch.state == "accepted" or not batch.error_code:
        return ""
    if batch.error_code == "INTERRUPTED":
        return tr("The app stopped while this batch was being sent.")
    return error_info(batch.error_code).message(language())


def points_text(points: float | None) -> str:
    if points is None:
        return ""
    return f"{points:,.0f}" if float(points).is_integer() else f"{points:,.2f}"


class BatchesModel(ReadOnlyTableModel):
    """The batches of the selected broadcast."""

    column_count = COLUMN_COUNT

    def column_titles(self) -> list[str]:
        return [tr("Batch"), tr("Message ID"), tr("Numbers"), tr("Points"), tr("State"), tr("Problem")]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._batches: list = []
        self._row_of: dict[int, int] = {}
        self.broadcast_id: int | None = None
        self._uncertain_brush = QBrush(QColor(255, 236, 179))
        self._rejected_brush = QBrush(QColor(176, 0, 32))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._batches)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._batches):
            return None
        batch = self._batches[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_SEQ:
                return str(batch.seq)
            if column == COL_MSG_ID:
                return batch.msg_id or ""
            if column == COL_NUMBERS:
                return f"{batch.size:,}"
            if column == COL_POINTS:
                return points_text(batch.points_charged)
            if column == COL_STATE:
                return batch_state_label(batch)
            if column == COL_ERROR:
                return batch_error_text(batch)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_MSG_ID:
            return batch.msg_id or None
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ERROR, COL_STATE):
            text = batch_error_text(batch)
            if text and batch.error_code and batch.state != "uncertain":
                text += "\n" + tr("Code for kwtSMS support: {code}", code=batch.error_code)
            return text or None
        if role == Qt.ItemDataRole.BackgroundRole and batch.state == "uncertain":
            return self._uncertain_brush
        if role == Qt.ItemDataRole.ForegroundRole and batch.state == "rejected":
            return self._rejected_brush
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_SEQ, COL_NUMBERS, COL_POINTS):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == BatchRole:
            return batch
        return None

    # ── Reading / changing ──────────────────────────────────────────────────────────

    def batch_at(self, row: int):
        return self._batches[row] if 0 <= row < len(self._batches) else None

    def batches(self) -> list:
        return self._batches

    def row_of(self, seq: int) -> int | None:
        return self._row_of.get(seq)

    def set_batches(self, broadcast_id: int | None, batches: list) -> None:
        self.beginResetModel()
        self.broadcast_id = broadcast_id
        self._batches = list(batches)
        self._row_of = {b.seq: i for i, b in enumerate(self._batches)}
        self.endResetModel()

    def update_batch(self, batch) -> bool:
        """Replace one batch (same broadcast) and repaint its row only."""
        if batch is None or batch.broadcast_id != self.broadcast_id:
            return False
        row = self._row_of.get(batch.seq)
        if row is None:
            return False
        self._batches[row] = batch
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        return True

    def refresh_texts(self) -> None:
        if self._batches:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._batches) - 1, COLUMN_COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
