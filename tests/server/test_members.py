"""Members: create, bulk create, get, update, void, delete, and search."""

import re
from typing import Any

import httpx
import pytest

TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")


def stats(card: dict[str, Any], suffix: str = "") -> str:
    return f"/loyalty/loyalty-cards/{card['id']}/stats{suffix}"


def test_create_returns_the_member_in_the_api_shape(
    api: httpx.Client, card: dict[str, Any]
) -> None:
    response = api.post(
        stats(card),
        json={"first_name": "Jane", "last_name": "Doe", "phone": "+0987654321", "custom_1": "vip"},
    )
    assert response.status_code == 201
    user = response.json()
    assert re.fullmatch(r"[a-z0-9]{21}", user["code"])
    assert user["first_name"] == "Jane"
    assert user["custom_1"] == "vip"
    assert user["address"] is None
    assert user["email"] is None
    assert "custom_2" not in user  # custom fields are present only when set
    assert user["stamps"] == 0
    assert user["rewards"] == []
    assert user["voided_at"] is None
    assert user["expired_at"] is None
    assert TIMESTAMP.fullmatch(user["created_at"])
    assert TIMESTAMP.fullmatch(user["updated_at"])
    assert user["download_url"].endswith(f"/c/{card['code']}/{user['code']}")


def test_create_with_no_body_makes_an_anonymous_member(
    api: httpx.Client, card: dict[str, Any]
) -> None:
    response = api.post(stats(card))
    assert response.status_code == 201
    assert response.json()["first_name"] is None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"first_name": "x" * 51}, "first_name"),
        ({"last_name": 5}, "last_name"),
        ({"email": "not-an-email"}, "email"),
        ({"stamps": 100}, "stamps"),
        ({"custom_9": "no such field"}, "custom_9"),
        ({"city": "bad\u0000city"}, "city"),
        ({"expired_at": "tomorrow"}, "expired_at"),
    ],
)
def test_create_validates_every_field(
    api: httpx.Client, card: dict[str, Any], body: dict[str, Any], field: str
) -> None:
    response = api.post(stats(card), json=body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["details"]["field"] == field
    assert field in error["message"]


def test_bulk_create_keeps_the_order(api: httpx.Client, card: dict[str, Any]) -> None:
    people = [{"first_name": f"Person {n}", "email": f"p{n}@example.com"} for n in range(5)]
    response = api.post(stats(card, "/bulk"), json=people)
    assert response.status_code == 201
    assert [u["first_name"] for u in response.json()] == [p["first_name"] for p in people]


def test_bulk_create_is_all_or_nothing_and_names_the_bad_item(
    api: httpx.Client, card: dict[str, Any]
) -> None:
    people = [{"first_name": "Fine"}, {"first_name": "Also fine"}, {"email": "broken"}]
    response = api.post(stats(card, "/bulk"), json=people)
    assert response.status_code == 422
    details = response.json()["error"]["details"]
    assert details["index"] == 2
    assert details["field"] == "2.email"
    assert api.get(stats(card)).json() == []


@pytest.mark.parametrize("count", [0, 1001])
def test_bulk_create_takes_1_to_1000(api: httpx.Client, card: dict[str, Any], count: int) -> None:
    response = api.post(stats(card, "/bulk"), json=[{}] * count)
    assert response.status_code == 422


def test_get_and_the_unknown_or_foreign_member(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    assert api.get(stats(card, f"/{member['id']}")).json() == member
    missing = api.get(stats(card, "/987654321"))
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "user_not_found"
    # The same member asked for through another card does not exist there.
    foreign = api.get(f"/loyalty/loyalty-cards/1/stats/{member['id']}")
    assert foreign.status_code == 404


def test_update_changes_only_what_is_sent_and_null_clears(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    response = api.put(stats(card, f"/{member['id']}"), json={"city": "Ghent", "email": None})
    assert response.status_code == 200
    user = response.json()
    assert user["city"] == "Ghent"
    assert user["email"] is None
    assert user["first_name"] == "John"
    bad = api.put(stats(card, f"/{member['id']}"), json={"first_name": "y" * 60})
    assert bad.status_code == 422
    assert bad.json()["error"]["details"]["field"] == "first_name"
    missing = api.put(stats(card, "/987654321"), json={"city": "x"})
    assert missing.status_code == 404


def test_void_sets_voided_at_once_and_blocks_stamps_and_rewards(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    first = api.put(stats(card, f"/{member['id']}/void"))
    assert first.status_code == 200
    voided_at = first.json()["voided_at"]
    assert TIMESTAMP.fullmatch(voided_at)
    again = api.put(stats(card, f"/{member['id']}/void"))
    assert again.json()["voided_at"] == voided_at
    stamp = api.post(stats(card, f"/{member['id']}"), json={"amount": 1})
    assert stamp.status_code == 409
    assert stamp.json()["error"]["code"] == "user_voided"
    use = api.put(stats(card, f"/{member['id']}/rewards"), json={"reward_ids": [1]})
    assert use.status_code == 409


def test_delete_removes_the_member(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    assert api.delete(stats(card, f"/{member['id']}")).status_code == 204
    assert api.get(stats(card, f"/{member['id']}")).status_code == 404
    assert api.delete(stats(card, f"/{member['id']}")).status_code == 404


@pytest.fixture
def crowd(api: httpx.Client, card: dict[str, Any]) -> list[dict[str, Any]]:
    people = [
        {"first_name": "Anna", "last_name": "Smith", "email": "Anna@Example.com", "phone": "+111"},
        {
            "first_name": "Bert",
            "last_name": "Jones",
            "email": "bert@example.com",
            "city": "Antwerp",
        },
        {"first_name": "Carla", "last_name": "Smithson", "email": "carla@example.com"},
        {"first_name": "Dirk", "last_name": "Müller", "email": "dirk@example.com"},
    ]
    created: list[dict[str, Any]] = api.post(stats(card, "/bulk"), json=people).json()
    return created


def _search(api: httpx.Client, card: dict[str, Any], body: dict[str, Any]) -> list[str]:
    response = api.request("GET", stats(card), json=body)
    assert response.status_code == 200, response.text
    return [u["first_name"] for u in response.json()]


def test_strict_search_matches_code_email_or_phone_exactly(
    api: httpx.Client, card: dict[str, Any], crowd: list[dict[str, Any]]
) -> None:
    def strict(keyword: str) -> list[str]:
        return _search(api, card, {"filter": {"strict": True, "keyword": keyword}})

    assert strict(crowd[2]["code"]) == ["Carla"]
    assert strict("anna@example.COM") == ["Anna"]
    assert strict("+111") == ["Anna"]
    assert strict("Smith") == []  # names are not matched strictly


def test_loose_search_matches_substrings_case_insensitively(
    api: httpx.Client, card: dict[str, Any], crowd: list[dict[str, Any]]
) -> None:
    def loose(keyword: str) -> list[str]:
        return _search(api, card, {"filter": {"strict": False, "keyword": keyword}})

    assert loose("smith") == ["Carla", "Anna"]  # newest first
    assert loose("antw") == ["Bert"]
    assert loose("MÜLLER") == ["Dirk"]
    assert loose("anna smith") == ["Anna"]
    assert loose("") == ["Dirk", "Carla", "Bert", "Anna"]


def test_voided_members_are_left_out_unless_asked_for(
    api: httpx.Client, card: dict[str, Any], crowd: list[dict[str, Any]]
) -> None:
    api.put(stats(card, f"/{crowd[0]['id']}/void"))
    assert "Anna" not in _search(api, card, {})
    assert "Anna" in _search(api, card, {"include_voided": True})


def test_pagination_and_total_count(
    api: httpx.Client, card: dict[str, Any], crowd: list[dict[str, Any]]
) -> None:
    response = api.request("GET", stats(card), json={"pagination": {"page": 2, "limit": 3}})
    assert [u["first_name"] for u in response.json()] == ["Anna"]
    assert response.headers["X-Total-Count"] == "4"


def test_query_parameters_work_without_a_body_and_win_over_it(
    api: httpx.Client, card: dict[str, Any], crowd: list[dict[str, Any]]
) -> None:
    response = api.get(stats(card), params={"keyword": "bert", "limit": 1, "page": 1})
    assert [u["first_name"] for u in response.json()] == ["Bert"]
    both = api.request(
        "GET", stats(card), params={"keyword": "carla"}, json={"filter": {"keyword": "bert"}}
    )
    assert [u["first_name"] for u in both.json()] == ["Carla"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"pagination": {"limit": 501}}, "pagination.limit"),
        ({"pagination": {"page": 0}}, "pagination.page"),
        ({"filter": {"strict": "yes"}}, "filter.strict"),
        ({"filter": {"keyword": 12}}, "filter.keyword"),
    ],
)
def test_list_options_are_validated(
    api: httpx.Client, card: dict[str, Any], body: dict[str, Any], field: str
) -> None:
    response = api.request("GET", stats(card), json=body)
    assert response.status_code == 422
    assert response.json()["error"]["details"]["field"] == field


def test_listing_an_unknown_card_is_a_404(api: httpx.Client) -> None:
    response = api.get("/loyalty/loyalty-cards/424242/stats")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "card_not_found"
