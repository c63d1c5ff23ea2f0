"""A lost card: void, then a new card that carries the balance over, on the real server."""

from typing import Any

import pytest

from pos_loyalty.api import Member
from pos_loyalty.station.journal import OperationState
from pos_loyalty.station.members import is_provisional_member
from pos_loyalty.station.reissue import reissue
from pos_loyalty.station.staff import NotAllowedError, Permission
from tests.station.test_members import Rig, rig, staff_up

__all__ = ["rig"]  # the fixture, shared with test_members


def member_with(rig: Rig, stamps: int, use: tuple[str, ...] = ()) -> Member:
    member = rig.add_on_server(first_name="Lou", last_name="Lost", email="lou@example.com")
    url = f"/loyalty/loyalty-cards/{rig.card['id']}/stats/{member.id}"
    rig.api.post(url, json={"amount": stamps})
    for name in use:
        rewards = rig.on_server(member.id)["rewards"]
        reward = next(r for r in rewards if r["name"] == name and r["used_at"] is None)
        rig.api.put(url + "/rewards", json={"reward_ids": [reward["id"]]})
    return Member.model_validate(rig.on_server(member.id))


def unused(on_server: dict[str, Any]) -> list[str]:
    return sorted(r["name"] for r in on_server["rewards"] if r["used_at"] is None)


async def test_void_then_reissue_moves_stamps_and_carries_an_unused_reward(rig: Rig) -> None:
    maria, _ = staff_up(rig)
    old = member_with(rig, 7)  # the Free cookie at 5, unused
    rig.desk.void(old, rig.access.approve(Permission.VOID_MEMBER, maria, "4821"))
    await rig.drain()
    voided = Member.model_validate(rig.on_server(old.id))
    assert voided.voided_at is not None
    done = reissue(rig.desk, voided, rig.access.approve(Permission.VOID_MEMBER, maria, "4821"))
    assert is_provisional_member(done.new.member)
    assert (done.stamps_moved, done.rewards_carried, done.rewards_not_moved) == (
        7,
        ["Free cookie"],
        [],
    )
    await rig.drain()
    new = rig.desk.enrolment(done.new.operation_id).member
    assert not is_provisional_member(new)
    on_server = rig.on_server(new.id)
    assert on_server["stamps"] == 7
    assert unused(on_server) == ["Free cookie"]
    assert (on_server["first_name"], on_server["email"]) == ("Lou", "lou@example.com")
    entry = next(e for e in rig.session.audit.entries() if e.action == "reissue")
    assert entry.operator == "Maria"
    assert entry.member_id == old.id
    assert entry.before == {"stamps": 7, "unused_rewards": ["Free cookie"]}
    assert entry.after is not None
    assert entry.after["stamps_moved"] == 7
    assert "no unused rewards were left behind" in (entry.detail or "")


async def test_a_reward_already_used_is_not_given_again_by_the_moved_stamps(rig: Rig) -> None:
    maria, _ = staff_up(rig)
    old = member_with(rig, 7, use=("Free cookie",))
    # Not voided yet: re-issuing voids it first.
    done = reissue(rig.desk, old, rig.access.approve(Permission.VOID_MEMBER, maria, "4821"))
    assert done.rewards_used_at_once == ["Free cookie"]
    await rig.drain()
    assert rig.on_server(old.id)["voided_at"] is not None
    new = rig.desk.enrolment(done.new.operation_id).member
    on_server = rig.on_server(new.id)
    assert on_server["stamps"] == 7
    assert unused(on_server) == []
    assert rig.session.journal.counts()[OperationState.REJECTED] == 0
    assert "marked used at once: Free cookie" in (
        next(e for e in rig.session.audit.entries() if e.action == "reissue").detail or ""
    )


async def test_unused_rewards_the_api_cannot_move_are_named_in_the_audit_log(rig: Rig) -> None:
    maria, _ = staff_up(rig)
    old = member_with(rig, 12)  # cookie at 5, coffee at 10, then 2 stamps into the next round
    assert "Voiding blocks them" in (rig.desk.void_warning(old) or "")
    done = reissue(rig.desk, old, rig.access.approve(Permission.VOID_MEMBER, maria, "4821"))
    assert done.stamps_moved == 2
    assert done.rewards_not_moved == ["Free coffee", "Free cookie"]
    assert "cannot move rewards" in done.words()
    await rig.drain()
    new = rig.desk.enrolment(done.new.operation_id).member
    assert rig.on_server(new.id)["stamps"] == 2
    entry = next(e for e in rig.session.audit.entries() if e.action == "reissue")
    assert "unused rewards cannot be moved by the API" in (entry.detail or "")
    assert "Free coffee, Free cookie" in (entry.detail or "")


async def test_a_cashier_cannot_reissue_alone(rig: Rig) -> None:
    staff_up(rig)
    old = member_with(rig, 3)
    with pytest.raises(NotAllowedError):
        reissue(rig.desk, old)
    assert rig.session.journal.open_count() == 0
