"""Review: writes refused or with an unknown outcome, told in words, resent or dismissed
with a reason in the audit log; on the real server behind a fault proxy."""

import pytest

from pos_loyalty.api import Member
from pos_loyalty.station.journal import OperationKind, OperationState
from pos_loyalty.station.review import ReviewError, ReviewList
from pos_loyalty.station.staff import NotAllowedError, Permission
from tests.station.test_members import Rig, rig, staff_up
from tests.support.fault_proxy import Fault

__all__ = ["rig"]  # the fixture, shared with test_members


def lou(rig: Rig) -> Member:
    return rig.add_on_server(first_name="Lou", last_name="Lane")


async def test_a_refused_stamp_is_told_in_words_and_dismissed_with_a_reason(rig: Rig) -> None:
    maria, _ = staff_up(rig)
    review = ReviewList(rig.session, rig.access)
    member = lou(rig)
    queued_at = rig.clock.now()
    rig.session.add_stamps(member, 2)
    # Meanwhile the card is voided elsewhere: the server refuses the stamps.
    rig.api.put(f"/loyalty/loyalty-cards/{rig.card['id']}/stats/{member.id}/void")
    await rig.drain()
    assert review.count() == 1
    [item] = review.items()
    assert not item.needs_review
    assert item.what == "2 stamps for Lou Lane"
    assert (item.who, item.where, item.when) == ("Carl", "Till 1", queued_at)
    assert item.answer == (
        "The stamp for Lou Lane was refused: the card was voided. Ask for the member's"
        " current card."
    )
    assert item.can_resend
    # Carl, a cashier, cannot decide; a reason is required.
    with pytest.raises(NotAllowedError):
        review.dismiss(item.id, "voided card")
    approval = rig.access.approve(Permission.REVIEW, maria, "4821")
    with pytest.raises(ReviewError, match="Say why"):
        review.dismiss(item.id, "  ", approval)
    review.dismiss(item.id, "card was reported stolen", approval)
    assert review.count() == 0
    entry = rig.session.audit.entries()[-1]
    assert (entry.action, entry.operator, entry.outcome) == (
        "review_dismissed",
        "Maria",
        "dismissed",
    )
    assert entry.after == {"decision": "dismissed", "reason": "card was reported stolen"}
    assert entry.member_id == member.id
    with pytest.raises(ReviewError, match="not waiting"):
        review.dismiss(item.id, "again", rig.access.approve(Permission.REVIEW, maria, "4821"))


async def test_a_refused_write_resent_is_a_new_write_with_a_key_of_its_own(rig: Rig) -> None:
    review = ReviewList(rig.session)  # a station without staff: no PIN asked
    member = lou(rig)
    rig.api.put(f"/loyalty/loyalty-cards/{rig.card['id']}/stats/{member.id}/void")
    rig.session.add_stamps(member, 1)
    await rig.drain()
    [refused_stamp] = [i for i in review.items() if i.operation.kind is OperationKind.ADD_STAMPS]
    sent = review.resend(refused_stamp.id, "try again after the mix-up")
    assert sent.id != refused_stamp.id
    assert sent.idempotency_key != refused_stamp.operation.idempotency_key
    await rig.session.sender.send_ready()
    # Still voided: refused again, and the new refusal is on the list.
    assert rig.session.journal.get(sent.id).state is OperationState.REJECTED
    assert [i.id for i in review.items()] == [sent.id]
    entry = next(e for e in rig.session.audit.entries() if e.action == "review_resent")
    assert entry.after == {
        "decision": "resent",
        "reason": "try again after the mix-up",
        "new_operation": sent.id,
    }


async def test_a_write_with_a_lost_answer_is_resent_under_its_key_and_not_doubled(
    rig: Rig,
) -> None:
    maria, _ = staff_up(rig)
    review = ReviewList(rig.session, rig.access)
    member = lou(rig)
    rig.session.add_stamps(member, 3)
    rig.proxy.inject(Fault.DROP_ANSWER)  # the server applies it; the answer is lost
    await rig.drain()
    [item] = review.items()
    assert item.needs_review
    assert "answer was lost" in item.answer
    current = await review.current(item)
    assert isinstance(current, Member)
    assert current.stamps == 3  # it did go through
    review.resend(
        item.id, "checked: resend is safe", rig.access.approve(Permission.REVIEW, maria, "4821")
    )
    assert review.count() == 0
    await rig.session.sender.send_ready()
    assert rig.session.journal.get(item.id).state is OperationState.APPLIED
    assert rig.on_server(member.id)["stamps"] == 3


async def test_a_refused_reward_cannot_be_resent(rig: Rig) -> None:
    review = ReviewList(rig.session)
    member = lou(rig)
    url = f"/loyalty/loyalty-cards/{rig.card['id']}/stats/{member.id}"
    shown = Member.model_validate(rig.api.post(url, json={"amount": 5}).json())
    reward = shown.rewards[0]
    rig.session.redeem(shown, reward)
    rig.api.put(url + "/rewards", json={"reward_ids": [reward.id]})  # used at another till
    await rig.drain()
    [item] = review.items()
    assert "already been used" in item.answer
    assert not item.can_resend
    with pytest.raises(ReviewError, match="never sent again"):
        review.resend(item.id, "please")
    review.dismiss(item.id, "handed over at till 2")
    assert review.count() == 0
