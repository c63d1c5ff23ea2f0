"""The counter, wired as app.py wires it, for tests, benchmarks and screenshots."""

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from pos_loyalty.api import Card, LoyaltyClient
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import Clock
from pos_loyalty.station.counter import CounterSession, CounterSettings, Staff
from pos_loyalty.station.journal import OperationJournal
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.sender import JournalSender
from pos_loyalty.ui.controller import CounterController
from pos_loyalty.ui.counter_window import CounterWindow
from pos_loyalty.ui.sounds import SoundPlayer
from pos_loyalty.ui.theme import apply_theme

ALICE = Staff(operator="Alice", station="Till 1")
DEFAULT_SETTINGS = CounterSettings()


@dataclass
class CounterRig:
    session: CounterSession
    controller: CounterController
    window: CounterWindow
    sounds: SoundPlayer


def build_counter(
    app: QApplication,
    client: LoyaltyClient,
    card: Card,
    conn: sqlite3.Connection,
    clock: Clock,
    sounds_folder: Path,
    *,
    staff: Staff = ALICE,
    settings: CounterSettings = DEFAULT_SETTINGS,
    index: MemberIndex | None = None,
    idle_seconds: int = 600,
) -> CounterRig:
    journal = OperationJournal(conn, clock)
    session = CounterSession(
        journal=journal,
        sender=JournalSender(journal, client),
        lookup=MemberLookup(client, index or MemberIndex(conn, card.id, clock=clock), card.id),
        audit=AuditLog(conn, clock),
        clock=clock,
        card=card,
        staff=staff,
        settings=settings,
    )
    controller = CounterController(session, demo=True)
    sounds = SoundPlayer(sounds_folder)
    sounds.player = None  # no speaker here: record what would play
    window = CounterWindow(controller, apply_theme(app, "light"), sounds, idle_seconds)
    return CounterRig(session, controller, window, sounds)


class PaintClock(QObject):
    """Notes when the widget it watches is painted (install it as an event filter)."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False
