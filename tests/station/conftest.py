"""Station pieces on a temporary journal, and a counter session on the real server."""

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from pos_loyalty.api import LoyaltyClient
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import CounterSession, CounterSettings, Staff
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.sender import JournalSender
from tests.support.server import RunningServer


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "station.sqlite3"


@pytest.fixture
def journal(journal_path: Path, clock: ManualClock) -> OperationJournal:
    return OperationJournal(open_station_database(journal_path), clock)


@pytest.fixture
def audit(journal: OperationJournal, clock: ManualClock) -> AuditLog:
    return AuditLog(journal._conn, clock)


@pytest.fixture
async def station_client(server: RunningServer) -> AsyncIterator[LoyaltyClient]:
    async with LoyaltyClient(server.base_url, server.key, server.secret) as client:
        yield client


@pytest.fixture
async def counter(
    station_client: LoyaltyClient,
    journal: OperationJournal,
    audit: AuditLog,
    clock: ManualClock,
    card: dict[str, Any],
) -> CounterSession:
    program = next(c for c in await station_client.list_cards() if c.id == card["id"])
    return CounterSession(
        journal=journal,
        sender=JournalSender(journal, station_client),
        lookup=MemberLookup(station_client, MemberIndex(), program.id),
        audit=audit,
        clock=clock,
        card=program,
        staff=Staff(operator="Alice", station="Till 1"),
        settings=CounterSettings(repeat_cooldown_seconds=30, undo_seconds=5),
    )
