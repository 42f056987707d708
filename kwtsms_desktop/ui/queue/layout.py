"""The queue area's widgets: broadcasts above (with their actions), batches below (with lookups and the uncertain box).

Only building and arranging; what the buttons do is the panel's (ui/queue/panel.py), which
connects them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.store.batches import Batch
from kwtsms_desktop.ui.queue import broadcasts_model as bm
from kwtsms_desktop.ui.queue.batches_model import BatchesModel
from kwtsms_desktop.ui.queue.broadcasts_model import BroadcastsModel, ProgressRole
from kwtsms_desktop.ui.queue.progress_delegate import ProgressDelegate
from kwtsms_desktop.ui.results.panel import BroadcastResultsPanel
from kwtsms_desktop.ui.shared.translation import translate


class QueueLayout(QWidget):
    """The widgets and models of the queue area, and which broadcast and batch are selected."""

    def __init__(self, parent: QWidget | None, *, data_dir: Path, client: GatewayClient | None) -> None:
        super().__init__(parent)
        self.broadcasts = BroadcastsModel(self)
        self.batches = BatchesModel(self)
        self._build_ui(data_dir, client)

    def _build_ui(self, data_dir: Path, client: GatewayClient | None) -> None:  # noqa: PLR0915 - one widget after another, top to bottom
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(translate("QueueLayout", "Broadcasts"))
        self.titleLabel.setObjectName("queueTitle")
        font = self.titleLabel.font()
        font.setBold(True)
        self.titleLabel.setFont(font)
        layout.addWidget(self.titleLabel)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        # The actions sit above the table, where they stay whatever appears below it (a paused
        # broadcast's reason, an empty list): a click meant for Cancel never lands elsewhere.
        buttons = QHBoxLayout()
        self.pauseButton = QPushButton(translate("QueueLayout", "Pause"))
        self.pauseButton.setObjectName("pauseButton")
        self.resumeButton = QPushButton(translate("QueueLayout", "Resume"))
        self.resumeButton.setObjectName("resumeButton")
        self.cancelButton = QPushButton(translate("QueueLayout", "Cancel broadcast"))
        self.cancelButton.setObjectName("cancelBroadcastButton")
        self.exportButton = QPushButton(translate("QueueLayout", "Export results…"))
        self.exportButton.setObjectName("exportResultsButton")
        self.changeTimeButton = QPushButton(translate("QueueLayout", "Change time…"))
        self.changeTimeButton.setObjectName("changeTimeButton")
        self.sendNowButton = QPushButton(translate("QueueLayout", "Send now"))
        self.sendNowButton.setObjectName("sendNowButton")
        for button in (
            self.pauseButton,
            self.resumeButton,
            self.cancelButton,
            self.changeTimeButton,
            self.sendNowButton,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.exportButton)
        top_layout.addLayout(buttons)
        self.view = QTableView()
        self.view.setObjectName("queueView")
        self.view.setAccessibleName(translate("QueueLayout", "Broadcasts"))
        self.view.setModel(self.broadcasts)
        self.view.setItemDelegateForColumn(bm.COL_PROGRESS, ProgressDelegate(ProgressRole, self.view))
        _plain_table(self.view)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in (
            (bm.COL_CREATED, 118),
            (bm.COL_MESSAGE, 160),
            (bm.COL_MODE, 48),
            (bm.COL_STATE, 190),
            (bm.COL_PROGRESS, 96),
            (bm.COL_COUNTS, 330),
            (bm.COL_ETA, 80),
            (bm.COL_SENDER, 80),
        ):
            header.resizeSection(column, width)
        top_layout.addWidget(self.view, 1)
        self.emptyLabel = QLabel(
            translate("QueueLayout", "No broadcasts yet. Messages you send appear here with their progress.")
        )
        self.emptyLabel.setObjectName("queueEmptyHint")
        self.emptyLabel.setWordWrap(True)
        top_layout.addWidget(self.emptyLabel)

        self.reasonLabel = QLabel()
        self.reasonLabel.setObjectName("broadcastReason")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top_layout.addWidget(self.reasonLabel)
        self.messageLabel = QLabel()
        self.messageLabel.setObjectName("queueMessage")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.hide()
        top_layout.addWidget(self.messageLabel)
        splitter.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        # Title and the two lookups share one row: the queue is often a short strip of the window.
        title_row = QHBoxLayout()
        self.batchesTitle = QLabel(translate("QueueLayout", "Batches"))
        self.batchesTitle.setFont(font)
        self.statusButton = QPushButton(translate("QueueLayout", "Check status"))
        self.statusButton.setObjectName("statusLookupButton")
        self.dlrButton = QPushButton(translate("QueueLayout", "Delivery report"))
        self.dlrButton.setObjectName("dlrLookupButton")
        title_row.addWidget(self.batchesTitle)
        title_row.addStretch(1)
        title_row.addWidget(self.statusButton)
        title_row.addWidget(self.dlrButton)
        bottom_layout.addLayout(title_row)
        self.batchesView = QTableView()
        self.batchesView.setObjectName("batchesView")
        self.batchesView.setAccessibleName(translate("QueueLayout", "Batches"))
        self.batchesView.setModel(self.batches)
        _plain_table(self.batchesView)
        self.batchesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batchesView.setMinimumHeight(self.batchesView.verticalHeader().defaultSectionSize() * 3)
        bheader = self.batchesView.horizontalHeader()
        for column, width in ((0, 55), (1, 160), (2, 75), (3, 65), (4, 150)):
            bheader.resizeSection(column, width)
        bottom_layout.addWidget(self.batchesView, 1)

        self.lookupLabel = QLabel()
        self.lookupLabel.setObjectName("lookupResult")
        self.lookupLabel.setWordWrap(True)
        self.lookupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lookupLabel.hide()
        bottom_layout.addWidget(self.lookupLabel)
        # An uncertain batch's two choices at the bottom: what appears above them (a lookup's answer)
        # takes room from the table, never moves these buttons.
        self.uncertainBox = QFrame()
        self.uncertainBox.setObjectName("uncertainBox")
        self.uncertainBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.uncertainBox.setStyleSheet("#uncertainBox { background: #fff3cd; border: 1px solid #e0b000; }")
        box = QVBoxLayout(self.uncertainBox)
        box.setContentsMargins(8, 6, 8, 6)
        self.uncertainLabel = QLabel()
        self.uncertainLabel.setObjectName("uncertainExplanation")
        self.uncertainLabel.setWordWrap(True)
        box.addWidget(self.uncertainLabel)
        choices = QHBoxLayout()
        self.resendButton = QPushButton(translate("QueueLayout", "Resend to these numbers"))
        self.resendButton.setObjectName("resendUncertainButton")
        self.markReceivedButton = QPushButton(translate("QueueLayout", "Mark as received"))
        self.markReceivedButton.setObjectName("markReceivedButton")
        choices.addWidget(self.resendButton)
        choices.addWidget(self.markReceivedButton)
        choices.addStretch(1)
        box.addLayout(choices)
        self.uncertainBox.hide()
        bottom_layout.addWidget(self.uncertainBox)

        # The broadcast's batches, or each of its numbers with its state and the report.
        self.results = BroadcastResultsPanel(data_dir=data_dir, client=client)
        self.detailTabs = QTabWidget()
        self.detailTabs.setObjectName("broadcastDetailTabs")
        self.detailTabs.setDocumentMode(True)
        self.detailTabs.addTab(bottom, translate("QueueLayout", "Batches"))
        self.detailTabs.addTab(self.results, translate("QueueLayout", "Each number"))
        splitter.addWidget(self.detailTabs)
        self.batchesArea = self.detailTabs
        splitter.setStretchFactor(0, 3)  # the broadcasts and their buttons get the larger share
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    def _show_empty(self, empty: bool) -> None:
        """With no broadcast yet, the hint and no empty batch table; the buttons stay, disabled."""
        self.emptyLabel.setVisible(empty)
        self.batchesArea.setVisible(not empty)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Wide and short (the main window's bottom strip): batches beside the broadcasts; else below."""
        super().resizeEvent(event)
        size = event.size()
        wanted = Qt.Orientation.Horizontal if size.width() > 1.8 * size.height() else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    def message_text(self) -> str:
        return self.messageLabel.text() if not self.messageLabel.isHidden() else ""

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.messageLabel.setText(text)
        self.messageLabel.setStyleSheet("color: #b00020;" if error else "")
        self.messageLabel.setVisible(bool(text))

    def selected_broadcast_id(self) -> int | None:
        index = self.view.currentIndex()
        row = self.broadcasts.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def selected_batch(self) -> Batch | None:
        index = self.batchesView.currentIndex()
        return self.batches.batch_at(index.row()) if index.isValid() else None


def _plain_table(view: QTableView) -> None:
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
