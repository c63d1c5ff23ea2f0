"""Faults: the server dies, the station dies, the network misbehaves. Nothing is lost or doubled."""

import asyncio
import contextlib
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos_loyalty.api import ClientTimeouts, LoyaltyClient, RetryPolicy
from pos_loyalty.station.clock import SystemClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import Operation, OperationJournal, OperationKind, OperationState
from pos_loyalty.station.sender import JournalSender
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.server import RunningServer
from tests.support.waiting import wait_until

FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05)


def new_journal(path: Path) -> OperationJournal:
    return OperationJournal(open_station_database(path), SystemClock())


def queue_stamp(journal: OperationJournal, card_id: int, member_id: int) -> int:
    op = journal.append(
        OperationKind.ADD_STAMPS,
        card_id,
        {"amount": 1},
        operator="Alice",
        station="Till 1",
        member_id=member_id,
    )
    return op.id


def stamps_on_server(server: RunningServer, card_id: int, member_id: int) -> int:
    url = f"{server.base_url}/loyalty/loyalty-cards/{card_id}/stats/{member_id}"
    stamps: int = httpx.get(url, headers=server.auth_headers).json()["stamps"]
    return stamps


@contextlib.asynccontextmanager
async def running(sender: JournalSender) -> AsyncIterator[None]:
    task = asyncio.create_task(sender.run())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


@pytest.fixture
def own_server(tmp_path: Path) -> Any:
    """A server of the test's own, which it may kill and start again."""
    server = RunningServer(tmp_path / "server.sqlite3", ("--demo", "--rate-limit", "0")).start()
    yield server
    server.stop()


async def test_the_server_dies_mid_stream_and_every_stamp_lands_once(
    own_server: RunningServer, tmp_path: Path
) -> None:
    journal = new_journal(tmp_path / "station.sqlite3")
    member = httpx.post(
        f"{own_server.base_url}/loyalty/loyalty-cards/1/stats",
        json={},
        headers=own_server.auth_headers,
    ).json()
    offline = asyncio.Event()

    def kill_at_30(op: Operation) -> None:
        if op.id == 30 and op.state is OperationState.SENT and op.attempts == 1:
            own_server.kill()  # dies just as stamp 30 goes out
        if op.state is OperationState.PENDING and op.error:
            offline.set()

    async with LoyaltyClient(
        own_server.base_url, own_server.key, own_server.secret, retry=FAST_RETRY
    ) as client:
        sender = JournalSender(journal, client, backoff_start=0.02, backoff_max=0.2)
        async with running(sender):
            for _ in range(20):
                queue_stamp(journal, 1, member["id"])
            sender.wake()
            await asyncio.wait_for(sender.wait_drained(), timeout=60)
            sender.listeners.append(kill_at_30)
            for _ in range(40):
                queue_stamp(journal, 1, member["id"])
            sender.wake()
            await asyncio.wait_for(offline.wait(), timeout=60)
            assert journal.open_count() > 0  # the queue holds what could not go
            own_server.start()
            await asyncio.wait_for(sender.wait_drained(), timeout=60)
    counts = journal.counts()
    assert counts[OperationState.APPLIED] == 60
    assert counts[OperationState.NEEDS_REVIEW] == 0
    # 60 stamps from 0 with goal 10: back at 0, six rounds of rewards, none doubled.
    final = httpx.get(
        f"{own_server.base_url}/loyalty/loyalty-cards/1/stats/{member['id']}",
        headers=own_server.auth_headers,
    ).json()
    assert final["stamps"] == 0
    names = [r["name"] for r in final["rewards"]]
    assert names.count("Free coffee") == 6
    assert names.count("Free cookie") == 6


@pytest.mark.parametrize("point", ["after-append", "after-send"])
async def test_the_station_is_killed_and_the_stamp_lands_once_after_restart(
    server: RunningServer, card: dict[str, Any], member: dict[str, Any], tmp_path: Path, point: str
) -> None:
    journal_path = tmp_path / "station.sqlite3"
    crashed = subprocess.run(
        [
            sys.executable, "-m", "tests.support.station_crash", str(journal_path), server.base_url,
            server.key, server.secret, str(card["id"]), str(member["id"]), point,
        ],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert crashed.returncode == -9, crashed.stderr
    before_restart = stamps_on_server(server, card["id"], member["id"])
    assert before_restart == (1 if point == "after-send" else 0)
    journal = new_journal(journal_path)
    open_op = journal.recent(1)[0]
    assert open_op.state is (
        OperationState.SENT if point == "after-send" else OperationState.PENDING
    )
    async with LoyaltyClient(server.base_url, server.key, server.secret) as client:
        sender = JournalSender(journal, client)
        assert await sender.send_ready() == 1
    assert journal.get(open_op.id).state is OperationState.APPLIED
    assert stamps_on_server(server, card["id"], member["id"]) == 1


async def test_connection_refused_keeps_the_stamp_queued_until_the_server_is_back(
    server: RunningServer,
    proxy: FaultProxy,
    card: dict[str, Any],
    member: dict[str, Any],
    tmp_path: Path,
) -> None:
    proxy.refuse()
    journal = new_journal(tmp_path / "station.sqlite3")
    async with LoyaltyClient(proxy.base_url, server.key, server.secret, retry=FAST_RETRY) as client:
        sender = JournalSender(journal, client)
        op = queue_stamp(journal, card["id"], member["id"])
        assert await sender.send_ready() == 0
        waiting = journal.get(op)
        assert waiting.state is OperationState.PENDING
        assert waiting.error is not None
        assert "Cannot reach" in waiting.error
        assert sender.online is False
        proxy.accept()
        assert await sender.send_ready() == 1
        assert sender.online is True
    assert journal.get(op).state is OperationState.APPLIED
    assert stamps_on_server(server, card["id"], member["id"]) == 1


async def test_a_read_timeout_on_a_known_idempotent_server_is_retried_later_once(
    server: RunningServer,
    proxy: FaultProxy,
    card: dict[str, Any],
    member: dict[str, Any],
    tmp_path: Path,
) -> None:
    journal = new_journal(tmp_path / "station.sqlite3")
    async with LoyaltyClient(
        proxy.base_url, server.key, server.secret,
        timeouts=ClientTimeouts(read=0.5), retry=RetryPolicy(attempts=1),
    ) as client:  # fmt: skip
        sender = JournalSender(journal, client)
        queue_stamp(journal, card["id"], member["id"])
        assert await sender.send_ready() == 1  # learns that the server honours keys
        proxy.inject(Fault.DROP_ANSWER)
        op = queue_stamp(journal, card["id"], member["id"])
        assert await sender.send_ready() == 0
        assert journal.get(op).state is OperationState.PENDING
        assert await sender.send_ready() == 1
    assert journal.get(op).state is OperationState.APPLIED
    assert stamps_on_server(server, card["id"], member["id"]) == 2


async def test_a_key_still_in_flight_is_not_yet_known_and_lands_once(
    server: RunningServer,
    proxy: FaultProxy,
    card: dict[str, Any],
    member: dict[str, Any],
    tmp_path: Path,
) -> None:
    """The headers reach the server, the body is late: every retry meets a 409 in flight.
    That is "not known yet", never a refusal; the write is resent with its key."""
    journal = new_journal(tmp_path / "station.sqlite3")
    async with LoyaltyClient(
        proxy.base_url, server.key, server.secret,
        timeouts=ClientTimeouts(read=0.3), retry=FAST_RETRY,
    ) as client:  # fmt: skip
        sender = JournalSender(journal, client)
        queue_stamp(journal, card["id"], member["id"])
        assert await sender.send_ready() == 1  # learns that the server honours keys
        proxy.inject(Fault.LATE_BODY)
        op = queue_stamp(journal, card["id"], member["id"])
        assert await sender.send_ready() == 0
        waiting = journal.get(op)
        assert waiting.state is OperationState.PENDING
        assert waiting.error is not None
        proxy.release_bodies()
        wait_until(
            lambda: stamps_on_server(server, card["id"], member["id"]) == 2,
            10,
            "the late body to be applied",
        )
        assert await sender.send_ready() == 1
    assert journal.get(op).state is OperationState.APPLIED
    assert stamps_on_server(server, card["id"], member["id"]) == 2


async def test_a_500_in_the_middle_is_retried_and_applied_once(
    server: RunningServer,
    proxy: FaultProxy,
    card: dict[str, Any],
    member: dict[str, Any],
    tmp_path: Path,
) -> None:
    journal = new_journal(tmp_path / "station.sqlite3")
    async with LoyaltyClient(proxy.base_url, server.key, server.secret, retry=FAST_RETRY) as client:
        sender = JournalSender(journal, client)
        ops = [queue_stamp(journal, card["id"], member["id"])]
        assert await sender.send_ready() == 1
        ops += [queue_stamp(journal, card["id"], member["id"]) for _ in range(2)]
        proxy.inject(Fault.FAIL_500, Fault.FAIL_500)  # both tries of the second stamp
        assert await sender.send_ready() == 0
        assert journal.get(ops[1]).state is OperationState.PENDING
        assert await sender.send_ready() == 2
    assert [journal.get(o).state for o in ops] == [OperationState.APPLIED] * 3
    assert stamps_on_server(server, card["id"], member["id"]) == 3


async def test_a_lost_answer_from_a_server_without_idempotency_needs_review(
    server: RunningServer,
    proxy: FaultProxy,
    card: dict[str, Any],
    member: dict[str, Any],
    tmp_path: Path,
) -> None:
    proxy.strip_headers = {b"idempotency-key", b"idempotency-replayed"}
    journal = new_journal(tmp_path / "station.sqlite3")
    async with LoyaltyClient(proxy.base_url, server.key, server.secret, retry=FAST_RETRY) as client:
        sender = JournalSender(journal, client)
        queue_stamp(journal, card["id"], member["id"])
        await sender.send_ready()
        assert client.idempotency_supported is False
        proxy.inject(Fault.DROP_ANSWER)
        op = queue_stamp(journal, card["id"], member["id"])
        assert await sender.send_ready() == 1
    review = journal.get(op)
    assert review.state is OperationState.NEEDS_REVIEW
    assert review.error is not None
    assert "may or may not" in review.error
    # Never resent blind: the server has it once, from the one try that got through.
    assert stamps_on_server(server, card["id"], member["id"]) == 2


async def test_a_refused_key_keeps_the_queue_instead_of_rejecting_it(
    server: RunningServer, card: dict[str, Any], member: dict[str, Any], tmp_path: Path
) -> None:
    journal = new_journal(tmp_path / "station.sqlite3")
    async with LoyaltyClient(
        server.base_url, server.key, "revoked-secret", retry=FAST_RETRY
    ) as bad:
        op = queue_stamp(journal, card["id"], member["id"])
        assert await JournalSender(journal, bad).send_ready() == 0
    waiting = journal.get(op)
    assert waiting.state is OperationState.PENDING
    assert waiting.error is not None
    assert "key" in waiting.error
    async with LoyaltyClient(server.base_url, server.key, server.secret) as fixed:
        assert await JournalSender(journal, fixed).send_ready() == 1
    assert stamps_on_server(server, card["id"], member["id"]) == 1
