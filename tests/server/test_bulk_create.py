"""Bulk create builds its answer from what it wrote (it reads back only the new ids): the
answer must be the members exactly as the server then shows them, on both stores."""

from typing import Any

import httpx

from pos_loyalty.domain.codes import MEMBER_CODE_FORMAT


def stats(card: dict[str, Any], suffix: str = "") -> str:
    return f"/loyalty/loyalty-cards/{card['id']}/stats{suffix}"


def test_the_bulk_answer_is_each_member_as_the_server_shows_it(
    api: httpx.Client, card: dict[str, Any]
) -> None:
    people: list[dict[str, Any]] = [
        {"first_name": "Ann", "email": "ann@example.com", "custom_3": "VIP"},
        {},
        {"last_name": "Zed", "phone": "+44 20 1234 5678", "expired_at": "2030-01-01 00:00:00"},
        {"first_name": "Ann", "city": "Ghent", "zip": "9000", "address": "Kouter 1"},
    ]
    response = api.post(stats(card, "/bulk"), json=people)
    assert response.status_code == 201, response.text
    created: list[dict[str, Any]] = response.json()
    assert len(created) == len(people)
    assert len({m["id"] for m in created}) == len(people)
    assert len({m["code"] for m in created}) == len(people)
    for member, sent in zip(created, people, strict=True):
        assert MEMBER_CODE_FORMAT.fits(member["code"])
        assert len(member["code"]) == 21
        shown = api.get(stats(card, f"/{member['id']}"))
        assert shown.status_code == 200, shown.text
        assert member == shown.json()
        assert {k: member[k] for k in sent} == sent
        assert member["stamps"] == 0
        assert member["rewards"] == []
    # Newest first: the batch's order is the order of creation.
    listed = api.get(stats(card), params={"limit": 10}).json()
    assert [m["id"] for m in listed] == [m["id"] for m in reversed(created)]
