"""Push messages: stored per recipient and shown on the member's card page."""

from collections.abc import Sequence

from pos_loyalty.domain.timestamps import Clock, format_timestamp
from pos_loyalty.server.store.sql import Connection, Row, insert_id


class PushStore:
    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def send(self, card_id: int, message: str, recipients: Sequence[int]) -> int:
        push_id = insert_id(
            self._conn,
            "INSERT INTO push_messages (card_id, message, sent_at) VALUES (?, ?, ?)",
            (card_id, message, format_timestamp(self._clock())),
        )
        self._conn.executemany(
            "INSERT INTO push_recipients (push_id, user_id) VALUES (?, ?)",
            [(push_id, user_id) for user_id in recipients],
        )
        return len(recipients)

    def latest_for(self, user_id: int, limit: int = 10) -> list[Row]:
        """Newest first; ``id`` lets an open card page tell a new message from one shown."""
        return self._conn.execute(
            "SELECT m.id, m.message, m.sent_at FROM push_messages m"
            " JOIN push_recipients r ON r.push_id = m.id"
            " WHERE r.user_id = ? ORDER BY m.id DESC LIMIT ?",
            (user_id, limit),
        ).fetchall()
