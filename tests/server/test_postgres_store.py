"""The stores on PostgreSQL, in process: the schema migrates once, the rules are the
SQLite store's, row locks keep concurrent stamps whole, and idempotency keys are
claimed across connections (each connection stands for a worker process)."""

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest

from pos_loyalty.domain.stamp_rules import RewardRule
from pos_loyalty.server.config import ServerConfig
from pos_loyalty.server.context import ServerContext
from pos_loyalty.server.demo import seed_demo
from pos_loyalty.server.postgres import MIGRATIONS, migrate
from pos_loyalty.server.store import transaction
from pos_loyalty.server.store.idempotency import KeyInFlightError, PendingKey
from pos_loyalty.server.store.members import MemberQuery
from tests.server.postgres import PostgresCluster
from tests.support.waiting import wait_until


@pytest.fixture
def url(postgres: PostgresCluster) -> str:
    return postgres.database()


def open_context(url: str) -> ServerContext:
    return ServerContext.open(ServerConfig(db_path=Path("unused"), database_url=url))


@pytest.fixture
def ctx(url: str) -> Iterator[ServerContext]:
    context = open_context(url)
    yield context
    context.close()


def test_migrations_run_once_and_are_recorded(url: str, ctx: ServerContext) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        assert migrate(conn) == 0
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, len(MIGRATIONS) + 1))


def test_the_demo_seeds_and_searches_as_on_sqlite(ctx: ServerContext) -> None:
    assert seed_demo(ctx)
    coffee = ctx.cards.all()[0]
    assert coffee.name == "Coffee Club"
    assert [r.name for r in coffee.rewards] == ["Free cookie", "Free coffee"]
    members, total = ctx.members.search(coffee, MemberQuery(keyword="PEETERS"))
    assert total == 1
    assert members[0].row["first_name"] == "Lucas"
    email = members[0].row["email"].upper()
    strict, _ = ctx.members.search(coffee, MemberQuery(keyword=email, strict=True))
    assert [m.id for m in strict] == [members[0].id]
    assert ctx.members.search(coffee, MemberQuery(keyword="\x1f"))[1] == 0


def test_stamps_issue_rewards_by_the_same_rules(ctx: ServerContext) -> None:
    with transaction(ctx.conn):
        card = ctx.cards.add(
            "Rules", "stamp", 10, (RewardRule(5, "Cookie", None), RewardRule(10, "Coffee", 30))
        )
        member = ctx.members.create(card, {"first_name": "Ann"})
        after = ctx.members.add_stamps(card, member.id, 3)
        after = ctx.members.add_stamps(card, member.id, 12)
    assert after.row["stamps"] == 5
    assert [r["name"] for r in after.rewards] == ["Cookie", "Coffee", "Cookie"]
    coffee = next(r for r in after.rewards if r["name"] == "Coffee")
    assert coffee["expired_at"] > coffee["added_at"]


def test_concurrent_stamps_from_several_connections_lose_nothing(
    url: str, ctx: ServerContext
) -> None:
    with transaction(ctx.conn):
        card = ctx.cards.add("Busy", "stamp", 1_000_000)
        member_id = ctx.members.create(card, {}).id
    workers, each = 4, 50

    def stamp(_: int) -> None:
        worker = open_context(url)
        try:
            for _ in range(each):
                with transaction(worker.conn):
                    worker.members.add_stamps(worker.cards.get(card.id), member_id, 1)
        finally:
            worker.close()

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(stamp, range(workers)))
    assert ctx.members.get(card, member_id).row["stamps"] == workers * each


def claimable(ctx: ServerContext, pending: PendingKey) -> bool:
    try:
        ctx.idempotency.check(pending)
    except KeyInFlightError:
        return False
    return True


def test_an_idempotency_key_is_claimed_by_one_connection_at_a_time(
    url: str, ctx: ServerContext
) -> None:
    first, second = PendingKey("pk", "key-1", "print"), PendingKey("pk", "key-2", "print")
    other = open_context(url)
    try:
        other.conn.execute("BEGIN")
        other.idempotency.claim_for_write(first)
        assert other.idempotency.find("pk", "key-0") is None  # sends the claim
        assert not claimable(ctx, first)
        assert claimable(ctx, second)
    finally:
        # A worker that dies mid-write: its transaction is never committed.
        other.close()
    # The connection that held it is gone: so is its claim, once the server has
    # seen the connection end.
    wait_until(lambda: claimable(ctx, first), 10, "the closed session's claim")
    assert ctx.idempotency.find("pk", "key-1") is None


def test_keys_verify_and_the_card_cache_sees_other_writers(url: str, ctx: ServerContext) -> None:
    key, secret = ctx.keys.create()
    assert ctx.keys.verify(key, secret)
    assert not ctx.keys.verify(key, "wrong")
    with transaction(ctx.conn):
        card = ctx.cards.add("Before", "stamp", 10)
    assert ctx.cards.get(card.id).name == "Before"
    other = open_context(url)
    try:
        with transaction(other.conn):
            other.cards.edit(card.id, name="After")
    finally:
        other.close()
    assert ctx.cards.get(card.id).name == "After"
