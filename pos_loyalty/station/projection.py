"""The member as the counter must show them: the server's last answer plus every
open write of this station (held, pending and sent), by the same stamp rules.

A stamp queued offline counts; a reward redeemed offline is gone; a reward earned
by a stamp still on its way is there, marked provisional (a negative id), and can
be redeemed at once by name.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pos_loyalty.api import Card, Member, Reward
from pos_loyalty.domain.stamp_rules import DEFAULT_STAMP_GOAL, apply_stamps
from pos_loyalty.station.journal import Operation, OperationKind

_FAR = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Projection:
    member: Member
    # What the open writes add on top of the server's answer.
    queued_stamps: int
    queued_redemptions: int

    @property
    def has_queued(self) -> bool:
        return bool(self.queued_stamps or self.queued_redemptions)


def stamp_goal(card: Card, fallback: int = DEFAULT_STAMP_GOAL) -> int:
    return card.stamps_required or fallback


def is_provisional(reward: Reward) -> bool:
    """Earned by a stamp the server has not confirmed yet: it has no server id."""
    return reward.id < 0


def redemption_order(rewards: Sequence[Reward]) -> list[Reward]:
    """Which of several rewards of one name is used first: the one expiring first,
    then the oldest; provisional rewards (not yet on the server) last."""
    return sorted(rewards, key=lambda r: (r.expired_at or _FAR, is_provisional(r), abs(r.id)))


def pick_by_name(rewards: Sequence[Reward], name: str, now: datetime) -> Reward | None:
    same = [r for r in rewards if r.name == name and r.usable(now)]
    ordered = redemption_order(same)
    return ordered[0] if ordered else None


def project(
    base: Member,
    open_ops: Sequence[Operation],
    card: Card,
    now: datetime,
    goal_fallback: int = DEFAULT_STAMP_GOAL,
) -> Projection:
    """Apply ``open_ops`` (this member's open writes, oldest first) to ``base``."""
    goal = stamp_goal(card, goal_fallback)
    rules = [r.as_rule() for r in card.rewards]
    stamps = base.stamps
    rewards = list(base.rewards)
    queued_stamps = queued_redemptions = 0
    for op in open_ops:
        if op.member_id != base.id:
            continue
        if op.kind is OperationKind.ADD_STAMPS:
            amount = int(op.payload.get("amount", 0))
            outcome = apply_stamps(stamps, amount, goal, rules)
            stamps = outcome.stamps
            queued_stamps += amount
            for n, rule in enumerate(outcome.issued):
                days = rule.validity_days
                rewards.append(
                    Reward(
                        id=-(op.id * 1000 + n + 1),
                        name=rule.name,
                        added_at=op.created_at,
                        expired_at=op.created_at + timedelta(days=days) if days else None,
                    )
                )
        elif op.kind is OperationKind.USE_REWARDS:
            rewards = _redeemed(rewards, op, now)
            queued_redemptions += max(
                len(op.payload.get("reward_ids") or []), len(op.payload.get("reward_names") or [])
            )
    member = base.model_copy(update={"stamps": stamps, "rewards": rewards})
    return Projection(member, queued_stamps, queued_redemptions)


def _redeemed(rewards: list[Reward], op: Operation, now: datetime) -> list[Reward]:
    ids = set(op.payload.get("reward_ids") or [])
    if ids:
        return [r.model_copy(update={"used_at": now}) if r.id in ids else r for r in rewards]
    left = list(rewards)
    for name in op.payload.get("reward_names") or []:
        chosen = pick_by_name(left, name, now)
        if chosen is not None:
            left = [r.model_copy(update={"used_at": now}) if r is chosen else r for r in left]
    return left
