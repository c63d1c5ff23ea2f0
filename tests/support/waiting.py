"""Waiting for another process to reach a state: poll a condition, bounded in time.

Used only where no signal can cross the process boundary (a separate app or
server). The interval is how often to look, never how long something takes.
"""

import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class ConditionTimeoutError(AssertionError):
    pass


def wait_until(condition: Callable[[], T], timeout: float, what: str, interval: float = 0.05) -> T:
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise ConditionTimeoutError(f"timed out after {timeout} s waiting for {what}")
        pause.wait(interval)
