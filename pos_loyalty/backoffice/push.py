"""Push messages to members: the composer's model, without Qt.

A manager writes the message (1-500 characters, counted as typed), picks the
recipients (everyone, a search, a selection, or those with an unused reward),
sees a preview (how many, and the first names), and sends. Sending appends the
push to the station's journal, so it goes out exactly once under its own
Idempotency-Key, even across a crash or a lost answer; the journal's answer
carries ``total_recipients``.
"""

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from pos_loyalty.api import Card, LoyaltyClient, Member
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.counter import Staff
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.journal import Operation, OperationJournal, OperationKind, OperationState
from pos_loyalty.station.sender import JournalSender

MAX_MESSAGE = 500
# The bundled server takes at most this many ids in one push; more go as several.
MAX_IDS_PER_PUSH = 10_000
NAMES_SHOWN = 10
_PAGE = 500


class Audience(StrEnum):
    ALL = "all"
    SEARCH = "search"
    SELECTION = "selection"
    UNUSED_REWARD = "unused_reward"


class PushError(StationError):
    pass


@dataclass(frozen=True, slots=True)
class MessageCheck:
    """The live count under the message box."""

    length: int
    left: int
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_message(text: str) -> MessageCheck:
    length = len(text)
    problem = None
    if not text.strip():
        problem = "Write the message first."
    elif length > MAX_MESSAGE:
        problem = f"A message has at most {MAX_MESSAGE} characters; this one has {length}."
    elif "\x00" in text:
        problem = "The message has a character that cannot be sent."
    return MessageCheck(length, MAX_MESSAGE - length, problem)


@dataclass(frozen=True, slots=True)
class Recipients:
    """Who gets the message. ``keyword`` is for a search, ``members`` for a selection."""

    audience: Audience
    keyword: str = ""
    members: tuple[Member, ...] = ()

    @classmethod
    def everyone(cls) -> "Recipients":
        return cls(Audience.ALL)

    @classmethod
    def search(cls, keyword: str) -> "Recipients":
        return cls(Audience.SEARCH, keyword=keyword.strip())

    @classmethod
    def selection(cls, members: Sequence[Member]) -> "Recipients":
        return cls(Audience.SELECTION, members=tuple(members))

    @classmethod
    def with_unused_reward(cls) -> "Recipients":
        return cls(Audience.UNUSED_REWARD)

    def words(self) -> str:
        return {
            Audience.ALL: "every member",
            Audience.SEARCH: f"members matching “{self.keyword}”",
            Audience.SELECTION: "the members chosen",
            Audience.UNUSED_REWARD: "members with an unused reward",
        }[self.audience]


@dataclass(frozen=True, slots=True)
class PushPreview:
    recipients: Recipients
    count: int
    names: tuple[str, ...]  # the first few, for the preview
    # The members' ids; None sends to every active member (the server decides who).
    member_ids: tuple[int, ...] | None

    def words(self) -> str:
        if not self.count:
            return f"Nobody to send to: there are no {self.recipients.words()}."
        shown = ", ".join(self.names)
        more = self.count - len(self.names)
        people = "1 member" if self.count == 1 else f"{self.count} members"
        return f"To {people}: {shown}" + (f" and {more} more" if more > 0 else "") + "."


async def preview(
    client: LoyaltyClient, card: Card, recipients: Recipients, now: datetime | None = None
) -> PushPreview:
    """Who would get the message, read from the server now. Voided cards never do; an
    unused reward is one usable at ``now`` (default: the current time)."""
    if recipients.audience is Audience.ALL:
        page = await client.list_users(card.id, limit=NAMES_SHOWN)
        count = page.total if page.total is not None else await _count(client, card.id)
        return PushPreview(recipients, count, _names(page.members), None)
    if recipients.audience is Audience.SELECTION:
        chosen = _unique(m for m in recipients.members if m.voided_at is None)
    elif recipients.audience is Audience.SEARCH:
        if not recipients.keyword:
            raise PushError("Type what to search for: a name, an e-mail or a phone number.")
        chosen = _unique(
            [
                m
                async for m in client.iter_users(
                    card.id, keyword=recipients.keyword, page_size=_PAGE
                )
            ]
        )
    else:
        now = now or datetime.now(UTC)
        chosen = _unique(
            [m async for m in client.iter_users(card.id, page_size=_PAGE) if m.usable_rewards(now)]
        )
    return PushPreview(recipients, len(chosen), _names(chosen), tuple(m.id for m in chosen))


class PushComposer:
    """Sends a previewed message through the station's journal."""

    def __init__(
        self,
        client: LoyaltyClient,
        card: Card,
        journal: OperationJournal,
        sender: JournalSender,
        staff: Staff,
        audit: AuditLog | None = None,
    ) -> None:
        self.client = client
        self.card = card
        self.journal = journal
        self.sender = sender
        self.staff = staff
        self.audit = audit

    async def preview(self, recipients: Recipients) -> PushPreview:
        return await preview(self.client, self.card, recipients)

    def send(self, message: str, preview: PushPreview) -> list[Operation]:
        """Queue the message for the previewed members; one write per 10,000 of them."""
        check = check_message(message)
        if check.problem:
            raise PushError(check.problem)
        if not preview.count:
            raise PushError(preview.words())
        chunks: list[list[int] | None]
        if preview.member_ids is None:
            chunks = [None]
        else:
            ids = list(preview.member_ids)
            chunks = [ids[i : i + MAX_IDS_PER_PUSH] for i in range(0, len(ids), MAX_IDS_PER_PUSH)]
        ops = []
        for chunk in chunks:
            payload = {
                "message": message,
                "recipient_ids": chunk,
                "audience": preview.recipients.audience.value,
                "expected": preview.count if chunk is None else len(chunk),
            }
            op = self.journal.append(
                OperationKind.PUSH,
                self.card.id,
                payload,
                operator=self.staff.operator,
                station=self.staff.station,
            )
            if self.audit is not None:
                self.audit.record(
                    OperationKind.PUSH.value,
                    operator=op.operator,
                    station=op.station,
                    outcome="queued",
                    after={"message": message, "recipients": payload["expected"],
                           "audience": payload["audience"]},
                    detail=f"operation {op.id}",
                )  # fmt: skip
            ops.append(op)
        self.sender.wake()
        return ops

    def outcome(self, ops: Sequence[Operation]) -> "PushOutcome":
        """Where the queued message stands, read again from the journal."""
        now = [self.journal.get(op.id) for op in ops]
        total = sum(int((op.result or {}).get("total_recipients", 0)) for op in now)
        return PushOutcome(
            sent=all(op.state is OperationState.APPLIED for op in now),
            waiting=any(op.state in (OperationState.PENDING, OperationState.SENT) for op in now),
            total_recipients=total,
            problems=tuple(op.error for op in now if op.error and op.state not in
                           (OperationState.APPLIED, OperationState.PENDING, OperationState.SENT)),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class PushOutcome:
    sent: bool
    waiting: bool
    total_recipients: int
    problems: tuple[str, ...] = ()


def push_key(card_id: int, message: str, recipient_ids: Sequence[int] | None, day: date) -> str:
    """The command line's Idempotency-Key: the same message to the same members on the
    same day is one push, however often the command is run."""
    ids = None if recipient_ids is None else sorted(set(recipient_ids))
    body = json.dumps([card_id, message, ids, day.isoformat()], ensure_ascii=False)
    return "push-" + hashlib.sha256(body.encode()).hexdigest()


async def _count(client: LoyaltyClient, card_id: int) -> int:
    count = 0
    async for _ in client.iter_users(card_id, page_size=_PAGE):
        count += 1
    return count


def _names(members: Sequence[Member]) -> tuple[str, ...]:
    return tuple(m.display_name for m in members[:NAMES_SHOWN])


def _unique(members: Iterable[Member]) -> list[Member]:
    seen: set[int] = set()
    out = []
    for member in members:
        if member.id not in seen and member.voided_at is None:
            seen.add(member.id)
            out.append(member)
    return out
