"""A LoyaltyClient against the real server, directly or through the fault proxy."""

from collections.abc import AsyncIterator

import pytest

from pos_loyalty.api import LoyaltyClient
from tests.support.fault_proxy import FaultProxy
from tests.support.server import RunningServer


class RecordedSleep:
    """Stands in for asyncio.sleep: records the delays, waits for nothing."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> RecordedSleep:
    return RecordedSleep()


@pytest.fixture
async def client(server: RunningServer) -> AsyncIterator[LoyaltyClient]:
    async with LoyaltyClient(server.base_url, server.key, server.secret) as api:
        yield api


@pytest.fixture
async def proxied(
    server: RunningServer, proxy: FaultProxy, sleeps: RecordedSleep
) -> AsyncIterator[LoyaltyClient]:
    async with LoyaltyClient(proxy.base_url, server.key, server.secret, sleep=sleeps) as api:
        yield api
