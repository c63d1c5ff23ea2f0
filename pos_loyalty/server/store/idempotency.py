"""Stored answers for Idempotency-Key, kept at least 24 hours."""

from dataclasses import dataclass
from datetime import timedelta

from pos_loyalty.domain.timestamps import Clock, format_timestamp
from pos_loyalty.server.store import transaction
from pos_loyalty.server.store.sql import Connection, Row, batch, dialect_of, lock_id

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


_FIND = "SELECT fingerprint, status, body FROM idempotency_keys WHERE api_key = ? AND key = ?"


def _answer(row: Row | None) -> StoredAnswer | None:
    return None if row is None else StoredAnswer(row[0], row[1], bytes(row[2]))


class IdempotencyStore:
    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn = conn
        self._sql = dialect_of(conn)
        self._clock = clock
        # Keys whose claim was dropped with the COMMIT that stored their answer.
        self._released: set[tuple[str, str]] = set()

    def claim(self, api_key: str, key: str) -> bool:
        """Mark the key in flight for every server process; False if another has it.

        One SQLite server is one process, whose memory already knows (see the
        middleware). On PostgreSQL it is a session lock of the worker's connection:
        the other workers see it, and a worker that dies drops it with its
        connection, so the key can be sent again and its write is not half done.
        """
        if self._sql.try_lock is None:
            return True
        row = self._conn.execute(self._sql.try_lock, (lock_id(_lock_name(api_key, key)),))
        return bool(row.fetchone()[0])

    def claim_and_find(self, api_key: str, key: str) -> tuple[bool, StoredAnswer | None]:
        """``claim``, then (if claimed) ``find``, in one round trip on PostgreSQL.

        The answer found stays true while the claim is held: only the holder of
        a key's claim stores an answer for it. The lookup is its own statement,
        after the claim, so it sees the answer of a holder that has just let go.
        """
        if self._sql.try_lock is None:
            return True, self.find(api_key, key)
        try:
            with batch(self._conn):
                claimed = self._conn.execute(
                    self._sql.try_lock, (lock_id(_lock_name(api_key, key)),)
                )
                found = self._conn.execute(_FIND, (api_key, key))
                if not claimed.fetchone()[0]:
                    return False, None
                return True, _answer(found.fetchone())
        except Exception:
            # A session lock outlives a failed statement: never leave one behind.
            self.release(api_key, key)
            raise

    def release(self, api_key: str, key: str) -> None:
        if (api_key, key) in self._released:
            self._released.discard((api_key, key))
        elif self._sql.unlock is not None:
            self._conn.execute(self._sql.unlock, (lock_id(_lock_name(api_key, key)),))

    def find(self, api_key: str, key: str) -> StoredAnswer | None:
        return _answer(self._conn.execute(_FIND, (api_key, key)).fetchone())

    def record(self, pending: PendingKey, status: int, body: bytes) -> None:
        """Store the answer (in the caller's transaction). On PostgreSQL the claim
        goes with the COMMIT, in its round trip: no other worker may claim the key
        before the answer is there to be found."""
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
        after_commit = getattr(self._conn, "after_commit", None)
        if after_commit is not None and self._sql.unlock is not None:
            slot = (pending.api_key, pending.key)
            after_commit(
                self._sql.unlock,
                (lock_id(_lock_name(*slot)),),
                lambda: self._released.add(slot),
            )

    def purge_expired(self) -> int:
        cutoff = format_timestamp(self._clock() - RETENTION)
        with transaction(self._conn):
            cursor = self._conn.execute(
                "DELETE FROM idempotency_keys WHERE created_at < ?", (cutoff,)
            )
        return cursor.rowcount
