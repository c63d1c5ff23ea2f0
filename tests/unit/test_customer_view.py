"""The customer display's view, without Qt: what it may hold, when a reward counts as
earned just now, and which screen it fills."""

from dataclasses import fields
from datetime import UTC, datetime

from pos_loyalty.api import Card, Member, Reward
from pos_loyalty.api.models import RewardRule
from pos_loyalty.station.customer_view import (
    CustomerFeed,
    CustomerView,
    RewardStep,
    WelcomeView,
    choose_screen,
    first_name,
)
from pos_loyalty.station.member_view import MemberView, build_member_view
from pos_loyalty.station.projection import Projection

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
CARD = Card(
    id=1,
    name="Coffee Club",
    stamps_required=10,
    rewards=[RewardRule(threshold=10, name="Free coffee"), RewardRule(threshold=5, name="Cookie")],
)


def view(stamps: int, rewards: int = 0, member_id: int = 7, **member: object) -> MemberView:
    given = {
        "first_name": "John", "last_name": "Doe", "email": "john@example.com",
        "phone": "+32 470 00 00 00", "code": "abcdef123456", **member,
    }  # fmt: skip
    shown = Member(
        id=member_id,
        stamps=stamps,
        rewards=[Reward(id=100 + n, name="Cookie") for n in range(rewards)],
        **given,  # type: ignore[arg-type]
    )
    return build_member_view(Projection(shown, 0, 0), CARD, 10, NOW, online=True)


def test_the_view_holds_no_contact_details_code_or_member() -> None:
    # Adding a field here is a privacy decision: this list is the whole of what the
    # shop's side of the counter may see.
    assert [f.name for f in fields(CustomerView)] == [
        "first_name", "stamps", "goal", "thresholds", "next_reward", "rewards_ready",
        "earned", "fresh", "blocked",
    ]  # fmt: skip
    shown = CustomerFeed(CARD, 10).follow(view(3))
    assert isinstance(shown, CustomerView)
    assert shown.first_name == "John"
    assert shown.next_reward == RewardStep(2, "Cookie")
    words = repr(shown)
    for secret in ("Doe", "john@example.com", "470", "abcdef123456"):
        assert secret not in words


def test_first_names_and_none() -> None:
    assert first_name("  Maria José ") == "Maria"
    assert first_name(None) == ""
    shown = CustomerFeed(CARD, 10).follow(view(0, first_name=None, last_name=None))
    assert isinstance(shown, CustomerView)
    assert shown.first_name == ""  # not the e-mail display_name falls back to


def test_a_reward_is_earned_by_a_step_of_the_same_member_only() -> None:
    feed = CustomerFeed(CARD, 10)
    first = feed.follow(view(4))
    assert isinstance(first, CustomerView)
    assert not first.earned
    stamped = feed.follow(view(5, rewards=1))
    assert isinstance(stamped, CustomerView)
    assert stamped.earned == ("Cookie",)
    assert stamped.fresh
    confirmed = feed.follow(view(5, rewards=1))  # the server's answer: still the moment
    assert isinstance(confirmed, CustomerView)
    assert confirmed.earned == ("Cookie",)
    assert not confirmed.fresh
    over = feed.end_celebration()
    assert isinstance(over, CustomerView)
    assert over.earned == ()
    assert over.rewards_ready == ("Cookie",)
    # Another member who has a reward already: ready, not earned.
    other = feed.follow(view(6, rewards=2, member_id=8, first_name="Ann"))
    assert isinstance(other, CustomerView)
    assert other.earned == ()
    assert other.rewards_ready == ("Cookie", "Cookie")
    assert isinstance(feed.follow(None), WelcomeView)


def test_an_undo_ends_the_reward_at_once() -> None:
    feed = CustomerFeed(CARD, 10)
    feed.follow(view(4))
    feed.follow(view(5, rewards=1))
    undone = feed.follow(view(4))
    assert isinstance(undone, CustomerView)
    assert undone.earned == ()


def test_the_welcome_lists_the_ladder_in_order() -> None:
    welcome = CustomerFeed(CARD, 10).follow(None)
    assert welcome == WelcomeView(
        "Coffee Club", 10, (RewardStep(5, "Cookie"), RewardStep(10, "Free coffee"))
    )


def test_the_screen_it_fills() -> None:
    names = ["eDP-1", "HDMI-1", "DP-2"]
    assert choose_screen(names, 0, "") == 1
    assert choose_screen(names, 1, "") == 0
    assert choose_screen(names, 0, "2") == 2
    assert choose_screen(names, 0, "hdmi-1") == 1
    # Never the counter's own screen, never one that is not there: a window instead.
    assert choose_screen(names, 0, "0") is None
    assert choose_screen(names, 0, "eDP-1") is None
    assert choose_screen(names, 0, "7") is None
    assert choose_screen(names, 0, "VGA-1") is None
    assert choose_screen(["eDP-1"], 0, "") is None


def test_a_card_that_fills_up_shows_full_while_the_reward_is_new() -> None:
    feed = CustomerFeed(CARD, 10)
    feed.follow(view(9, rewards=0))
    # The tenth stamp: Free coffee, and a new card starting at 0.
    coffee = view(0)
    coffee = build_member_view(
        Projection(
            coffee.member.model_copy(update={"rewards": [Reward(id=-1, name="Free coffee")]}),
            1,
            0,
        ),
        CARD, 10, NOW, online=True,
    )  # fmt: skip
    full = feed.follow(coffee)
    assert isinstance(full, CustomerView)
    assert full.earned == ("Free coffee",)
    assert full.stamps == 10
    assert full.next_reward is None
    assert feed.follow(coffee).stamps == 10  # type: ignore[union-attr]
    after = feed.end_celebration()
    assert isinstance(after, CustomerView)
    assert after.stamps == 0
    assert after.next_reward == RewardStep(5, "Cookie")
