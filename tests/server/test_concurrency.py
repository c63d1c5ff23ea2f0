"""Concurrent stamps on one member never lose an update."""

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from tests.support.server import RunningServer

CLIENTS = 20
STAMPS_EACH = 50


def test_20_clients_x_50_stamps_end_at_exactly_1000(
    server: RunningServer, card: dict[str, Any], member: dict[str, Any]
) -> None:
    url = f"{server.base_url}/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"

    def client(_: int) -> list[int]:
        with httpx.Client(headers=server.auth_headers, timeout=60) as http:
            return [http.post(url, json={"amount": 1}).status_code for _ in range(STAMPS_EACH)]

    with ThreadPoolExecutor(CLIENTS) as pool:
        statuses = [s for batch in pool.map(client, range(CLIENTS)) for s in batch]
    assert statuses == [200] * (CLIENTS * STAMPS_EACH)
    user = httpx.get(url, headers=server.auth_headers).json()
    # 1000 stamps from 0 with goal 10: back at 0, one cookie (5) and one coffee (10) per round.
    assert user["stamps"] == 0
    names = [r["name"] for r in user["rewards"]]
    assert names.count("Free cookie") == 100
    assert names.count("Free coffee") == 100
