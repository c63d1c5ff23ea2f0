"""SIGTERM and SIGINT heard by the Qt event loop, so they end the app in order."""

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitSignals:
    """SIGTERM and SIGINT as a Qt event: the C handler writes to a socket Qt watches.

    A plain Python handler would run only when Python code next runs, and one that
    closes windows would run in the middle of whatever Python code it interrupted.
    """

    def __init__(self, on_signal: Callable[[], None]) -> None:
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {n: signal.signal(n, _noted) for n in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(lambda *_: self._drain(on_signal))

    def _drain(self, on_signal: Callable[[], None]) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        if any(number in QUIT_SIGNALS for number in received):
            on_signal()

    def restore(self) -> None:
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _noted(number: int, frame: object) -> None:
    """The wake-up socket carries the signal; nothing more to do here."""
