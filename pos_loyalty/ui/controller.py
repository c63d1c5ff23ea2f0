"""The counter controller: a thin Qt adapter around the station's view model.

The rules live in ``pos_loyalty.station.counter_view_model``; this turns its
answers into Qt signals for the widgets, and widget actions into its calls.
"""

import asyncio

from PySide6.QtCore import QObject, QTimer, Signal

from pos_loyalty.api import Member, Reward
from pos_loyalty.scanning.codes import CodeParser
from pos_loyalty.station.counter import CounterSession
from pos_loyalty.station.counter_view_model import (
    CounterViewModel,
    Cue,
    SearchResults,
    StationStatus,
)
from pos_loyalty.station.member_view import MemberView, Notice
from pos_loyalty.station.prompts import Prompt

STATUS_REFRESH_MS = 1000


class _Signals(QObject):
    member_changed = Signal(object)  # MemberView | None
    prompt_changed = Signal(object)  # Prompt | None
    noticed = Signal(object, object)  # Notice, Cue | None
    undo_changed = Signal(object)  # seconds left (float) | None
    status_changed = Signal(object)  # StationStatus
    search_finished = Signal(object)  # SearchResults
    scan_taken = Signal()


class CounterController(_Signals):
    """Owns the view model and its tasks; emits what it says as signals."""

    def __init__(
        self,
        session: CounterSession,
        *,
        demo: bool,
        station_mode: str = "counter",
        parser: CodeParser | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vm = CounterViewModel(
            session,
            _Screen(self),
            demo=demo,
            scanner_station=station_mode == "scanner",
            parser=parser,
        )
        self._status_timer = QTimer(self, interval=STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.vm.publish_status)

    # For the wiring in app.py, not for widgets.

    @property
    def session(self) -> CounterSession:
        return self.vm.session

    @property
    def station_mode(self) -> str:
        return "scanner" if self.vm.scanner_station else "counter"

    @station_mode.setter
    def station_mode(self, mode: str) -> None:
        self.vm.scanner_station = mode == "scanner"

    @property
    def demo(self) -> bool:
        return self.vm.demo

    @property
    def view(self) -> MemberView | None:
        return self.vm.view

    # Lifecycle

    def start(self) -> None:
        self.vm.start()
        self._status_timer.start()

    async def aclose(self) -> None:
        self._status_timer.stop()
        await self.vm.aclose()

    # What widgets ask for

    def scan(self, text: str) -> "asyncio.Task[None] | None":
        return self.vm.scan(text)

    def search(self, keyword: str) -> None:
        self.vm.search(keyword)

    def pick(self, member: Member) -> None:
        self.vm.pick(member)

    def add_stamps(self, amount: int = 1) -> None:
        self.vm.add_stamps(amount)

    def undo(self) -> None:
        self.vm.undo()

    def ask_redeem(self, reward: Reward) -> None:
        self.vm.ask_redeem(reward)

    def confirm_prompt(self) -> None:
        self.vm.confirm_prompt()

    def cancel_prompt(self) -> bool:
        return self.vm.cancel_prompt()

    def done(self) -> None:
        self.vm.done()

    def publish_status(self) -> None:
        self.vm.publish_status()

    def status(self) -> StationStatus:
        return self.vm.status()


class _Screen:
    """The view model's front end: each call becomes a signal."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals

    def member_changed(self, view: MemberView | None) -> None:
        self._signals.member_changed.emit(view)

    def prompt_changed(self, prompt: Prompt | None) -> None:
        self._signals.prompt_changed.emit(prompt)

    def noticed(self, notice: Notice, cue: Cue | None) -> None:
        self._signals.noticed.emit(notice, cue)

    def undo_changed(self, seconds_left: float | None) -> None:
        self._signals.undo_changed.emit(seconds_left)

    def status_changed(self, status: StationStatus) -> None:
        self._signals.status_changed.emit(status)

    def search_finished(self, results: SearchResults) -> None:
        self._signals.search_finished.emit(results)

    def scan_taken(self) -> None:
        self._signals.scan_taken.emit()
