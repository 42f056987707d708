"""Property: for any recipients and any message with fields, after sending (interrupted, uncertain
batches checked and settled, resumed), the gateway's ledger holds exactly one message per sendable
recipient, equal to that recipient's own filled-in, cleaned text, and nothing for the ones set aside.

The expected texts are worked out here from the drawn pieces (not with core.fields): the message is
written from literal pieces (their braces doubled) and fields, so the parser is checked as well.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kwtsms_desktop.core.message import MAX_PAGES, analyse_message, clean_message
from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.engine.events import BatchChanged
from kwtsms_desktop.engine.recovery import mark_received, resend_uncertain
from kwtsms_desktop.engine.runner import BroadcastRunner
from kwtsms_desktop.gateway.client import GatewayClient
from kwtsms_desktop.gateway.demo import demo_credentials
from kwtsms_desktop.gateway.simulator import Simulator
from kwtsms_desktop.store import Store

from .conftest import FAST


@dataclass
class Person:
    number: str
    name: str
    row: int
    fields: dict[str, str] = field(default_factory=dict)


# Each field: the spellings a message may use for it, and how the recipient holds it.
SPELLINGS = {"name": ["name", "Name", " NAME "], "class": ["class", "Class"], "الصف": ["الصف"]}
COLUMN_OF = {"class": "Class", "الصف": "الصف"}
VALUES = st.sampled_from(["", " ", "Ali", "سارة", "Ali", "{x}", "a}}b", "😀", "x" * 300, "مرحبا " * 30, " Bo "])
LITERAL = st.text(alphabet="ab {}\nعربي😀\u200b<>", max_size=12)

pieces = st.lists(
    st.one_of(
        st.tuples(st.just("text"), LITERAL),
        st.sampled_from(sorted(SPELLINGS)).flatmap(
            lambda key: st.tuples(st.just(key), st.sampled_from(SPELLINGS[key]))
        ),
    ),
    min_size=1,
    max_size=6,
)
people = st.lists(st.tuples(st.integers(0, 30), VALUES, VALUES, VALUES), min_size=1, max_size=40)
fallbacks = st.dictionaries(st.sampled_from(["Name", "CLASS", "الصف"]), st.sampled_from(["", "Parent", "ولي الأمر"]))


def written(parts: list[tuple[str, str]]) -> str:
    return "".join(
        text.replace("{", "{{").replace("}", "}}") if kind == "text" else "{" + text + "}" for kind, text in parts
    )


def expected_text(parts: list[tuple[str, str]], person: Person, fallback: dict[str, str]) -> str | None:
    """The text this person gets, or None when set aside."""
    out = []
    for kind, text in parts:
        if kind == "text":
            out.append(text)
            continue
        value = (person.name if kind == "name" else person.fields[COLUMN_OF[kind]]).strip()
        value = value or fallback.get(kind, "").strip()
        if not value:
            return None
        out.append(value)
    cleaned = clean_message("".join(out))
    if not cleaned.strip() or analyse_message(cleaned).pages > MAX_PAGES:
        return None
    return cleaned


def settle_uncertain(store: Store, simulator: Simulator, broadcast_id: int) -> None:
    """What the user does with an uncertain batch: checks whether kwtSMS has it, then marks or resends."""
    sent = {n for entry in simulator.ledger() for n in entry["numbers"]}
    for batch in store.batches.in_state(broadcast_id, "uncertain"):
        if set(batch.numbers) <= sent:
            mark_received(store, broadcast_id, batch.seq)
        else:
            assert not set(batch.numbers) & sent
            resend_uncertain(store, broadcast_id, batch.seq)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=pieces,
    rows=people,
    fallback=fallbacks,
    stop_after=st.integers(0, 4),
    faults=st.lists(st.sampled_from(["reset", "reset_accepted", "ok"]), max_size=3),
    killed=st.booleans(),
)
def test_the_ledger_holds_each_sendable_recipients_own_text_once(parts, rows, fallback, stop_after, faults, killed):
    recipients = [
        Person(f"9655{index:07d}", name, row, {"Class": klass, "الصف": grade})
        for row, (index, name, klass, grade) in enumerate(rows, start=2)
    ]
    message = written(parts)
    by_key = {"name": "name", "class": "class", "الصف": "الصف"}
    given_fallback = {by_key[k.casefold()]: v for k, v in fallback.items()}
    expected: dict[str, str] = {}
    seen = set()
    for person in recipients:
        if person.number in seen:
            continue  # a duplicate: set aside, its number already had its chance
        seen.add(person.number)
        text = expected_text(parts, person, given_fallback)
        if text is not None:
            expected[person.number] = text

    plan = make_plan(recipients, message, "KWT-SMS", fallbacks=fallback, balance=None)
    event(f"sendable recipients: {'none' if not expected else 'some'}; fields: {plan.personal}")
    if not expected:  # nobody has a text to send (or a plain message is empty or too long): nothing can be sent
        assert not plan.ok
        return
    assert plan.ok, plan.problems
    with (
        tempfile.TemporaryDirectory() as folder,
        Simulator(balance=1_000_000, rate_block=False) as simulator,
        Store.open(folder) as store,
        GatewayClient(demo_credentials, simulator.url, timeout=(2, 2)) as client,
    ):
        broadcast_id = store.broadcasts.create(plan)
        simulator.add_fault(
            [
                {"endpoint": "send", "kind": "reset", "accepted": fault == "reset_accepted"}
                if fault != "ok"
                else {"endpoint": "send", "kind": "delay", "seconds": 0}
                for fault in faults
            ]
        )
        runner_box: list[BroadcastRunner] = []
        accepted = []

        def interrupt(event) -> None:  # the app closing after `stop_after` accepted batches
            if isinstance(event, BatchChanged) and event.state == "accepted":
                accepted.append(event.seq)
                if len(accepted) == stop_after:
                    runner_box[0].abort()

        for _ in range(len(faults) + 6):
            runner = BroadcastRunner(
                store, client, broadcast_id, listener=interrupt, delay_scale=FAST, uncertain_limit=10
            )
            runner_box[:] = [runner]
            outcome = runner.run()
            pending = store.batches.next_pending(broadcast_id)
            if killed and pending is not None:
                # Killed right after committing 'sending', before the request left: the next run
                # finds the batch uncertain, and the user's check finds it was not sent.
                store.batches.mark_sending(broadcast_id, pending.seq)
                store.broadcasts.set_state(broadcast_id, "sending")
                killed = False
                continue
            settle_uncertain(store, simulator, broadcast_id)
            if outcome.state == "finished" and store.batches.next_pending(broadcast_id) is None:
                break
        assert store.batches.next_pending(broadcast_id) is None

        ledger = [(number, entry["message"]) for entry in simulator.ledger() for number in entry["numbers"]]
        assert sorted(ledger) == sorted(expected.items())
        assert simulator.internal_errors() == []
