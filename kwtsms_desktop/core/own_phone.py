"""Two small rules of the last step before a broadcast: a test to one's own phone, and the low-balance warning (pure)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kwtsms_desktop.core.phone import check_number
from kwtsms_desktop.core.plan import SendPlan, make_plan


@dataclass(frozen=True)
class OwnPhone:
    """The user's own number, carrying the first recipient's name and fields so the message reads as theirs."""

    number: str
    name: str | None = None
    fields: Any = None
    row: int | None = None


def own_phone_plan(
    own_number: str,
    message: str,
    sender: str,
    *,
    first_recipient: Any = None,
    coverage: Iterable[str] | None = None,
    suppressed: Iterable[str] = (),
    balance: float | None = None,
    default_country: str | None = "965",
    fields: Mapping[str, str] | None = None,
    fallbacks: Mapping[str, str] | None = None,
    available_fields: Iterable[str] | None = None,
) -> SendPlan:
    """A LIVE plan of one number, the user's own, with the text the first recipient would get.

    Message fields (core.fields) are filled in with the first recipient's values (``fields``, keyed
    by field_key, else its own ``fields`` and ``name``) and the broadcast's ``fallbacks``; the
    do-not-send list and the account's coverage apply as to any broadcast.
    """
    checked = check_number(own_number, default_country)
    me = OwnPhone(
        checked.number if checked.ok else own_number,
        getattr(first_recipient, "name", None) or None,
        getattr(first_recipient, "fields", None) if fields is None else dict(fields),
    )
    return make_plan(
        [me],
        message,
        sender,
        test=False,
        coverage=coverage,
        suppressed=suppressed,
        balance=balance,
        default_country=default_country,
        fallbacks=fallbacks,
        available_fields=available_fields,
    )


def is_low(balance: float | None, threshold: float) -> bool:
    """The balance is known and below the warning level (a threshold of 0 never warns)."""
    return balance is not None and threshold > 0 and balance < threshold


def leaves_low(balance: float | None, cost: float, threshold: float) -> bool:
    """Sending ``cost`` points would leave the balance below the warning level."""
    return balance is not None and is_low(balance - cost, threshold)
