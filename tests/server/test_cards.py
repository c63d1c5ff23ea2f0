from typing import Any

import httpx

from tests.support.server import RunningServer


def test_lists_the_demo_cards_with_their_rules(api: httpx.Client) -> None:
    response = api.get("/loyalty/loyalty-cards")
    assert response.status_code == 200
    cards = {card["id"]: card for card in response.json()}
    coffee = cards[1]
    assert coffee["name"] == "Coffee Club"
    assert coffee["type"] in ("stamp", "membership")
    assert len(coffee["code"]) == 6
    assert coffee["code"].isalnum()
    assert coffee["stamps_required"] == 10
    assert coffee["rewards"] == [
        {"threshold": 5, "name": "Free cookie", "validity_days": 30},
        {"threshold": 10, "name": "Free coffee", "validity_days": 30},
    ]
    assert len(cards) >= 2


def test_copy_makes_a_new_card_with_the_same_rules_and_no_members(
    api: httpx.Client, card: dict[str, Any]
) -> None:
    original = next(c for c in api.get("/loyalty/loyalty-cards").json() if c["id"] == 1)
    assert card["id"] != 1
    assert card["code"] != original["code"]
    assert card["name"] == "Test copy"
    assert card["rewards"] == original["rewards"]
    members = api.get(f"/loyalty/loyalty-cards/{card['id']}/stats")
    assert members.json() == []
    assert members.headers["X-Total-Count"] == "0"


def test_copy_without_a_name_keeps_the_name(api: httpx.Client) -> None:
    response = api.post("/loyalty/loyalty-cards/1/copy")
    assert response.status_code == 200
    assert response.json()["name"] == "Coffee Club"


def test_copy_refuses_a_long_name_and_an_unknown_card(api: httpx.Client) -> None:
    response = api.post("/loyalty/loyalty-cards/1/copy", json={"name": "x" * 51})
    assert response.status_code == 422
    assert response.json()["error"]["details"]["field"] == "name"
    missing = api.post("/loyalty/loyalty-cards/999999/copy", json={})
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "card_not_found"


def test_a_card_added_on_the_command_line_is_served_at_once(
    server: RunningServer, api: httpx.Client
) -> None:
    from tests.server.stores import add_card

    card_id = add_card(server, "--name", "Bakery", "--goal", "6", "--reward", "6:Free bun")
    card = next(c for c in api.get("/loyalty/loyalty-cards").json() if c["id"] == card_id)
    assert card["stamps_required"] == 6
    assert card["rewards"] == [{"threshold": 6, "name": "Free bun", "validity_days": None}]
