"""At start-up: batches left 'sending' by a process that died become 'uncertain', and the window says so.

The announcement is a non-modal banner: the user decides per batch in the queue area (send
again, or mark received); nothing is resent automatically.
"""

from __future__ import annotations

import logging
from typing import Any

from kwtsms_desktop.ui.shared.i18n import tr

log = logging.getLogger(__name__)


def uncertain_summary(store: Any) -> tuple[int, int]:
    """(uncertain batches, numbers in them) over every broadcast."""
    batches = numbers = 0
    for broadcast_id in store.broadcasts.ids():
        for batch in store.batches.in_state(broadcast_id, "uncertain"):
            batches += 1
            numbers += batch.size
    return batches, numbers


def announce_recovery(window: Any) -> tuple[int, int]:
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
        lead = tr("kwtSMS Desktop stopped while sending last time. ") if moved else ""
        window.show_recovery(
            lead
            + tr(
                "{batches} batch(es) with {numbers} number(s) are uncertain: nobody knows whether they "
                "were sent. On the Broadcasts page (Ctrl+2), choose for each: send again, or mark as received.",
                batches=batches,
                numbers=f"{numbers:,}",
            )
        )
        if hasattr(window, "set_page_note"):
            # Open where the decision is taken: the Broadcasts page, its tab saying why.
            window.set_page_note(1, tr("uncertain"))
            window.show_page(1)
        queue = getattr(window, "queue", None)
        if queue is not None and hasattr(queue, "refresh"):
            queue.refresh()
    return batches, numbers
