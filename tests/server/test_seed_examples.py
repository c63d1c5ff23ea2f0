"""The documentation's own Node.js examples get the documented answers.

Skipped only where Node.js is not installed; CI machines have it.
"""

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server.stores import STORES, store_args
from tests.support.server import RunningServer

EXAMPLES = Path(__file__).parent / "seed_examples"
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")


@pytest.fixture(scope="module", params=STORES)
def seed_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    db = tmp_path_factory.mktemp("seed") / "seed.sqlite3"
    args = store_args(request, "--demo", "--rate-limit", "0")
    with RunningServer(db, args, key="XXX", secret="YYY") as server:
        yield server


def run_example(server: RunningServer, name: str, **ids: int) -> tuple[int, Any]:
    host, port = server.base_url.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
    source = (EXAMPLES / f"{name}.js").read_text()
    source = source.replace("__HOST__", host).replace("__PORT__", port)
    for marker, value in ids.items():
        source = source.replace(f"__{marker.upper()}__", str(value))
    assert NODE is not None
    result = subprocess.run([NODE, "-"], input=source, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    first, _, body = result.stdout.partition("\n")
    status = int(first.removeprefix("statusCode: "))
    return status, json.loads(body) if body.strip() else None


def test_the_seed_examples_in_order(seed_server: RunningServer) -> None:
    status, cards = run_example(seed_server, "list_cards")
    assert status == 200
    assert {"id", "code", "name", "domain", "type"} <= set(cards[0])

    status, copy = run_example(seed_server, "copy_card", card=1)
    assert status == 200
    assert copy["name"] == "New name"
    card = copy["id"]

    status, john = run_example(seed_server, "create_user", card=card)
    assert status == 201
    assert john["first_name"] == "John"
    assert john["custom_1"] == "custom value 1"

    status, pair = run_example(seed_server, "create_users", card=card)
    assert status == 201
    assert [u["first_name"] for u in pair] == ["John", "Jane"]

    status, does = run_example(seed_server, "list_users", card=card)
    assert status == 200
    assert sorted(u["first_name"] for u in does) == ["Jane", "John", "John"]

    status, got = run_example(seed_server, "get_user", card=card, user=john["id"])
    assert status == 200
    assert got["code"] == john["code"]

    status, updated = run_example(seed_server, "update_user", card=card, user=john["id"])
    assert status == 200
    assert updated["address"] == "Amina Course 956"

    status, stamped = run_example(seed_server, "add_stamps", card=card, user=john["id"])
    assert status == 200
    assert stamped["stamps"] == 1

    headers = seed_server.auth_headers
    earned = httpx.post(
        f"{seed_server.base_url}/loyalty/loyalty-cards/{card}/stats/{john['id']}",
        json={"amount": 4},
        headers=headers,
    ).json()
    reward = earned["rewards"][0]["id"]
    status, used = run_example(
        seed_server, "use_rewards", card=card, user=john["id"], reward=reward
    )
    assert status == 200
    assert used["rewards"][0]["used_at"] is not None

    status, pushed = run_example(seed_server, "push_notification", card=card, user=john["id"])
    assert status == 200
    assert pushed == {"message": "Target message", "total_recipients": 1}

    status, voided = run_example(seed_server, "void_user", card=card, user=john["id"])
    assert status == 200
    assert voided["voided_at"] is not None

    status, _ = run_example(seed_server, "delete_user", card=card, user=john["id"])
    assert status == 204
    status, gone = run_example(seed_server, "get_user", card=card, user=john["id"])
    assert status == 404
    assert gone["error"]["code"] == "user_not_found"
