"""What the member panel shows, computed without Qt: plain data, ready to paint."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pos_loyalty.api import Card, Member, Reward
from pos_loyalty.domain.i18n import format_moment, translate
from pos_loyalty.station.projection import Projection, is_provisional, redemption_order

MAX_STEP = 50


class Level(StrEnum):
    """How a message at the counter looks and sounds."""

    OK = "ok"
    INFO = "info"
    WARN = "warn"
    ERROR = "error"


class Offer(StrEnum):
    """A next step a message offers beside its text."""

    NEW_MEMBER = "new_member"  # nobody has this card: sign the customer up


@dataclass(frozen=True, slots=True)
class Notice:
    level: Level
    text: str
    offer: Offer | None = None


@dataclass(frozen=True, slots=True)
class RewardChoice:
    """One button per reward name: the one used first, and how many there are."""

    reward: Reward
    count: int

    @property
    def provisional(self) -> bool:
        return is_provisional(self.reward)


@dataclass(frozen=True, slots=True)
class MemberView:
    member: Member  # as projected: the server's answer plus this station's open writes
    card_name: str
    goal: int
    shown_stamps: int
    thresholds: frozenset[int]
    next_hint: str
    status_line: str | None  # voided or expired
    blocked: bool
    rewards: tuple[RewardChoice, ...]
    queued_line: str | None  # writes not yet on the server
    source_line: str | None  # answered from this station's copy
    # The stepper's upper bound: the daily limit left, at most MAX_STEP.
    max_stamps: int

    @property
    def name(self) -> str:
        return self.member.display_name


def next_reward_hint(stamps: int, card: Card) -> str:
    ahead = sorted((r.threshold, r.name) for r in card.rewards if r.threshold > stamps)
    if not ahead:
        return ""
    threshold, name = ahead[0]
    more = threshold - stamps
    if more > 1:
        return translate("MemberView", "%n more for {name}", None, more).format(name=name)
    return translate("MemberView", "1 more for {name}!").format(name=name)


def group_rewards(rewards: Sequence[Reward]) -> list[RewardChoice]:
    by_name: dict[str, list[Reward]] = {}
    for reward in rewards:
        by_name.setdefault(reward.name, []).append(reward)
    firsts = {redemption_order(same)[0].id: len(same) for same in by_name.values()}
    ordered = redemption_order([r for r in rewards if r.id in firsts])
    return [RewardChoice(r, firsts[r.id]) for r in ordered]


def _status_line(member: Member, now: datetime) -> str | None:
    if member.voided_at is not None:
        return translate(
            "MemberView",
            "Voided on {date}: no stamps or rewards on this card."
            " Ask for the member's current card.",
        ).format(date=format_moment(member.voided_at, "date"))
    if member.is_expired(now):
        assert member.expired_at is not None  # is_expired says so
        return translate(
            "MemberView",
            "Expired on {date}: no stamps or rewards on this card."
            " Ask for the member's current card.",
        ).format(date=format_moment(member.expired_at, "date"))
    return None


def _queued_line(projection: Projection, online: bool | None) -> str | None:
    if not projection.has_queued:
        return None
    parts = []
    if projection.queued_stamps:
        n = projection.queued_stamps
        parts.append(translate("MemberView", "%n stamp(s)", None, n))
    if projection.queued_redemptions:
        n = projection.queued_redemptions
        parts.append(translate("MemberView", "%n reward(s) used", None, n))
    if online is False:
        where = translate("MemberView", "offline: sent when the server is back")
    else:
        where = translate("MemberView", "on its way")
    return translate("MemberView", "Included: {what} from this station, {where}.").format(
        what=translate("MemberView", " and ").join(parts), where=where
    )


def build_member_view(
    projection: Projection,
    card: Card,
    goal: int,
    now: datetime,
    *,
    online: bool | None,
    source_line: str | None = None,
    stamps_left_today: int | None = None,
) -> MemberView:
    member = projection.member
    status = _status_line(member, now)
    blocked = status is not None
    usable = [] if blocked else member.usable_rewards(now)
    limit = MAX_STEP if stamps_left_today is None else min(MAX_STEP, stamps_left_today)
    return MemberView(
        member=member,
        card_name=card.name,
        goal=goal,
        shown_stamps=min(member.stamps, goal),
        thresholds=frozenset(r.threshold for r in card.rewards),
        next_hint=next_reward_hint(member.stamps, card),
        status_line=status,
        blocked=blocked,
        rewards=tuple(group_rewards(usable)),
        queued_line=_queued_line(projection, online),
        source_line=source_line,
        max_stamps=0 if blocked else limit,
    )
