"""The demo server is supervised: killed, it comes back, and the counter follows it.

The server is a real child process, killed with SIGKILL as a crash would.
"""

import asyncio
import contextlib
import os
import signal
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from pos_loyalty.api import Member
from pos_loyalty.station.counter import CounterSession
from pos_loyalty.station.embedded_server import ServerState
from pos_loyalty.station.journal import OperationState
from pos_loyalty.station.settings import StationSettings
from pos_loyalty.station.startup import StationCore


class Watcher:
    """What the supervisor told, and a way to wait for each state."""

    def __init__(self) -> None:
        self.states: list[ServerState] = []
        self.events = {state: asyncio.Event() for state in ServerState}

    def __call__(self, state: ServerState) -> None:
        self.states.append(state)
        self.events[state].set()


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[StationCore]:
    settings = StationSettings(undo_seconds=0.0, repeat_cooldown_seconds=0.0)
    core = StationCore(settings, settings_path=tmp_path / "settings.toml", data=tmp_path)
    try:
        yield core
    finally:
        await core.aclose()


@contextlib.asynccontextmanager
async def sending(session: CounterSession) -> AsyncIterator[None]:
    task = asyncio.create_task(session.sender.run())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def some_member(core: StationCore, session: CounterSession) -> Member:
    """A member who can get a stamp (the demo has voided and expired ones too)."""
    assert core.client is not None
    page = await core.client.list_users(session.card.id, limit=50)
    now = session.clock.now()
    return next(m for m in page.members if m.voided_at is None and not m.is_expired(now))


def kill(core: StationCore) -> None:
    assert core.server is not None
    assert core.server.pid is not None
    os.kill(core.server.pid, signal.SIGKILL)


async def test_a_killed_demo_server_is_restarted_and_a_stamp_queued_meanwhile_lands(
    demo: StationCore,
) -> None:
    watcher = Watcher()
    demo.server_listeners.append(watcher)
    session = await demo.start()
    member = await some_member(demo, session)
    queued: list[int] = []

    def stamp_while_down(state: ServerState) -> None:
        # Queued the moment the counter hears the server is gone, before it is back.
        if state is ServerState.RESTARTING:
            queued.append(session.add_stamps(member, 1).operation.id)

    demo.server_listeners.append(stamp_while_down)
    async with sending(session):
        first_pid = demo.server.pid if demo.server else None
        kill(demo)
        await asyncio.wait_for(watcher.events[ServerState.RESTARTED].wait(), timeout=60)
        await asyncio.wait_for(session.sender.wait_drained(), timeout=60)
    assert watcher.states == [ServerState.RESTARTING, ServerState.RESTARTED]
    assert demo.server is not None
    assert demo.server.pid != first_pid
    assert demo.server.restarts == 1
    (op_id,) = queued
    assert session.journal.get(op_id).state is OperationState.APPLIED
    assert demo.client is not None
    fresh = await demo.client.get_user(session.card.id, member.id)
    assert fresh.stamps == member.stamps + 1


async def test_a_restart_on_another_port_takes_the_client_along(demo: StationCore) -> None:
    watcher = Watcher()
    session = await demo.start()
    assert demo.server is not None
    assert demo.client is not None
    old_port = demo.server.port
    squatter = socket.socket()
    squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)

    def take_the_port(state: ServerState) -> None:
        # Something else listens on the old port before the server can come back.
        if state is ServerState.RESTARTING:
            squatter.bind(("127.0.0.1", old_port))
            squatter.listen()

    demo.server_listeners.extend([take_the_port, watcher])
    try:
        kill(demo)
        await asyncio.wait_for(watcher.events[ServerState.RESTARTED].wait(), timeout=60)
    finally:
        squatter.close()
    assert demo.server.port != old_port
    assert demo.client.base_url == demo.server.base_url
    member = await some_member(demo, session)
    assert (await session.lookup(member.code)).member.id == member.id


async def test_a_server_stopped_on_purpose_is_not_restarted(demo: StationCore) -> None:
    watcher = Watcher()
    demo.server_listeners.append(watcher)
    await demo.start()
    assert demo.server is not None
    supervisor = demo._supervisor
    demo.server.stop()
    assert supervisor is not None
    await asyncio.wait_for(supervisor, timeout=30)
    assert watcher.states == []
    assert demo.server.pid is None


async def test_the_demo_backend_resends_a_lost_answer_from_the_first_write(
    demo: StationCore,
) -> None:
    """The demo server is the package's own and honours Idempotency-Key: a first write
    whose connection the server closed is resent under its key, never left for review.
    Idle connections are dropped before uvicorn's 5 s idle limit."""
    await demo.start()
    assert demo.client is not None
    assert demo.client.idempotency_supported is True
    assert demo.http._transport._pool._keepalive_expiry < 5.0  # type: ignore[attr-defined]
