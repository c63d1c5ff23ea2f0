"""The stamp card arithmetic of API.md: thresholds, a goal, and carry-over."""

from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_STAMP_GOAL = 10


@dataclass(frozen=True, slots=True)
class RewardRule:
    """A reward the card issues each time the stamp count reaches ``threshold``."""

    threshold: int
    name: str
    validity_days: int | None = None


@dataclass(frozen=True, slots=True)
class StampOutcome:
    stamps: int
    issued: tuple[RewardRule, ...]


def apply_stamps(current: int, amount: int, goal: int, rules: Sequence[RewardRule]) -> StampOutcome:
    """Walk through every added stamp, issuing rewards at their thresholds.

    Reaching the goal starts the count again from 0 and carries the rest over.
    A count already past the goal (the goal was lowered) counts as reaching it
    on the next stamp, so nobody loses the goal reward.
    """
    if goal < 1:
        raise ValueError("goal must be at least 1")
    if amount < 0:
        raise ValueError("amount must not be negative")
    issued: list[RewardRule] = []
    count = current
    for _ in range(amount):
        count += 1
        if count >= goal:
            issued.extend(rule for rule in rules if rule.threshold == goal)
            count = 0
        else:
            issued.extend(rule for rule in rules if rule.threshold == count)
    return StampOutcome(stamps=count, issued=tuple(issued))
