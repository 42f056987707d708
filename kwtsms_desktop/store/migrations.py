"""Versioned schema migrations, recorded in ``PRAGMA user_version``.

Before an existing file is migrated it is copied aside (``<file>.bak-v<old version>``); a file
written by a newer version of the app is refused rather than touched.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from kwtsms_desktop.store.database import StoreError, transaction

# Batch states, the journal's (docs/architecture.md); a batch never attempted keeps "pending"
# even when its broadcast is cancelled (the broadcast's own state says it will not be sent).
BATCH_STATES = ("pending", "sending", "accepted", "rejected", "uncertain")

# Broadcast states: planned (journaled, never started), sending (being run, or the process died
# while running it), paused (resumable: balance, account, message, sender, throttling, network,
# quiet hours), stopped (protocol error: a bug, resumable once fixed), finished (every batch
# accepted, rejected or uncertain), cancelled (the user cancelled; batches not sent stay pending and
# are never sent), scheduled (journaled with a due time, nothing sent yet).
_V1_BROADCAST_STATES = ("planned", "sending", "paused", "stopped", "finished", "cancelled")
BROADCAST_STATES = (*_V1_BROADCAST_STATES, "scheduled")

_V1 = f"""
CREATE TABLE broadcasts (
    id INTEGER PRIMARY KEY,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    message TEXT NOT NULL,
    cleaned_message TEXT NOT NULL,
    sender TEXT NOT NULL,
    test INTEGER NOT NULL,
    encoding TEXT NOT NULL,
    pages INTEGER NOT NULL,
    estimated_points INTEGER NOT NULL,
    gateway_url TEXT,
    source TEXT,
    state TEXT NOT NULL CHECK (state IN {_V1_BROADCAST_STATES!r}),
    error_code TEXT,
    reason_en TEXT,
    reason_ar TEXT
);

CREATE TABLE batches (
    id INTEGER PRIMARY KEY,
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN {BATCH_STATES!r}),
    numbers TEXT NOT NULL,              -- JSON list of the numbers in this batch
    size INTEGER NOT NULL,
    msg_id TEXT,                        -- uncapped: ids longer than 32 characters exist
    points_charged REAL,
    balance_after REAL,
    gateway_timestamp INTEGER,          -- the gateway's unix-timestamp (Asia/Kuwait clock)
    sent_utc TEXT,                      -- our clock, when the last attempt was committed as sending
    answered_utc TEXT,                  -- our clock, when the last answer (or its absence) was recorded
    error_code TEXT,
    error_text TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    marked_by_user INTEGER NOT NULL DEFAULT 0,   -- uncertain batch marked received by the user
    UNIQUE (broadcast_id, seq)
);
CREATE INDEX batches_by_state ON batches (broadcast_id, state);

-- Every recipient of a broadcast: in a batch (batch_seq set) or set aside with a reason.
CREATE TABLE recipients (
    id INTEGER PRIMARY KEY,
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
    batch_seq INTEGER,
    number TEXT NOT NULL,               -- normalized digits; "" when none could be read
    raw TEXT,
    name TEXT,
    source_row INTEGER,
    set_aside TEXT CHECK (set_aside IN ('invalid', 'duplicate', 'suppressed', 'not_covered')),
    detail TEXT
);
CREATE INDEX recipients_by_broadcast ON recipients (broadcast_id, batch_seq);

CREATE TABLE suppressions (
    number TEXT PRIMARY KEY,
    reason TEXT,
    added_utc TEXT NOT NULL
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    name TEXT,
    added_utc TEXT NOT NULL
);

CREATE TABLE templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL                 -- JSON
);
"""

# Written into new files (PRAGMA application_id, "kwSM") so another program's SQLite file is recognised.
APPLICATION_ID = 0x6B77534D
APP_TABLES = frozenset({"broadcasts", "batches", "recipients", "settings"})


# The address book: contacts gain extra fields (the file's other columns, a JSON object keyed by
# header), a note and change/last-sent times; groups (names unique whatever the letter case) with
# a many-to-many membership. A trigger keeps last_sent_utc current as batches of real (not test)
# broadcasts are accepted, in the same transaction as the journal move.
_V3_ADDRESS_BOOK = f"""
ALTER TABLE contacts ADD COLUMN fields TEXT NOT NULL DEFAULT '{{}}';
ALTER TABLE contacts ADD COLUMN note TEXT;
ALTER TABLE contacts ADD COLUMN changed_utc TEXT;
ALTER TABLE contacts ADD COLUMN last_sent_utc TEXT;

CREATE TABLE contact_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_utc TEXT NOT NULL
);

CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES contact_groups(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX group_members_by_contact ON group_members (contact_id);

CREATE TRIGGER contacts_last_sent AFTER UPDATE OF state ON batches
WHEN NEW.state = 'accepted' AND OLD.state <> 'accepted'
    AND (SELECT test FROM broadcasts WHERE id = NEW.broadcast_id) = 0
BEGIN
    UPDATE contacts SET last_sent_utc = NEW.answered_utc
    WHERE number IN (SELECT value FROM json_each(NEW.numbers));
END;

PRAGMA application_id = {APPLICATION_ID}
"""

# Send later (before the address book, whose trigger names broadcasts: a rebuild of broadcasts
# after it would have to drop and recreate that trigger): the state "scheduled" and the due time (UTC text, store/database.py's format).
# SQLite cannot alter a CHECK, so the table is rebuilt (create, copy, drop, rename, indexes);
# migrate() turns foreign keys off around it, or dropping the old table would cascade-delete every
# batch and recipient. The copy names v1's columns: a migration that adds a column to broadcasts
# must come after this one (tests/store/test_schedule_store.py checks no column is lost).
_V2_SCHEDULING = f"""
CREATE TABLE broadcasts_v2 (
    id INTEGER PRIMARY KEY,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    message TEXT NOT NULL,
    cleaned_message TEXT NOT NULL,
    sender TEXT NOT NULL,
    test INTEGER NOT NULL,
    encoding TEXT NOT NULL,
    pages INTEGER NOT NULL,
    estimated_points INTEGER NOT NULL,
    gateway_url TEXT,
    source TEXT,
    state TEXT NOT NULL CHECK (state IN {BROADCAST_STATES!r}),
    error_code TEXT,
    reason_en TEXT,
    reason_ar TEXT,
    due_utc TEXT                        -- scheduled: when to send; paused for quiet hours: when to go on
);
INSERT INTO broadcasts_v2 (id, created_utc, updated_utc, message, cleaned_message, sender, test, encoding,
    pages, estimated_points, gateway_url, source, state, error_code, reason_en, reason_ar)
SELECT id, created_utc, updated_utc, message, cleaned_message, sender, test, encoding,
    pages, estimated_points, gateway_url, source, state, error_code, reason_en, reason_ar FROM broadcasts;
DROP TABLE broadcasts;
ALTER TABLE broadcasts_v2 RENAME TO broadcasts;
CREATE INDEX broadcasts_by_state ON broadcasts (state, due_utc)
"""

# The message being written and its recipient list, kept while typing so a crash loses nothing.
_V4_DRAFT = """
CREATE TABLE draft (
    id INTEGER PRIMARY KEY CHECK (id = 1),   -- one draft
    text TEXT NOT NULL,
    sender TEXT,
    updated_utc TEXT NOT NULL
);

CREATE TABLE draft_recipients (
    position INTEGER PRIMARY KEY,        -- the list's order
    source_row INTEGER,
    number TEXT NOT NULL,
    raw TEXT,
    name TEXT,
    status TEXT NOT NULL,
    reason TEXT,
    first_row INTEGER
);
"""


# What the gateway last said about a sent broadcast: the status endpoint's answer per batch
# (status and description, or the error code such as ERR030 for a test message), and the delivery
# report's status per number (numbers outside Kuwait only). Kept apart from the journal's tables:
# a lookup never moves a batch's journal state.
_V5_LOOKUPS = """
CREATE TABLE batch_lookups (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    status TEXT,                        -- the gateway's raw status ("sent", ...); NULL on an error answer
    description TEXT,
    error_code TEXT,                    -- e.g. ERR030 (stuck in the queue, or a test message), ERR029
    checked_utc TEXT NOT NULL,
    PRIMARY KEY (broadcast_id, seq)
) WITHOUT ROWID;

CREATE TABLE number_reports (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    seq INTEGER NOT NULL,
    status TEXT NOT NULL,               -- the delivery report's raw status ("DELIVERED", "FAILED", ...)
    checked_utc TEXT NOT NULL,
    PRIMARY KEY (broadcast_id, number)
) WITHOUT ROWID
"""

# Personal messages (message fields): each batch keeps its own exact text (NULL in batches written
# before: they send the broadcast's cleaned_message), and recipients can be set aside because a
# field has no value for them or their own text is too long. SQLite cannot change a CHECK
# constraint in place, so the recipients table is rebuilt with the wider one.
_V6_MESSAGE_FIELDS = """
ALTER TABLE batches ADD COLUMN message TEXT;

CREATE TABLE recipients_with_fields (
    id INTEGER PRIMARY KEY,
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
    batch_seq INTEGER,
    number TEXT NOT NULL,
    raw TEXT,
    name TEXT,
    source_row INTEGER,
    set_aside TEXT CHECK (set_aside IN ('invalid', 'duplicate', 'suppressed', 'not_covered', 'no_value', 'too_long')),
    detail TEXT
);
INSERT INTO recipients_with_fields (id, broadcast_id, batch_seq, number, raw, name, source_row, set_aside, detail)
    SELECT id, broadcast_id, batch_seq, number, raw, name, source_row, set_aside, detail FROM recipients;
DROP TABLE recipients;
ALTER TABLE recipients_with_fields RENAME TO recipients;
CREATE INDEX recipients_by_broadcast ON recipients (broadcast_id, batch_seq);
"""

# Index i holds the script that takes the schema from version i to version i + 1.
MIGRATIONS: tuple[str, ...] = (_V1, _V2_SCHEDULING, _V3_ADDRESS_BOOK, _V4_DRAFT, _V5_LOOKUPS, _V6_MESSAGE_FIELDS)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def backup_path(database: Path, version: int) -> Path:
    return database.with_name(f"{database.name}.bak-v{version}")


def migrate(connection: sqlite3.Connection, database: Path) -> int:
    """Bring the schema to :data:`LATEST_VERSION`; returns the version found before.

    Raises :class:`StoreError` when the file was written by a newer version of the app.
    """
    found = schema_version(connection)
    if found > LATEST_VERSION:
        raise StoreError(
            f"The data in {database} was written by a newer version of kwtSMS Desktop "
            f"(data version {found}; this version understands up to {LATEST_VERSION}). "
            "Install the newer version again, or start this one with another data folder."
        )
    if found == LATEST_VERSION:
        return found
    if found > 0:
        # Keep a consistent copy (the backup API includes what is still in the WAL).
        target = sqlite3.connect(str(backup_path(database, found)))
        try:
            connection.backup(target)
        finally:
            target.close()
    # Off while tables are rebuilt (a DROP would cascade to the rows that reference it); it cannot
    # change inside a transaction, so around the loop, and every migration checks the keys itself.
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        for version in range(found, LATEST_VERSION):
            with transaction(connection):
                if version == 0:
                    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                for statement in _statements(MIGRATIONS[version]):
                    connection.execute(statement)
                broken = connection.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(
                        f"The data in {database} could not be upgraded: {len(broken)} rows point at missing rows. "
                        f"The copy made before upgrading is at {backup_path(database, found)}."
                    )
                connection.execute(f"PRAGMA user_version = {version + 1}")
    finally:
        connection.execute("PRAGMA foreign_keys = ON")
    return found


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit behind our back).

    Migration scripts never hold "--" or ";" inside string literals.
    """
    without_comments = re.sub(r"--[^\n]*", "", script)
    statements: list[str] = []
    pending = ""
    for part in without_comments.split(";"):
        pending += part + ";"
        # A trigger's body holds ";" of its own: keep adding parts until SQLite sees one whole statement.
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\n;"):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(" \t\n;"):
        statements.append(pending.strip())
    return statements
