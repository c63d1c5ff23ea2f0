"""Failed logins are limited per client address, before any secret is hashed.

Each address gets a burst of attempts that need hashing; past it, the answer is
a 429 at once. Other addresses, requests without credentials and a key pair
already verified are not held up by it.
"""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.server import RunningServer

BURST = 10
ATTEMPTS = 30
CARDS = "/loyalty/loyalty-cards"


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[RunningServer]:
    # Its own process: the failures below must not limit the session's server.
    with RunningServer(tmp_path / "auth.sqlite3") as running:
        yield running


def client_from(server: RunningServer, address: str, headers: dict[str, str]) -> httpx.Client:
    return httpx.Client(
        base_url=server.base_url,
        headers=headers,
        transport=httpx.HTTPTransport(local_address=address),
        timeout=30,
    )


def test_failed_logins_from_one_address_get_429_after_a_burst(own_server: RunningServer) -> None:
    wrong = {"x-api-key": own_server.key, "x-api-secret": "guess"}
    with client_from(own_server, "127.0.0.1", wrong) as client:
        statuses = [client.get(CARDS).status_code for _ in range(ATTEMPTS)]
        limited = client.get(CARDS)
    assert statuses[:BURST] == [401] * BURST
    # The address earns an attempt back every second: in a slow run a few more get through.
    assert 429 in statuses[BURST:]
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    assert int(limited.headers["Retry-After"]) >= 1


def test_unknown_keys_count_against_the_address_too(own_server: RunningServer) -> None:
    unknown = {"x-api-key": "pk_nobody", "x-api-secret": "guess"}
    with client_from(own_server, "127.0.0.1", unknown) as client:
        statuses = [client.get(CARDS).status_code for _ in range(ATTEMPTS)]
    assert statuses[:BURST] == [401] * BURST
    assert 429 in statuses[BURST:]


def test_the_limit_is_per_address_and_spares_verified_pairs(own_server: RunningServer) -> None:
    wrong = {"x-api-key": own_server.key, "x-api-secret": "guess"}
    with client_from(own_server, "127.0.0.1", own_server.auth_headers) as good:
        assert good.get(CARDS).status_code == 200
        with client_from(own_server, "127.0.0.1", wrong) as attacker:
            statuses = [attacker.get(CARDS).status_code for _ in range(ATTEMPTS)]
        assert 429 in statuses
        # The pair verified before needs no hashing, so the limit does not apply.
        assert good.get(CARDS).status_code == 200
    # Another address still gets its own attempts, and a plain 401.
    with client_from(own_server, "127.0.0.2", wrong) as other:
        assert other.get(CARDS).status_code == 401
    # Missing credentials cost no hashing: a plain 401, never a 429.
    with client_from(own_server, "127.0.0.1", {}) as anonymous:
        assert anonymous.get(CARDS).status_code == 401
