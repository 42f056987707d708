"""The send engine: runs a broadcast from its journal (docs/architecture.md, "The send journal").

- runner.py: ``BroadcastRunner(store, client, broadcast_id, listener=..., delay_scale=1.0).run()``,
  plain Python; sequential requests spaced by the client's shared rate limiter; at most one batch
  in flight, so a crash leaves at most one batch uncertain.
- events.py: what the runner reports (BatchChanged, ProgressInfo, BalanceChanged, Waiting, RunOutcome).
- recovery.py: start-up recovery (sending -> uncertain) and the user's two choices for an
  uncertain batch (resend_uncertain, mark_received).
- lock.py: one sender per broadcast (an OS file lock, released when a process dies).
- controller.py: the thin Qt wrapper (SendController: one QThread, one worker QObject).

Cancel: batches never sent keep the journal state ``pending`` and the broadcast's state becomes
``cancelled``; a cancelled broadcast is never run again (its uncertain batches can still be marked
received, not resent).
"""
