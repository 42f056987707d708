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

from kwtsms_desktop.store import StoreError
from kwtsms_desktop.store.settings_schema import LANGUAGE, TEST_MODE_DEFAULT
from kwtsms_desktop.ui.shared.session import Session
from kwtsms_desktop.ui.shared.translation import install_language, language, translate
from kwtsms_desktop.ui.window.geometry import (
    MINIMUM_SIZE,
    WindowGeometry,
)
from kwtsms_desktop.ui.window.help import WindowHelp
from kwtsms_desktop.ui.window.pages import PAGE_BROADCASTS, PAGE_SEND, WindowPages, put_in_card

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
    from kwtsms_desktop.ui.schedule.window_schedule import WindowSchedule
    from kwtsms_desktop.ui.shared.account_service import AccountService

log = logging.getLogger(__name__)


class MainWindow(WindowPages, WindowHelp, WindowGeometry):
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
    schedule: WindowSchedule  # Send later, the tick, the tray (ui/schedule/)
    send_flow: SendFlow
    draft: DraftKeeper

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            translate("MainWindow", "kwtSMS Desktop — Demo")
            if session.demo
            else translate("MainWindow", "kwtSMS Desktop")
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
            put_in_card(frame, area)
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
        self.schedule = self._make_schedule()
        self.is_attached = True
        self.update_connection(self.account.state, self.account.state_sentence)
        if session.keyring_problem is not None:
            self.statusBar().showMessage(session.keyring_problem.message(language()))
        self.attached.emit()
        QTimer.singleShot(0, self.account.refresh)
        QTimer.singleShot(0, self.schedule.start)  # after start-up recovery: what is due, what was missed

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

    def _make_schedule(self) -> WindowSchedule:
        from kwtsms_desktop.ui.schedule.window_schedule import WindowSchedule

        schedule = WindowSchedule(self)
        self.compose.sendLaterRequested.connect(schedule.send_later)
        self.queue.changeTimeRequested.connect(schedule.change_time)
        self.queue.sendNowRequested.connect(schedule.send_now)
        return schedule

    def _make_send_flow(self) -> SendFlow:
        from kwtsms_desktop.ui.compose.send_flow import SendFlow

        return SendFlow(self, self)

    # -- menus and shortcuts ----------------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcuts: list[QKeySequence | QKeySequence.StandardKey | str],
        slot: Callable[[], object],
        name: str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([s if isinstance(s, QKeySequence) else QKeySequence(s) for s in shortcuts])
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

    @Slot(list)
    def _coverage_changed(self, prefixes: list[str]) -> None:
        self.recipients.set_coverage(list(prefixes) if prefixes else None)

    @Slot(int, str, str, str)
    def _broadcast_finished(self, broadcast_id: int, _state: str, reason_en: str, reason_ar: str) -> None:
        self.set_page_note(PAGE_BROADCASTS, "")
        reason = reason_ar if language() == "ar" else reason_en
        self.statusBar().showMessage(
            translate("MainWindow", "Broadcast {id}: {reason}", id=broadcast_id, reason=reason)
        )

    @Slot(int, str, str, str, str)
    def _broadcast_paused(self, broadcast_id: int, state: str, code: str, reason_en: str, reason_ar: str) -> None:
        self.set_page_note(PAGE_BROADCASTS, translate("MainWindow", "paused") if state == "paused" else "")
        reason = reason_ar if language() == "ar" else reason_en
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

    @Slot()
    def quit_app(self) -> None:
        """Quit: asks first when a broadcast is sending or scheduled (ui/schedule/tray.py)."""
        if self.is_attached and not self.session.closed:
            self.schedule.tray.quit()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Something sending or scheduled: to the tray, or a question where there is no tray.
        if self.is_attached and not self.session.closed and not self.schedule.tray.close_requested(event):
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
        if self.is_attached:
            self.send_flow.shutdown()  # a journal being written is finished first
            self.schedule.tick.stop()
            self.personal.shutdown()
            self.draft.shutdown()  # the last second of typing is written before the store closes
            self.contacts_area.shutdown()
            self.recipients.shutdown()  # a running import's thread is stopped and waited for
            self.queue.shutdown()
        self.session.close()
