"""The public card page is rate-limited per client address (it needs no key)."""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.server import RunningServer

BURST = 30
REQUESTS = 90


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[RunningServer]:
    # Its own process: the pages below must not use up the session server's budget.
    with RunningServer(tmp_path / "pages.sqlite3", ("--demo", "--rate-limit", "0")) as running:
        yield running


@pytest.fixture
def download_url(own_server: RunningServer) -> str:
    created = httpx.post(
        own_server.base_url + "/loyalty/loyalty-cards/1/stats",
        json={"first_name": "Page"},
        headers=own_server.auth_headers,
    )
    assert created.status_code == 201
    url: str = created.json()["download_url"]
    return url


def fetch(url: str, address: str, count: int) -> list[httpx.Response]:
    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(transport=transport, timeout=30) as client:
        return [client.get(url) for _ in range(count)]


def test_a_flood_of_page_views_from_one_address_gets_429(download_url: str) -> None:
    responses = fetch(download_url, "127.0.0.1", REQUESTS)
    statuses = [r.status_code for r in responses]
    assert statuses[:BURST] == [200] * BURST
    # The address earns pages back over time: in a slow run a few more get through.
    limited = [r for r in responses[BURST:] if r.status_code == 429]
    assert limited, statuses
    assert int(limited[0].headers["Retry-After"]) >= 1
    assert limited[0].headers["content-type"].startswith("text/html")
    assert "Too many" in limited[0].text


def test_another_address_still_sees_its_page(download_url: str) -> None:
    fetch(download_url, "127.0.0.1", REQUESTS)
    assert [r.status_code for r in fetch(download_url, "127.0.0.2", 3)] == [200] * 3


def test_unknown_pages_count_too(own_server: RunningServer) -> None:
    url = own_server.root_url + "/c/nocard/nobody"
    statuses = [r.status_code for r in fetch(url, "127.0.0.1", REQUESTS)]
    assert statuses[:BURST] == [404] * BURST
    assert 429 in statuses[BURST:]
