"""The counter's use cases against the real server."""

import asyncio
from typing import Any

import httpx
import pytest

from pos_loyalty.api import LoyaltyClient
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import CounterSession, RewardGoneError
from pos_loyalty.station.guards import MemberBlockedError, RepeatStampError
from pos_loyalty.station.journal import OperationState
from pos_loyalty.station.lookup import LatestOnly, MemberNotFoundError


def server_stamps(api: httpx.Client, card: dict[str, Any], member: dict[str, Any]) -> int:
    stamps: int = api.get(f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}").json()[
        "stamps"
    ]
    return stamps


async def test_lookup_by_code_then_from_the_index(
    counter: CounterSession, member: dict[str, Any]
) -> None:
    first = await counter.lookup(member["code"])
    assert first.member.id == member["id"]
    assert not first.from_index
    second = await counter.lookup(member["code"])
    assert second.from_index
    assert second.member == first.member


async def test_lookup_by_card_url_goes_through_the_parser(
    counter: CounterSession, member: dict[str, Any]
) -> None:
    from pos_loyalty.scanning.codes import CodeParser

    scanned = CodeParser().parse(member["download_url"])
    assert (await counter.lookup(scanned.code)).member.id == member["id"]


async def test_an_unknown_code_says_what_to_do(counter: CounterSession) -> None:
    with pytest.raises(MemberNotFoundError) as missing:
        await counter.lookup("zzzzzzzzzzzzzzzzzzzzz")
    assert "search the member by name" in missing.value.message


async def test_the_index_refresh_loads_every_member(
    counter: CounterSession, station_client: LoyaltyClient, api: httpx.Client, card: dict[str, Any]
) -> None:
    api.post(
        f"/loyalty/loyalty-cards/{card['id']}/stats/bulk",
        json=[{"first_name": str(n)} for n in range(12)],
    )
    assert await counter.index.refresh(station_client, card["id"]) == 12


async def test_a_stamp_is_held_for_undo_then_sent(
    counter: CounterSession,
    clock: ManualClock,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    found = (await counter.lookup(member["code"])).member
    ticket = counter.add_stamps(found)
    assert ticket.before == 0
    assert ticket.expected.stamps == 1
    assert await counter.sender.send_ready() == 0  # still inside the undo window
    assert server_stamps(api, card, member) == 0
    clock.advance(5)
    assert await counter.sender.send_ready() == 1
    assert counter.journal.get(ticket.operation.id).state is OperationState.APPLIED
    assert server_stamps(api, card, member) == 1
    assert counter.index.by_id(member["id"]) is not None
    assert counter.index.by_id(member["id"]).stamps == 1  # type: ignore[union-attr]


async def test_undo_within_the_window_sends_nothing(
    counter: CounterSession,
    clock: ManualClock,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    found = (await counter.lookup(member["code"])).member
    ticket = counter.add_stamps(found)
    clock.advance(3)
    assert counter.undo(ticket)
    clock.advance(60)
    assert await counter.sender.send_ready() == 0
    assert server_stamps(api, card, member) == 0
    outcomes = [(e.action, e.outcome) for e in counter.audit.entries()]
    assert ("undo_stamps", "cancelled") in outcomes


async def test_undo_after_sending_is_too_late(
    counter: CounterSession, clock: ManualClock, member: dict[str, Any]
) -> None:
    ticket = counter.add_stamps((await counter.lookup(member["code"])).member)
    clock.advance(5)
    await counter.sender.send_ready()
    assert not counter.undo(ticket)


async def test_a_repeat_needs_confirmation_naming_when_and_who(
    counter: CounterSession,
    clock: ManualClock,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    found = (await counter.lookup(member["code"])).member
    counter.add_stamps(found)
    clock.advance(8)
    with pytest.raises(RepeatStampError) as repeat:
        counter.add_stamps(found)
    # Till 1 is this very counter: said so, not as if another till had done it.
    assert "8 seconds ago at this counter, by Alice" in repeat.value.message
    assert "Till 1" not in repeat.value.message
    counter.add_stamps(found, confirmed=True)
    clock.advance(5)
    await counter.sender.send_ready()
    assert server_stamps(api, card, member) == 2


async def test_a_reward_is_earned_and_redeemed(
    counter: CounterSession, clock: ManualClock, member: dict[str, Any]
) -> None:
    found = (await counter.lookup(member["code"])).member
    ticket = counter.add_stamps(found, 5)
    assert [r.name for r in ticket.expected.issued] == ["Free cookie"]
    clock.advance(5)
    await counter.sender.send_ready()
    stamped = counter.index.by_id(member["id"])
    assert stamped is not None
    reward = stamped.rewards[0]
    op = counter.redeem(stamped, reward)
    await counter.sender.send_ready()
    applied = counter.journal.get(op.id)
    assert applied.state is OperationState.APPLIED
    assert applied.result is not None
    assert applied.result["rewards"][0]["used_at"] is not None
    used = counter.index.by_id(member["id"])
    assert used is not None
    with pytest.raises(RewardGoneError, match="no longer on this card"):
        counter.redeem(counter.project(used).member, reward)


async def test_a_voided_member_is_refused_before_anything_is_queued(
    counter: CounterSession, api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    api.put(f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}/void")
    found = (await counter.lookup(member["code"])).member
    with pytest.raises(MemberBlockedError, match="voided"):
        counter.add_stamps(found)
    assert counter.journal.open_count() == 0


async def test_a_refusal_by_the_server_is_kept_with_its_reason(
    counter: CounterSession,
    clock: ManualClock,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    found = (await counter.lookup(member["code"])).member  # cached before the void
    api.put(f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}/void")
    ticket = counter.add_stamps(found)
    clock.advance(5)
    await counter.sender.send_ready()
    rejected = counter.journal.get(ticket.operation.id)
    assert rejected.state is OperationState.REJECTED
    assert rejected.error is not None
    assert "voided" in rejected.error


async def test_member_changes_go_through_the_journal(
    counter: CounterSession, api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    enrolled = counter.enroll({"first_name": "Nina", "email": "nina@example.com"})
    await counter.sender.send_ready()
    created = counter.journal.get(enrolled.id)
    assert created.state is OperationState.APPLIED
    assert created.result is not None
    nina = (await counter.lookup(created.result["code"])).member
    counter.update_member(nina, {"city": "Ghent"})
    await counter.sender.send_ready()
    assert api.get(f"/loyalty/loyalty-cards/{card['id']}/stats/{nina.id}").json()["city"] == "Ghent"
    counter.delete_member(nina)
    await counter.sender.send_ready()
    assert api.get(f"/loyalty/loyalty-cards/{card['id']}/stats/{nina.id}").status_code == 404
    assert counter.index.by_id(nina.id) is None


async def test_the_newest_lookup_wins() -> None:
    gate = asyncio.Event()
    runner = LatestOnly()

    async def slow() -> str:
        await gate.wait()
        return "old"

    async def fast() -> str:
        return "new"

    old = runner.start(slow())
    new = runner.start(fast())
    assert await new == "new"
    with pytest.raises(asyncio.CancelledError):
        await old
    assert old.cancelled()
