"""The same code is reported once, then ignored while it stays in view and for a while after."""

import time
from collections.abc import Callable


class Debouncer:
    def __init__(
        self, hold_seconds: float = 3.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.hold_seconds = hold_seconds
        self._clock = clock
        self._last_code: str | None = None
        self._last_seen = float("-inf")

    def accept(self, code: str) -> bool:
        """True the first time; False while the same code keeps being seen within the hold."""
        now = self._clock()
        repeat = code == self._last_code and now - self._last_seen < self.hold_seconds
        self._last_code = code
        self._last_seen = now
        return not repeat
