"""The Help menu's windows: the guide (F1), the keyboard shortcuts, and About (version, data and log folders)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kwtsms_desktop.ui.help.guide import TITLES, guide_html
from kwtsms_desktop.ui.shared.i18n import language, tr


def app_version() -> str:
    """The installed package's version (importlib.metadata), else the source tree's."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kwtsms-desktop")
    except PackageNotFoundError:
        from kwtsms_desktop import __version__

        return __version__


class _TextWindow(QDialog):
    """A non-modal window with rich text and a Close button."""

    def __init__(self, title: str, body: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName(name + "Text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(body)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.browser.toPlainText()


def guide_window(parent: QWidget | None = None) -> QDialog:
    lang = language()
    window = _TextWindow(TITLES[lang if lang == "ar" else "en"], guide_html(lang), "helpGuide", parent)
    if lang == "ar":
        window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return window


def shortcuts_html(actions: Iterable[QAction]) -> str:
    """A table of every action that has a shortcut, as the window really has them (nothing written twice)."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            what = action.text().replace("&", "").rstrip("…")
            # Key names read left to right in both languages.
            rows.append(f'<tr><td dir="ltr">{html.escape(" / ".join(keys))}</td><td>{html.escape(what)}</td></tr>')
    return (
        f"<h3>{html.escape(tr('Keyboard shortcuts'))}</h3>"
        '<table cellpadding="4" cellspacing="0" border="1">'
        f"<tr><th>{html.escape(tr('Keys'))}</th><th>{html.escape(tr('Action'))}</th></tr>" + "".join(rows) + "</table>"
    )


def shortcuts_window(actions: Iterable[QAction], parent: QWidget | None = None) -> QDialog:
    return _TextWindow(tr("Keyboard shortcuts"), shortcuts_html(actions), "shortcutsWindow", parent)


def about_html(data_dir: Path | str) -> str:
    from kwtsms_desktop.gateway.apilog import API_LOG_FILE
    from kwtsms_desktop.ui.shared.crash import LOG_FILE

    folder = html.escape(str(data_dir))
    return (
        f"<h3>{html.escape(tr('kwtSMS Desktop'))} {html.escape(app_version())}</h3>"
        f"<p>{html.escape(tr('kwtSMS Desktop sends SMS through your kwtSMS account: every recipient at most once, the cost known before sending, the password kept in the system keyring.'))}</p>"
        f"<p><b>{html.escape(tr('Version'))}:</b> <span dir='ltr'>{html.escape(app_version())}</span></p>"
        f"<p><b>{html.escape(tr('Data folder'))}:</b> <span dir='ltr'>{folder}</span></p>"
        f"<p><b>{html.escape(tr('Log folder'))}:</b> <span dir='ltr'>{folder}</span> "
        f"({html.escape(tr('{crash} for unexpected errors, {api} for gateway calls with the password masked', crash=LOG_FILE, api=API_LOG_FILE))})</p>"
    )


def about_window(data_dir: Path | str, parent: QWidget | None = None) -> QDialog:
    window = _TextWindow(tr("About kwtSMS Desktop"), about_html(data_dir), "aboutWindow", parent)
    window.resize(560, 300)
    return window
