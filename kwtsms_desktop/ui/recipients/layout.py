"""The recipients area's widgets: the buttons, counters, progress row, the table (fixed column widths) and the message line.

Only building and arranging; what the buttons do is the panel's (ui/recipients/panel.py), which
connects them. Column widths follow the view's width, never measured over 100,000 rows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.engine.recipients_list import DUPLICATE, INVALID, NOT_COVERED, SUPPRESSED, VALID
from kwtsms_desktop.ui.recipients.model import COL_NAME, COL_NUMBER, COL_ROW, COL_STATUS, NOT_SENDABLE, RecipientsModel
from kwtsms_desktop.ui.shared.translation import translatable, translate, translate_marked

EMPTY_HINT = translatable("recipients.layout", "Import a spreadsheet, CSV or vCard, or paste numbers (Ctrl+Shift+V)")


class RecipientsLayout(QWidget):
    """The widgets and the table model of the recipients area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecipientsModel(self)
        self._build_ui()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.importButton = QPushButton(translate("RecipientsLayout", "Import…"))
        self.importButton.setObjectName("importButton")
        self.importButton.setToolTip(
            translate("RecipientsLayout", "Import recipients from Excel, OpenDocument, CSV, text or vCard")
        )
        self.pasteButton = QPushButton(translate("RecipientsLayout", "Paste"))
        self.pasteButton.setObjectName("pasteButton")
        self.pasteButton.setToolTip(
            translate("RecipientsLayout", "Add the numbers copied to the clipboard (Ctrl+Shift+V)")
        )
        self.groupsButton = QPushButton(translate("RecipientsLayout", "Groups…"))
        self.groupsButton.setObjectName("groupsButton")
        self.groupsButton.setToolTip(translate("RecipientsLayout", "Add the members of address-book groups"))
        self.filterCombo = QComboBox()
        self.filterCombo.setObjectName("recipientsFilter")
        self.filterCombo.setAccessibleName(translate("RecipientsLayout", "Show"))
        self._fill_filter_combo()
        self.searchEdit = QLineEdit()
        self.searchEdit.setObjectName("recipientsSearch")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setPlaceholderText(translate("RecipientsLayout", "Search number or name"))
        self.searchEdit.setAccessibleName(translate("RecipientsLayout", "Search number or name"))
        top.addWidget(self.importButton)
        top.addWidget(self.pasteButton)
        top.addWidget(self.groupsButton)
        top.addStretch(1)
        top.addWidget(self.filterCombo)
        top.addWidget(self.searchEdit, 1)
        layout.addLayout(top)

        self.countersLabel = QLabel()
        self.countersLabel.setObjectName("recipientsCounters")
        layout.addWidget(self.countersLabel)

        self.progressWidget = QWidget()
        progress_row = QHBoxLayout(self.progressWidget)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progressLabel = QLabel()
        self.progressBar = QProgressBar()
        self.progressBar.setObjectName("importProgress")
        self.cancelButton = QPushButton(translate("RecipientsLayout", "Cancel"))
        self.cancelButton.setObjectName("importCancelButton")
        progress_row.addWidget(self.progressLabel)
        progress_row.addWidget(self.progressBar, 1)
        progress_row.addWidget(self.cancelButton)
        self.progressWidget.hide()
        layout.addWidget(self.progressWidget)

        self.stack = QStackedWidget()
        self.emptyHint = QLabel(translate_marked("recipients.layout", EMPTY_HINT))
        self.emptyHint.setObjectName("recipientsEmptyHint")
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHint.setWordWrap(True)
        self.emptyHint.setStyleSheet("color: palette(placeholder-text); font-size: 14px; padding: 24px;")
        self.view = QTableView()
        self.view.setObjectName("recipientsView")
        self.view.setAccessibleName(translate("RecipientsLayout", "Recipients"))
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self._auto_widths = True  # until the user drags a column edge
        self._setting_widths = False
        self._fit_columns(900)
        header.sectionResized.connect(self._on_section_resized)
        self.view.viewport().installEventFilter(self)
        self.view.setSortingEnabled(True)
        self.stack.addWidget(self.emptyHint)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)

        self.messageLabel = QLabel()
        self.messageLabel.setObjectName("recipientsMessage")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.hide()
        layout.addWidget(self.messageLabel)

        bottom = QHBoxLayout()
        self.removeButton = QPushButton(translate("RecipientsLayout", "Remove selected"))
        self.removeButton.setObjectName("removeRecipientsButton")
        self.clearButton = QPushButton(translate("RecipientsLayout", "Clear"))
        self.clearButton.setObjectName("clearRecipientsButton")
        self.undoButton = QPushButton(translate("RecipientsLayout", "Undo"))
        self.undoButton.setObjectName("undoRecipientsButton")
        self.exportButton = QPushButton(translate("RecipientsLayout", "Export rows to fix…"))
        self.exportButton.setObjectName("exportInvalidButton")
        self.exportButton.setToolTip(
            translate("RecipientsLayout", "Save the rows that will not be sent, with the reason, to fix them in Excel")
        )
        bottom.addWidget(self.removeButton)
        bottom.addWidget(self.clearButton)
        bottom.addWidget(self.undoButton)
        bottom.addStretch(1)
        bottom.addWidget(self.exportButton)
        layout.addLayout(bottom)

    def _fill_filter_combo(self) -> None:
        self.filterCombo.blockSignals(True)
        self.filterCombo.clear()
        for label, status in (
            (translate("RecipientsLayout", "All rows"), None),
            (translate("RecipientsLayout", "Valid"), VALID),
            (translate("RecipientsLayout", "Not sent to"), NOT_SENDABLE),
            (translate("RecipientsLayout", "Invalid"), INVALID),
            (translate("RecipientsLayout", "Duplicates"), DUPLICATE),
            (translate("RecipientsLayout", "No coverage"), NOT_COVERED),
            (translate("RecipientsLayout", "Suppressed"), SUPPRESSED),
        ):
            self.filterCombo.addItem(label, status)
        self.filterCombo.blockSignals(False)

    # (column, share of the view's width, minimum, maximum): the reason column takes the rest.
    _SHARES = (
        (COL_ROW, 0.09, 48, 72),
        (COL_NUMBER, 0.20, 110, 160),
        (COL_NAME, 0.26, 120, 240),
        (COL_STATUS, 0.13, 80, 110),
    )

    def _fit_columns(self, width: int) -> None:
        header = self.view.horizontalHeader()
        self._setting_widths = True
        try:
            for column, share, minimum, maximum in self._SHARES:
                header.resizeSection(column, min(maximum, max(minimum, int(width * share))))
        finally:
            self._setting_widths = False

    def _on_section_resized(self, *_args: object) -> None:
        if not self._setting_widths and self.view.isVisible():
            self._auto_widths = False  # the user chose a width: keep it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._auto_widths and watched is self.view.viewport() and isinstance(event, QResizeEvent):
            self._fit_columns(event.size().width())
        return super().eventFilter(watched, event)
