"""The server's data access: one module per kind of record, on one SQLite connection.

Methods never commit on their own: a route wraps a write in ``transaction`` so that
the write and its idempotent answer are stored together or not at all.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
