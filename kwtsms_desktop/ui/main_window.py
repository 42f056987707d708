"""The main window's shell: header (account, connection, balance), banners, the pages, menus and shortcuts.

The areas are their own widgets (recipients_panel, compose_panel, queue_panel); this module only
places them on pages the user switches between (Send: recipients and compose; Broadcasts: the
queue and history), connects their signals to the session's services, and owns the window-wide
things: the balance display, the demo and recovery banners, drag-and-drop of files, geometry
memory that always fits the screen. Sending itself is in `send_flow` (plan, confirm, journal,
hand to the engine).
"""

from __future__ import annotations

import base64
import logging
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.core.own_phone import is_low
from kwtsms_desktop.store import StoreError
from kwtsms_desktop.store.settings_schema import (
    LANGUAGE,
    LOW_BALANCE,
    TEST_MODE_DEFAULT,
    WINDOW_GEOMETRY,
    WINDOW_SIZE,
    WINDOW_SPLITTERS,
)
from kwtsms_desktop.ui.shared.formatting import format_points
from kwtsms_desktop.ui.shared.session import Session
from kwtsms_desktop.ui.shared.translation import install_language, language, translate

log = logging.getLogger(__name__)

GEOMETRY_SETTING = WINDOW_GEOMETRY.key
SPLITTER_SETTING = WINDOW_SPLITTERS.key
SIZE_SETTING = WINDOW_SIZE.key
NO_BALANCE = "—"  # no digits until the account answered
PAGE_SEND, PAGE_BROADCASTS = 0, 1
DEFAULT_SIZE = QSize(1280, 820)
MINIMUM_SIZE = QSize(860, 540)  # every action stays reachable down to here (1024x600 screens fit)
# Until the window manager reports its frame: room for a title bar and borders.
FRAME_ALLOWANCE = QSize(16, 40)


def fit_rect(wanted: QRect, available: QRect, frame: QSize) -> QRect:
    """The window's client rectangle moved and shrunk so that, frame included, it lies inside `available`."""
    width = max(1, min(wanted.width(), available.width() - frame.width()))
    height = max(1, min(wanted.height(), available.height() - frame.height()))
    left = min(max(wanted.left(), available.left()), available.right() + 1 - width - frame.width())
    top = min(max(wanted.top(), available.top()), available.bottom() + 1 - height - frame.height())
    return QRect(max(left, available.left()), max(top, available.top()), width, height)


def _area_frame() -> QFrame:
    """A white card that will hold one area (filled in by `MainWindow.attach`)."""
    frame = QFrame()
    frame.setObjectName("area")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 10)
    return frame


class MainWindow(QMainWindow):
    """kwtSMS Desktop's one window.

    Built in two steps so it can be on screen quickly: the constructor makes the frame (header,
    banners, empty area cards, menus, geometry); `attach()` starts the session's services and puts
    the three areas in. `build_main_window` does both at once; `main` shows the frame in between.
    """

    ready = Signal()  # the account answered (or failed) once: balance and sender IDs are shown
    attached = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.account: Any = None
        self.recipients: Any = None
        self.compose: Any = None
        self.personal: Any = None  # templates, fields and the preview (ui.personal)
        self.queue: Any = None
        self.contacts_area: Any = None
        self.send_flow: Any = None
        self.draft: Any = None
        self.schedule: Any = None  # ui/schedule/window_schedule.py: Send later, the tick, the tray
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            translate("MainWindow", "kwtSMS Desktop")
            + (" — " + translate("MainWindow", "Demo") if session.demo else "")
        )
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
        self.account = session.account
        self.recipients = self._make_recipients_panel()
        self.compose = ComposePanel(settings=session.settings)
        self.queue = self._make_queue_panel()
        self.recipients_frame.layout().addWidget(self.recipients)
        self.compose_frame.layout().addWidget(self.compose)
        self.queue_frame.layout().addWidget(self.queue)
        self._restore_splitters()
        self._connect()
        from kwtsms_desktop.ui.personal.controller import attach_to_window

        self.personal = attach_to_window(self)
        self._add_paste_shortcut()
        self.send_flow = self._make_send_flow()
        # A broadcast just started: show it where its progress, pause and cancel are.
        self.send_flow.launched.connect(lambda _id: self.show_page(PAGE_BROADCASTS))
        self.draft = self._make_draft_keeper()
        self.send_flow.launched.connect(self.draft.clear)  # the draft became a broadcast
        self.draft.restore()
        from kwtsms_desktop.ui.contacts.wiring import install

        self.contacts_area = install(self)  # Contacts and Do-not-send pages, backups
        self.schedule = self._make_schedule()
        self.is_attached = True
        self.update_connection(self.account.state, self.account.state_sentence)
        if session.keyring_problem is not None:
            self.statusBar().showMessage(session.keyring_problem.message(self._lang()))
        self.attached.emit()
        QTimer.singleShot(0, self.account.refresh)
        QTimer.singleShot(0, self.schedule.start)  # after start-up recovery: what is due, what was missed

    # -- areas ----------------------------------------------------------------------------------
    def _make_recipients_panel(self) -> QWidget:
        from kwtsms_desktop.ui.recipients.panel import RecipientsPanel

        panel = RecipientsPanel(settings=lambda: self.session.settings.all())
        panel.set_default_country(self.session.default_country())
        # Opted-out numbers show as suppressed before sending (the plan sets them aside anyway).
        try:
            panel.set_suppressed(self.session.store.suppressions.numbers())
        except StoreError:  # shown when Send is pressed, which then refuses to send anything
            log.exception("the do-not-send list cannot be read")
        return panel

    def _make_queue_panel(self) -> QWidget:
        from kwtsms_desktop.ui.queue.panel import QueuePanel

        return QueuePanel(store=self.session.store, controller=self.session.controller, lookups=self.account)

    def _make_draft_keeper(self) -> Any:
        from kwtsms_desktop.store import Store
        from kwtsms_desktop.ui.compose.draft import DraftKeeper

        data_dir = self.session.data_dir
        return DraftKeeper(self, open_store=lambda: Store.open(data_dir))

    def _make_schedule(self) -> Any:
        from kwtsms_desktop.ui.schedule.window_schedule import WindowSchedule

        schedule = WindowSchedule(self)
        self.compose.sendLaterRequested.connect(schedule.send_later)
        self.queue.changeTimeRequested.connect(schedule.change_time)
        self.queue.sendNowRequested.connect(schedule.send_now)
        return schedule

    def _make_send_flow(self) -> Any:
        from kwtsms_desktop.ui.compose.send_flow import SendFlow

        return SendFlow(self)

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

        self.demo_banner = QLabel(
            translate("MainWindow", "Demo mode: nothing is really sent. The gateway is a simulator on this computer.")
        )
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
        dismiss.setAccessibleName(translate("MainWindow", "Dismiss"))
        dismiss.clicked.connect(lambda: self.recovery_banner.setVisible(False))
        banner_row.addWidget(dismiss)
        self.recovery_banner.setVisible(False)
        body_layout.addWidget(self.recovery_banner)

        # Pages: one area set at a time, so each gets the whole window even on a 1366x768 laptop.
        self.page_tabs = QTabBar()
        self.page_tabs.setObjectName("pageTabs")
        self.page_tabs.setAccessibleName(translate("MainWindow", "Pages"))
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
        self.add_page(translate("MainWindow", "Send"), self.top_splitter, "sendPage")
        self.add_page(translate("MainWindow", "Broadcasts"), self.queue_frame, "broadcastsPage")
        for index, key in ((PAGE_SEND, "Ctrl+1"), (PAGE_BROADCASTS, "Ctrl+2")):
            self.page_tabs.setTabToolTip(index, f"{self.page_titles[index]} ({key})")
        body_layout.insertWidget(0, self.page_tabs)
        body_layout.addWidget(self.pages, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

        self.status_connection = QLabel()
        self.statusBar().addPermanentWidget(self.status_connection)

    def _build_header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("headerBar")
        row = QHBoxLayout(header)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(12)
        title = QLabel(translate("MainWindow", "kwtSMS Desktop"))
        title.setObjectName("appTitle")
        row.addWidget(title)

        who = QVBoxLayout()
        who.setSpacing(0)
        self.account_label = QLabel()
        self.account_label.setObjectName("accountLabel")
        self.account_label.setAccessibleName(translate("MainWindow", "Account"))
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setAccessibleName(translate("MainWindow", "Connection"))
        who.addWidget(self.account_label)
        who.addWidget(self.connection_label)
        row.addLayout(who)
        row.addStretch(1)

        caption = QLabel(translate("MainWindow", "Balance"))
        caption.setObjectName("balanceCaption")
        row.addWidget(caption)
        self.balance_label = QLabel(NO_BALANCE)
        self.balance_label.setObjectName("balanceLabel")
        self.balance_label.setAccessibleName(translate("MainWindow", "Balance in points"))
        self.balance_label.setToolTip(
            translate("MainWindow", "Points available. Updated after every send; F5 refreshes it.")
        )
        row.addWidget(self.balance_label)
        self.refresh_button = QToolButton()
        self.refresh_button.setObjectName("refreshBalanceButton")
        self.refresh_button.setText(translate("MainWindow", "Refresh"))
        self.refresh_button.setAccessibleName(translate("MainWindow", "Refresh the balance"))
        self.refresh_button.setToolTip(translate("MainWindow", "Refresh the balance (F5)"))
        row.addWidget(self.refresh_button)
        self.settings_button = QToolButton()
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setText(translate("MainWindow", "Settings"))
        self.settings_button.setAccessibleName(translate("MainWindow", "Settings"))
        self.settings_button.setToolTip(translate("MainWindow", "Settings (Ctrl+,)"))
        row.addWidget(self.settings_button)
        return header

    # -- menus and shortcuts ----------------------------------------------------------------------
    def _action(self, text: str, shortcuts: list[QKeySequence | str], slot: Any, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) if isinstance(s, str) else s for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(
            translate("MainWindow", "&Import recipients…"), ["Ctrl+O"], self.open_import, "importAction"
        )
        self.paste_action = self._action(
            translate("MainWindow", "&Paste recipients"), ["Ctrl+Shift+V"], self.paste_recipients, "pasteAction"
        )
        self.send_action = self._action(
            translate("MainWindow", "&Send…"), ["Ctrl+Return", "Ctrl+Enter"], self.request_send, "sendAction"
        )
        self.test_phone_action = self._action(
            translate("MainWindow", "Send a &test to my phone…"),
            ["Ctrl+Shift+T"],
            self.send_test_to_my_phone,
            "testPhoneAction",
        )
        self.refresh_action = self._action(
            translate("MainWindow", "&Refresh balance"), ["F5"], self.refresh_account, "refreshAction"
        )
        self.settings_action = self._action(
            translate("MainWindow", "S&ettings…"), ["Ctrl+,"], self.open_settings, "settingsAction"
        )
        self.send_page_action = self._action(
            translate("MainWindow", "&Send page"), ["Ctrl+1"], lambda: self.show_page(PAGE_SEND), "sendPageAction"
        )
        self.broadcasts_page_action = self._action(
            translate("MainWindow", "&Broadcasts page"),
            ["Ctrl+2"],
            lambda: self.show_page(PAGE_BROADCASTS),
            "broadcastsPageAction",
        )
        self.quit_action = self._action(
            translate("MainWindow", "&Quit"), [QKeySequence.StandardKey.Quit], self.close, "quitAction"
        )
        self.quit_action = self._action(
            translate("MainWindow", "&Quit"), [QKeySequence.StandardKey.Quit], self.quit_app, "quitAction"
        )

        menu = self.menuBar()
        file_menu = menu.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.paste_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menu.addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self.send_page_action)
        view_menu.addAction(self.broadcasts_page_action)
        message_menu = menu.addMenu(translate("MainWindow", "&Message"))
        message_menu.addAction(self.send_action)
        message_menu.addAction(self.test_phone_action)
        account_menu = menu.addMenu(translate("MainWindow", "&Account"))
        account_menu.addAction(self.refresh_action)
        help_menu = menu.addMenu(translate("MainWindow", "&Help"))
        self.guide_action = self._action(
            translate("MainWindow", "kwtSMS Desktop &guide"), ["F1"], self.show_guide, "guideAction"
        )
        self.shortcuts_action = self._action(
            translate("MainWindow", "&Keyboard shortcuts"), [], self.show_shortcuts, "shortcutsAction"
        )
        self.about_action = self._action(
            translate("MainWindow", "&About kwtSMS Desktop"), [], self.show_about, "aboutAction"
        )
        for action in (self.guide_action, self.shortcuts_action, self.about_action):
            help_menu.addAction(action)

    def _add_paste_shortcut(self) -> None:
        view = self.findChild(QTableView, "recipientsView")
        if not self.recipients.handles_paste_shortcut:
            paste_here = QAction(self)
            paste_here.setShortcut(QKeySequence.StandardKey.Paste)
            paste_here.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            paste_here.triggered.connect(self.paste_recipients)
            view.addAction(paste_here)

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
            controller.broadcastStarted.connect(
                lambda _id: self.set_page_note(PAGE_BROADCASTS, translate("MainWindow", "sending"))
            )

    # -- header state ------------------------------------------------------------------------------
    @Slot(float)
    def show_balance(self, balance: float) -> None:
        self.balance_label.setText(translate("MainWindow", "{points} points", points=format_points(balance)))
        self._show_low_balance()

    def _show_low_balance(self) -> None:
        """Amber below the warning level chosen in Settings (the tooltip says why)."""
        threshold = self.session.settings.value(LOW_BALANCE)
        low = self.account is not None and is_low(self.account.balance, threshold)
        self.balance_label.setProperty("low", low)
        self.balance_label.setStyleSheet(
            "color: #8a5300; background: #ffe08a; border-radius: 3px; padding: 0 4px;" if low else ""
        )
        self.balance_label.setToolTip(
            translate(
                "MainWindow",
                "The balance is below your warning level of {points} points. Recharge at kwtsms.com.",
                points=format_points(threshold),
            )
            if low
            else translate("MainWindow", "Points available. Updated after every send; F5 refreshes it.")
        )

    @Slot(str, str)
    def update_connection(self, state: str, sentence: str) -> None:
        username = self.session.credentials.username
        if self.session.demo:
            self.account_label.setText(translate("MainWindow", "Demo account ({user})", user=username))
        elif username:
            self.account_label.setText(translate("MainWindow", "Account: {user}", user=username))
        else:
            self.account_label.setText(translate("MainWindow", "No account set up"))
        words = {
            "unconfigured": translate("MainWindow", "Not connected"),
            "checking": translate("MainWindow", "Connecting…"),
            "connected": translate("MainWindow", "● Connected"),
            "refused": translate("MainWindow", "● Not connected"),
            "offline": translate("MainWindow", "● Offline"),
        }
        problem = self.session.keyring_problem
        if state == "unconfigured" and problem is not None:
            # The password may well be saved: the keyring holding it is locked or missing.
            sentence = problem.message(self._lang())
            words["unconfigured"] = (
                translate("MainWindow", "● Keyring locked")
                if problem.kind == "locked"
                else translate("MainWindow", "● No keyring")
            )
        self.connection_label.setText(words.get(state, state))
        self.connection_label.setToolTip(sentence)
        self.connection_label.setProperty("state", state)
        self.connection_label.style().unpolish(self.connection_label)
        self.connection_label.style().polish(self.connection_label)
        self.status_connection.setText(sentence if state != "connected" else "")
        if state in ("refused", "offline", "unconfigured") and sentence:
            self.statusBar().showMessage(sentence)
        if state in ("connected", "refused", "offline", "unconfigured") and not self.is_ready and sentence:
            self.is_ready = True
            self.ready.emit()

    @Slot(list)
    def _coverage_changed(self, prefixes: list) -> None:
        self.recipients.set_coverage(list(prefixes) if prefixes else None)

    @Slot(int, str, str, str)
    def _broadcast_finished(self, broadcast_id: int, _state: str, reason_en: str, reason_ar: str) -> None:
        self.set_page_note(PAGE_BROADCASTS, "")
        reason = reason_ar if self._lang() == "ar" else reason_en
        self.statusBar().showMessage(
            translate("MainWindow", "Broadcast {id}: {reason}", id=broadcast_id, reason=reason)
        )

    @Slot(int, str, str, str, str)
    def _broadcast_paused(self, broadcast_id: int, state: str, code: str, reason_en: str, reason_ar: str) -> None:
        self.set_page_note(PAGE_BROADCASTS, translate("MainWindow", "paused") if state == "paused" else "")
        reason = reason_ar if self._lang() == "ar" else reason_en
        self.statusBar().showMessage(
            translate("MainWindow", "Broadcast {id} paused: {reason}", id=broadcast_id, reason=reason)
        )
        if code in ("ERR003", "ERR001", "ERR004", "ERR005", "ERR024"):
            self.account.refresh()  # the account itself has a problem: show it in the header too
        elif code in ("ERR010", "ERR011"):
            self.account.refresh_balance()  # out of credit: show the real balance, once

    @Slot(int, str)
    def _run_failed(self, broadcast_id: int, sentence: str) -> None:
        self.set_page_note(PAGE_BROADCASTS, "")
        self.statusBar().showMessage(
            translate("MainWindow", "Broadcast {id} could not run: {reason}", id=broadcast_id, reason=sentence)
        )

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
        chosen = self.session.settings.value(LANGUAGE)
        if chosen and chosen != language():
            install_language(chosen)  # every open window says its texts again, no restart
        self.recipients.set_default_country(self.session.default_country())
        self.compose.set_test_mode(self.session.settings.value(TEST_MODE_DEFAULT))
        self._show_low_balance()
        self.account.refresh()

    @Slot()
    def send_test_to_my_phone(self) -> None:
        if self.is_attached:
            self.send_flow.send_test_to_own_phone()

    def _help_window(self, name: str, make: Any) -> QWidget:
        """One window per kind, raised when asked again (non-modal: the guide stays open beside the work)."""
        window = self.findChild(QWidget, name)
        if window is None:
            window = make()
            window.setParent(self, window.windowFlags())
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    @Slot()
    def show_guide(self) -> QWidget:
        from kwtsms_desktop.ui.help.dialogs import guide_window

        return self._help_window("helpGuide", guide_window)

    @Slot()
    def show_shortcuts(self) -> QWidget:
        from kwtsms_desktop.ui.help.dialogs import shortcuts_window

        return self._help_window("shortcutsWindow", lambda: shortcuts_window(self.actions()))

    @Slot()
    def show_about(self) -> QWidget:
        from kwtsms_desktop.ui.help.dialogs import about_window

        return self._help_window("aboutWindow", lambda: about_window(self.session.data_dir))

    def _lang(self) -> str:
        return language()

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

    # -- geometry and closing ---------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = self.session.settings
        geometry = settings.get(GEOMETRY_SETTING)
        if geometry:
            try:
                self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
            except (ValueError, TypeError):
                pass
            size = settings.get(SIZE_SETTING)
            if isinstance(size, list) and len(size) == 2 and not self.isMaximized():
                # restoreGeometry clamps to the screen it sees first; the size the user chose wins
                self.resize(max(int(size[0]), self.minimumWidth()), max(int(size[1]), self.minimumHeight()))
        else:
            self.resize(DEFAULT_SIZE)
        self.fit_to_screen(FRAME_ALLOWANCE)

    def fit_to_screen(self, frame: QSize | None = None) -> None:
        """Keep the whole window, title bar and borders included, inside the screen's free area.

        `frame` is what the window manager adds around the client area; once the window is shown
        the real one is measured (frameGeometry - geometry).
        """
        if self.isMaximized() or self.isFullScreen():
            return
        screen = self.screen()
        if screen is None:
            return
        if frame is None:
            outer, inner = self.frameGeometry(), self.geometry()
            frame = QSize(outer.width() - inner.width(), outer.height() - inner.height())
        available = screen.availableGeometry()
        fitted = fit_rect(QRect(self.pos(), self.size()), available, frame)  # pos(): the frame's corner
        if fitted.size() != self.size():
            self.resize(fitted.size())
        if self.isVisible() and fitted.topLeft() != self.pos():
            self.move(fitted.topLeft())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            # The window manager adds its frame after the first show: measure it then, and fit again.
            QTimer.singleShot(0, self.fit_to_screen)
            QTimer.singleShot(300, self.fit_to_screen)

    def _restore_splitters(self) -> None:
        # Until the user moves it: recipients and compose side by side in halves.
        self.top_splitter.setSizes([1000, 1000])
        splitters = self.session.settings.get(SPLITTER_SETTING)
        if isinstance(splitters, list) and splitters:
            try:
                self.top_splitter.restoreState(QByteArray(base64.b64decode(splitters[0])))
            except (ValueError, TypeError):
                pass

    def save_geometry(self) -> None:
        def encode(data: QByteArray) -> str:
            return base64.b64encode(bytes(data.data())).decode("ascii")

        settings = self.session.settings
        settings.set(GEOMETRY_SETTING, encode(self.saveGeometry()))
        settings.set(SIZE_SETTING, [self.width(), self.height()])
        settings.set(SPLITTER_SETTING, [encode(self.top_splitter.saveState())])

    @Slot()
    def quit_app(self) -> None:
        """Quit: asks first when a broadcast is sending or scheduled (ui/schedule/tray.py)."""
        if self.schedule is not None and not self.session.closed:
            self.schedule.tray.quit()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Something sending or scheduled: to the tray, or a question where there is no tray.
        if self.schedule is not None and not self.session.closed and not self.schedule.tray.close_requested(event):
            return
        try:
            if not self.session.closed:
                self.save_geometry()
        except Exception:  # never block closing on a settings write
            log.exception("saving the window geometry failed")
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop background work and close the session (idempotent)."""
        if self.send_flow is not None:
            self.send_flow.shutdown()  # a journal being written is finished first
        if self.schedule is not None:
            self.schedule.tick.stop()
        if self.personal is not None:
            self.personal.shutdown()
        if self.draft is not None:
            self.draft.shutdown()  # the last second of typing is written before the store closes
        if self.is_attached:
            self.contacts_area.shutdown()
            self.recipients.shutdown()  # a running import's thread is stopped and waited for
            self.queue.shutdown()
        self.session.close()
