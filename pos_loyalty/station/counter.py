"""The counter session: what a cashier's scan and taps turn into."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pos_loyalty.api import Card, Member, Reward
from pos_loyalty.domain.i18n import translate
from pos_loyalty.domain.stamp_rules import DEFAULT_STAMP_GOAL, StampOutcome, apply_stamps
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import Clock
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.guards import MemberBlockedError, StampGuards
from pos_loyalty.station.journal import Operation, OperationJournal, OperationKind, OperationState
from pos_loyalty.station.lookup import LookupResult, MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.projection import Projection, is_provisional, project
from pos_loyalty.station.sender import JournalSender

MAX_STAMPS_AT_ONCE = 1000


class RewardGoneError(StationError):
    def __init__(self, name: str) -> None:
        super().__init__(
            translate(
                "Counter",
                "{reward} is no longer on this card: it was used or has expired."
                " Nothing to hand over.",
            ).format(reward=name)
        )


@dataclass(frozen=True, slots=True)
class CounterSettings:
    repeat_cooldown_seconds: float = 30.0
    undo_seconds: float = 5.0
    # The stamp goal when the backend does not tell it (the cloud may not).
    default_stamp_goal: int = DEFAULT_STAMP_GOAL


@dataclass(frozen=True, slots=True)
class StampTicket:
    """A queued stamp: what the screen shows at once, and what undo needs."""

    operation: Operation
    before: int
    expected: StampOutcome
    undo_until: datetime


@dataclass(frozen=True, slots=True)
class Staff:
    operator: str
    station: str


class CounterSession:
    def __init__(
        self,
        *,
        journal: OperationJournal,
        sender: JournalSender,
        lookup: MemberLookup,
        audit: AuditLog,
        clock: Clock,
        card: Card,
        staff: Staff,
        settings: CounterSettings = CounterSettings(),
    ) -> None:
        self.journal = journal
        self.sender = sender
        self.members = lookup
        self.audit = audit
        self.clock = clock
        self.card = card
        self.staff = staff
        self.settings = settings
        self.guards = StampGuards(
            journal, clock, settings.repeat_cooldown_seconds, station=lambda: self.staff.station
        )
        sender.listeners.append(self._settled)

    @property
    def index(self) -> MemberIndex:
        return self.members.index

    @property
    def stamp_goal(self) -> int:
        return self.card.stamps_required or self.settings.default_stamp_goal

    async def lookup(self, code: str) -> LookupResult:
        return await self.members.lookup(code)

    def add_stamps(
        self, member: Member, amount: int = 1, *, confirmed: bool = False
    ) -> StampTicket:
        """Queue stamps, held for the undo window. Raises RepeatStampError (unless
        ``confirmed``), DailyLimitError or MemberBlockedError before queueing anything."""
        if not 1 <= amount <= MAX_STAMPS_AT_ONCE:
            raise ValueError(f"stamps are added 1 to {MAX_STAMPS_AT_ONCE} at a time")
        MemberBlockedError.check(member, self.clock.now())
        if not confirmed:
            self.guards.check_repeat(member.id)
        # For the day's numbers: stamped although the repeat warning applied.
        overridden = confirmed and self.guards.recent_stamp(member.id) is not None
        self.guards.check_daily_limit(self.card, member.id, amount)
        rules = [r.as_rule() for r in self.card.rewards]
        expected = apply_stamps(member.stamps, amount, self.stamp_goal, rules)
        op = self._queue(
            OperationKind.ADD_STAMPS,
            member,
            {"amount": amount, "before": member.stamps, "repeat_overridden": overridden},
            hold=self.settings.undo_seconds,
        )
        self._record(op, "queued", before=member.stamps, after=expected.stamps)
        return StampTicket(
            op,
            member.stamps,
            expected,
            self.clock.now() + timedelta(seconds=self.settings.undo_seconds),
        )

    def held_for_undo(self) -> int:
        """How many of this station's writes wait only for their undo window to end:
        never tried, nothing wrong with them. They are not a queue that is stuck."""
        return self.journal.held_count()

    def undo(self, ticket: StampTicket) -> bool:
        """Cancel a stamp still in its undo window; nothing is ever sent for it."""
        cancelled = self.journal.cancel(ticket.operation.id)
        self.audit.record(
            "undo_stamps",
            operator=self.staff.operator,
            station=self.staff.station,
            member_id=ticket.operation.member_id,
            member_code=ticket.operation.member_code,
            before=ticket.expected.stamps,
            after=ticket.before if cancelled else ticket.expected.stamps,
            outcome="cancelled" if cancelled else "too_late",
        )
        return cancelled

    def project(self, member: Member) -> Projection:
        """The member as the counter shows them: the server's last answer plus this
        station's open writes."""
        return project(
            member,
            self.journal.open_for_member(member.id),
            self.card,
            self.clock.now(),
            self.settings.default_stamp_goal,
        )

    def stamps_left_today(self, member_id: int) -> int | None:
        """How many stamps the daily limit still allows; None when there is no limit."""
        return self.guards.remaining_today(self.card, member_id)

    def redeem(self, member: Member, reward: Reward) -> Operation:
        """Queue one reward's use. ``member`` is as shown (projected): a reward earned by a
        stamp still held for undo can be redeemed at once; that ends the stamp's undo
        window, and the redemption is sent after it, choosing the reward by name."""
        now = self.clock.now()
        MemberBlockedError.check(member, now)
        usable = member.usable_rewards(now)
        if reward.id not in {r.id for r in usable}:
            raise RewardGoneError(reward.name)
        if is_provisional(reward):
            self.journal.release_member(member.id)
            payload: dict[str, Any] = {"reward_ids": [], "reward_names": [reward.name]}
        else:
            payload = {"reward_ids": [reward.id], "reward_names": [reward.name]}
        op = self._queue(OperationKind.USE_REWARDS, member, payload)
        self._record(
            op, "queued", before=sorted(r.name for r in usable), after=f"used {reward.name}"
        )
        return op

    def enroll(self, fields: Mapping[str, Any]) -> Operation:
        op = self.journal.append(
            OperationKind.CREATE_MEMBER,
            self.card.id,
            {"fields": dict(fields)},
            operator=self.staff.operator,
            station=self.staff.station,
            member_name=" ".join(
                str(fields[k]) for k in ("first_name", "last_name") if fields.get(k)
            )
            or None,
        )
        self._record(op, "queued", after=dict(fields))
        self.sender.wake()
        return op

    def update_member(self, member: Member, fields: Mapping[str, Any]) -> Operation:
        before = {k: getattr(member, k, None) for k in fields}
        op = self._queue(OperationKind.UPDATE_MEMBER, member, {"fields": dict(fields)})
        self._record(op, "queued", before=before, after=dict(fields))
        return op

    def void_member(self, member: Member) -> Operation:
        op = self._queue(OperationKind.VOID_MEMBER, member, {})
        self._record(op, "queued", before={"voided_at": None})
        return op

    def delete_member(self, member: Member) -> Operation:
        op = self._queue(OperationKind.DELETE_MEMBER, member, {})
        self._record(op, "queued", before={"id": member.id, "code": member.code})
        return op

    def _queue(
        self, kind: OperationKind, member: Member, payload: dict[str, Any], hold: float = 0.0
    ) -> Operation:
        op = self.journal.append(
            kind,
            self.card.id,
            payload,
            operator=self.staff.operator,
            station=self.staff.station,
            member_id=member.id,
            member_code=member.code,
            member_name=member.display_name,
            hold_seconds=hold,
        )
        self.sender.wake()
        return op

    def _record(
        self, op: Operation, outcome: str, *, before: Any = None, after: Any = None
    ) -> None:
        self.audit.record(
            op.kind.value,
            operator=op.operator,
            station=op.station,
            member_id=op.member_id,
            member_code=op.member_code,
            before=before,
            after=after,
            outcome=outcome,
            detail=f"operation {op.id}",
        )

    def _settled(self, op: Operation) -> None:
        """Hears the sender: keep the index current and log how each write ended."""
        if op.state not in (
            OperationState.APPLIED,
            OperationState.REJECTED,
            OperationState.NEEDS_REVIEW,
        ):
            return
        if op.state is OperationState.APPLIED:
            if op.kind is OperationKind.DELETE_MEMBER and op.member_id is not None:
                self.index.remove(op.member_id)
            elif op.result is not None and op.kind is not OperationKind.PUSH:
                self.index.put(Member.model_validate(op.result))
        after = (
            op.result.get("stamps") if op.result and op.kind is OperationKind.ADD_STAMPS else None
        )
        self.audit.record(
            op.kind.value,
            operator=op.operator,
            station=op.station,
            member_id=op.member_id or (op.result or {}).get("id"),
            member_code=op.member_code or (op.result or {}).get("code"),
            before=op.payload.get("before"),
            after=after,
            outcome=op.state.value,
            detail=op.error or f"operation {op.id}",
        )
