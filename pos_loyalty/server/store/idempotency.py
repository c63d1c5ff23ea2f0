"""Stored answers for Idempotency-Key, kept at least 24 hours."""

from dataclasses import dataclass
from datetime import timedelta

from pos_loyalty.domain.timestamps import Clock, format_timestamp
from pos_loyalty.server.store import transaction
from pos_loyalty.server.store.sql import Connection

RETENTION = timedelta(hours=48)


@dataclass(frozen=True, slots=True)
class PendingKey:
    """A key whose request is running; the route stores its answer in the same transaction."""

    api_key: str
    key: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    fingerprint: str
    status: int
    body: bytes


def _lock_name(api_key: str, key: str) -> str:
    return f"idempotency\x00{api_key}\x00{key}"


class IdempotencyStore:
    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def claim(self, api_key: str, key: str) -> bool:
        """Mark the key in flight for every server process; False if another has it.

        One SQLite server is one process, whose memory already knows (see the
        middleware). On PostgreSQL it is a session lock of the worker's connection:
        the other workers see it, and a worker that dies drops it with its
        connection, so the key can be sent again and its write is not half done.
        """
        try_lock = getattr(self._conn, "try_lock", None)
        return True if try_lock is None else bool(try_lock(_lock_name(api_key, key)))

    def release(self, api_key: str, key: str) -> None:
        unlock = getattr(self._conn, "unlock", None)
        if unlock is not None:
            unlock(_lock_name(api_key, key))

    def find(self, api_key: str, key: str) -> StoredAnswer | None:
        row = self._conn.execute(
            "SELECT fingerprint, status, body FROM idempotency_keys WHERE api_key = ? AND key = ?",
            (api_key, key),
        ).fetchone()
        return None if row is None else StoredAnswer(row[0], row[1], bytes(row[2]))

    def record(self, pending: PendingKey, status: int, body: bytes) -> None:
        self._conn.execute(
            "INSERT INTO idempotency_keys (api_key, key, fingerprint, status, body, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                pending.api_key,
                pending.key,
                pending.fingerprint,
                status,
                body,
                format_timestamp(self._clock()),
            ),
        )

    def purge_expired(self) -> int:
        cutoff = format_timestamp(self._clock() - RETENTION)
        with transaction(self._conn):
            cursor = self._conn.execute(
                "DELETE FROM idempotency_keys WHERE created_at < ?", (cutoff,)
            )
        return cursor.rowcount
