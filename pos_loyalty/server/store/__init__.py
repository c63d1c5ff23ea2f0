"""The server's data access: one module per kind of record, on one database connection
(SQLite, or PostgreSQL through the same interface: see ``sql``).

Methods never commit on their own: a route wraps a write in ``transaction`` (or
``write_transaction``) so that the write and its idempotent answer are stored
together or not at all.
"""

import asyncio
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from pos_loyalty.server.store.sql import Connection, dialect_of

T = TypeVar("T")


@contextmanager
def _rolled_back_on_error(conn: Connection) -> Iterator[None]:
    conn.execute(dialect_of(conn).begin)
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """BEGIN (IMMEDIATE on SQLite) … COMMIT, rolled back on any exception."""
    with _rolled_back_on_error(conn):
        yield
    conn.execute("COMMIT")


async def write_transaction(conn: Connection, work: Callable[[], T]) -> T:
    """``transaction`` around ``work``, for a request handler.

    On PostgreSQL the transaction's end is sent and its answer awaited: the worker
    serves other requests while the database commits, instead of waiting idle. On
    SQLite the COMMIT is done at once, as in ``transaction``."""
    with _rolled_back_on_error(conn):
        result = work()
    commit_later: Callable[[], asyncio.Future[None]] | None = getattr(conn, "commit_later", None)
    if commit_later is None:
        conn.execute("COMMIT")
    else:
        await commit_later()
    return result
