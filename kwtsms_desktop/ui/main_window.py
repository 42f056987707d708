"""The main window's shell: header (account, connection, balance), banners, the pages, menus and shortcuts.

The areas are their own widgets (recipients_panel, compose_panel, queue_panel); this module only
places them on pages the user switches between (Send: recipients and compose; Broadcasts: the
queue and history), connects their signals to the session's services, and owns the window-wide
things: the balance display, the demo and recovery banners, drag-and-drop of files, geometry
memory that always fits the screen. Sending itself is in `send_flow` (plan, confirm, journal,
hand to the engine).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.store import StoreError
from kwtsms_desktop.store.settings_schema import TEST_MODE_DEFAULT
from kwtsms_desktop.ui.shared.i18n import language, tr
from kwtsms_desktop.ui.shared.session import Session
from kwtsms_desktop.ui.window.geometry import (
    MINIMUM_SIZE,
    WindowGeometry,
)
from kwtsms_desktop.ui.window.header import WindowHeader

# The areas are imported in attach(), once the frame is on screen (start-up speed); here only
# for their types.
if TYPE_CHECKING:
    from kwtsms_desktop.ui.compose.draft import DraftKeeper
    from kwtsms_desktop.ui.compose.panel import ComposePanel
    from kwtsms_desktop.ui.compose.send_flow import SendFlow
    from kwtsms_desktop.ui.contacts.wiring import ContactsArea
    from kwtsms_desktop.ui.personal.controller import PersonalMessages
    from kwtsms_desktop.ui.queue.panel import QueuePanel
    from kwtsms_desktop.ui.recipients.panel import RecipientsPanel
    from kwtsms_desktop.ui.shared.account_service import AccountService

log = logging.getLogger(__name__)

PAGE_SEND, PAGE_BROADCASTS = 0, 1


def _area_frame() -> QFrame:
    """A white card that will hold one area (filled in by `MainWindow.attach`)."""
    frame = QFrame()
    frame.setObjectName("area")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 10)
    return frame


def _put(frame: QFrame, area: QWidget) -> None:
    layout = frame.layout()
    if layout is not None:  # _area_frame gave every card one
        layout.addWidget(area)


class MainWindow(WindowHeader, WindowGeometry):
    """kwtSMS Desktop's one window.

    Built in two steps so it can be on screen quickly: the constructor makes the frame (header,
    banners, empty area cards, menus, geometry); `attach()` starts the session's services and puts
    the three areas in. `build_main_window` does both at once; `main` shows the frame in between.
    """

    attached = Signal()

    # The session's services and the areas: there once attach() ran (is_attached).
    account: AccountService
    recipients: RecipientsPanel
    compose: ComposePanel
    personal: PersonalMessages  # templates, fields and the preview (ui/personal/)
    queue: QueuePanel
    contacts_area: ContactsArea  # the Contacts and Do-not-send pages, backups (ui/contacts/)
    send_flow: SendFlow
    draft: DraftKeeper

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("kwtSMS Desktop") + (" — " + tr("Demo") if session.demo else ""))
        self.setAcceptDrops(True)
        self.setMinimumSize(MINIMUM_SIZE)
        self.is_ready = False
        self._fitted = False
        self.is_attached = False
        self._build_layout()
        self._build_actions()
        self._restore_geometry()

    def attach(self) -> None:
        """Start the session's services and fill the three areas (idempotent)."""
        if self.is_attached:
            return
        from kwtsms_desktop.ui.compose.panel import ComposePanel

        session = self.session
        session.start()
        assert session.account is not None  # started just above
        self.account = session.account
        self.recipients = self._make_recipients_panel()
        self.compose = ComposePanel(settings=session.settings)
        self.queue = self._make_queue_panel()
        for frame, area in (
            (self.recipients_frame, self.recipients),
            (self.compose_frame, self.compose),
            (self.queue_frame, self.queue),
        ):
            _put(frame, area)
        self._restore_splitters()
        self._connect()
        # Deferred with the other areas (start-up speed): templates, fields and the preview.
        from kwtsms_desktop.ui.personal.controller import attach_to_window

        self.personal = attach_to_window(self)
        self.send_flow = self._make_send_flow()
        # A broadcast just started: show it where its progress, pause and cancel are.
        self.send_flow.launched.connect(lambda _id: self.show_page(PAGE_BROADCASTS))
        self.draft = self._make_draft_keeper()
        self.send_flow.launched.connect(self.draft.clear)  # the draft became a broadcast
        self.draft.restore()
        from kwtsms_desktop.ui.contacts.wiring import install  # deferred with the other areas

        self.contacts_area = install(self)  # Contacts and Do-not-send pages, backups
        self.is_attached = True
        self.update_connection(self.account.state, self.account.state_sentence)
        if session.keyring_problem is not None:
            self.statusBar().showMessage(session.keyring_problem.message(language()))
        self.attached.emit()
        QTimer.singleShot(0, self.account.refresh)

    # -- areas ----------------------------------------------------------------------------------
    def _make_recipients_panel(self) -> RecipientsPanel:
        from kwtsms_desktop.ui.recipients.panel import RecipientsPanel

        panel = RecipientsPanel(settings=lambda: self.session.settings.all())
        panel.set_default_country(self.session.default_country())
        # Opted-out numbers show as suppressed before sending (the plan sets them aside anyway).
        try:
            panel.set_suppressed(self.session.store.suppressions.numbers())
        except StoreError:  # shown when Send is pressed, which then refuses to send anything
            log.exception("the do-not-send list cannot be read")
        return panel

    def _make_queue_panel(self) -> QueuePanel:
        from kwtsms_desktop.ui.queue.panel import QueuePanel

        return QueuePanel(store=self.session.store, controller=self.session.controller, lookups=self.account)

    def _make_draft_keeper(self) -> DraftKeeper:
        from kwtsms_desktop.store import Store
        from kwtsms_desktop.ui.compose.draft import DraftKeeper

        data_dir = self.session.data_dir
        return DraftKeeper(self, self, open_store=lambda: Store.open(data_dir))

    def _make_send_flow(self) -> SendFlow:
        from kwtsms_desktop.ui.compose.send_flow import SendFlow

        return SendFlow(self, self)

    # -- pages ----------------------------------------------------------------------------------
    def add_page(self, title: str, widget: QWidget, name: str) -> int:
        """A page on the switcher (Contacts, Templates... come the same way); returns its index."""
        widget.setObjectName(name)
        index = self.pages.addWidget(widget)
        self.page_tabs.addTab(title)
        self.page_titles.append(title)
        return index

    def show_page(self, index: int) -> None:
        if 0 <= index < self.pages.count():
            self.page_tabs.setCurrentIndex(index)

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def set_page_note(self, index: int, note: str) -> None:
        """A short note after a page's title on the switcher (e.g. "sending"), "" for none."""
        title = self.page_titles[index]
        self.page_tabs.setTabText(index, f"{title}  ● {note}" if note else title)

    # -- layout ---------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())

        self.demo_banner = QLabel(tr("Demo mode: nothing is really sent. The gateway is a simulator on this computer."))
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setVisible(self.session.demo)
        outer.addWidget(self.demo_banner)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(10, 8, 10, 6)
        body_layout.setSpacing(8)

        self.recovery_banner = QFrame()
        self.recovery_banner.setObjectName("recoveryBanner")
        banner_row = QHBoxLayout(self.recovery_banner)
        banner_row.setContentsMargins(10, 6, 6, 6)
        self.recovery_text = QLabel()
        self.recovery_text.setWordWrap(True)
        banner_row.addWidget(self.recovery_text, 1)
        dismiss = QToolButton()
        dismiss.setText("✕")
        dismiss.setAccessibleName(tr("Dismiss"))
        dismiss.clicked.connect(lambda: self.recovery_banner.setVisible(False))
        banner_row.addWidget(dismiss)
        self.recovery_banner.setVisible(False)
        body_layout.addWidget(self.recovery_banner)

        # Pages: one area set at a time, so each gets the whole window even on a 1366x768 laptop.
        self.page_tabs = QTabBar()
        self.page_tabs.setObjectName("pageTabs")
        self.page_tabs.setAccessibleName(tr("Pages"))
        self.page_tabs.setExpanding(False)
        self.page_tabs.setDrawBase(False)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.page_titles: list[str] = []
        self.page_tabs.currentChanged.connect(self.pages.setCurrentIndex)

        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.setChildrenCollapsible(False)
        self.recipients_frame = _area_frame()
        self.compose_frame = _area_frame()
        self.queue_frame = _area_frame()
        self.top_splitter.addWidget(self.recipients_frame)
        self.top_splitter.addWidget(self.compose_frame)
        self.top_splitter.setStretchFactor(0, 5)
        self.top_splitter.setStretchFactor(1, 6)
        self.add_page(tr("Send"), self.top_splitter, "sendPage")
        self.add_page(tr("Broadcasts"), self.queue_frame, "broadcastsPage")
        for index, key in ((PAGE_SEND, "Ctrl+1"), (PAGE_BROADCASTS, "Ctrl+2")):
            self.page_tabs.setTabToolTip(index, f"{self.page_titles[index]} ({key})")
        body_layout.insertWidget(0, self.page_tabs)
        body_layout.addWidget(self.pages, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

        self.status_connection = QLabel()
        self.statusBar().addPermanentWidget(self.status_connection)

    # -- menus and shortcuts ----------------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcuts: list[QKeySequence | QKeySequence.StandardKey | str],
        slot: Callable[[], object],
        name: str,
    ) -> QAction:
        action = QAction(tr(text), self)
        action.setObjectName(name)
        action.setShortcuts([s if isinstance(s, QKeySequence) else QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action("&Import recipients…", ["Ctrl+O"], self.open_import, "importAction")
        self.paste_action = self._action("&Paste recipients", ["Ctrl+Shift+V"], self.paste_recipients, "pasteAction")
        self.send_action = self._action("&Send…", ["Ctrl+Return", "Ctrl+Enter"], self.request_send, "sendAction")
        self.refresh_action = self._action("&Refresh balance", ["F5"], self.refresh_account, "refreshAction")
        self.settings_action = self._action("S&ettings…", ["Ctrl+,"], self.open_settings, "settingsAction")
        self.send_page_action = self._action(
            "&Send page", ["Ctrl+1"], lambda: self.show_page(PAGE_SEND), "sendPageAction"
        )
        self.broadcasts_page_action = self._action(
            "&Broadcasts page", ["Ctrl+2"], lambda: self.show_page(PAGE_BROADCASTS), "broadcastsPageAction"
        )
        self.quit_action = self._action("&Quit", [QKeySequence.StandardKey.Quit], self.close, "quitAction")

        menu = self.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.paste_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menu.addMenu(tr("&View"))
        view_menu.addAction(self.send_page_action)
        view_menu.addAction(self.broadcasts_page_action)
        message_menu = menu.addMenu(tr("&Message"))
        message_menu.addAction(self.send_action)
        account_menu = menu.addMenu(tr("&Account"))
        account_menu.addAction(self.refresh_action)
        help_menu = menu.addMenu(tr("&Help"))
        about = QAction(tr("&About kwtSMS Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        self.refresh_button.clicked.connect(self.refresh_account)
        self.settings_button.clicked.connect(self.open_settings)
        self.account.balanceChanged.connect(self.show_balance)
        self.account.balanceChanged.connect(self.compose.set_balance)
        self.account.senderIdsChanged.connect(self.compose.set_sender_ids)
        self.account.coverageChanged.connect(self._coverage_changed)
        self.account.connectionChanged.connect(self.update_connection)
        self.compose.sendRequested.connect(self.request_send)
        self.recipients.recipientsChanged.connect(self.compose.set_recipient_count)
        controller = self.session.controller
        if controller is not None:
            # Every send's balance-after keeps the header current: no balance call after a send.
            controller.balanceChanged.connect(self.account.set_balance)
            controller.broadcastFinished.connect(self._broadcast_finished)
            controller.broadcastPaused.connect(self._broadcast_paused)
            controller.runFailed.connect(self._run_failed)
            controller.broadcastStarted.connect(lambda _id: self.set_page_note(PAGE_BROADCASTS, tr("sending")))

    @Slot(list)
    def _coverage_changed(self, prefixes: list[str]) -> None:
        self.recipients.set_coverage(list(prefixes) if prefixes else None)

    @Slot(int, str, str, str)
    def _broadcast_finished(self, broadcast_id: int, _state: str, reason_en: str, reason_ar: str) -> None:
        self.set_page_note(PAGE_BROADCASTS, "")
        reason = reason_ar if language() == "ar" else reason_en
        self.statusBar().showMessage(tr("Broadcast {id}: {reason}", id=broadcast_id, reason=reason))

    @Slot(int, str, str, str, str)
    def _broadcast_paused(self, broadcast_id: int, state: str, code: str, reason_en: str, reason_ar: str) -> None:
        self.set_page_note(PAGE_BROADCASTS, tr("paused") if state == "paused" else "")
        reason = reason_ar if language() == "ar" else reason_en
        self.statusBar().showMessage(tr("Broadcast {id} paused: {reason}", id=broadcast_id, reason=reason))
        if code in ("ERR003", "ERR001", "ERR004", "ERR005", "ERR024"):
            self.account.refresh()  # the account itself has a problem: show it in the header too
        elif code in ("ERR010", "ERR011"):
            self.account.refresh_balance()  # out of credit: show the real balance, once

    @Slot(int, str)
    def _run_failed(self, broadcast_id: int, sentence: str) -> None:
        self.set_page_note(PAGE_BROADCASTS, "")
        self.statusBar().showMessage(tr("Broadcast {id} could not run: {reason}", id=broadcast_id, reason=sentence))

    def show_recovery(self, sentence: str) -> None:
        """A non-modal banner (uncertain batches found at start-up, ...)."""
        self.recovery_text.setText(sentence)
        self.recovery_banner.setVisible(bool(sentence))

    # -- actions ----------------------------------------------------------------------------------
    @Slot()
    def refresh_account(self) -> None:
        if self.is_attached:
            self.account.refresh()

    @Slot()
    def open_import(self) -> None:
        if self.is_attached:
            self.recipients.open_import_dialog()

    @Slot()
    def paste_recipients(self) -> None:
        if self.is_attached:
            self.recipients.paste_from_clipboard()

    @Slot()
    def request_send(self) -> None:
        if self.is_attached:
            self.send_flow.start()

    @Slot()
    def open_settings(self) -> None:
        from kwtsms_desktop.ui.settings.dialog import SettingsDialog

        if not self.is_attached:
            return

        dialog = SettingsDialog(self.session, parent=self)
        dialog.saved.connect(self._settings_saved)
        dialog.open()

    @Slot()
    def _settings_saved(self) -> None:
        self.session.apply_settings()
        self.recipients.set_default_country(self.session.default_country())
        self.compose.set_test_mode(self.session.settings.value(TEST_MODE_DEFAULT))
        self.account.refresh()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("About kwtSMS Desktop"),
            tr(
                "kwtSMS Desktop sends SMS through your kwtSMS account: every recipient at most once, "
                "the cost known before sending, the password kept in the system keyring."
            ),
        )

    # -- drag and drop ------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files and self.is_attached:
            event.acceptProposedAction()
            self.recipients.import_path(files[0])
        else:
            event.ignore()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        try:
            if not self.session.closed:
                self.save_geometry()
        except Exception:  # never block closing on a settings write
            log.exception("saving the window geometry failed")
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop background work and close the session (idempotent)."""
        if self.is_attached:
            self.send_flow.shutdown()  # a journal being written is finished first
            self.personal.shutdown()
            self.draft.shutdown()  # the last second of typing is written before the store closes
            self.contacts_area.shutdown()
            self.recipients.shutdown()  # a running import's thread is stopped and waited for
            self.queue.shutdown()
        self.session.close()
