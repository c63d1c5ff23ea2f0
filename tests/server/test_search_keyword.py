"""A non-strict search matches within one field: no keyword reaches across fields."""

from typing import Any

import httpx
import pytest


@pytest.fixture
def members(api: httpx.Client, card: dict[str, Any]) -> str:
    url = f"/loyalty/loyalty-cards/{card['id']}/stats"
    for fields in (
        {"first_name": "John", "last_name": "Doe", "email": "john@doe.com", "city": "Gent"},
        {"first_name": "Ann", "last_name": "Lee", "phone": "+32 470 11 22 33"},
        {"email": "nobody@example.org"},
    ):
        assert api.post(url, json=fields).status_code == 201
    return url


def names(response: httpx.Response) -> list[str | None]:
    assert response.status_code == 200, response.text
    return sorted((m["first_name"] or "-") for m in response.json())


@pytest.mark.parametrize("keyword", ["\x1f", "doe\x1fjohn", "Doe\x1fjohn@doe.com", "gent\x1fjohn"])
def test_a_separator_in_the_keyword_matches_nobody(
    api: httpx.Client, members: str, keyword: str
) -> None:
    assert names(api.get(members, params={"keyword": keyword})) == []
    body = {"filter": {"strict": False, "keyword": keyword}}
    assert names(api.request("GET", members, json=body)) == []


def test_keywords_still_match_within_a_field_and_the_full_name(
    api: httpx.Client, members: str
) -> None:
    assert names(api.get(members, params={"keyword": "JOHN"})) == ["John"]
    assert names(api.get(members, params={"keyword": "john doe"})) == ["John"]
    assert names(api.get(members, params={"keyword": "470 11"})) == ["Ann"]
    assert names(api.get(members, params={"keyword": "example.org"})) == ["-"]
    assert names(api.get(members, params={"keyword": "gent"})) == ["John"]
    # Across two fields is no match: "Doe" is the last name, "john@" the email.
    assert names(api.get(members, params={"keyword": "doe john@"})) == []


@pytest.mark.parametrize("keyword", ["\x1f", "\x1c", "\x1e\x1f"])
def test_a_strict_search_for_control_characters_finds_nobody(
    api: httpx.Client, members: str, keyword: str
) -> None:
    body = {"filter": {"strict": True, "keyword": keyword}}
    assert names(api.request("GET", members, json=body)) == []
    assert names(api.get(members, params={"keyword": keyword, "strict": "true"})) == []


def test_blanks_around_a_scanned_code_are_still_ignored(api: httpx.Client, members: str) -> None:
    john = api.get(members, params={"keyword": "john"}).json()[0]
    found = api.get(members, params={"keyword": f" {john['code']}\r\n", "strict": "true"})
    assert names(found) == ["John"]
