"""A question at the counter belongs to one member, one card, and the state it asked about.

A new scan, a search pick, Done, Esc, the idle timeout, or that member's data
changing dismisses it. Its confirm acts only when the member and the state are
still the ones it asked about; otherwise it does nothing.
"""

from dataclasses import dataclass
from enum import StrEnum

from pos_loyalty.api import Card, Member, Reward


class PromptKind(StrEnum):
    REPEAT_STAMP = "repeat_stamp"
    REDEEM = "redeem"
    SWITCH_PROGRAM = "switch_program"


def fingerprint(member: Member) -> tuple[object, ...]:
    """What a prompt asked about: the stamp count and the unused rewards by name (a
    reward earned offline keeps its name when the server gives it an id)."""
    return (
        member.id,
        member.stamps,
        member.voided_at,
        tuple(sorted(r.name for r in member.rewards if r.used_at is None)),
    )


@dataclass(frozen=True, slots=True)
class Prompt:
    kind: PromptKind
    member_id: int
    card_id: int
    asked_about: tuple[object, ...]
    text: str
    confirm_label: str
    # The key that confirms it when pressed again (Enter never does).
    confirm_key: str
    amount: int = 0
    reward: Reward | None = None
    # SWITCH_PROGRAM: the program the scanned card belongs to, and its member there.
    other_card: Card | None = None
    other_member: Member | None = None

    def still_holds(self, member: Member | None, card_id: int) -> bool:
        if self.kind is PromptKind.SWITCH_PROGRAM:
            # Asked about a scan, not the member on screen: any new scan dismisses it.
            return card_id == self.card_id
        return (
            member is not None
            and member.id == self.member_id
            and card_id == self.card_id
            and fingerprint(member) == self.asked_about
        )


class PromptSlot:
    """At most one open prompt."""

    def __init__(self) -> None:
        self.current: Prompt | None = None

    def open(self, prompt: Prompt) -> Prompt:
        self.current = prompt
        return prompt

    def dismiss(self) -> bool:
        """True when a prompt was open."""
        was_open = self.current is not None
        self.current = None
        return was_open

    def take(self, member: Member | None, card_id: int) -> Prompt | None:
        """Close the prompt and return it only when it still holds for ``member``."""
        prompt, self.current = self.current, None
        if prompt is None or not prompt.still_holds(member, card_id):
            return None
        return prompt
