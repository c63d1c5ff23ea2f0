"""Stored answers for Idempotency-Key, kept at least 24 hours."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from pos_loyalty.domain.timestamps import Clock, format_timestamp
from pos_loyalty.server.store import transaction
from pos_loyalty.server.store.sql import Connection, Row, dialect_of, lock_id

RETENTION = timedelta(hours=48)


@dataclass(slots=True)
class PendingKey:
    """A key whose request is running; the route stores its answer in the same transaction."""

    api_key: str
    key: str
    fingerprint: str
    # Set once the write's transaction, with its stored answer, is committed.
    written: bool = False


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    fingerprint: str
    status: int
    body: bytes


class KeyInFlightError(Exception):
    """Another server process is writing with this key right now."""


class KeyAnsweredError(Exception):
    """Another server process has just stored this key's answer."""

    def __init__(self, answer: StoredAnswer) -> None:
        super().__init__("this Idempotency-Key already has an answer")
        self.answer = answer


_FIND = "SELECT fingerprint, status, body FROM idempotency_keys WHERE api_key = ? AND key = ?"
# Raised by the database's claim (see postgres.MIGRATIONS, version 2).
_IN_FLIGHT = "PLK01"
_ANSWERED = "PLK02"


def _answer(row: Row | None) -> StoredAnswer | None:
    return None if row is None else StoredAnswer(row[0], row[1], bytes(row[2]))


class IdempotencyStore:
    """Where stored answers are kept, and where a key is claimed across processes.

    One SQLite server is one process, whose memory knows which keys are in flight
    (see the middleware), so it looks for an answer before the request runs.

    PostgreSQL's workers are many processes: there the write's transaction claims
    the key in the database (``claim_for_write``), with its first statements, in
    the round trip that reads the member. The claim is a transaction lock, so it
    goes when the transaction ends, committed with the answer or rolled back; and
    with the connection of a worker that dies. While it is held, nobody else can store
    an answer, so the write runs at most once.
    """

    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn = conn
        self._sql = dialect_of(conn)
        self._clock = clock

    @property
    def claims_with_write(self) -> bool:
        """Whether keys are claimed by the write's transaction (PostgreSQL), not
        looked up before the request runs (SQLite)."""
        return self._sql.claim_key is not None

    def claim_for_write(self, pending: PendingKey) -> None:
        """Claim the key in the open transaction, before its first read (no round
        trip of its own on PostgreSQL). The statements after it never run if the key
        is in flight elsewhere or already answered: see ``refusals``."""
        if self._sql.claim_key is not None:
            self._conn.execute(self._sql.claim_key, self._claim_parameters(pending))

    def check(self, pending: PendingKey) -> None:
        """``claim_for_write`` on its own, for an answer that wrote nothing (a
        refused request): it must not go out if another has the key or answered it."""
        if self._sql.claim_key is not None:
            with self.refusals(pending):
                self._conn.execute(self._sql.claim_key, self._claim_parameters(pending))

    @contextmanager
    def refusals(self, pending: PendingKey) -> Iterator[None]:
        """Turn the database's refusal of a claim into ``KeyInFlightError`` or
        ``KeyAnsweredError`` (put it outside the transaction: the answer is read after
        the ROLLBACK)."""
        try:
            yield
        except Exception as exc:
            state = getattr(exc, "sqlstate", None)
            if state == _IN_FLIGHT:
                raise KeyInFlightError() from exc
            if state != _ANSWERED:
                raise
            answer = self.find(pending.api_key, pending.key)
            if answer is None:
                # Purged in between (a key two days old): the client's retry runs it.
                raise KeyInFlightError() from exc
            raise KeyAnsweredError(answer) from exc

    def find(self, api_key: str, key: str) -> StoredAnswer | None:
        return _answer(self._conn.execute(_FIND, (api_key, key)).fetchone())

    def record(self, pending: PendingKey, status: int, body: bytes) -> None:
        """Store the answer (in the caller's transaction)."""
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

    @staticmethod
    def _claim_parameters(pending: PendingKey) -> tuple[str, str, int]:
        name = f"idempotency\x00{pending.api_key}\x00{pending.key}"
        return pending.api_key, pending.key, lock_id(name)
