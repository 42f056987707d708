"""What the user can do with a scheduled broadcast, the same from the queue and from the missed-time dialog.

Every move is one conditional update of the journal (store/broadcasts.py), so a `run-due` in
another process and this window never both act on it; a refusal comes back as a sentence.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kwtsms_desktop.core.schedule import utc_text
from kwtsms_desktop.ui.shared.i18n import tr


def send_now(store: Any, controller: Any, broadcast_id: int) -> str | None:
    """scheduled -> planned, then the engine sends it; a sentence when it was no longer scheduled."""
    if not store.broadcasts.send_now(broadcast_id):
        return tr(
            "Broadcast {id} is no longer scheduled: it was sent, changed or cancelled meanwhile.", id=broadcast_id
        )
    controller.start(broadcast_id)
    return None


def reschedule(store: Any, broadcast_id: int, due: datetime) -> str | None:
    """A new due time (a missed broadcast waits again); the caller checked it with check_due."""
    if not store.broadcasts.reschedule(broadcast_id, utc_text(due)):
        return tr(
            "Broadcast {id} is no longer scheduled: it was sent, changed or cancelled meanwhile.", id=broadcast_id
        )
    return None


def cancel(controller: Any, broadcast_id: int) -> None:
    """The one cancel path (engine/recovery.cancel_broadcast through the controller)."""
    controller.cancel(broadcast_id)
