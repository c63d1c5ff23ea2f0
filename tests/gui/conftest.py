"""The counter window on the real server, offscreen, with a clock the test moves."""

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_loyalty.api import LoyaltyClient, RetryPolicy
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import CounterSession, CounterSettings
from pos_loyalty.station.database import open_station_database
from pos_loyalty.ui.controller import CounterController
from pos_loyalty.ui.counter_window import CounterWindow
from pos_loyalty.ui.sounds import SoundPlayer
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.support.counter_rig import build_counter
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
    proxy: FaultProxy,
    tmp_path: Path,
) -> AsyncIterator[Counter]:
    clock = ManualClock()
    conn = open_station_database(tmp_path / "station.sqlite3")
    retry = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)
    async with LoyaltyClient(proxy.base_url, server.key, server.secret, retry=retry) as client:
        program = next(c for c in await client.list_cards() if c.id == card["id"])
        rig = build_counter(
            qapp, client, program, conn, clock, tmp_path / "sounds",
            settings=CounterSettings(repeat_cooldown_seconds=30, undo_seconds=5), idle_seconds=60,
        )  # fmt: skip
        controller, session, window, sounds = rig.controller, rig.session, rig.window, rig.sounds
        qtbot.addWidget(window)
        wedge.scanned.connect(controller.scan)
        window.show()
        qtbot.waitExposed(window)
        yield Counter(window, controller, session, clock, sounds, proxy)
        await controller.aclose()
