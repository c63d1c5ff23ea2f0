"""The counter window on the real server, offscreen, with a clock the test moves."""

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_loyalty.api import LoyaltyClient, RetryPolicy
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import CounterSession, CounterSettings, Staff
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.sender import JournalSender
from pos_loyalty.ui.controller import CounterController
from pos_loyalty.ui.counter_window import CounterWindow
from pos_loyalty.ui.sounds import SoundPlayer
from pos_loyalty.ui.theme import apply_theme
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.support.fault_proxy import FaultProxy
from tests.support.server import RunningServer


class FakeMonotonic:
    """The wedge filter's clock: moves only when the test types."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Counter:
    window: CounterWindow
    controller: CounterController
    session: CounterSession
    clock: ManualClock
    sounds: SoundPlayer
    proxy: FaultProxy


@pytest.fixture
def key_clock() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def wedge(qapp: QApplication, key_clock: FakeMonotonic) -> Iterator[WedgeFilter]:
    wedge = WedgeFilter(clock=key_clock)
    qapp.installEventFilter(wedge)
    yield wedge
    qapp.removeEventFilter(wedge)


@pytest.fixture
async def counter(
    qapp: QApplication,
    qtbot: QtBot,
    server: RunningServer,
    card: dict[str, Any],
    wedge: WedgeFilter,
    tmp_path: Path,
) -> AsyncIterator[Counter]:
    proxy = FaultProxy(server.port).start()
    clock = ManualClock()
    conn = open_station_database(tmp_path / "station.sqlite3")
    journal = OperationJournal(conn, clock)
    retry = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)
    async with LoyaltyClient(proxy.base_url, server.key, server.secret, retry=retry) as client:
        program = next(c for c in await client.list_cards() if c.id == card["id"])
        session = CounterSession(
            journal=journal,
            sender=JournalSender(journal, client),
            lookup=MemberLookup(client, MemberIndex(), program.id),
            audit=AuditLog(conn, clock),
            clock=clock,
            card=program,
            staff=Staff(operator="Alice", station="Till 1"),
            settings=CounterSettings(repeat_cooldown_seconds=30, undo_seconds=5),
        )
        controller = CounterController(session, demo=True)
        sounds = SoundPlayer(tmp_path / "sounds")
        sounds.player = None  # no speaker in a test: record what would play
        window = CounterWindow(controller, apply_theme(qapp, "light"), sounds, 60)
        qtbot.addWidget(window)
        wedge.scanned.connect(controller.scan)
        window.show()
        qtbot.waitExposed(window)
        yield Counter(window, controller, session, clock, sounds, proxy)
        await controller.aclose()
    proxy.stop()
