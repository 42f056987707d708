"""At start-up: batches left 'sending' by a process that died become 'uncertain', and the window says so.

The announcement is a non-modal banner: the user decides per batch in the queue area (send
again, or mark received); nothing is resent automatically.
"""

from __future__ import annotations

import logging
from typing import Protocol

from kwtsms_desktop.store import Store
from kwtsms_desktop.ui.queue.panel import QueuePanel
from kwtsms_desktop.ui.shared.session import Session
from kwtsms_desktop.ui.shared.translation import translate

log = logging.getLogger(__name__)

BROADCASTS_PAGE = 1  # the main window's page of the queue (ui/main_window.py PAGE_BROADCASTS)


class RecoveryWindow(Protocol):
    """What the announcement uses of the main window (ui/main_window.py)."""

    @property
    def session(self) -> Session: ...

    @property
    def queue(self) -> QueuePanel: ...

    def show_recovery(self, sentence: str) -> None: ...

    def set_page_note(self, index: int, note: str) -> None: ...

    def show_page(self, index: int) -> None: ...


def uncertain_summary(store: Store) -> tuple[int, int]:
    """(uncertain batches, numbers in them) over every broadcast."""
    batches = numbers = 0
    for broadcast_id in store.broadcasts.ids():
        for batch in store.batches.in_state(broadcast_id, "uncertain"):
            batches += 1
            numbers += batch.size
    return batches, numbers


def announce_recovery(window: RecoveryWindow) -> tuple[int, int]:
    """Run the engine's recovery on the window's store, then show a banner if anything is uncertain."""
    store = window.session.store
    controller = window.session.controller
    try:
        moved = controller.recover_interrupted() if controller is not None else []
    except Exception:  # recovery must never keep the window from opening
        log.exception("start-up recovery failed")
        moved = []
    batches, numbers = uncertain_summary(store)
    if batches:
        lead = translate("queue.recovery", "kwtSMS Desktop stopped while sending last time. ") if moved else ""
        window.show_recovery(
            lead
            + translate(
                "queue.recovery",
                "Uncertain: {batches} with {numbers}; nobody knows whether they were sent. "
                "On the Broadcasts page (Ctrl+2), choose for each: send again, or mark as received.",
                batches=translate("queue.recovery", "{count} batch(es)", n=batches, count=f"{batches:,}"),
                numbers=translate("queue.recovery", "{count} number(s)", n=numbers, count=f"{numbers:,}"),
            )
        )
        # Open where the decision is taken: the Broadcasts page, its tab saying why.
        window.set_page_note(BROADCASTS_PAGE, translate("queue.recovery", "uncertain"))
        window.show_page(BROADCASTS_PAGE)
        window.queue.refresh()
    return batches, numbers
