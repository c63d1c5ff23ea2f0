"""The server's data access: one module per kind of record, on one database connection
(SQLite, or PostgreSQL through the same interface: see ``sql``).

Methods never commit on their own: a route wraps a write in ``transaction`` so that
the write and its idempotent answer are stored together or not at all.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from pos_loyalty.server.store.sql import Connection, dialect_of


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """BEGIN (IMMEDIATE on SQLite) … COMMIT, rolled back on any exception."""
    conn.execute(dialect_of(conn).begin)
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
