"""A member enrolled at the counter before the server has created them.

The create is queued in the journal like any write. Until it is applied the
member has a provisional id: the negative of the create's operation id. Writes
for that member (the first stamp) carry the provisional id, so the journal's
rule "one write per member at a time, in order" keeps them behind the create.
When the create is applied, every write of the provisional id is re-pointed to
the real member before the sender looks for the next one; when it is refused,
they are refused with it; when its outcome is unknown, they wait with it.

This works on the journal's table directly, as the station file's own recovery
does: the journal knows writes, not members that do not exist yet.
"""

import sqlite3

from pos_loyalty.api import Member
from pos_loyalty.station.journal import Operation, OperationKind, OperationState


def provisional_id(create_op_id: int) -> int:
    return -create_op_id


def is_provisional_id(member_id: int | None) -> bool:
    return member_id is not None and member_id < 0


def create_of(member_id: int) -> int:
    """The operation id of the create behind a provisional member id."""
    return -member_id


def mark_provisional(conn: sqlite3.Connection, create_op_id: int) -> int:
    """Give a queued create its provisional member id (before it is ever sent)."""
    member_id = provisional_id(create_op_id)
    conn.execute(
        "UPDATE operations SET member_id = ? WHERE id = ? AND kind = ? AND member_id IS NULL",
        (member_id, create_op_id, OperationKind.CREATE_MEMBER.value),
    )
    return member_id


def adopt(conn: sqlite3.Connection, member_id: int, member: Member) -> int:
    """Every write of the provisional ``member_id`` (the create too, so the member's
    history starts with it) now belongs to the real ``member``; returns how many."""
    cursor = conn.execute(
        "UPDATE operations SET member_id = ?, member_code = ? WHERE member_id = ?",
        (member.id, member.code, member_id),
    )
    return cursor.rowcount


def dependents(
    conn: sqlite3.Connection, member_id: int, *states: OperationState
) -> list[Operation]:
    """The writes queued for a provisional member after its create, oldest first."""
    query = "SELECT * FROM operations WHERE member_id = ? AND id != ?"
    params: list[object] = [member_id, create_of(member_id)]
    if states:
        query += f" AND state IN ({', '.join('?' for _ in states)})"
        params += [s.value for s in states]
    return [Operation.from_row(r) for r in conn.execute(query + " ORDER BY id", params)]


def creates(conn: sqlite3.Connection, *states: OperationState) -> list[Operation]:
    """Creates still under a provisional id, in the given states, oldest first."""
    marks = ", ".join("?" for _ in states)
    rows = conn.execute(
        f"SELECT * FROM operations WHERE kind = ? AND member_id < 0 AND state IN ({marks})"
        " ORDER BY id",
        [OperationKind.CREATE_MEMBER.value, *(s.value for s in states)],
    )
    return [Operation.from_row(r) for r in rows]
