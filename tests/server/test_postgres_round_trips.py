"""The PostgreSQL store's batching, in process: an add-stamp call with an
Idempotency-Key costs three round trips, a failed write leaves the connection
(and its prepared statements) fit for the next, and a key's claim is dropped
with the COMMIT that stored its answer, or kept when that COMMIT fails."""

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from pos_loyalty.server.config import ServerConfig
from pos_loyalty.server.context import ServerContext
from pos_loyalty.server.errors import NotFoundError
from pos_loyalty.server.postgres import PgConnection
from pos_loyalty.server.store import transaction
from pos_loyalty.server.store.cards import Card
from pos_loyalty.server.store.idempotency import PendingKey
from tests.server.postgres import PostgresCluster


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


def connection(ctx: ServerContext) -> PgConnection:
    assert isinstance(ctx.conn, PgConnection)
    return ctx.conn


def new_member(ctx: ServerContext) -> tuple[Card, int]:
    with transaction(ctx.conn):
        card = ctx.cards.add("Trips", "stamp", 1_000_000)
        member_id = ctx.members.create(card, {}).id
    return card, member_id


def keyed_stamp(ctx: ServerContext, card_id: int, member_id: int, key: str) -> int:
    """What the server does for POST …/stats/{id} with an Idempotency-Key; the stamps after."""
    claimed, stored = ctx.idempotency.claim_and_find("pk", key)
    assert claimed
    assert stored is None
    try:
        with transaction(ctx.conn):
            locked = ctx.members.lock(card_id, member_id)
            card = ctx.cards.get(card_id)
            member = ctx.members.add_stamps(card, member_id, 1, locked)
            ctx.idempotency.record(PendingKey("pk", key, "print"), 200, b"{}")
    finally:
        ctx.idempotency.release("pk", key)
    return int(member.row["stamps"])


def stamp_and_record(ctx: ServerContext, card: Card, member_id: int, key: str) -> None:
    with transaction(ctx.conn):
        ctx.members.add_stamps(card, member_id, 1)
        ctx.idempotency.record(PendingKey("pk", key, "print"), 200, b"{}")


def test_a_keyed_stamp_costs_three_round_trips(ctx: ServerContext) -> None:
    card, member_id = new_member(ctx)
    # The first calls read the card and prepare the statements they send.
    for expected in range(1, 4):
        assert keyed_stamp(ctx, card.id, member_id, str(uuid.uuid4())) == expected
    before = connection(ctx).round_trips
    assert keyed_stamp(ctx, card.id, member_id, str(uuid.uuid4())) == 4
    # The claim with the lookup; BEGIN, the locked member and the card's version;
    # the writes, the answer, the COMMIT and the claim's release.
    assert connection(ctx).round_trips - before == 3
    assert ctx.members.get(card, member_id).row["stamps"] == 4


def test_a_rolled_back_write_leaves_the_connection_fit_for_the_next(
    url: str, ctx: ServerContext
) -> None:
    card, member_id = new_member(ctx)
    for _ in range(3):
        keyed_stamp(ctx, card.id, member_id, str(uuid.uuid4()))
    # Reads outside a transaction, often enough for psycopg to prepare them, if it did.
    for _ in range(6):
        ctx.members.get(card, member_id)
    # Refused by a rule before anything was sent: nothing to roll back.
    with pytest.raises(NotFoundError), transaction(ctx.conn):
        ctx.members.add_stamps(card, member_id + 1000, 1)
    # Refused by the server after the stamp was sent: the whole write is undone.
    taken = str(uuid.uuid4())
    keyed_stamp(ctx, card.id, member_id, taken)
    with pytest.raises(psycopg.errors.UniqueViolation):
        stamp_and_record(ctx, card, member_id, taken)
    # The prepared statements are still there (a rollback once dropped them all).
    assert keyed_stamp(ctx, card.id, member_id, str(uuid.uuid4())) == 5
    other = open_context(url)
    try:
        assert other.members.get(card, member_id).row["stamps"] == 5
    finally:
        other.close()


def test_a_claim_goes_with_its_commit_and_stays_if_the_commit_fails(
    url: str, ctx: ServerContext
) -> None:
    card, member_id = new_member(ctx)
    other = open_context(url)
    try:
        key = str(uuid.uuid4())
        assert ctx.idempotency.claim_and_find("pk", key) == (True, None)
        stamp_and_record(ctx, card, member_id, key)
        # Released with the COMMIT: another worker finds the answer at once.
        claimed, stored = other.idempotency.claim_and_find("pk", key)
        assert claimed
        assert stored is not None
        assert stored.status == 200
        # The release that follows is not sent again: the other's claim holds.
        ctx.idempotency.release("pk", key)
        assert not ctx.idempotency.claim("pk", key)
        other.idempotency.release("pk", key)

        # The answer cannot be stored (another already was): the COMMIT fails,
        # and the claim stays until the release.
        failing = str(uuid.uuid4())
        with transaction(other.conn):
            other.idempotency.record(PendingKey("pk", failing, "print"), 200, b"{}")
        assert ctx.idempotency.claim_and_find("pk", failing)[0]
        with pytest.raises(psycopg.errors.UniqueViolation), transaction(ctx.conn):
            ctx.idempotency.record(PendingKey("pk", failing, "other"), 200, b"{}")
        assert not other.idempotency.claim("pk", failing)
        ctx.idempotency.release("pk", failing)
        assert other.idempotency.claim("pk", failing)
    finally:
        other.close()
