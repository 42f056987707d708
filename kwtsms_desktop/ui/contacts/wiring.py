"""Puts the address book into the main window: the Contacts and Do-not-send pages, File > Back up now… and
Restore…, today's automatic backup, and the recipients' do-not-send marks kept current."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from kwtsms_desktop.store import Store, StoreError
from kwtsms_desktop.ui.backups import Backups
from kwtsms_desktop.ui.contacts.audience import AudienceDialog, audience_outcome
from kwtsms_desktop.ui.contacts.do_not_send import DoNotSendPage
from kwtsms_desktop.ui.contacts.page import ContactsPage
from kwtsms_desktop.ui.shared.background import BackgroundRunner
from kwtsms_desktop.ui.shared.translation import translate


class ContactsArea:
    """What install() added to one window; ``shutdown()`` stops its workers before the store closes."""

    def __init__(self, window: Any) -> None:
        session = window.session
        data_dir = session.data_dir
        self.window = window
        self.contacts = ContactsPage(session.store, lambda: Store.open(data_dir), session.default_country)
        self.do_not_send = DoNotSendPage(session.store, session.default_country)
        self.contacts_index = window.add_page(translate("ContactsArea", "Contacts"), self.contacts, "contactsPage")
        self.do_not_send_index = window.add_page(
            translate("ContactsArea", "Do not send"), self.do_not_send, "doNotSendPage"
        )
        self._loaded = False
        window.pages.currentChanged.connect(self._page_shown)
        self.do_not_send.changed.connect(self._suppressions_changed)
        self.contacts.imported.connect(lambda result: window.statusBar().showMessage(self._imported_text(result)))
        self.backups = Backups(window)
        self.backups.done.connect(window.statusBar().showMessage)
        self.backups.failed.connect(window.statusBar().showMessage)
        self._add_actions()
        self.audience_worker = BackgroundRunner(window)
        self.audience_worker.finished.connect(self._audience_ready)
        self.audience_worker.failed.connect(window.statusBar().showMessage)
        self.audience_dialog: AudienceDialog | None = None
        window.recipients.groupsRequested.connect(self.choose_groups)

    def choose_groups(self) -> AudienceDialog:
        """Send page > Groups…: the chosen groups' members (less the left-out ones) join the recipients."""
        groups = [(g.name, g.count) for g in self.window.session.store.contacts.groups()]
        dialog = AudienceDialog(self.window, groups)
        dialog.accepted.connect(lambda: self._gather(*dialog.chosen()))
        self.audience_dialog = dialog
        dialog.open()
        return dialog

    def _gather(self, groups: list[str], exclude: list[str]) -> None:
        if not groups:
            return
        data_dir = self.window.session.data_dir
        params = self.window.recipients.build_params()
        self.window.statusBar().showMessage(translate("ContactsArea", "Reading the groups…"))
        self.audience_worker.start(audience_outcome(lambda: Store.open(data_dir), groups, exclude, params))

    def _audience_ready(self, outcome: Any) -> None:
        self.window.recipients.add_outcome(outcome)
        self.window.statusBar().showMessage(
            translate("ContactsArea", "Recipients from {sources}.", sources=outcome.source)
        )

    def _add_actions(self) -> None:
        window = self.window
        for index, key, name in (
            (self.contacts_index, "Ctrl+3", "contactsPageAction"),
            (self.do_not_send_index, "Ctrl+4", "doNotSendPageAction"),
        ):
            action = window._action(
                window.page_titles[index], [key], lambda _=False, i=index: window.show_page(i), name
            )
            window.page_tabs.setTabToolTip(index, f"{window.page_titles[index]} ({key})")
            for menu in window.menuBar().findChildren(QMenu):
                if window.broadcasts_page_action in menu.actions():
                    menu.addAction(action)
        self.backup_action = window._action(
            translate("ContactsArea", "&Back up now…"), [], lambda: self.backups.back_up_now(), "backupAction"
        )
        self.restore_action = window._action(
            translate("ContactsArea", "&Restore…"), [], lambda: self.backups.restore(), "restoreAction"
        )
        self.import_group_action = window._action(
            translate("ContactsArea", "Import into a &group…"),
            [QKeySequence("Ctrl+Shift+O")],
            self._import_into_group,
            "importGroupAction",
        )
        for menu in window.menuBar().findChildren(QMenu):
            if window.settings_action in menu.actions():
                for action in (self.import_group_action, self.backup_action, self.restore_action):
                    menu.insertAction(window.settings_action, action)
                menu.insertSeparator(window.settings_action)

    def _import_into_group(self) -> None:
        self.window.show_page(self.contacts_index)
        self.contacts.import_file()

    def start(self) -> None:
        self.backups.daily()

    def _page_shown(self, index: int) -> None:
        if index == self.contacts_index and not self._loaded:
            self._loaded = True
            self.contacts.reload()
        elif index == self.do_not_send_index:
            self.do_not_send.reload()

    def _suppressions_changed(self) -> None:
        if self._loaded:
            self.contacts.reload()
        recipients = self.window.recipients
        try:
            if recipients is not None:
                recipients.set_suppressed(self.window.session.store.suppressions.numbers())
        except StoreError as error:
            self.window.statusBar().showMessage(str(error))

    @staticmethod
    def _imported_text(result: Any) -> str:
        from kwtsms_desktop.ui.contacts.dialogs import summary_text

        return summary_text(result)

    def shutdown(self) -> None:
        self.contacts.shutdown()
        self.do_not_send.shutdown()
        self.backups.shutdown()
        self.audience_worker.shutdown()


def install(window: Any) -> ContactsArea:
    area = ContactsArea(window)
    area.start()
    return area
