"""Waiting on a Qt signal from an async test: the counter's work runs as asyncio tasks,
so the test awaits the signal that says it is done, bounded in time.

    heard = expect(controller.member_changed)   # listen first
    controller.scan(code)                        # then act
    (view,) = await heard.wait()
"""

import asyncio
from typing import Any

from PySide6.QtCore import SignalInstance


class Emission:
    def __init__(self, signal: SignalInstance, where: Any = None) -> None:
        self._signal = signal
        self._future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()
        # ``where`` picks the emission awaited, e.g. a member view that is not None.
        self._where = where
        signal.connect(self._heard)

    def _heard(self, *args: Any) -> None:
        if not self._future.done() and (self._where is None or self._where(*args)):
            self._future.set_result(args)

    async def wait(self, seconds: float = 10.0) -> tuple[Any, ...]:
        try:
            return await asyncio.wait_for(self._future, seconds)
        finally:
            self._signal.disconnect(self._heard)


def expect(signal: SignalInstance, where: Any = None) -> Emission:
    return Emission(signal, where)
