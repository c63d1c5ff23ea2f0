"""The parameters of the statements the PostgreSQL connection sends in a
pipeline: every value comes back from the database exactly as it went in,
awkward text included (quotes, backslashes, comment and placeholder marks),
whether the statement is sent with its SQL or, once seen twice, as a prepared one."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pos_loyalty.server.config import ServerConfig
from pos_loyalty.server.context import ServerContext
from pos_loyalty.server.store import transaction
from tests.server.postgres import PostgresCluster

VALUES: list[Any] = [
    "plain",
    "it's",
    "''",
    "back\\slash \\' and \\\\",
    "E'\\x41'",
    "-- not a comment",
    "/* nor this */",
    "100% ?, %s and $1",
    "naïve 🐻 ünïcode",
    "",
    "line\nbreak\ttab",
    0,
    -1,
    -(2**63),
    2**63 - 1,
    None,
    True,
    False,
    1.5,
]

BYTES = [b"", b"\x00\x01'\\", bytes(range(256))]


@pytest.fixture
def ctx(postgres: PostgresCluster) -> Iterator[ServerContext]:
    context = ServerContext.open(
        ServerConfig(db_path=Path("unused"), database_url=postgres.database())
    )
    yield context
    context.close()


def sql_type(value: Any) -> str:
    return {bool: "boolean", int: "bigint", float: "double precision"}.get(type(value), "text")


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_value_comes_back_as_sent(ctx: ServerContext, value: Any) -> None:
    # Three times: with its SQL, then (prepared after the second) by name.
    for _ in range(3):
        with transaction(ctx.conn):
            row = ctx.conn.execute(
                f"SELECT CAST(? AS {sql_type(value)}) AS v, ? + 1 AS w", (value, 7)
            ).fetchone()
        assert row[0] == value
        assert type(row[0]) is type(value)
        assert row["w"] == 8


@pytest.mark.parametrize("value", [v for v in VALUES if isinstance(v, str)] + [None], ids=repr)
def test_a_text_column_stores_the_value(ctx: ServerContext, value: str | None) -> None:
    for attempt in range(3):
        with transaction(ctx.conn):
            ctx.conn.execute(
                "INSERT INTO api_keys (key, salt, secret_hash, created_at) VALUES (?, ?, ?, ?)",
                (f"k{attempt}{value!r}", b"s", b"h", "x" if value is None else value),
            )
            row = ctx.conn.execute(
                "SELECT created_at FROM api_keys WHERE key = ?", (f"k{attempt}{value!r}",)
            ).fetchone()
        assert row[0] == ("x" if value is None else value)


@pytest.mark.parametrize("value", BYTES, ids=lambda b: f"{len(b)} bytes")
def test_bytes_come_back_as_sent(ctx: ServerContext, value: bytes) -> None:
    for attempt in range(3):
        with transaction(ctx.conn):
            ctx.conn.execute(
                "INSERT INTO api_keys (key, salt, secret_hash, created_at) VALUES (?, ?, ?, ?)",
                (f"b{attempt}{len(value)}", value, value, "t"),
            )
            row = ctx.conn.execute(
                "SELECT salt, secret_hash FROM api_keys WHERE key = ?", (f"b{attempt}{len(value)}",)
            ).fetchone()
        assert bytes(row[0]) == value
        assert bytes(row["secret_hash"]) == value


def test_a_nul_character_is_refused_with_a_clear_error(ctx: ServerContext) -> None:
    with pytest.raises(Exception, match=r"NUL|0x00"), transaction(ctx.conn):
        ctx.conn.execute("SELECT ?", ("a\x00b",)).fetchone()
    # The connection is still usable.
    with transaction(ctx.conn):
        assert ctx.conn.execute("SELECT ?", ("ok",)).fetchone()[0] == "ok"
