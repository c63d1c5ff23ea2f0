"""What the stores need of a database connection, and the few places SQLite and
PostgreSQL speak differently.

The stores hold one implementation of the rules and plain SQL with ``?``
placeholders; a ``sqlite3.Connection`` runs it as it is, and the PostgreSQL
connection (``pos_loyalty.server.postgres``) translates the placeholders. Where
the two dialects differ, a store asks the connection's ``Dialect``.
"""

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


class Row(Protocol):
    """A result row, by column name or by position (as ``sqlite3.Row``)."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def __iter__(self) -> Iterator[Any]:
        """The values, in the order of ``keys``."""
        ...

    def keys(self) -> list[str]: ...


class Cursor(Protocol):
    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of ``sqlite3.Connection`` the stores use."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str
    # Starts a write transaction. SQLite takes the write lock at once, so that two
    # writers never both read before either writes.
    begin: str
    # Appended to the SELECT of a row about to be changed: PostgreSQL locks it
    # there (other workers wait); SQLite's BEGIN IMMEDIATE already serialises writers.
    for_update: str
    # A number that moves whenever cards or their rewards change (the card cache).
    cards_version: str
    # Claims an Idempotency-Key (``?`` api key, key and its ``lock_id``) for the
    # transaction, seen by every process, or fails the statement (see
    # ``IdempotencyStore``); None where one process is all there is (SQLite: its
    # server keeps such claims in memory).
    claim_key: str | None = None

    def equals_ignoring_case(self, column: str) -> str:
        """``column`` equals one ``?`` parameter, case-insensitively (with its index)."""
        if self.name == "sqlite":
            return f"{column} = ? COLLATE NOCASE"
        return f"lower({column}) = lower(?)"

    def contains_any(self, columns: Sequence[str]) -> tuple[str, int]:
        """A condition that one of ``columns`` holds the keyword, case-insensitively,
        and how many times the folded keyword (``fold``) is passed for it."""
        if self.name == "sqlite":
            # One call of a Python function per row (registered by the member store).
            return f"pl_matches(?, {', '.join(columns)})", 1
        return " OR ".join(f"strpos(lower({c}), ?) > 0" for c in columns), len(columns)

    def fold(self, text: str) -> str:
        """The keyword as ``contains_any`` compares it."""
        return text.casefold() if self.name == "sqlite" else text.lower()


SQLITE = Dialect(
    name="sqlite", begin="BEGIN IMMEDIATE", for_update="", cards_version="PRAGMA data_version"
)
POSTGRES = Dialect(
    name="postgresql",
    begin="BEGIN",
    for_update=" FOR UPDATE",
    cards_version="SELECT version FROM cards_version",
    claim_key="SELECT claim_idempotency_key(?, ?, ?)",
)


def dialect_of(conn: Connection) -> Dialect:
    if isinstance(conn, sqlite3.Connection):
        return SQLITE
    dialect: Dialect = getattr(conn, "dialect", SQLITE)
    return dialect


def insert_id(conn: Connection, sql: str, parameters: Sequence[Any]) -> int:
    """Run an INSERT into a table with an ``id`` key; returns the new row's id."""
    if dialect_of(conn).name == "sqlite":
        row_id = conn.execute(sql, parameters).lastrowid
        assert row_id is not None
        return row_id
    return int(conn.execute(sql + " RETURNING id", parameters).fetchone()[0])


def lock_id(name: str) -> int:
    """A 64-bit lock number for a name (see ``Dialect.claim_key``)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class WrittenRow:
    """A row as a store has just written it, to answer with without reading it back
    (the caller holds the row's lock, so nobody else changed it meanwhile)."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = dict(values)

    @classmethod
    def changed(cls, row: Row, **changes: Any) -> "WrittenRow":
        # A row iterates over its values, in the order of its names.
        values = dict(zip(row.keys(), row, strict=True))
        values.update(changes)
        return cls(values)

    def __getitem__(self, key: int | str, /) -> Any:
        if isinstance(key, int):
            return list(self._values.values())[key]
        return self._values[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values.values())

    def keys(self) -> list[str]:
        return list(self._values)
