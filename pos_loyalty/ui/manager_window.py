"""The manager window: import members, push a message, programs, and the day's numbers.

Opened from Settings (behind the manager's PIN once the station has staff). Every
tab's work runs as an asyncio task, so the counter's own tasks never stall; the
window is shown with .show(), never exec(), for the same reason.
"""

import sqlite3
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from pos_loyalty.api import Card, LoyaltyClient
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.counter import CounterSession, Staff
from pos_loyalty.station.journal import OperationJournal
from pos_loyalty.station.sender import JournalSender
from pos_loyalty.ui.manager_day import DayTab
from pos_loyalty.ui.manager_import import ImportTab
from pos_loyalty.ui.manager_programs import ProgramsTab
from pos_loyalty.ui.manager_push import PushTab
from pos_loyalty.ui.screen_fit import dialog_size
from pos_loyalty.ui.settings_dialog import scrolling
from pos_loyalty.ui.widgets import named

PREFERRED_SIZE = QSize(860, 580)  # inside a 1024×600 tablet with its frame


@dataclass
class ManagerContext:
    """What the tabs work with: the station's backend, program, journal and file."""

    client: LoyaltyClient
    card: Card
    backend: str  # names the backend in the import's resume record
    journal: OperationJournal
    sender: JournalSender
    staff: Staff
    conn: sqlite3.Connection  # the station file: the day's numbers are read from it
    data: Path  # where the import's resume record is kept
    audit: AuditLog | None = None
    repeat_cooldown_seconds: float = 30.0
    tz: tzinfo | None = None  # the day's bounds; None: this computer's zone
    # The bundled server's database file, which the station can reach: a program's
    # rules are edited there (the API has no call for them). None: another backend.
    server_db: Path | None = None
    # The counter's session: an edited program it serves takes the new rules at once.
    session: CounterSession | None = None


class ManagerWindow(QDialog):
    def __init__(self, context: ManagerContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ManagerWindow", "Manager"))
        self.setAccessibleName(translate("ManagerWindow", "Manager window"))
        self.context = context
        self.importer = ImportTab(context)
        self.push = PushTab(context)
        self.programs = ProgramsTab(context)
        self.day = DayTab(context, tz=context.tz)
        self.tabs = named(
            QTabWidget(), "ManagerTabs", translate("ManagerWindow", "Manager sections")
        )
        for page, title in (
            (self.importer, translate("ManagerWindow", "Import")),
            (self.push, translate("ManagerWindow", "Push")),
            (self.programs, translate("ManagerWindow", "Programs")),
            (self.day, translate("ManagerWindow", "Day's numbers")),
        ):
            self.tabs.addTab(scrolling(page), title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(dialog_size(self, PREFERRED_SIZE))
        self.finished.connect(lambda _code: self._stop())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        super().closeEvent(event)

    def _stop(self) -> None:
        # An import cancelled here resumes where it was at its next run.
        for tab in (self.importer, self.push, self.programs, self.day):
            tab.stop()
