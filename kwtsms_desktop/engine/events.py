"""What the runner reports while it works: plain, immutable data (safe to hand to another thread)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class BatchChanged:
    broadcast_id: int
    seq: int
    state: str  # pending, sending, accepted, rejected, uncertain
    error_code: str | None = None


@dataclass(frozen=True)
class ProgressInfo:
    broadcast_id: int
    batches_total: int
    batches_left: int  # still pending
    numbers_total: int
    accepted: int  # numbers
    rejected: int
    uncertain: int
    pending: int
    points_charged: float
    eta_seconds: float  # time left at the current pace; 0 when nothing is left

    @property
    def numbers_done(self) -> int:
        return self.numbers_total - self.pending

    @property
    def fraction(self) -> float:
        return self.numbers_done / self.numbers_total if self.numbers_total else 1.0


@dataclass(frozen=True)
class BalanceChanged:
    available: float


@dataclass(frozen=True)
class Waiting:
    """The runner waits before sending a batch again (queue full, same number too soon, offline)."""

    broadcast_id: int
    seq: int
    seconds: float
    error_code: str
    reason_en: str
    reason_ar: str


@dataclass(frozen=True)
class RunOutcome:
    """How a run ended: the broadcast's state (finished, paused, stopped, cancelled) and why."""

    broadcast_id: int
    state: str
    error_code: str | None
    reason_en: str
    reason_ar: str
    numbers_by_state: dict[str, int] = field(default_factory=dict)
    uncertain_batches: tuple[int, ...] = ()

    @property
    def all_accepted(self) -> bool:
        return self.state == "finished" and set(self.numbers_by_state) <= {"accepted"}


Event = BatchChanged | ProgressInfo | BalanceChanged | Waiting | RunOutcome
