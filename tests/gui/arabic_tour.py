"""Open every window, dialog, menu and message box of the Arabic window, as a person would, and read it.

`tour(window, wait_until, shoot)` walks the demo window: its two pages, each menu, a file with
`+965 9988 7755` in it (imported), the import dialog, the settings dialog, the send confirmation,
a Yes/No question, the About, guide and shortcuts windows, the editor's context menu, Qt's file
dialog and every page. It returns what
each one shows (the window's own words: labels, buttons, titles, tabs, menus, tooltips, column
headers; not the user's data) and hands each to `shoot(widget, name)`, which tests ignore and
docs/screenshots/make_arabic_screenshots.py saves as a PNG.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from kwtsms_desktop.core.bidi import strip_marks

Shoot = Callable[[QWidget, str], None]
Texts = list[tuple[str, str]]  # (where, text)

# What may stay in Latin letters inside Arabic text: names, codes and formats a person types or
# sees on kwtsms.com as they are.
_ALLOWED = re.compile(
    r"kwtSMS(?: Desktop)?|kwtsms\.com|KWT-SMS|DEMO|GSM-7|UCS-2|Excel|CSV|OpenDocument|vCard|ZIP|HTML|PEM|API|SMS|CA|UTC|"
    r"English|"  # the language's own name in the language list
    r"Ctrl|Shift|Alt|Return|Enter|Esc|F\d+|PgUp|PgDown|Del|Ins|Backspace|Home|End|"
    r"\*?\.[a-z0-9]{2,5}\b|https?://\S+|\{\{|\}\}|\{\w+\}|TRUE|FALSE|XML Spreadsheet|"
    r"\+?\d[\d ,.:%()+-]*"
)
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def english_only(text: str, data: Iterable[str] = ()) -> bool:
    """True when `text` still has English words once the allowed names, keys and formats, and the
    user's own `data` (file names, column headers, the account name), are taken out."""
    plain = strip_marks(text).replace("&", "")
    for value in sorted(data, key=len, reverse=True):
        plain = plain.replace(value, " ")
    return bool(_LATIN_WORD.search(_ALLOWED.sub(" ", plain)))


def words_of(root: QWidget, where: str) -> Texts:
    """The window's own words shown in `root` (visible widgets only)."""
    found: Texts = []

    def add(text: str, what: str) -> None:
        if text and text.strip():
            found.append((f"{where}: {what}", text))

    add(root.windowTitle(), "title")
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        add(widget.toolTip(), f"{name} tooltip")
        if isinstance(widget, QLabel) and not widget.property("userData"):
            add(widget.text(), name)
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), name)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), name)
        elif isinstance(widget, QLineEdit):
            add(widget.placeholderText(), f"{name} placeholder")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), f"{name} tab")
        elif isinstance(widget, QComboBox) and widget.objectName() not in ("senderCombo", "defaultSenderCombo"):
            for index in range(widget.count()):
                add(widget.itemText(index), f"{name} item")
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount private
                columns = 1
            for column in range(columns):
                add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""), f"{name} header")
    return found


def menu_words(menu: QMenu, where: str) -> Texts:
    found = [(f"{where}: menu", menu.title())] if menu.title() else []
    for action in menu.actions():
        if action.text():
            found.append((f"{where}: {action.objectName() or 'action'}", action.text()))
    return found


def tour(window, wait_until: Callable[[Callable[[], bool]], None], shoot: Shoot, folder: Path) -> Texts:
    """Every place of the window, read; `folder` holds the file the tour imports."""
    from kwtsms_desktop.core.schedule import ScheduleSettings
    from kwtsms_desktop.ui.compose.send_dialog import SendConfirmDialog
    from kwtsms_desktop.ui.recipients.import_dialog import ImportDialog
    from kwtsms_desktop.ui.schedule.send_later_dialog import SendLaterDialog
    from kwtsms_desktop.ui.settings.dialog import SettingsDialog
    from kwtsms_desktop.ui.shared.translation import translate

    texts: Texts = []
    texts += words_of(window, "window")
    shoot(window, "window-ar")

    for number, action in enumerate(window.menuBar().actions(), start=1):
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += menu_words(menu, "menu bar")
            menu.popup(window.mapToGlobal(QPoint(40, 40)))
            shoot(menu, f"menu-{number}-ar")
            menu.close()

    path = folder / "parents.csv"
    path.write_text(
        "Name,Mobile\nأحمد,+965 9988 7755\nسارة,(965) 9876-5432\nعلي,+966 50 123 4567\nمنى,99 88 77 44 / 66554433\n"
        "خالد,9876-543\n",
        encoding="utf-8",
    )
    panel = window.recipients
    panel.import_path(str(path))
    wait_until(lambda: panel.model.rowCount() >= 5)
    texts += words_of(window, "window after import")
    shoot(window, "recipients-bidi-ar")

    dialog = panel.review_path(str(path))
    assert isinstance(dialog, ImportDialog)
    wait_until(lambda: dialog.preview.rowCount() > 0)
    texts += words_of(dialog, "import dialog")
    shoot(dialog, "import-dialog-ar")
    dialog.reject()

    window.open_settings()
    settings = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    texts += words_of(settings, "settings")
    shoot(settings, "settings-ar")
    settings.reject()

    later = SendLaterDialog(
        window, clock=lambda: datetime(2026, 11, 29, 10, 0, tzinfo=UTC), settings=ScheduleSettings()
    )
    later.show()
    texts += words_of(later, "send later")
    shoot(later, "send-later-ar")
    later.close()

    window.compose.editor.setPlainText("تذكير: اجتماع أولياء الأمور يوم الأحد.")
    menu = window.compose.editor.createStandardContextMenu()
    texts += menu_words(menu, "editor context menu")
    menu.popup(window.mapToGlobal(QPoint(300, 300)))
    shoot(menu, "context-menu-ar")
    menu.close()

    seen: list[SendConfirmDialog] = []

    def confirm(dialog: SendConfirmDialog) -> int:
        seen.append(dialog)
        dialog.show()  # laid out as the user sees it (a dialog never shown is grabbed at its first size)
        texts.extend(words_of(dialog, "send confirmation"))
        shoot(dialog, "send-confirm-ar")
        dialog.hide()
        return QDialog.DialogCode.Rejected

    original = SendConfirmDialog.exec
    SendConfirmDialog.exec = confirm  # type: ignore[method-assign]
    try:
        window.compose.sender_combo.setCurrentText("KWT-SMS")
        window.request_send()
        wait_until(lambda: bool(seen))
    finally:
        SendConfirmDialog.exec = original  # type: ignore[method-assign]

    def read_modal(name: str) -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, lambda: read_modal(name))
            return
        texts.extend(words_of(box, name))
        shoot(box, f"{name}-ar")
        if isinstance(box, QMessageBox) and box.button(QMessageBox.StandardButton.No) is not None:
            box.button(QMessageBox.StandardButton.No).click()
        else:
            box.close()

    QTimer.singleShot(0, lambda: read_modal("question"))
    window.queue._confirm(
        translate("QueuePanel", "Cancel this broadcast?"),
        translate(
            "QueuePanel",
            "The {count} number(s) not sent yet will not be sent. Numbers already sent stay sent. This cannot be undone.",
            n=12,
            count="12",
        ),
    )
    for name, show in (
        ("about", window.show_about),
        ("guide", window.show_guide),
        ("shortcuts", window.show_shortcuts),
    ):
        help_window = show()
        texts += words_of(help_window, name)
        shoot(help_window, f"{name}-ar")
        help_window.close()

    files = QFileDialog(window, translate("RecipientsPanel", "Import recipients"))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.show()
    texts += words_of(files, "file dialog")
    shoot(files, "file-dialog-ar")
    files.close()

    window.show_page(1)
    texts += words_of(window, "broadcasts page")
    shoot(window, "broadcasts-page-ar")
    for index in range(2, window.pages.count()):  # the pages other areas add (contacts, do-not-send...)
        window.show_page(index)
        name = window.pages.widget(index).objectName() or f"page-{index}"
        texts += words_of(window, f"page {name}")
        shoot(window, f"{name}-ar")
    window.show_page(0)
    return texts
