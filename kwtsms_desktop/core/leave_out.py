"""A plan made again without some numbers (those that got the same message recently), keeping why they were left out."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from kwtsms_desktop.core.plan import DUPLICATE, SendPlan, SetAside, make_plan

RECENTLY_SENT_DETAIL = "Got the same message recently: left out."


def leave_out(plan: SendPlan, numbers: Collection[str], detail: str = RECENTLY_SENT_DETAIL) -> SendPlan:
    """The same broadcast without `numbers`: batches and cost made again, the numbers set aside as duplicates."""
    if not numbers:
        return plan
    kept = [r for r in plan.recipients if r.number not in numbers]
    left = tuple(
        SetAside(r.number, DUPLICATE, detail, r.raw, r.name, r.row) for r in plan.recipients if r.number in numbers
    )
    # The kept numbers were checked, deduplicated, covered and not suppressed the first time.
    again = make_plan(kept, plan.text, plan.sender, test=plan.test, balance=plan.balance, default_country=None)
    return replace(
        again,
        set_aside=plan.set_aside + left,
        duplicates_removed_before=plan.duplicates_removed_before,
        coverage_known=plan.coverage_known,
    )
