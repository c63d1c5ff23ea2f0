"""What the customer display may show, computed without Qt.

The customer display faces the shop, so it must never show what the counter
shows only to staff: e-mail, phone, the member's code, anyone else's data. The
rule is kept by the types here: a ``CustomerView`` holds a first name, numbers
and reward names, nothing else, and is the only thing the display is given.
``Member.display_name`` is no use for it: it falls back to the e-mail or code.

``CustomerFeed`` follows the counter's member views one by one and says when a
reward was earned just now (at this counter, on the member on screen), so the
display celebrates a stamp and not every scan of a member who has a reward.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from pos_loyalty.api import Card
from pos_loyalty.station.member_view import MemberView


@dataclass(frozen=True, slots=True)
class RewardStep:
    """One rung of the program's ladder: ``stamps`` for ``name``."""

    stamps: int
    name: str


@dataclass(frozen=True, slots=True)
class WelcomeView:
    """Between members: the program's name and what it offers."""

    program: str
    goal: int
    ladder: tuple[RewardStep, ...]


@dataclass(frozen=True, slots=True)
class CustomerView:
    """The member at the counter, as the customer may see it."""

    first_name: str  # "" when the member gave none: the display greets without a name
    stamps: int  # on the card now (the station's queued stamps included), ≤ goal
    goal: int
    thresholds: frozenset[int]
    # The next reward ahead and how many stamps it is away; None past the last one.
    next_reward: RewardStep | None
    rewards_ready: tuple[str, ...]  # usable now, one name per reward (repeats kept)
    # Rewards that came with the last step at the counter: the display celebrates them.
    earned: tuple[str, ...]
    fresh: bool  # earned just now, with this step: the moment to animate
    blocked: bool  # voided or expired: the customer is asked to see the cashier


def first_name(raw: str | None) -> str:
    """The first word of the first name, or ""; a long double name is cut to its first part
    so it stays readable across the shop."""
    words = (raw or "").split()
    return words[0] if words else ""


def welcome_view(card: Card, goal: int) -> WelcomeView:
    rungs = sorted((r.threshold, r.name) for r in card.rewards)
    ladder = tuple(RewardStep(stamps, name) for stamps, name in rungs)
    return WelcomeView(program=card.name, goal=goal, ladder=ladder)


def _ready(view: MemberView) -> tuple[str, ...]:
    return tuple(choice.reward.name for choice in view.rewards for _ in range(choice.count))


def _next_reward(stamps: int, card: Card) -> RewardStep | None:
    ahead = sorted((r.threshold, r.name) for r in card.rewards if r.threshold > stamps)
    if not ahead:
        return None
    threshold, name = ahead[0]
    return RewardStep(threshold - stamps, name)


def customer_view(
    view: MemberView,
    card: Card,
    earned: Sequence[str] = (),
    *,
    fresh: bool = False,
    filled: bool = False,
) -> CustomerView:
    """The customer's side of ``view`` (``earned``: what ``CustomerFeed`` saw come;
    ``filled``: the card just filled up and starts again, shown full meanwhile)."""
    member = view.member
    return CustomerView(
        first_name=first_name(member.first_name),
        stamps=view.goal if filled else view.shown_stamps,
        goal=view.goal,
        thresholds=view.thresholds,
        next_reward=None if view.blocked or filled else _next_reward(member.stamps, card),
        rewards_ready=() if view.blocked else _ready(view),
        earned=tuple(earned),
        fresh=fresh,
        blocked=view.blocked,
    )


class CustomerFeed:
    """Turns the counter's member views into what the customer display shows.

    A reward earned stays "earned" while the same member is on screen and has it,
    through the server's confirmation that follows the stamp, until the display
    ends the celebration (``end_celebration``) or the member changes; an undo or a
    redemption that takes it away ends it at once.
    """

    def __init__(self, card: Card, goal: int) -> None:
        self.card = card
        self.goal = goal
        self._view: MemberView | None = None
        self._ready: tuple[str, ...] = ()
        self._earned: tuple[str, ...] = ()
        # The card filled up with the reward earned: a new one starts, nearly empty.
        # While "Reward earned" shows, the full card does: an empty card would read
        # as a loss.
        self._filled = False

    def follow(self, view: MemberView | None) -> CustomerView | WelcomeView:
        """The next screen for ``view`` (None: nobody at the counter)."""
        before, self._view = self._view, view
        if view is None:
            self._ready = self._earned = ()
            self._filled = False
            return welcome_view(self.card, self.goal)
        same = before is not None and before.member.id == view.member.id
        ready = () if view.blocked else _ready(view)
        new = _new(ready, self._ready) if same else ()
        kept = self._earned if same and not _new(self._earned, ready) else ()
        wrapped = before is not None and view.member.stamps < before.member.stamps
        self._filled = bool(new and wrapped) or bool(kept and self._filled)
        self._ready, self._earned = ready, kept + new
        return customer_view(view, self.card, self._earned, fresh=bool(new), filled=self._filled)

    def end_celebration(self) -> CustomerView | WelcomeView:
        """The screen again, without "Reward earned"."""
        self._earned = ()
        self._filled = False
        if self._view is None:
            return welcome_view(self.card, self.goal)
        return customer_view(self._view, self.card)


def _new(now: tuple[str, ...], before: tuple[str, ...]) -> tuple[str, ...]:
    """The names in ``now`` beyond those in ``before`` (a multiset difference)."""
    left = list(before)
    added: list[str] = []
    for name in now:
        if name in left:
            left.remove(name)
        else:
            added.append(name)
    return tuple(added)


def choose_screen(names: Sequence[str], counter: int, spec: str) -> int | None:
    """Which screen the customer display fills: an index into ``names``, or None for
    a window of its own.

    ``spec`` is what ``--customer-display`` or the setting says: "" for the first
    screen that is not the counter's (``counter`` is its index), a number for that
    screen, or a screen's name (as Qt names it, e.g. ``HDMI-1``). The counter's own
    screen is never filled: the display would cover the counter.
    """
    spec = spec.strip()
    if not spec:
        others = [i for i in range(len(names)) if i != counter]
        return others[0] if others else None
    if spec.isdigit():
        index = int(spec)
    else:
        folded = [name.casefold() for name in names]
        index = folded.index(spec.casefold()) if spec.casefold() in folded else -1
    if index < 0 or index >= len(names) or index == counter:
        return None
    return index
