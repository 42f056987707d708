"""Scheduled broadcasts in the journal: the migration that adds the state, and the moves (claim, miss, cancel, move)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kwtsms_desktop.core.plan import make_plan
from kwtsms_desktop.store import DATABASE_FILE, LATEST_VERSION, Store, migrations
from kwtsms_desktop.store.broadcasts import MISSED

from .conftest import kuwait_numbers

SCHEDULING = migrations.MIGRATIONS.index(migrations._V2_SCHEDULING)  # its place, whatever the lead's order
DUE = "2030-02-05T04:00:00.000Z"


def columns(connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def database_before_scheduling(path):
    """A file as the app left it just before the scheduling migration, with a broadcast, batches and recipients."""
    connection = sqlite3.connect(path, isolation_level=None)
    for version in range(SCHEDULING):
        for statement in migrations._statements(migrations.MIGRATIONS[version]):
            connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {SCHEDULING}")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(
        "INSERT INTO broadcasts (id, created_utc, updated_utc, message, cleaned_message, sender, test, encoding,"
        " pages, estimated_points, state) VALUES (7, 'c', 'u', 'Hi', 'Hi', 'KWT-SMS', 1, 'GSM-7', 1, 3, 'paused')"
    )
    connection.execute(
        "INSERT INTO batches (broadcast_id, seq, state, numbers, size) VALUES (7, 1, 'accepted', ?, 3)",
        (json.dumps(kuwait_numbers(3)),),
    )
    connection.executemany(
        "INSERT INTO recipients (broadcast_id, batch_seq, number) VALUES (7, 1, ?)", [(n,) for n in kuwait_numbers(3)]
    )
    before = columns(connection, "broadcasts")
    connection.close()
    return before


def test_the_migration_keeps_every_row_and_column_and_the_foreign_keys(tmp_path):
    before = database_before_scheduling(tmp_path / DATABASE_FILE)
    with Store.open(tmp_path) as store:
        db = store.connection
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert set(before) < set(columns(db, "broadcasts"))  # nothing lost (a later ADD COLUMN must come after)
        # The children were not cascade-deleted when the old table was dropped.
        assert store.broadcasts.get(7).state == "paused"
        assert [b.numbers for b in store.batches.of_broadcast(7)] == [kuwait_numbers(3)]
        assert db.execute("SELECT COUNT(*) FROM recipients WHERE broadcast_id = 7").fetchone()[0] == 3
        # The keys still point at the rebuilt table and are enforced.
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "INSERT INTO batches (broadcast_id, seq, state, numbers, size) VALUES (99, 1, 'pending', '[]', 0)"
            )
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE broadcasts SET state = 'bogus'")
        db.execute("UPDATE broadcasts SET state = 'scheduled'")
        indexes = {row[1] for row in db.execute("SELECT * FROM sqlite_master WHERE type = 'index'")}
        assert {"broadcasts_by_state", "batches_by_state", "recipients_by_broadcast"} <= indexes
        store.broadcasts.delete(7)
        assert db.execute("SELECT COUNT(*) FROM batches").fetchone()[0] == 0  # ON DELETE CASCADE still there
    assert (tmp_path / f"{DATABASE_FILE}.bak-v{SCHEDULING}").exists()


@pytest.fixture
def scheduled(store):
    plan = make_plan(kuwait_numbers(450), "Hello", "KWT-SMS")
    return store.broadcasts.create(plan, gateway_url="http://127.0.0.1:1/API/", due_utc=DUE)


def test_a_scheduled_plan_is_journaled_whole_with_its_due_time(store, scheduled):
    broadcast = store.broadcasts.get(scheduled)
    assert (broadcast.state, broadcast.due_utc, broadcast.missed) == ("scheduled", DUE, False)
    assert broadcast.estimated_points == 450
    assert [b.state for b in store.batches.of_broadcast(scheduled)] == ["pending"] * 3
    assert store.broadcasts.due_candidates() == [broadcast]


def test_only_one_of_two_connections_claims_a_due_broadcast(store, scheduled):
    seen = store.broadcasts.get(scheduled)
    with Store.open(store.data_dir) as other:
        assert other.broadcasts.claim_due(seen) is True
        assert store.broadcasts.claim_due(seen) is False
    assert store.broadcasts.get(scheduled).state == "sending"
    assert store.broadcasts.due_candidates() == []


def test_a_claim_fails_when_the_broadcast_was_moved_or_cancelled_after_it_was_read(store, scheduled):
    seen = store.broadcasts.get(scheduled)
    assert store.broadcasts.reschedule(scheduled, "2030-02-06T04:00:00.000Z")
    assert store.broadcasts.claim_due(seen) is False
    seen = store.broadcasts.get(scheduled)
    assert store.broadcasts.cancel(scheduled, reason_en="Cancelled.", reason_ar="أُلغي.")
    assert store.broadcasts.claim_due(seen) is False
    assert store.broadcasts.get(scheduled).state == "cancelled"


def test_missed_waits_for_the_user_and_a_new_time_or_send_now_clears_it(store, scheduled):
    seen = store.broadcasts.get(scheduled)
    assert store.broadcasts.mark_missed(seen, reason_en="Missed.", reason_ar="فات.")
    missed = store.broadcasts.get(scheduled)
    assert missed.missed and missed.error_code == MISSED and missed.reason_en == "Missed."
    assert store.broadcasts.due_candidates() == []  # never sent late on its own
    assert store.broadcasts.claim_due(missed) is False
    assert store.broadcasts.reschedule(scheduled, "2030-03-01T04:00:00.000Z")
    assert not store.broadcasts.get(scheduled).missed and store.broadcasts.due_candidates()
    assert store.broadcasts.send_now(scheduled)
    assert store.broadcasts.get(scheduled).state == "planned"
    assert store.broadcasts.send_now(scheduled) is False and store.broadcasts.reschedule(scheduled, DUE) is False


@pytest.mark.parametrize("state", ["planned", "scheduled", "sending", "paused", "stopped"])
def test_cancel_takes_any_broadcast_not_finished(store, scheduled, state):
    store.broadcasts.set_state(scheduled, state)
    assert store.broadcasts.cancel(scheduled, reason_en="Cancelled.", reason_ar="أُلغي.")
    assert store.broadcasts.get(scheduled).state == "cancelled"


@pytest.mark.parametrize("state", ["finished", "cancelled"])
def test_cancel_leaves_a_finished_broadcast_alone(store, scheduled, state):
    store.broadcasts.set_state(scheduled, state, reason_en="Done.")
    assert store.broadcasts.cancel(scheduled, reason_en="Cancelled.", reason_ar="أُلغي.") is False
    assert store.broadcasts.get(scheduled).reason_en == "Done."
