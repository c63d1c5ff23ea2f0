"""The kiosk's idle reset and its watch for a sleep and resume.

After ``seconds`` without a touch or a key, every dialog the kiosk window has
open (a PIN keypad included) is closed and the screen goes back to its resting
state: the attract screen (self-service) or the empty counter (staff tablet).
The rules of time are Qt-free (``ScreenTimer``, ``ResumeWatch``); this only
hears the touches and closes the dialogs.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from pos_loyalty.station.clock import Clock
from pos_loyalty.station.self_service import ResumeWatch, ScreenTimer

log = logging.getLogger(__name__)
TICK_MS = 1000
ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)


def open_dialogs(window: QWidget) -> list[QDialog]:
    """The window's visible dialogs, the innermost first (a PIN over Settings)."""
    return [d for d in reversed(window.findChildren(QDialog)) if d.isVisible()]


class KioskIdle(QObject):
    """``tick()`` once a second: after a quiet spell, a resume, or when ``also_due``
    says so (the self-service card's own time), ``reset`` runs with every dialog
    closed; after a resume ``resumed`` runs too (the network is checked again)."""

    def __init__(
        self,
        window: QWidget,
        clock: Clock,
        seconds: float,
        reset: Callable[[], None],
        resumed: Callable[[], None],
        *,
        also_due: Callable[[], bool] = lambda: False,
        activity: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.timer = ScreenTimer(clock, seconds)
        self.watch = ResumeWatch(clock)
        self._reset = reset
        self._resumed = resumed
        self._also_due = also_due
        self._activity = activity
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._tick.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.timer.touch()
            self._activity()
        return False

    def touch(self) -> None:
        self.timer.touch()

    def tick(self) -> None:
        resumed = self.watch.check()
        if resumed:
            log.info("kiosk: the clock jumped (a sleep and resume?): back to the start")
            self._resumed()
        if resumed or self.timer.due() or self._also_due():
            self.timer.stop()
            self.reset_now()

    def reset_now(self) -> None:
        for dialog in open_dialogs(self.window):
            log.info("kiosk: idle, closing %s", dialog.windowTitle())
            dialog.reject()
        self._reset()
