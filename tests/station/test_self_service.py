"""The self-service kiosk's rules, on a counter session of the real server, with a
clock the test moves: what the customer sees, self-stamping off by default, a
stamp only with a staff PIN and within the cooldown and the daily cap, and the
screen going back to "Scan your card here" on time, through a sleep too."""

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from pos_loyalty.api import Member
from pos_loyalty.scanning.codes import ScanRejectedError
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import CounterSession
from pos_loyalty.station.journal import OperationJournal, OperationKind
from pos_loyalty.station.member_view import MemberView, build_member_view
from pos_loyalty.station.projection import stamp_goal
from pos_loyalty.station.self_service import (
    BADGE_PAUSE_SECONDS,
    BADGE_TRIES,
    BadgeParser,
    Phase,
    ResumeWatch,
    ScreenTimer,
    SelfService,
    SelfServiceSettings,
    SelfStampRefusedError,
    badge_code,
    badge_hash,
    customer_card,
)
from pos_loyalty.station.staff import Role, StaffRoster, WrongPinError

ON = SelfServiceSettings(self_stamping=True, card_seconds=15, confirm_seconds=60)


class SuspendingClock(ManualClock):
    """A suspend: the wall clock runs on, the monotonic clock (CLOCK_MONOTONIC on
    Linux) stands still."""

    def suspend(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)


def phase(kiosk: SelfService) -> Phase:
    """Read afresh (mypy keeps an attribute narrowed across calls)."""
    return kiosk.phase


def view_of(session: CounterSession, member: Member) -> MemberView:
    return build_member_view(
        session.project(member),
        session.card,
        stamp_goal(session.card, session.settings.default_stamp_goal),
        session.clock.now(),
        online=True,
        stamps_left_today=session.stamps_left_today(member.id),
    )


@pytest.fixture
def john(member: dict[str, Any]) -> Member:
    return Member.model_validate({**member, "phone": "+31 6 1234 5678"})


@pytest.fixture
def roster(journal: OperationJournal, audit: AuditLog, clock: ManualClock) -> StaffRoster:
    roster = StaffRoster(journal._conn, clock, audit, station="Kiosk 1")
    roster.add("Maria", Role.CASHIER, "4821", by="setup")
    return roster


def test_the_customer_sees_a_first_name_and_stamps_only(
    counter: CounterSession, john: Member
) -> None:
    card = customer_card(view_of(counter, john.model_copy(update={"stamps": 5})))
    assert card.first_name == "John"
    assert (card.stamps, card.goal) == (5, 10)
    shown = repr(card)
    for private in (john.email, john.phone, john.code, "Doe"):
        assert private is not None
        assert private not in shown
    # No first name: no e-mail in its place either.
    nameless = customer_card(view_of(counter, john.model_copy(update={"first_name": None})))
    assert nameless.first_name == ""


def test_self_stamping_is_off_by_default(counter: CounterSession, john: Member) -> None:
    kiosk = SelfService(counter, SelfServiceSettings())
    kiosk.show(view_of(counter, john))
    chance = kiosk.ask_stamp()
    assert not chance.offered
    assert not chance.allowed
    assert kiosk.phase is Phase.CARD
    assert counter.journal.open_for_member(john.id) == []


def test_a_stamp_needs_a_staff_pin_and_names_who_confirmed_it(
    counter: CounterSession, john: Member, roster: StaffRoster
) -> None:
    kiosk = SelfService(counter, ON)
    kiosk.show(view_of(counter, john))
    with pytest.raises(SelfStampRefusedError):  # not asked for yet
        kiosk.confirm_with_pin(roster, roster.by_name("Maria").id, "4821")
    assert kiosk.ask_stamp().allowed
    assert kiosk.phase is Phase.CONFIRM
    maria = roster.by_name("Maria").id
    with pytest.raises(WrongPinError):
        kiosk.confirm_with_pin(roster, maria, "1111")
    assert counter.journal.open_for_member(john.id) == []
    ticket = kiosk.confirm_with_pin(roster, maria, "4821")
    assert ticket.expected.stamps == 1
    assert phase(kiosk) is Phase.CARD
    assert kiosk.card is not None
    assert kiosk.card.stamps == 1
    assert kiosk.card.next_hint == "4 more for Free cookie"
    [op] = counter.journal.open_for_member(john.id)
    assert op.kind is OperationKind.ADD_STAMPS
    assert op.operator == "Maria (self-service)"
    assert counter.staff.operator == "Alice"  # the counter's own operator is back


def test_the_cooldown_refuses_a_second_stamp_and_names_the_wait(
    counter: CounterSession, john: Member, roster: StaffRoster, clock: ManualClock
) -> None:
    kiosk = SelfService(counter, ON)
    kiosk.show(view_of(counter, john))
    kiosk.ask_stamp()
    kiosk.confirm_with_pin(roster, roster.by_name("Maria").id, "4821")
    clock.advance(10)
    chance = kiosk.chance()
    assert chance.offered
    assert not chance.allowed
    assert "20 seconds" in chance.reason
    assert not kiosk.ask_stamp().allowed
    assert kiosk.phase is Phase.CARD
    # A cashier's stamp at the counter counts for the cooldown as well.
    clock.advance(25)
    assert kiosk.chance().allowed
    counter.add_stamps(john, 1)
    assert not kiosk.chance().allowed


def test_the_daily_cap_holds_at_the_kiosk(
    counter: CounterSession, john: Member, roster: StaffRoster, clock: ManualClock
) -> None:
    counter.card = counter.card.model_copy(update={"daily_stamp_limit": 1})
    kiosk = SelfService(counter, ON)
    kiosk.show(view_of(counter, john))
    kiosk.ask_stamp()
    kiosk.confirm_with_pin(roster, roster.by_name("Maria").id, "4821")
    clock.advance(60)  # past the cooldown: only the cap stands
    chance = kiosk.chance()
    assert not chance.allowed
    assert "today" in chance.reason
    # Even a confirmation opened before the cap was reached is refused by the guards.
    kiosk.phase = Phase.CONFIRM
    with pytest.raises(SelfStampRefusedError, match="today"):
        kiosk.confirm_with_pin(roster, roster.by_name("Maria").id, "4821")
    assert len(counter.journal.open_for_member(john.id)) == 1


def test_a_voided_card_is_sent_to_the_counter(counter: CounterSession, john: Member) -> None:
    voided = john.model_copy(update={"voided_at": counter.clock.now()})
    kiosk = SelfService(counter, ON)
    card = kiosk.show(view_of(counter, voided))
    assert card.blocked
    assert kiosk.chance().reason == "Please ask at the counter."


def test_a_ready_reward_is_only_announced(counter: CounterSession, john: Member) -> None:
    kiosk = SelfService(counter, ON)
    kiosk.show(view_of(counter, john.model_copy(update={"stamps": 4})))
    assert kiosk.card is not None
    assert not kiosk.card.reward_ready
    ticket = counter.add_stamps(john.model_copy(update={"stamps": 4}), 1)
    assert ticket.expected.issued  # the reward at 5
    card = kiosk.show(view_of(counter, john.model_copy(update={"stamps": 4})))
    assert card.reward_ready
    # There is no way to redeem here: nothing in the rules names a reward to use.
    assert not hasattr(kiosk, "redeem")


def test_the_card_goes_back_to_the_attract_screen(
    counter: CounterSession, john: Member, clock: ManualClock
) -> None:
    kiosk = SelfService(counter, ON)
    assert not kiosk.due()
    kiosk.show(view_of(counter, john))
    clock.advance(10)
    kiosk.touch()  # the customer tapped: a little longer
    clock.advance(10)
    assert not kiosk.due()
    clock.advance(5)
    assert kiosk.due()
    kiosk.reset()
    assert (kiosk.phase, kiosk.member, kiosk.card) == (Phase.ATTRACT, None, None)
    assert not kiosk.due()


def test_staff_get_longer_to_confirm(
    counter: CounterSession, john: Member, clock: ManualClock
) -> None:
    kiosk = SelfService(counter, ON)
    kiosk.show(view_of(counter, john))
    kiosk.ask_stamp()
    clock.advance(30)
    assert not kiosk.due()
    kiosk.cancel_stamp()
    assert kiosk.phase is Phase.CARD
    clock.advance(15)
    assert kiosk.due()


def test_a_sleep_ends_the_card_and_is_noticed() -> None:
    clock = SuspendingClock()
    timer = ScreenTimer(clock, 15)
    watch = ResumeWatch(clock, threshold=30)
    timer.touch()
    clock.advance(5)
    assert not watch.check()
    clock.suspend(3600)  # the lid closed for an hour: the monotonic clock stood still
    assert timer.due()
    assert watch.check()
    assert not watch.check()  # said once
    # The wall clock set back (a correction after the resume): a fresh screen too.
    timer.touch()
    clock.suspend(-120)  # moves the wall clock only, as a correction does
    assert timer.due()
    assert watch.check()


def test_after_a_sleep_the_cooldown_is_over(
    counter: CounterSession, john: Member, roster: StaffRoster, clock: ManualClock
) -> None:
    kiosk = SelfService(counter, ON)
    kiosk.show(view_of(counter, john))
    kiosk.ask_stamp()
    kiosk.confirm_with_pin(roster, roster.by_name("Maria").id, "4821")
    assert not kiosk.chance().allowed
    clock.advance(3600)  # the cooldown is wall time: a sleep counts
    assert kiosk.due()
    assert kiosk.chance().allowed


BADGE = "pos-loyalty-staff:blue-heron-42"


def test_a_staff_badge_confirms_a_stamp_and_wrong_ones_pause_badges(
    counter: CounterSession, john: Member, clock: ManualClock
) -> None:
    settings = replace(ON, badge_sha256=badge_hash("blue-heron-42"))
    kiosk = SelfService(counter, settings)
    kiosk.show(view_of(counter, john))
    with pytest.raises(SelfStampRefusedError, match="card first"):
        kiosk.confirm_with_badge(BADGE)  # the customer has not asked
    kiosk.ask_stamp()
    for _ in range(BADGE_TRIES - 1):
        with pytest.raises(SelfStampRefusedError, match="not a staff badge"):
            kiosk.confirm_with_badge("pos-loyalty-staff:guess")
    ticket = kiosk.confirm_with_badge(BADGE.upper().replace("BLUE-HERON", "blue-heron"))
    assert ticket.operation.operator == "Staff badge (self-service)"
    # Wrong badges in a row pause badges, even the right one; a PIN still works.
    clock.advance(60)
    kiosk.ask_stamp()
    for _ in range(BADGE_TRIES):
        with pytest.raises(SelfStampRefusedError):
            kiosk.confirm_with_badge("pos-loyalty-staff:guess")
    with pytest.raises(SelfStampRefusedError, match="Too many wrong badges"):
        kiosk.confirm_with_badge(BADGE)
    clock.advance(BADGE_PAUSE_SECONDS)
    kiosk.confirm_with_badge(BADGE)
    assert len(counter.journal.open_for_member(john.id)) == 2


def test_badges_are_off_without_a_code_and_the_parser_lets_them_through(
    counter: CounterSession, john: Member
) -> None:
    kiosk = SelfService(counter, ON)
    kiosk.show(view_of(counter, john))
    kiosk.ask_stamp()
    with pytest.raises(SelfStampRefusedError):
        kiosk.confirm_with_badge(BADGE)
    assert counter.journal.open_for_member(john.id) == []
    parser = BadgeParser()
    assert parser.parse(f"  {BADGE}\n").code == BADGE
    assert parser.parse(john.code).code == john.code
    with pytest.raises(ScanRejectedError):
        parser.parse("https://example.com/")
    assert badge_code("a member code") is None
