"""The stamp arithmetic of API.md, by example and by property."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_loyalty.domain.stamp_rules import RewardRule, apply_stamps

COOKIE = RewardRule(5, "Free cookie", 30)
COFFEE = RewardRule(10, "Free coffee", 30)


def test_api_md_example() -> None:
    """Goal 10, rewards at 5 and 10, user at 3, add 12: rewards at 5, 10, 5; ends at 5."""
    outcome = apply_stamps(3, 12, 10, (COOKIE, COFFEE))
    assert outcome.stamps == 5
    assert outcome.issued == (COOKIE, COFFEE, COOKIE)


def test_reaching_the_goal_exactly_resets_to_zero() -> None:
    assert apply_stamps(9, 1, 10, (COFFEE,)) == apply_stamps(0, 10, 10, (COFFEE,))
    assert apply_stamps(9, 1, 10, (COFFEE,)).stamps == 0


def test_a_count_above_a_lowered_goal_still_earns_the_goal_reward() -> None:
    outcome = apply_stamps(12, 1, 10, (COFFEE,))
    assert outcome.stamps == 0
    assert outcome.issued == (COFFEE,)


def test_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="goal"):
        apply_stamps(0, 1, 0, ())
    with pytest.raises(ValueError, match="amount"):
        apply_stamps(0, -1, 10, ())


@st.composite
def cards(draw: st.DrawFn) -> tuple[int, list[RewardRule]]:
    goal = draw(st.integers(1, 30))
    thresholds = draw(st.lists(st.integers(1, goal), min_size=0, max_size=4, unique=True))
    return goal, [RewardRule(t, f"reward at {t}", None) for t in thresholds]


@given(card=cards(), data=st.data())
def test_final_count_is_the_total_modulo_the_goal(
    card: tuple[int, list[RewardRule]], data: st.DataObject
) -> None:
    goal, rules = card
    current = data.draw(st.integers(0, goal - 1))
    amount = data.draw(st.integers(0, 500))
    assert apply_stamps(current, amount, goal, rules).stamps == (current + amount) % goal


@given(card=cards(), data=st.data())
def test_each_reward_is_issued_once_per_crossing_of_its_threshold(
    card: tuple[int, list[RewardRule]], data: st.DataObject
) -> None:
    goal, rules = card
    current = data.draw(st.integers(0, goal - 1))
    amount = data.draw(st.integers(0, 500))
    issued = apply_stamps(current, amount, goal, rules).issued
    for rule in rules:
        # Stamp k (1..amount) lands on position (current + k) mod goal, where 0 is the goal.
        target = rule.threshold % goal
        expected = sum(1 for k in range(1, amount + 1) if (current + k) % goal == target)
        assert issued.count(rule) == expected


@given(card=cards(), data=st.data())
def test_adding_in_two_steps_equals_adding_at_once(
    card: tuple[int, list[RewardRule]], data: st.DataObject
) -> None:
    goal, rules = card
    current = data.draw(st.integers(0, goal - 1))
    first, second = data.draw(st.integers(0, 200)), data.draw(st.integers(0, 200))
    at_once = apply_stamps(current, first + second, goal, rules)
    step = apply_stamps(current, first, goal, rules)
    then = apply_stamps(step.stamps, second, goal, rules)
    assert then.stamps == at_once.stamps
    assert step.issued + then.issued == at_once.issued
