"""The language changes at once: every open window's texts are said again in the new language.

Qt sends each widget a LanguageChange event when translators change; a Qt Designer form answers
with its generated retranslateUi(). This window builds its widgets in code, so the texts it set
are found again here: translate() remembers which (context, English, fields) gave each text it
returned, and on LanguageChange every label, button, group title, tab, menu, action, tooltip and
combo item whose text came from translate() is set to the same text in the new language (a
text two contexts share, "Sending", goes back to the context of the widget's own class).
Widgets whose texts depend on state (counters, the balance line) recompute them in their own
`retranslate_ui()`, called afterwards; table models redraw their cells and headers.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)

# text shown -> how it was made: (context, English, disambiguation, n, fields)
Recipe = tuple[str, str, str | None, int, tuple[tuple[str, object], ...]]
_MAX_REMEMBERED = 20_000
_made: OrderedDict[str, list[Recipe]] = OrderedDict()
# A list of made texts joined into one (counters: "2 valid · 1 invalid") -> (separator, the parts).
_joined: OrderedDict[str, tuple[str, tuple[str, ...]]] = OrderedDict()
# ui/shared/translation.py's translate(), handed over by it (this module must not import it back).
_say: list[Callable[..., str]] = []


def use_translate(say: Callable[..., str]) -> None:
    """The function that says a recipe in the current language: translation.translate_marked."""
    _say[:] = [say]


def remember(shown: str, recipe: Recipe) -> None:
    """translate() made `shown` from `recipe` (the newest recipe of a text comes first)."""
    if not shown:
        return
    recipes = _made.get(shown)
    if recipes is None:
        _made[shown] = [recipe]
        if len(_made) > _MAX_REMEMBERED:
            _made.popitem(last=False)
    elif recipe not in recipes:
        recipes.insert(0, recipe)


def remember_joined(shown: str, separator: str, parts: tuple[str, ...]) -> None:
    """`shown` is `parts` (texts translate() made) joined by `separator`: it can be said again part by part."""
    if shown:
        _joined[shown] = (separator, parts)
        if len(_joined) > _MAX_REMEMBERED:
            _joined.popitem(last=False)


def again(shown: str, contexts: Iterable[str] = ()) -> str | None:
    """`shown` said again in the current language, or None when translate() did not make it."""
    recipes = _made.get(shown)
    if not recipes:
        joined = _joined.get(shown)
        if joined is None:
            return None
        separator, parts = joined
        return separator.join(again(part, contexts) or part for part in parts)
    wanted = set(contexts)
    recipe = next((r for r in recipes if r[0] in wanted), recipes[0])
    context, text, disambiguation, n, fields = recipe
    values = {name: (again(value) or value) if isinstance(value, str) else value for name, value in fields}
    return _say[0](context, text, disambiguation, n, **values) if _say else None


def _contexts_of(widget: QObject) -> list[str]:
    """The contexts a widget's texts were likely written in: its classes and its parents', and their modules."""
    found: list[str] = []
    item: QObject | None = widget
    while item is not None:
        for cls in type(item).__mro__:
            module = cls.__module__
            if not module.startswith("kwtsms_desktop.ui."):
                continue
            found += [cls.__name__, module.removeprefix("kwtsms_desktop.ui.")]
        item = item.parent()
    return found


def _swap(getter: Callable[[], str], setter: Callable[[str], object], contexts: list[str]) -> None:
    current = getter()
    if current:
        new = again(current, contexts)
        if new is not None and new != current:
            setter(new)


def _swap_items(
    count: int, getter: Callable[[int], str], setter: Callable[[int, str], object], contexts: list[str]
) -> None:
    for index in range(count):
        current = getter(index)
        new = again(current, contexts) if current else None
        if new is not None and new != current:
            setter(index, new)


def retranslate_tree(root: QWidget) -> None:
    """Every text of `root` and its children made by translate(), in the current language."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        try:
            _retranslate_widget(widget)
        except Exception:  # noqa: BLE001 - one widget left in the old language must not stop the others
            log.exception("retranslating %s failed", type(widget).__name__)
    for action in root.findChildren(QAction):
        contexts = _contexts_of(action)
        _swap(action.text, action.setText, contexts)
        _swap(action.toolTip, action.setToolTip, contexts)
    for widget in widgets:
        retranslate_ui = getattr(widget, "retranslate_ui", None)
        if callable(retranslate_ui):
            retranslate_ui()


def _retranslate_widget(widget: QWidget) -> None:
    """One widget's own texts: title, tooltip, accessible name, text, placeholder, tabs, items."""
    contexts = _contexts_of(widget)
    _swap(widget.windowTitle, widget.setWindowTitle, contexts)
    _swap(widget.toolTip, widget.setToolTip, contexts)
    _swap(widget.accessibleName, widget.setAccessibleName, contexts)
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        _swap(widget.text, widget.setText, contexts)
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        _swap(widget.placeholderText, widget.setPlaceholderText, contexts)
    if isinstance(widget, QGroupBox):
        _swap(widget.title, widget.setTitle, contexts)
    if isinstance(widget, QMenu):
        _swap(widget.title, widget.setTitle, contexts)
    if isinstance(widget, QTabBar):
        _swap_items(widget.count(), widget.tabText, widget.setTabText, contexts)
        _swap_items(widget.count(), widget.tabToolTip, widget.setTabToolTip, contexts)
    if isinstance(widget, QComboBox):
        _swap_items(widget.count(), widget.itemText, widget.setItemText, contexts)
        _swap(widget.placeholderText, widget.setPlaceholderText, contexts)
    if isinstance(widget, QStatusBar):
        _swap(widget.currentMessage, widget.showMessage, contexts)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        _redraw(widget.model())


def _redraw(model: QAbstractItemModel) -> None:
    """A table model's cells and headers are computed when shown: ask the views to ask again."""
    refresh = getattr(model, "refresh_texts", None)
    if callable(refresh):
        refresh()
        return
    rows = model.rowCount(QModelIndex())
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, and Qt keeps its columnCount private
        columns = 1
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)


class LanguageChangeFilter(QObject):
    """Installed on the application: a window that gets LanguageChange retranslates its whole tree."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and isinstance(watched, QWidget) and watched.isWindow():
            try:
                retranslate_tree(watched)
            except Exception:  # noqa: BLE001 - a text left in the old language must not stop the switch
                log.exception("retranslating %s failed", type(watched).__name__)
        return False


def watch_language_changes(app: QCoreApplication) -> None:
    """Install the LanguageChange filter once on `app`."""
    if app.property("kwtsmsLanguageFilter"):
        return
    language_filter = LanguageChangeFilter(app)
    app.installEventFilter(language_filter)
    app.setProperty("kwtsmsLanguageFilter", True)


def retranslate_windows() -> None:
    """Every open top-level window, now (tests and the language switch call this after installing)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            retranslate_tree(window)
