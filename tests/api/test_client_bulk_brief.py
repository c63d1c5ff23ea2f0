"""The brief bulk create (what an import reads): each new member's id and code, in the
order sent, the very members the server then lists; its key is honoured like any write."""

from typing import Any

import httpx

from pos_loyalty.api import LoyaltyClient


async def test_the_brief_answer_names_each_new_member(
    client: LoyaltyClient, api: httpx.Client, card: dict[str, Any]
) -> None:
    people = [{"first_name": f"P{n}", "email": f"p{n}@example.com"} for n in range(5)]
    created = await client.create_users_brief(card["id"], people, idempotency_key="brief-1")
    listed = api.get(f"/loyalty/loyalty-cards/{card['id']}/stats").json()
    by_id = {m["id"]: m for m in listed}
    assert [by_id[m.id]["code"] for m in created] == [m.code for m in created]
    assert [by_id[m.id]["email"] for m in created] == [p["email"] for p in people]
    # The same key again: the same members, none added.
    again = await client.create_users_brief(card["id"], people, idempotency_key="brief-1")
    assert again == created
    assert len(api.get(f"/loyalty/loyalty-cards/{card['id']}/stats").json()) == len(people)
