"""Push messages: stored per recipient and shown on the member's card page."""

import sqlite3
from collections.abc import Sequence

from pos_loyalty.domain.timestamps import Clock, format_timestamp


class PushStore:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def send(self, card_id: int, message: str, recipients: Sequence[int]) -> int:
        cursor = self._conn.execute(
            "INSERT INTO push_messages (card_id, message, sent_at) VALUES (?, ?, ?)",
            (card_id, message, format_timestamp(self._clock())),
        )
        push_id = cursor.lastrowid
        self._conn.executemany(
            "INSERT INTO push_recipients (push_id, user_id) VALUES (?, ?)",
            [(push_id, user_id) for user_id in recipients],
        )
        return len(recipients)

    def latest_for(self, user_id: int, limit: int = 10) -> list[sqlite3.Row]:
        return self._conn.execute(
            "SELECT m.message, m.sent_at FROM push_messages m"
            " JOIN push_recipients r ON r.push_id = m.id"
            " WHERE r.user_id = ? ORDER BY m.id DESC LIMIT ?",
            (user_id, limit),
        ).fetchall()
