"""The station's own SQLite file: the operation journal, the audit log and settings learnt."""

import sqlite3
from pathlib import Path

from pos_loyalty.station.errors import StationError

SCHEMA = """
CREATE TABLE IF NOT EXISTS operations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    card_id INTEGER NOT NULL,
    member_id INTEGER,
    member_code TEXT,
    member_name TEXT,
    payload TEXT NOT NULL,
    operator TEXT NOT NULL,
    station TEXT NOT NULL,
    created_at TEXT NOT NULL,
    send_after REAL NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    result TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS operations_open ON operations (state, id);
CREATE INDEX IF NOT EXISTS operations_by_member ON operations (member_id, kind, created_at);

CREATE TABLE IF NOT EXISTS audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    station TEXT NOT NULL,
    action TEXT NOT NULL,
    member_id INTEGER,
    member_code TEXT,
    before TEXT,
    after TEXT,
    outcome TEXT NOT NULL,
    detail TEXT
);
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE IF NOT EXISTS learnt (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The station's copy of the members of the program(s) it serves, so that a scan
-- or a name search is answered offline. `member` is the member's JSON as last seen
-- from the server; the other columns are what lookups and searches read.
CREATE TABLE IF NOT EXISTS member_index (
    card_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    code TEXT NOT NULL,
    first_name TEXT,
    last_name TEXT,
    email TEXT,
    phone TEXT,
    voided INTEGER NOT NULL,
    -- Case-folded names, e-mail, phone and city: what a name search matches.
    search_text TEXT NOT NULL,
    member TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (card_id, member_id)
);
CREATE INDEX IF NOT EXISTS member_index_by_code ON member_index (card_id, code);

-- When each program's copy last matched a complete pass over the server's members.
CREATE TABLE IF NOT EXISTS member_index_refreshes (
    card_id INTEGER PRIMARY KEY,
    refreshed_at TEXT NOT NULL
);

-- Staff who work the counter: a role, and a PIN kept only as a salted scrypt hash.
-- A removed member of staff is kept inactive, so the audit log's names stay meaningful.
CREATE TABLE IF NOT EXISTS staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    pin_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    -- Wrong PINs since the last good one, lockouts since then, and the current lock.
    failures INTEGER NOT NULL DEFAULT 0,
    lockouts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS staff_active_name ON staff (name COLLATE NOCASE)
    WHERE active = 1;

-- What a manager decided about a write that was refused or needs review.
CREATE TABLE IF NOT EXISTS review_decisions (
    operation_id INTEGER PRIMARY KEY,
    decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    -- A refused write sent again is a new write with a key of its own.
    new_operation_id INTEGER
);
"""


class StationDatabaseError(StationError):
    pass


def open_station_database(path: Path) -> sqlite3.Connection:
    """Open the station file. Every commit is fsync'd (synchronous=FULL): a write the
    cashier was told is queued must survive a crash or a power cut."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.executescript(SCHEMA)
    except sqlite3.DatabaseError as exc:
        raise StationDatabaseError(f"cannot open the station journal {path}: {exc}") from exc
    return conn


def learnt_value(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT value FROM learnt WHERE name = ?", (name,)).fetchone()
    return None if row is None else str(row[0])


def learn(conn: sqlite3.Connection, name: str, value: str) -> None:
    conn.execute(
        "INSERT INTO learnt (name, value) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        (name, value),
    )
