"""The operation journal: every write is stored durably before it is sent.

States: pending (waiting, perhaps held for the undo window) → sent (on the wire)
→ applied | rejected (the server said no, with its reason) | needs_review (the
outcome is unknown on a server without idempotency). A pending write still in its
hold can be cancelled. After a crash, pending and sent writes are picked up again.
"""

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pos_loyalty.station.clock import Clock
from pos_loyalty.station.database import learn, learnt_value


class OperationKind(StrEnum):
    ADD_STAMPS = "add_stamps"
    USE_REWARDS = "use_rewards"
    CREATE_MEMBER = "create_member"
    UPDATE_MEMBER = "update_member"
    VOID_MEMBER = "void_member"
    DELETE_MEMBER = "delete_member"
    # A push message to a program's members (no member of its own; member_id is NULL).
    PUSH = "push"


class OperationState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    APPLIED = "applied"
    REJECTED = "rejected"
    NEEDS_REVIEW = "needs_review"
    CANCELLED = "cancelled"


OPEN_STATES = (OperationState.PENDING, OperationState.SENT)


@dataclass(frozen=True, slots=True)
class Operation:
    id: int
    idempotency_key: str
    kind: OperationKind
    card_id: int
    member_id: int | None
    member_code: str | None
    member_name: str | None
    payload: dict[str, Any]
    operator: str
    station: str
    created_at: datetime
    send_after: float
    state: OperationState
    attempts: int
    error: str | None
    result: dict[str, Any] | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Operation":
        return cls(
            id=row["id"],
            idempotency_key=row["idempotency_key"],
            kind=OperationKind(row["kind"]),
            card_id=row["card_id"],
            member_id=row["member_id"],
            member_code=row["member_code"],
            member_name=row["member_name"],
            payload=json.loads(row["payload"]),
            operator=row["operator"],
            station=row["station"],
            created_at=datetime.fromisoformat(row["created_at"]),
            send_after=row["send_after"],
            state=OperationState(row["state"]),
            attempts=row["attempts"],
            error=row["error"],
            result=json.loads(row["result"]) if row["result"] else None,
        )


class OperationJournal:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def append(
        self,
        kind: OperationKind,
        card_id: int,
        payload: dict[str, Any],
        *,
        operator: str,
        station: str,
        member_id: int | None = None,
        member_code: str | None = None,
        member_name: str | None = None,
        hold_seconds: float = 0.0,
    ) -> Operation:
        """Store a write (committed and fsync'd) with its own idempotency key."""
        now = self._clock.now()
        cursor = self._conn.execute(
            "INSERT INTO operations (idempotency_key, kind, card_id, member_id, member_code,"
            " member_name, payload, operator, station, created_at, send_after, state, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
                kind.value,
                card_id,
                member_id,
                member_code,
                member_name,
                json.dumps(payload),
                operator,
                station,
                now.isoformat(),
                now.timestamp() + hold_seconds,
                OperationState.PENDING.value,
                now.isoformat(),
            ),
        )
        assert cursor.lastrowid is not None
        return self.get(cursor.lastrowid)

    def now(self) -> datetime:
        return self._clock.now()

    def get(self, op_id: int) -> Operation:
        row = self._conn.execute("SELECT * FROM operations WHERE id = ?", (op_id,)).fetchone()
        if row is None:
            raise KeyError(op_id)
        return Operation.from_row(row)

    # The first open write of each member; later ones wait behind it. The rows are
    # walked in id order from the oldest open one (found with one index seek per
    # state), so that "the first N heads" stops after N instead of sorting every open
    # write: a drain asks once per write, with a thousand open and some of them sent.
    _HEADS = (
        "FROM operations o WHERE o.id >= min("
        "   ifnull((SELECT min(id) FROM operations WHERE state = 'pending'), 9e18),"
        "   ifnull((SELECT min(id) FROM operations WHERE state = 'sent'), 9e18))"
        " AND +o.state IN ('pending', 'sent')"
        " AND NOT EXISTS (SELECT 1 FROM operations p WHERE p.id < o.id"
        "   AND p.state IN ('pending', 'sent') AND p.member_id = o.member_id)"
    )

    def ready_heads(self, limit: int, skipping: Collection[int] = ()) -> list[Operation]:
        """Up to ``limit`` ready writes, each the oldest open write of its member:
        writes that may go out together without reordering any member's. Those in
        ``skipping`` (already on their way) are left out."""
        skip = f" AND o.id NOT IN ({', '.join('?' * len(skipping))})" if skipping else ""
        rows = self._conn.execute(
            f"SELECT * {self._HEADS} AND o.send_after <= ?{skip} ORDER BY o.id LIMIT ?",
            (self._clock.now().timestamp(), *skipping, limit),
        )
        return [Operation.from_row(r) for r in rows]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Several state changes in one commit (one fsync instead of one each)."""
        if self._conn.in_transaction:
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def next_ready(self) -> Operation | None:
        """The oldest open write whose hold is over, and with no older open write
        for the same member: one write per member at a time, in order."""
        row = self._conn.execute(
            f"SELECT * {self._HEADS} AND o.send_after <= ? ORDER BY o.id LIMIT 1",
            (self._clock.now().timestamp(),),
        ).fetchone()
        return None if row is None else Operation.from_row(row)

    def seconds_until_next(self) -> float | None:
        """How long until a held write becomes ready; None when nothing is open."""
        row = self._conn.execute(f"SELECT min(o.send_after) {self._HEADS}").fetchone()
        if row[0] is None:
            return None
        return max(0.0, float(row[0]) - self._clock.now().timestamp())

    # Each change returns the write as it now stands, read by the same statement:
    # the sender tells its listeners without a second query per change.

    def mark_sent(self, op_id: int) -> Operation:
        return self._set(op_id, OperationState.SENT, attempts="attempts + 1")

    def mark_applied(self, op_id: int, result: dict[str, Any] | None) -> Operation:
        return self._set(op_id, OperationState.APPLIED, result=result)

    def mark_rejected(self, op_id: int, reason: str) -> Operation:
        return self._set(op_id, OperationState.REJECTED, error=reason)

    def mark_needs_review(self, op_id: int, reason: str) -> Operation:
        return self._set(op_id, OperationState.NEEDS_REVIEW, error=reason)

    def mark_waiting(self, op_id: int, reason: str) -> Operation:
        """Back to pending after a failure that is safe to retry (offline, 5xx, 429)."""
        return self._set(op_id, OperationState.PENDING, error=reason)

    # A write never sent and still held for its undo window: cancel() can take it back.
    _HELD = "state = 'pending' AND attempts = 0 AND send_after > ?"

    def cancel(self, op_id: int) -> bool:
        """Cancel a write that has never been sent and is still held; False if it is too
        late (sent, or released because a later write depends on it)."""
        now = self._clock.now()
        cursor = self._conn.execute(
            "UPDATE operations SET state = 'cancelled', updated_at = ?"
            f" WHERE id = ? AND {self._HELD}",
            (now.isoformat(), op_id, now.timestamp()),
        )
        return cursor.rowcount == 1

    def held_count(self) -> int:
        """Writes that wait only for their undo window to end: not a queue that is stuck."""
        row = self._conn.execute(
            f"SELECT count(*) FROM operations WHERE {self._HELD}", (self._clock.now().timestamp(),)
        ).fetchone()
        return int(row[0])

    def release(self, op_id: int) -> None:
        """End the hold now (the cashier confirmed)."""
        self._conn.execute(
            "UPDATE operations SET send_after = ? WHERE id = ? AND state = 'pending'",
            (self._clock.now().timestamp(), op_id),
        )

    def release_member(self, member_id: int) -> list[int]:
        """End every hold of a member's writes (a redemption depends on them)."""
        now = self._clock.now().timestamp()
        rows = self._conn.execute(
            "UPDATE operations SET send_after = ? WHERE member_id = ? AND state = 'pending'"
            " AND send_after > ? RETURNING id",
            (now, member_id, now),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def open_for_member(self, member_id: int) -> list[Operation]:
        """The member's pending and sent writes, oldest first: what the screen adds to
        the server's last answer."""
        rows = self._conn.execute(
            "SELECT * FROM operations WHERE member_id = ? AND state IN ('pending', 'sent')"
            " ORDER BY id",
            (member_id,),
        )
        return [Operation.from_row(r) for r in rows]

    def set_payload(self, op_id: int, payload: dict[str, Any]) -> None:
        """Fix a write's details before its first send (a reward chosen by name)."""
        self._conn.execute(
            "UPDATE operations SET payload = ? WHERE id = ? AND state = 'pending' AND attempts = 0",
            (json.dumps(payload), op_id),
        )

    def resend_reviewed(self, op_id: int) -> bool:
        """A manager checked a needs-review write and wants it sent (same key)."""
        cursor = self._conn.execute(
            "UPDATE operations SET state = 'pending', updated_at = ?"
            " WHERE id = ? AND state = 'needs_review'",
            (self._clock.now().isoformat(), op_id),
        )
        return cursor.rowcount == 1

    def dismiss_reviewed(self, op_id: int) -> bool:
        cursor = self._conn.execute(
            "UPDATE operations SET state = 'cancelled', updated_at = ?"
            " WHERE id = ? AND state = 'needs_review'",
            (self._clock.now().isoformat(), op_id),
        )
        return cursor.rowcount == 1

    def counts(self) -> dict[OperationState, int]:
        counts = dict.fromkeys(OperationState, 0)
        for state, count in self._conn.execute(
            "SELECT state, count(*) FROM operations GROUP BY state"
        ):
            counts[OperationState(state)] = count
        return counts

    def last_id(self) -> int:
        """The newest operation's id (0 when there is none): what was queued by now."""
        row = self._conn.execute("SELECT ifnull(max(id), 0) FROM operations").fetchone()
        return int(row[0])

    def open_count(self) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM operations WHERE state IN ('pending', 'sent')"
        ).fetchone()
        return int(row[0])

    def recent(self, limit: int = 50, state: OperationState | None = None) -> list[Operation]:
        query = "SELECT * FROM operations"
        params: list[Any] = []
        if state is not None:
            query += " WHERE state = ?"
            params.append(state.value)
        rows = self._conn.execute(query + " ORDER BY id DESC LIMIT ?", [*params, limit])
        return [Operation.from_row(r) for r in rows]

    def last_stamp(self, member_id: int, since: datetime) -> Operation | None:
        """The member's latest stamp since ``since`` that was not cancelled or refused."""
        row = self._conn.execute(
            "SELECT * FROM operations WHERE member_id = ? AND kind = 'add_stamps'"
            " AND state NOT IN ('cancelled', 'rejected') AND created_at >= ?"
            " ORDER BY id DESC LIMIT 1",
            (member_id, since.isoformat()),
        ).fetchone()
        return None if row is None else Operation.from_row(row)

    def stamps_since(self, member_id: int, since: datetime) -> int:
        total = 0
        for row in self._conn.execute(
            "SELECT payload FROM operations WHERE member_id = ? AND kind = 'add_stamps'"
            " AND state NOT IN ('cancelled', 'rejected') AND created_at >= ?",
            (member_id, since.isoformat()),
        ):
            total += int(json.loads(row[0]).get("amount", 0))
        return total

    def remember(self, name: str, value: str) -> None:
        """Keep a fact learnt about the backend (e.g. that it honours idempotency keys)."""
        learn(self._conn, name, value)

    def recall(self, name: str) -> str | None:
        return learnt_value(self._conn, name)

    def _set(
        self,
        op_id: int,
        state: OperationState,
        *,
        attempts: str = "attempts",
        error: str | None = None,
        result: dict[str, Any] | None = None,
    ) -> Operation:
        rows = self._conn.execute(
            f"UPDATE operations SET state = ?, attempts = {attempts}, error = ?,"
            " result = coalesce(?, result), updated_at = ? WHERE id = ? RETURNING *",
            (
                state.value,
                error,
                json.dumps(result) if result is not None else None,
                self._clock.now().isoformat(),
                op_id,
            ),
        ).fetchall()  # every row, so the statement ends and its commit is made now
        if not rows:
            raise KeyError(op_id)
        return Operation.from_row(rows[0])
