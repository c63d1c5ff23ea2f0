"""Stamps, rewards, expiry and the daily limit, over HTTP."""

from datetime import timedelta
from typing import Any

import httpx
import pytest

from pos_loyalty.domain.timestamps import parse_timestamp
from tests.server.stores import add_card
from tests.support.server import RunningServer


def user_url(card: dict[str, Any], user: dict[str, Any], suffix: str = "") -> str:
    return f"/loyalty/loyalty-cards/{card['id']}/stats/{user['id']}{suffix}"


def test_api_md_example_over_http(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    """Goal 10, rewards at 5 and 10, user at 3, add 12 → rewards 5, 10, 5; ends at 5."""
    assert api.post(user_url(card, member), json={"amount": 3}).json()["stamps"] == 3
    user = api.post(user_url(card, member), json={"amount": 12}).json()
    assert user["stamps"] == 5
    assert [r["name"] for r in user["rewards"]] == ["Free cookie", "Free coffee", "Free cookie"]
    for reward in user["rewards"]:
        added, expires = parse_timestamp(reward["added_at"]), parse_timestamp(reward["expired_at"])
        assert added is not None
        assert expires is not None
        assert expires - added == timedelta(days=30)
        assert reward["used_at"] is None


def test_the_alias_path_adds_stamps_by_stat_id(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    response = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/stamps", json={"stat_id": member["id"], "amount": 2}
    )
    assert response.status_code == 200
    assert response.json()["stamps"] == 2
    unknown = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/stamps", json={"stat_id": 987654321, "amount": 1}
    )
    assert unknown.status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"amount": 0}, "amount"),
        ({"amount": -3}, "amount"),
        ({"amount": 1001}, "amount"),
        ({"amount": "1"}, "amount"),
        ({"amount": True}, "amount"),
        ({"amount": 1.5}, "amount"),
        ({}, "amount"),
        ({"amount": 1, "extra": 1}, "extra"),
    ],
)
def test_amount_is_validated(
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
    body: dict[str, Any],
    field: str,
) -> None:
    response = api.post(user_url(card, member), json=body)
    assert response.status_code == 422
    assert response.json()["error"]["details"]["field"] == field
    assert api.get(user_url(card, member)).json()["stamps"] == 0


def test_use_rewards_marks_them_used_and_refuses_a_second_use(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    rewards = api.post(user_url(card, member), json={"amount": 10}).json()["rewards"]
    ids = [r["id"] for r in rewards]
    used = api.put(user_url(card, member, "/rewards"), json={"reward_ids": ids})
    assert used.status_code == 200
    assert all(r["used_at"] is not None for r in used.json()["rewards"])
    again = api.put(user_url(card, member, "/rewards"), json={"reward_ids": ids[:1]})
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "reward_used"


def test_use_rewards_is_all_or_nothing(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    rewards = api.post(user_url(card, member), json={"amount": 5}).json()["rewards"]
    response = api.put(
        user_url(card, member, "/rewards"), json={"reward_ids": [rewards[0]["id"], 987654321]}
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "reward_not_found"
    after = api.get(user_url(card, member)).json()
    assert after["rewards"][0]["used_at"] is None


def test_another_members_reward_cannot_be_used(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    other = api.post(f"/loyalty/loyalty-cards/{card['id']}/stats", json={}).json()
    reward = api.post(user_url(card, other), json={"amount": 5}).json()["rewards"][0]
    response = api.put(user_url(card, member, "/rewards"), json={"reward_ids": [reward["id"]]})
    assert response.status_code == 404


def test_an_expired_reward_cannot_be_used(server: RunningServer, api: httpx.Client) -> None:
    card_id = add_card(server, "--name", "Flash", "--goal", "2", "--reward", "2:Gone:0")
    card = {"id": card_id}
    user = api.post(f"/loyalty/loyalty-cards/{card_id}/stats", json={}).json()
    reward = api.post(user_url(card, user), json={"amount": 2}).json()["rewards"][0]
    assert reward["expired_at"] == reward["added_at"]
    response = api.put(user_url(card, user, "/rewards"), json={"reward_ids": [reward["id"]]})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "reward_expired"


def test_the_daily_limit_refuses_stamps_past_it(server: RunningServer, api: httpx.Client) -> None:
    card_id = add_card(server, "--name", "Limited", "--daily-limit", "3")
    card = {"id": card_id}
    user = api.post(f"/loyalty/loyalty-cards/{card_id}/stats", json={}).json()
    assert api.post(user_url(card, user), json={"amount": 2}).status_code == 200
    over = api.post(user_url(card, user), json={"amount": 2})
    assert over.status_code == 409
    error = over.json()["error"]
    assert error["code"] == "daily_limit"
    assert error["details"] == {"limit": 3, "used_today": 2, "remaining": 1}
    assert api.post(user_url(card, user), json={"amount": 1}).json()["stamps"] == 3


def test_an_expired_member_gets_no_stamps(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    api.put(user_url(card, member), json={"expired_at": "2020-01-01 00:00:00"})
    response = api.post(user_url(card, member), json={"amount": 1})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "user_expired"
