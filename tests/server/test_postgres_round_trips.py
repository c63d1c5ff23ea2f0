"""The PostgreSQL store's batching, in process: an add-stamp call with an
Idempotency-Key costs two round trips (and a request handler waits for one of
them), a failed write leaves the connection (and its prepared statements) fit
for the next, and a key is claimed by the transaction that writes with it,
which nobody else can then run."""

import asyncio
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from pos_loyalty.server.config import ServerConfig
from pos_loyalty.server.context import ServerContext
from pos_loyalty.server.errors import NotFoundError
from pos_loyalty.server.postgres import PgConnection
from pos_loyalty.server.store import transaction, write_transaction
from pos_loyalty.server.store.cards import Card
from pos_loyalty.server.store.idempotency import (
    KeyAnsweredError,
    KeyInFlightError,
    PendingKey,
    StoredAnswer,
)
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


def stamps_seen_elsewhere(url: str, card: Card, member_id: int) -> int:
    """The member's stamps as another worker, on a session of its own, reads them."""
    other = open_context(url)
    try:
        return int(other.members.get(card, member_id).row["stamps"])
    finally:
        other.close()


def keyed_stamp(ctx: ServerContext, card_id: int, member_id: int, key: str) -> int:
    """What the server does for POST …/stats/{id} with an Idempotency-Key; the stamps after."""
    pending = PendingKey("pk", key, "print")
    with ctx.idempotency.refusals(pending), transaction(ctx.conn):
        ctx.idempotency.claim_for_write(pending)
        locked = ctx.members.lock(card_id, member_id)
        card = ctx.cards.get(card_id)
        member = ctx.members.add_stamps(card, member_id, 1, locked)
        ctx.idempotency.record(pending, 200, b"{}")
    return int(member.row["stamps"])


def stamp_and_record(ctx: ServerContext, card: Card, member_id: int, key: str) -> None:
    with transaction(ctx.conn):
        ctx.members.add_stamps(card, member_id, 1)
        ctx.idempotency.record(PendingKey("pk", key, "print"), 200, b"{}")


def keyed_stamp_in_handler(ctx: ServerContext, card_id: int, member_id: int, key: str) -> int:
    """``keyed_stamp`` as a request handler runs it (``run_write``): its end awaited."""
    pending = PendingKey("pk", key, "print")

    def write() -> int:
        ctx.idempotency.claim_for_write(pending)
        locked = ctx.members.lock(card_id, member_id)
        member = ctx.members.add_stamps(ctx.cards.get(card_id), member_id, 1, locked)
        ctx.idempotency.record(pending, 200, b"{}")
        return int(member.row["stamps"])

    async def handler() -> int:
        with ctx.idempotency.refusals(pending):
            return await asyncio.wait_for(write_transaction(ctx.conn, write), ANSWER_DUE)

    return asyncio.run(handler())


# A guard against a test that would hang: every answer here comes in milliseconds.
ANSWER_DUE = 30


# In a request handler, the member is waited for, and the commit's answer comes to
# the event loop (with nothing sent after it here).
@pytest.mark.parametrize(("stamp", "waits"), [(keyed_stamp, 2), (keyed_stamp_in_handler, 1)])
def test_a_keyed_stamp_costs_two_round_trips(
    ctx: ServerContext, stamp: Callable[[ServerContext, int, int, str], int], waits: int
) -> None:
    card, member_id = new_member(ctx)
    # The first calls read the card and prepare the statements they send.
    for expected in range(1, 4):
        assert stamp(ctx, card.id, member_id, str(uuid.uuid4())) == expected
    sent, waited = connection(ctx).sent, connection(ctx).waited
    assert stamp(ctx, card.id, member_id, str(uuid.uuid4())) == 4
    # The key's claim, the locked member, its rewards and the programs' version;
    # then the writes and the answer, with the Sync that commits them.
    assert connection(ctx).sent - sent == 2
    assert connection(ctx).waited - waited == waits
    assert ctx.members.get(card, member_id).row["stamps"] == 4


def test_the_next_write_follows_a_commit_not_waited_for_and_a_failed_commit_spoils_only_its_own(
    url: str, ctx: ServerContext
) -> None:
    card, member_id = new_member(ctx)
    conn = connection(ctx)
    for expected in range(1, 4):
        assert keyed_stamp_in_handler(ctx, card.id, member_id, str(uuid.uuid4())) == expected

    def failing_write() -> None:
        # Sent with the commit, and refused there: a stamp event of nobody.
        ctx.conn.execute("UPDATE users SET stamps = stamps + 100 WHERE id = ?", (member_id,))
        ctx.conn.execute(
            "INSERT INTO stamp_events (user_id, amount, added_at) VALUES (?, 1, 'now')",
            (member_id + 1000,),
        )

    def good_write() -> int:
        member = ctx.members.add_stamps(ctx.cards.get(card.id), member_id, 1)
        return int(member.row["stamps"])

    async def two_requests() -> int:
        sent = conn.sent
        # The first request's transaction, up to its end, sent and not waited for.
        ctx.conn.execute("BEGIN")
        failing_write()
        first = conn.commit_later()
        assert not first.done()
        assert conn.sent == sent + 1
        # The second reads its member behind that commit, on the same connection;
        # the first one's answer is read on the way.
        stamps = await asyncio.wait_for(write_transaction(ctx.conn, good_write), ANSWER_DUE)
        assert first.done()
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            first.result()
        return stamps

    assert asyncio.run(two_requests()) == 4
    assert stamps_seen_elsewhere(url, card, member_id) == 4
    assert keyed_stamp_in_handler(ctx, card.id, member_id, str(uuid.uuid4())) == 5


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
    assert stamps_seen_elsewhere(url, card, member_id) == 5


def test_a_key_is_claimed_by_one_transaction_and_answered_once(
    url: str, ctx: ServerContext
) -> None:
    card, member_id = new_member(ctx)
    other = open_context(url)
    try:
        key = str(uuid.uuid4())
        pending = PendingKey("pk", key, "print")
        with ctx.idempotency.refusals(pending), transaction(ctx.conn):
            ctx.idempotency.claim_for_write(pending)
            ctx.members.get(card, member_id)  # the claim is sent with the first read
            # Held by this transaction: another worker's write with the key, or
            # its check of a refusal, is told the key is in flight, and writes nothing.
            with pytest.raises(KeyInFlightError):
                keyed_stamp(other, card.id, member_id, key)
            with pytest.raises(KeyInFlightError):
                other.idempotency.check(pending)
            ctx.members.add_stamps(card, member_id, 1)
            ctx.idempotency.record(pending, 200, b'{"stamps": 1}')
        # Gone with the COMMIT: another worker finds the answer at once.
        with pytest.raises(KeyAnsweredError) as answered:
            keyed_stamp(other, card.id, member_id, key)
        assert answered.value.answer == StoredAnswer("print", 200, b'{"stamps": 1}')
        with pytest.raises(KeyAnsweredError):
            other.idempotency.check(pending)
        assert other.members.get(card, member_id).row["stamps"] == 1

        # A write that fails drops its claim with the ROLLBACK: the key is free.
        failing = str(uuid.uuid4())

        def refused_write() -> None:
            with transaction(ctx.conn):
                ctx.idempotency.claim_for_write(PendingKey("pk", failing, "print"))
                ctx.members.add_stamps(card, member_id + 1000, 1)

        with pytest.raises(NotFoundError):
            refused_write()
        assert keyed_stamp(other, card.id, member_id, failing) == 2
    finally:
        other.close()


def terminate_session_of(url: str, ctx: ServerContext) -> None:
    """What a restart of PostgreSQL, or an administrator, does to a worker's session."""
    pid = ctx.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_lost_session_fails_the_write_and_the_next_one_runs_on_a_new_session(
    url: str, ctx: ServerContext
) -> None:
    card, member_id = new_member(ctx)
    for expected in range(1, 4):
        assert keyed_stamp(ctx, card.id, member_id, str(uuid.uuid4())) == expected
    # Lost between writes: the next one fails, and writes nothing.
    terminate_session_of(url, ctx)
    with pytest.raises(psycopg.OperationalError):
        keyed_stamp(ctx, card.id, member_id, str(uuid.uuid4()))
    assert keyed_stamp(ctx, card.id, member_id, str(uuid.uuid4())) == 4
    # Lost inside a write, after its member was read: the COMMIT fails, and the
    # write and its answer are not there; the key is free for the retry.
    key = str(uuid.uuid4())
    pending = PendingKey("pk", key, "print")

    def write_losing_its_session() -> None:
        with ctx.idempotency.refusals(pending), transaction(ctx.conn):
            ctx.idempotency.claim_for_write(pending)
            ctx.members.add_stamps(card, member_id, 1)
            terminate_session_of(url, ctx)
            ctx.idempotency.record(pending, 200, b"{}")

    with pytest.raises(psycopg.OperationalError):
        write_losing_its_session()
    assert ctx.idempotency.find("pk", key) is None
    assert keyed_stamp(ctx, card.id, member_id, key) == 5
    assert ctx.members.get(card, member_id).row["stamps"] == 5


def test_a_session_lost_while_a_commit_is_awaited_fails_that_write_alone(
    url: str, ctx: ServerContext
) -> None:
    card, member_id = new_member(ctx)
    for expected in range(1, 4):
        assert keyed_stamp_in_handler(ctx, card.id, member_id, str(uuid.uuid4())) == expected
    pid = ctx.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    key = str(uuid.uuid4())
    pending = PendingKey("pk", key, "print")

    def write() -> None:
        # Nothing read: all of it goes with the COMMIT.
        ctx.idempotency.claim_for_write(pending)
        ctx.conn.execute("UPDATE users SET stamps = stamps + 1 WHERE id = ?", (member_id,))
        ctx.idempotency.record(pending, 200, b"{}")

    async def handler_losing_its_session() -> None:
        ctx.conn.execute("BEGIN")
        write()
        # Sent, and waiting on the server for the member's lock.
        answered = connection(ctx).commit_later()
        assert not answered.done()
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        # The event loop reads the socket, finds the session gone, and says so.
        with pytest.raises(psycopg.OperationalError):
            await asyncio.wait_for(answered, ANSWER_DUE)

    # Another session holds the member's row, so that the COMMIT cannot have run
    # when the session is lost.
    with psycopg.connect(url) as holder:
        holder.execute("SELECT 1 FROM users WHERE id = %s FOR UPDATE", (member_id,))
        asyncio.run(handler_losing_its_session())
        holder.rollback()
    assert ctx.idempotency.find("pk", key) is None
    assert keyed_stamp_in_handler(ctx, card.id, member_id, key) == 4


def test_a_write_already_sent_is_undone_when_the_transaction_fails_after_it(
    url: str, ctx: ServerContext
) -> None:
    card, member_id = new_member(ctx)
    assert keyed_stamp(ctx, card.id, member_id, str(uuid.uuid4())) == 1

    def write_then_fail() -> None:
        with transaction(ctx.conn):
            ctx.conn.execute("UPDATE users SET stamps = stamps + 100 WHERE id = ?", (member_id,))
            # A read sends the UPDATE with it, inside the transaction.
            read = ctx.conn.execute("SELECT stamps FROM users WHERE id = ?", (member_id,))
            assert read.fetchone()[0] == 101
            raise RuntimeError("a bug after the write")

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert stamps_seen_elsewhere(url, card, member_id) == 1
    assert keyed_stamp(ctx, card.id, member_id, str(uuid.uuid4())) == 2
