"""The main window's body: the demo and recovery banners, and the pages (Send, Broadcasts, ...) on a tab bar.

A page is added with ``add_page``; the Send page holds the recipients and compose cards side by side.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kwtsms_desktop.ui.shared.translation import translate
from kwtsms_desktop.ui.window.header import WindowHeader

PAGE_SEND, PAGE_BROADCASTS = 0, 1


def _area_frame() -> QFrame:
    """A white card that will hold one area (filled in by `MainWindow.attach`)."""
    frame = QFrame()
    frame.setObjectName("area")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 10)
    return frame


def put_in_card(frame: QFrame, area: QWidget) -> None:
    layout = frame.layout()
    if layout is not None:  # _area_frame gave every card one
        layout.addWidget(area)


class WindowPages(WindowHeader):
    """Banners, the page switcher and the area cards (a base of MainWindow)."""

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

    def _build_layout(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())

        self.demo_banner = QLabel(
            translate("WindowPages", "Demo mode: nothing is really sent. The gateway is a simulator on this computer.")
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
        dismiss.setAccessibleName(translate("WindowPages", "Dismiss"))
        dismiss.clicked.connect(lambda: self.recovery_banner.setVisible(False))
        banner_row.addWidget(dismiss)
        self.recovery_banner.setVisible(False)
        body_layout.addWidget(self.recovery_banner)

        # Pages: one area set at a time, so each gets the whole window even on a 1366x768 laptop.
        self.page_tabs = QTabBar()
        self.page_tabs.setObjectName("pageTabs")
        self.page_tabs.setAccessibleName(translate("WindowPages", "Pages"))
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
        self.add_page(translate("WindowPages", "Send"), self.top_splitter, "sendPage")
        self.add_page(translate("WindowPages", "Broadcasts"), self.queue_frame, "broadcastsPage")
        for index, key in ((PAGE_SEND, "Ctrl+1"), (PAGE_BROADCASTS, "Ctrl+2")):
            self.page_tabs.setTabToolTip(index, f"{self.page_titles[index]} ({key})")
        body_layout.insertWidget(0, self.page_tabs)
        body_layout.addWidget(self.pages, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

        self.status_connection = QLabel()
        self.statusBar().addPermanentWidget(self.status_connection)

    def show_recovery(self, sentence: str) -> None:
        """A non-modal banner (uncertain batches found at start-up, ...)."""
        self.recovery_text.setText(sentence)
        self.recovery_banner.setVisible(bool(sentence))
