"""What the compose area's flows use of the main window (ui/main_window.py), as small Protocols.

The main window imports the areas, so they cannot import it back: each says here what it needs,
and mypy checks that the window provides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QStatusBar

from kwtsms_desktop.ui.shared.session import Session

if TYPE_CHECKING:
    from kwtsms_desktop.ui.compose.panel import ComposePanel
    from kwtsms_desktop.ui.queue.panel import QueuePanel
    from kwtsms_desktop.ui.recipients.panel import RecipientsPanel
    from kwtsms_desktop.ui.shared.account_service import AccountService


class PersonalPlanning(Protocol):
    """How a message with fields is planned (ui/personal/controller.py PersonalMessages)."""

    def uses_fields(self) -> bool: ...

    def plan_options(self) -> dict[str, Any]: ...


class ComposeWindow(Protocol):
    """What the compose area's helpers (the personal-message rows, the send flow) use of the main window."""

    @property
    def session(self) -> Session: ...

    @property
    def account(self) -> AccountService: ...

    @property
    def compose(self) -> ComposePanel: ...

    @property
    def recipients(self) -> RecipientsPanel: ...


class SendWindow(ComposeWindow, Protocol):
    """What the send flow (ui/compose/send_flow.py) uses of the main window besides the compose area."""

    @property
    def queue(self) -> QueuePanel: ...

    @property
    def personal(self) -> PersonalPlanning: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name
