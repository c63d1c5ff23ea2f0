"""Opening the server's SQLite database and creating its schema."""

import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    key TEXT PRIMARY KEY,
    salt BLOB NOT NULL,
    secret_hash BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cards (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    domain TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('membership', 'stamp')),
    stamps_required INTEGER NOT NULL DEFAULT 10 CHECK (stamps_required >= 1),
    daily_stamp_limit INTEGER CHECK (daily_stamp_limit IS NULL OR daily_stamp_limit >= 1),
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS card_rewards (
    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    threshold INTEGER NOT NULL,
    name TEXT NOT NULL,
    validity_days INTEGER,
    PRIMARY KEY (card_id, threshold, name)
);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    code TEXT NOT NULL UNIQUE,
    first_name TEXT, last_name TEXT, address TEXT, zip TEXT, city TEXT,
    phone TEXT, email TEXT,
    custom_1 TEXT, custom_2 TEXT, custom_3 TEXT, custom_4 TEXT,
    custom_5 TEXT, custom_6 TEXT, custom_7 TEXT, custom_8 TEXT,
    stamps INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    voided_at TEXT,
    expired_at TEXT
);
CREATE INDEX IF NOT EXISTS users_by_card ON users (card_id, id);
CREATE INDEX IF NOT EXISTS users_by_email ON users (email COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS users_by_phone ON users (phone);
CREATE TABLE IF NOT EXISTS rewards (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    added_at TEXT NOT NULL,
    expired_at TEXT,
    used_at TEXT
);
CREATE INDEX IF NOT EXISTS rewards_by_user ON rewards (user_id);
CREATE TABLE IF NOT EXISTS stamp_events (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    amount INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stamp_events_by_user ON stamp_events (user_id, added_at);
CREATE TABLE IF NOT EXISTS push_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    message TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS push_recipients (
    push_id INTEGER NOT NULL REFERENCES push_messages(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, push_id)
);
CREATE TABLE IF NOT EXISTS idempotency_keys (
    api_key TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    body BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (api_key, key)
);
CREATE INDEX IF NOT EXISTS idempotency_by_age ON idempotency_keys (created_at);
"""


class DatabaseError(Exception):
    """The database could not be opened or is not ours; the message says why."""


def open_database(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the server database in WAL mode."""
    try:
        if path.parent and not path.parent.exists():
            raise DatabaseError(f"cannot open database {path}: folder {path.parent} does not exist")
        # Autocommit mode: every write takes an explicit BEGIN IMMEDIATE.
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode never corrupts; a power cut may lose the last commits.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.executescript(SCHEMA)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"cannot open database {path}: {exc}") from exc
    return conn
