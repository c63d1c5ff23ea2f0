"""Fixtures for every layer: the real server on 127.0.0.1 with a temporary database.

Qt tests never need a display.
"""

import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support.fault_proxy import FaultProxy
from tests.support.server import RunningServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The counter follows the system's language ("system" in the settings): the tests and
# the apps they start read English whatever the machine's LANG (Qt reads LANGUAGE first).
os.environ["LANGUAGE"] = "en"


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    db = tmp_path_factory.mktemp("server") / "loyalty.sqlite3"
    with RunningServer(db, ("--demo", "--rate-limit", "0")) as running:
        yield running


@pytest.fixture
def api(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=server.auth_headers, timeout=30) as client:
        yield client


@pytest.fixture
def card(api: httpx.Client) -> dict[str, Any]:
    """A fresh copy of the Coffee Club (goal 10, rewards at 5 and 10), with no members."""
    response = api.post("/loyalty/loyalty-cards/1/copy", json={"name": "Test copy"})
    assert response.status_code == 200, response.text
    copied: dict[str, Any] = response.json()
    return copied


@pytest.fixture
def member(api: httpx.Client, card: dict[str, Any]) -> dict[str, Any]:
    response = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/stats",
        json={"first_name": "John", "last_name": "Doe", "email": "John@Doe.com"},
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


@pytest.fixture
def proxy(server: RunningServer) -> Iterator[FaultProxy]:
    """A fault-injecting TCP proxy in front of the session server."""
    running = FaultProxy(server.port).start()
    yield running
    running.stop()
