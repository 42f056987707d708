"""From the Send button to a running broadcast: check, plan, confirm, journal, hand to the engine.

Refusals are sentences shown under the Send button (no dialog to dismiss). Only the
confirmation is a dialog, and only before anything is sent; once the plan is journaled the
engine's controller runs it on its own thread and the window stays usable.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QDialog

from kwtsms_desktop.core.message import MAX_PAGES
from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.ui.i18n import tr
from kwtsms_desktop.ui.send_dialog import SendConfirmDialog

log = logging.getLogger(__name__)


class SendFlow:
    """Owned by the main window; `start()` is what Send and Ctrl+Return do."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.last_plan: Any = None
        self.last_broadcast_id: int | None = None

    def refusal(self) -> str | None:
        """Why this message cannot be sent now, or None."""
        window = self.window
        compose = window.compose
        info = compose.message_info()
        recipients = self._recipient_count()
        if getattr(window.recipients, "is_importing", lambda: False)():
            return tr("Wait for the import to finish before sending.")
        if recipients == 0:
            return tr("Add recipients first: import a file (Ctrl+O) or paste numbers (Ctrl+Shift+V).")
        if not info.cleaned.strip():
            return tr("Type the message first: it is empty (emoji and hidden characters are removed before sending).")
        if info.too_long:
            return tr("The message is {pages} pages long; at most {max} pages can be sent. Shorten it.",
                      pages=info.pages, max=MAX_PAGES)
        if not compose.sender():
            return tr("Choose a sender ID. If the list is empty, check the connection in Settings.")
        if compose.cost_blocked():
            return tr("The balance does not cover this broadcast: recharge at kwtsms.com or send to fewer numbers.")
        if window.session.controller is None:
            return tr("The send engine is not available in this build.")
        return None

    def start(self) -> int | None:
        window = self.window
        compose = window.compose
        if not compose.send_button.isEnabled():
            compose.show_problem(self.refusal() or "")
            return None
        problem = self.refusal()
        if problem:
            compose.show_problem(problem)
            return None
        plan = self.make_plan()
        if plan.problems:
            compose.show_problem(" ".join(tr(p) for p in plan.problems))
            return None
        self.last_plan = plan
        dialog = SendConfirmDialog(plan, window.account.balance, parent=window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.launch(plan)

    def make_plan(self) -> Any:
        window = self.window
        session = window.session
        compose = window.compose
        recipients = window.recipients.valid_recipients() if hasattr(window.recipients, "valid_recipients") else []
        suppressed: list[str] = []
        try:
            suppressed = list(session.store.suppressions.numbers())
        except Exception:  # an older store without the suppression list: nothing suppressed
            suppressed = []
        return make_plan(
            recipients,
            compose.message_text(),
            compose.sender(),
            test=compose.test_mode(),
            coverage=window.account.coverage,
            suppressed=suppressed,
            balance=window.account.balance,
            default_country=session.default_country(),
        )

    def launch(self, plan: Any) -> int:
        """Journal the plan, then start the engine on it. Returns the broadcast id."""
        window = self.window
        session = window.session
        broadcast_id = session.store.broadcasts.create(plan, gateway_url=session.gateway_url, source="window")
        self.last_broadcast_id = broadcast_id
        session.controller.start(broadcast_id)
        queue = window.queue
        if hasattr(queue, "refresh"):
            queue.refresh()
        if hasattr(queue, "show_broadcast"):
            queue.show_broadcast(broadcast_id)
        window.compose.show_problem("")
        window.statusBar().showMessage(
            tr("Broadcast {id} started: {count} numbers.", id=broadcast_id, count=f"{len(plan.recipients):,}"), 8000
        )
        return broadcast_id

    def _recipient_count(self) -> int:
        recipients = self.window.recipients
        if hasattr(recipients, "valid_count"):
            return int(recipients.valid_count())
        if hasattr(recipients, "valid_numbers"):
            return len(recipients.valid_numbers())
        return 0
