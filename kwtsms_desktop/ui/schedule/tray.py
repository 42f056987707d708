"""Keeps the app at work while something is sending or scheduled: the tray icon, its notifications, closing and Quit.

Closing the window with a broadcast sending or scheduled hides it to the system tray (Qt's
QSystemTrayIcon) instead of stopping; where the desktop has no tray, closing asks first. Quit
asks whenever something is pending. While the icon is shown, a notification says when a
broadcast starts, finishes or needs attention.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QStyle, QSystemTrayIcon, QWidget

from kwtsms_desktop.ui.shared.translation import language, translate

log = logging.getLogger(__name__)

Ask = Callable[[str, str], bool]  # (title, text) -> the user said yes


def ask_yes_no(parent: QWidget) -> Ask:
    """A Yes/No question (No by default); with no screen to ask on (offscreen, KWTSMS_NO_DIALOGS) the answer is yes."""

    def ask(title: str, text: str) -> bool:
        from kwtsms_desktop.ui.shared.crash import headless

        if headless():
            log.info("%s %s (no dialogs here: yes)", title, text)
            return True
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    return ask


def pending_ids(store: Any, controller: Any) -> set[int]:
    """Broadcasts that would still do something on their own: sending here, or waiting for their time."""
    waiting = {b.id for b in store.broadcasts.due_candidates()}
    return waiting | (controller.active_ids() if controller is not None else set())


class TrayKeeper(QObject):
    """Owned by the main window, which calls :meth:`close_requested` from its closeEvent and :meth:`quit` for Quit."""

    def __init__(
        self,
        window: QWidget,
        controller: Any,
        pending: Callable[[], set[int]],
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        ask: Ask | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.pending = pending
        self.tray_available = tray_available
        self.ask = ask or ask_yes_no(window)
        self.quitting = False
        self.icon: QSystemTrayIcon | None = None
        self.last_notification: tuple[str, str] | None = None
        if controller is not None:
            controller.broadcastStarted.connect(
                lambda i: self.notify(translate("TrayKeeper", "Broadcast {id} started sending.", id=i), attention=False)
            )
            controller.broadcastFinished.connect(self._finished)
            controller.broadcastPaused.connect(self._paused)

    # -- closing and quitting -------------------------------------------------------------------
    def close_requested(self, event: QCloseEvent) -> bool:
        """True when the window really closes (the app stops); False when it went to the tray or stays."""
        if self.quitting:
            return True
        count = len(self.pending())
        if not count:
            return True
        if self.tray_available():
            event.ignore()
            self._show_icon()
            self.window.hide()
            self.notify(
                translate(
                    "TrayKeeper",
                    "kwtSMS Desktop keeps working in the tray: {count} broadcast(s) sending or scheduled. "
                    "Quit from the tray icon's menu.",
                    n=count,
                    count=count,
                ),
                attention=False,
            )
            return False
        if self.ask(translate("TrayKeeper", "Close kwtSMS Desktop?"), self._stop_question(count)):
            return True
        event.ignore()
        return False

    def quit(self) -> None:
        """File > Quit and the tray's Quit: ask when something is pending, then close for real."""
        count = len(self.pending())
        if count and not self.ask(translate("TrayKeeper", "Quit kwtSMS Desktop?"), self._stop_question(count)):
            return
        self.quitting = True
        self.window.close()
        if self.icon is not None:
            self.icon.hide()
            QApplication.quit()  # the window was maybe hidden: closing it does not end the event loop

    @staticmethod
    def _stop_question(count: int) -> str:
        return translate(
            "TrayKeeper",
            "{count} broadcast(s) sending or scheduled. If the app stops, nothing more is sent until it is opened "
            "again (or `kwtsms-desktop run-due` runs); a time that passes meanwhile is not sent late on its own. "
            "Stop anyway?",
            n=count,
            count=count,
        )

    # -- the icon -------------------------------------------------------------------------------
    def _show_icon(self) -> None:
        if self.icon is None:
            icon = QSystemTrayIcon(self)
            icon.setObjectName("trayIcon")
            window_icon = self.window.windowIcon()
            if window_icon.isNull():
                window_icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            icon.setIcon(QIcon(window_icon))
            icon.setToolTip(translate("TrayKeeper", "kwtSMS Desktop"))
            menu = QMenu(self.window)
            menu.addAction(translate("TrayKeeper", "Show kwtSMS Desktop"), self.show_window)
            menu.addAction(translate("TrayKeeper", "Quit"), self.quit)
            icon.setContextMenu(menu)
            icon.activated.connect(self._activated)
            self.icon = icon
        self.icon.show()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def notify(self, text: str, *, attention: bool) -> None:
        """A tray notification, shown only while the icon is (the window itself says it otherwise)."""
        if self.icon is None or not self.icon.isVisible():
            return
        title = (
            translate("TrayKeeper", "kwtSMS Desktop: needs attention")
            if attention
            else translate("TrayKeeper", "kwtSMS Desktop")
        )
        self.last_notification = (title, text)
        kind = QSystemTrayIcon.MessageIcon.Warning if attention else QSystemTrayIcon.MessageIcon.Information
        self.icon.showMessage(title, text, kind, 10_000)

    def _finished(self, broadcast_id: int, _state: str, reason_en: str, reason_ar: str) -> None:
        reason = reason_ar if language() == "ar" and reason_ar else reason_en
        self.notify(
            translate("TrayKeeper", "Broadcast {id}: {reason}", id=broadcast_id, reason=reason), attention=False
        )

    def _paused(self, broadcast_id: int, _state: str, _code: str, reason_en: str, reason_ar: str) -> None:
        reason = reason_ar if language() == "ar" and reason_ar else reason_en
        self.notify(
            translate("TrayKeeper", "Broadcast {id} paused: {reason}", id=broadcast_id, reason=reason), attention=True
        )

    def missed(self, broadcast_ids: list[int]) -> None:
        self.notify(
            translate(
                "TrayKeeper",
                "{count} scheduled broadcast(s) missed their time and wait for your choice.",
                n=len(broadcast_ids),
                count=len(broadcast_ids),
            ),
            attention=True,
        )
