"""Every client call against the real server."""

from typing import Any

from pos_loyalty.api import LoyaltyClient


async def test_list_and_copy_cards(client: LoyaltyClient) -> None:
    cards = await client.list_cards()
    coffee = next(c for c in cards if c.id == 1)
    assert coffee.name == "Coffee Club"
    assert coffee.stamps_required == 10
    assert [(r.threshold, r.name) for r in coffee.rewards] == [
        (5, "Free cookie"),
        (10, "Free coffee"),
    ]
    copy = await client.copy_card(1, "Client copy")
    assert copy.id != 1
    assert copy.name == "Client copy"


async def test_member_lifecycle(client: LoyaltyClient, card: dict[str, Any]) -> None:
    created = await client.create_user(
        card["id"], {"first_name": "Ada", "email": "ada@example.com"}
    )
    assert created.display_name == "Ada"
    assert created.created_at is not None
    assert created.created_at.tzinfo is not None
    fetched = await client.get_user(card["id"], created.id)
    assert fetched == created
    updated = await client.update_user(card["id"], created.id, {"last_name": "Lovelace"})
    assert updated.display_name == "Ada Lovelace"
    voided = await client.void_user(card["id"], created.id)
    assert voided.voided_at is not None
    await client.delete_user(card["id"], created.id)
    page = await client.list_users(card["id"], include_voided=True)
    assert page.members == []
    assert page.total == 0


async def test_bulk_create_and_walk_every_page(client: LoyaltyClient, card: dict[str, Any]) -> None:
    people = [{"first_name": f"P{n}"} for n in range(7)]
    created = await client.create_users(card["id"], people)
    assert [m.first_name for m in created] == [p["first_name"] for p in people]
    page = await client.list_users(card["id"], limit=3, page=3)
    assert [m.first_name for m in page.members] == ["P0"]
    assert page.total == 7
    walked = [m.first_name async for m in client.iter_users(card["id"], page_size=3)]
    assert walked == [f"P{n}" for n in reversed(range(7))]


async def test_find_by_code_returns_the_member_with_rewards(
    client: LoyaltyClient, card: dict[str, Any], member: dict[str, Any]
) -> None:
    await client.add_stamps(card["id"], member["id"], 5)
    found = await client.find_user_by_code(card["id"], member["code"])
    assert found is not None
    assert found.id == member["id"]
    assert [r.name for r in found.rewards] == ["Free cookie"]
    assert await client.find_user_by_code(card["id"], "nosuchcodeatall000000") is None


async def test_stamps_rewards_and_push(
    client: LoyaltyClient, card: dict[str, Any], member: dict[str, Any]
) -> None:
    after = await client.add_stamps(card["id"], member["id"], 4)
    assert after.stamps == 4
    after = await client.add_stamps_by_id(card["id"], member["id"], 1)
    assert after.stamps == 5
    reward = after.rewards[0]
    assert reward.used_at is None
    assert reward.expired_at is not None
    assert reward.added_at is not None
    used = await client.use_rewards(card["id"], member["id"], [reward.id])
    assert used.rewards[0].used_at is not None
    pushed = await client.push_notification(card["id"], "Hello", [member["id"]])
    assert pushed.total_recipients == 1


async def test_unknown_fields_are_ignored(client: LoyaltyClient, card: dict[str, Any]) -> None:
    # The bundled server's own extensions (updated_at, rewards …) are fields a
    # client must take; an unknown one must not break parsing either.
    from pos_loyalty.api.models import Member

    member = Member.model_validate({"id": 1, "code": "x", "brand_new_field": [1, 2]})
    assert member.id == 1
