"""A lost card: void it and issue a new one that carries the balance over.

The API has no way to set a member's stamps or to move a reward, only to add
stamps and to use rewards. So the new card gets the old card's stamps added;
adding them walks past the same reward thresholds the old card passed, and each
reward that walk issues either stands for an unused reward of the same name on
the old card (carried over), or is one the member already had and used: that one
is used at once, so nobody gains a reward from losing a card. Unused rewards the
walk does not issue again cannot be moved; the audit entry says which.

Everything is queued in the journal in order (the void, the new member, the
stamps, the adjustments) and works offline like any other write.
"""

from collections import Counter
from dataclasses import dataclass, field

from pos_loyalty.api import Member
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.journal import OperationKind
from pos_loyalty.station.members import ConfirmationError, Enrolment, MemberDesk
from pos_loyalty.station.projection import pick_by_name
from pos_loyalty.station.staff import Permission
from pos_loyalty.station.staff_access import Approval

# The details a new card copies from the old one.
COPIED_FIELDS = (
    "first_name", "last_name", "email", "phone", "address", "zip", "city",
    *(f"custom_{n}" for n in range(1, 9)),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Reissue:
    """What re-issuing a card queued, and what it could not do."""

    old: Member
    new: Enrolment
    stamps_moved: int
    # Stamps the daily limit kept from moving today; add them later by hand.
    stamps_held_back: int
    rewards_carried: list[str] = field(default_factory=list)
    rewards_used_at_once: list[str] = field(default_factory=list)
    rewards_not_moved: list[str] = field(default_factory=list)

    def words(self) -> str:
        """What the counter says when it is done."""
        parts = [
            translate("Reissue", "New card for {name}: %n stamps moved.", None, self.stamps_moved)
            .format(name=self.new.member.display_name)
        ]  # fmt: skip
        if self.rewards_carried:
            parts.append(
                translate("Reissue", "Rewards carried over: {names}.").format(
                    names=", ".join(self.rewards_carried)
                )
            )
        if self.rewards_not_moved:
            parts.append(
                translate(
                    "Reissue", "Not moved (the loyalty API cannot move rewards): {names}."
                ).format(names=", ".join(self.rewards_not_moved))
            )
        if self.stamps_held_back:
            parts.append(
                translate(
                    "Reissue",
                    "%n stamps are over today's limit: add them tomorrow.",
                    None,
                    self.stamps_held_back,
                )
            )
        return " ".join(parts)


def reissue(desk: MemberDesk, old: Member, approval: Approval | None = None) -> Reissue:
    """Void ``old`` (unless it is voided or being voided) and queue a new card with
    its details and balance. A manager's action (the void's permission)."""
    session = desk.session
    who = desk.require(Permission.VOID_MEMBER, approval)
    desk.refuse_provisional(old, translate("Reissue", "re-issued"))
    if any(
        op.kind is OperationKind.DELETE_MEMBER for op in session.journal.open_for_member(old.id)
    ):
        raise ConfirmationError(
            translate("Reissue", "This member is being deleted: there is no card to re-issue.")
        )
    now = session.clock.now()
    shown = session.project(old).member
    unused = Counter(r.name for r in shown.usable_rewards(now))
    being_voided = any(
        op.kind is OperationKind.VOID_MEMBER for op in session.journal.open_for_member(old.id)
    )
    if old.voided_at is None and not being_voided:
        session.void_member(old)
    # The same person again: their e-mail and phone are expected to match the old card,
    # and their details were the server's already.
    new = desk.queue_enrolment({k: v for k in COPIED_FIELDS if (v := getattr(old, k, None))})
    allowance = session.stamps_left_today(new.member.id)
    moved = shown.stamps if allowance is None else min(shown.stamps, allowance)
    carried: list[str] = []
    used_at_once: list[str] = []
    if moved:
        ticket = session.add_stamps(new.member, moved, confirmed=True)
        # An adjustment, not a cashier's tap: there is nothing to undo.
        session.journal.release(ticket.operation.id)
        for rule in ticket.expected.issued:
            if unused[rule.name] > 0:
                unused[rule.name] -= 1
                carried.append(rule.name)
            else:
                used_at_once.append(rule.name)
        for name in used_at_once:
            projected = session.project(new.member).member
            reward = pick_by_name(projected.rewards, name, now)
            if reward is not None:
                session.redeem(projected, reward)
    not_moved = sorted(unused.elements())
    result = Reissue(old, new, moved, shown.stamps - moved, carried, used_at_once, not_moved)
    session.audit.record(
        "reissue",
        operator=who.name if who is not None else session.staff.operator,
        station=session.staff.station,
        member_id=old.id,
        member_code=old.code,
        before={
            "stamps": shown.stamps,
            "unused_rewards": sorted(r.name for r in shown.usable_rewards(now)),
        },
        after={
            "new_member_operation": new.operation_id,
            "stamps_moved": moved,
            "stamps_held_back": shown.stamps - moved,
            "rewards_carried": carried,
            "rewards_used_at_once": used_at_once,
        },
        outcome="queued",
        detail=_detail(not_moved, used_at_once),
    )
    return result


def _detail(not_moved: list[str], used_at_once: list[str]) -> str:
    parts = ["balance moved by adding the old card's stamps to the new card"]
    if used_at_once:
        parts.append(
            "rewards the stamps issued again that the member had already used were marked"
            f" used at once: {', '.join(used_at_once)}"
        )
    if not_moved:
        parts.append(
            "unused rewards cannot be moved by the API and stay on the voided card:"
            f" {', '.join(not_moved)}"
        )
    else:
        parts.append("no unused rewards were left behind")
    return "; ".join(parts)
