"""After a crash, and the user's two choices for an uncertain batch (resend it, or mark it received).

An uncertain batch is never resent by the runner itself: only :func:`resend_uncertain` puts it back
in the queue, on the user's explicit word.
"""

from __future__ import annotations

from kwtsms_desktop.engine.lock import BroadcastLock
from kwtsms_desktop.engine.runner import cancelled_reason, finished_reason
from kwtsms_desktop.store import Store


class ChoiceRefused(ValueError):
    """The user's choice cannot apply to this batch; the message says why."""


_WILL_RESEND = (
    "Batch {seq} will be sent again: resume the broadcast to send it.",
    "ستُرسل الدفعة {seq} مرة أخرى: استأنف الإرسال لإرسالها.",
)


def recover_interrupted(store: Store) -> list[tuple[int, int]]:
    """At app start: every batch left 'sending' by a process that died becomes 'uncertain'.

    Broadcasts another process is sending right now (their lock is held) are left alone.
    Returns the (broadcast_id, seq) pairs moved.
    """
    moved: list[tuple[int, int]] = []
    # A broadcast cancelled while a batch was in flight keeps its state; only that batch moves.
    for broadcast_id in store.broadcasts.ids(states=("sending", "cancelled")):
        lock = BroadcastLock(store.data_dir, broadcast_id)
        if not lock.try_acquire():
            continue
        try:
            moved += store.batches.recover_sending(broadcast_id)
            journaled = store.broadcasts.get(broadcast_id)
            if journaled is None or journaled.state == "cancelled":
                continue
            if store.batches.next_pending(broadcast_id) is None:
                _refresh_finished(store, broadcast_id)
            else:
                store.broadcasts.set_state(
                    broadcast_id,
                    "paused",
                    error_code="INTERRUPTED",
                    reason_en="Sending was interrupted (the app stopped). Resume to send to the numbers not sent yet.",
                    reason_ar="انقطع الإرسال (توقف البرنامج). استأنف لإرسال الرسالة إلى الأرقام التي لم تصلها بعد.",
                )
        finally:
            lock.release()
    return moved


def is_interrupted(store: Store, broadcast_id: int) -> bool:
    """A broadcast left 'sending' by a process that died: nobody holds its lock.

    Read-only (for ``history``): its batch left 'sending' is shown as uncertain and the broadcast
    as paused, without writing; resuming it, or the window's start-up, records that.
    """
    broadcast = store.broadcasts.get(broadcast_id)
    if broadcast is None or broadcast.state != "sending":
        return False
    return not BroadcastLock(store.data_dir, broadcast_id).held_elsewhere()


def cancel_broadcast(store: Store, broadcast_id: int) -> tuple[str, str]:
    """The user cancels a broadcast: committed to the journal at once, whatever is running.

    Its batches not sent yet stay ``pending`` and are never sent by anything: a runner checks the
    cancel before every batch (see BatchRepository.mark_sending), and resuming refuses it. A batch
    in flight in another window or command finishes and is journaled as usual; one left
    ``sending`` by a process that died becomes ``uncertain``. Returns the reason (English, Arabic);
    cancelling twice is harmless. Raises ChoiceRefused for an unknown or finished broadcast.
    """
    lock = BroadcastLock(store.data_dir, broadcast_id)
    nobody_sending = lock.try_acquire()  # else another window or command is sending it right now
    try:
        with store.transaction():
            broadcast = store.broadcasts.get(broadcast_id)
            if broadcast is None:
                raise ChoiceRefused(f"There is no broadcast {broadcast_id} here ({store.data_dir}).")
            if broadcast.state == "cancelled":
                return broadcast.reason_en or "", broadcast.reason_ar or ""
            if broadcast.state == "finished":
                raise ChoiceRefused(f"Broadcast {broadcast_id} has finished: nothing is left to cancel.")
            if nobody_sending:
                store.batches.recover_sending(broadcast_id)
            left = store.batches.counts(broadcast_id).get("pending", (0, 0))[1]
            en, ar = cancelled_reason(left)
            store.broadcasts.set_state(broadcast_id, "cancelled", reason_en=en, reason_ar=ar)
            return en, ar
    finally:
        lock.release()


def resend_uncertain(store: Store, broadcast_id: int, seq: int) -> None:
    """The user chose to send an uncertain batch again: it becomes pending; resuming sends it.

    Refused for a cancelled broadcast: resuming it would also send the batches the cancel kept back.
    """
    broadcast = store.broadcasts.get(broadcast_id)
    if broadcast is not None and broadcast.state == "cancelled":
        raise ChoiceRefused(
            f"Broadcast {broadcast_id} was cancelled, so nothing more is sent from it. To reach the numbers "
            f"of batch {seq}, send them a new broadcast (or mark the batch as received if they got it)."
        )
    with store.transaction():
        store.batches.resend_uncertain(broadcast_id, seq)
        if broadcast is not None and broadcast.state == "finished":
            en, ar = _WILL_RESEND
            store.broadcasts.set_state(
                broadcast_id, "paused", reason_en=en.format(seq=seq), reason_ar=ar.format(seq=seq)
            )


def mark_received(store: Store, broadcast_id: int, seq: int) -> None:
    """The user says an uncertain batch did arrive: it counts as accepted (flagged as the user's word)."""
    with store.transaction():
        store.batches.mark_received(broadcast_id, seq)
        broadcast = store.broadcasts.get(broadcast_id)
        if broadcast is not None and broadcast.state == "finished":
            _refresh_finished(store, broadcast_id)


def _refresh_finished(store: Store, broadcast_id: int) -> None:
    counts = store.batches.counts(broadcast_id)
    en, ar = finished_reason({s: n for s, (_, n) in counts.items()}, counts.get("uncertain", (0, 0))[0])
    store.broadcasts.set_state(broadcast_id, "finished", reason_en=en, reason_ar=ar)
