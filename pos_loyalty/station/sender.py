"""The worker that drains the journal: each member's writes in order, each with its own key."""

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from pos_loyalty.api import (
    ApiConnectionError,
    ApiError,
    ApiResponseError,
    ApiStatusError,
    AuthError,
    ConflictError,
    LoyaltyClient,
    Member,
    OutcomeUnknownError,
    PushResult,
    RateLimitedError,
    ServerError,
)
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.commit_batch import CommitBatch
from pos_loyalty.station.journal import Operation, OperationJournal, OperationKind
from pos_loyalty.station.projection import pick_by_name
from pos_loyalty.station.refusals import is_in_flight, refusal_words

log = logging.getLogger(__name__)
Listener = Callable[[Operation], None]
_SUPPORT = "idempotency_supported:"
# Workers, each with its own connection: enough to keep the server busy while the
# station records answers, few enough to spare httpcore's pool, whose cost per
# request grows with its connections.
DEFAULT_CONCURRENCY = 4
# Writes (of different members) a worker marks "sent" in one commit and sends one
# after another: fewer commits, each an fsync, without more connections.
DEFAULT_LANE = 2


class JournalSender:
    """Sends ready writes, several members' at once and each member's in order.
    Offline (or a 5xx, a 429, a refused key), a write goes back to pending and the
    sender backs off; a refusal is final (rejected); a lost answer on a server without
    idempotency is left for a person (needs review).

    ``listeners`` hear about every state change, on the sender's loop.
    """

    def __init__(
        self,
        journal: OperationJournal,
        client: LoyaltyClient,
        *,
        backoff_start: float = 0.5,
        backoff_max: float = 15.0,
        backend_id: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        lane: int = DEFAULT_LANE,
    ) -> None:
        self.journal = journal
        self.client = client
        self.listeners: list[Listener] = []
        self.online: bool | None = None
        self._backoff_start = backoff_start
        self._backoff_max = backoff_max
        self._backoff = backoff_start
        self._retry_later = False
        self._concurrency = max(1, concurrency)
        self._lane = max(1, lane)
        self._wake = asyncio.Event()
        self._drained = asyncio.Event()
        # Remembered across restarts, so a write found "sent" after a crash can be
        # resent under its key when this backend is known to honour keys.
        # The demo server gets a new port at every start: name the backend, not its URL.
        self._support_name = _SUPPORT + (backend_id or client.base_url)
        known = journal.recall(self._support_name)
        self._remembered_support = None if known is None else known == "true"
        if client.idempotency_supported is None:
            client.idempotency_supported = self._remembered_support

    def wake(self) -> None:
        """Something was appended or released: look again now."""
        self._wake.set()

    async def send_ready(self) -> int:
        """Send every ready write; stop when one must wait.

        Different members' writes go out together; one member's stay in order: only
        the oldest open write of each member goes out, so the next one is sent only
        after this answer is on disk. There are no rounds: ``concurrency`` workers
        each send a lane of up to ``lane`` heads one after another; as soon as a
        lane's answers are in, the worker records them and marks its next lane "sent"
        in one commit, then sends that. Commits are shared (see CommitBatch): a write
        is marked "sent" on disk before it goes out, and its answer is on disk before
        it counts as done. A crash in between leaves it "sent", to be resent under
        its key.

        Returns how many were settled (applied, rejected or needing review).
        """
        drain = _Drain(self._concurrency)
        drain.commits = CommitBatch(self.journal, quorum=drain.quorum)
        workers = [asyncio.create_task(self._worker(drain)) for _ in range(self._concurrency)]
        try:
            await asyncio.gather(*workers)
        finally:
            # Cancelled, or a bug in one: the others stop too. A write cut off on the
            # wire stays "sent" and is resent under its key.
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        if self.journal.open_count() == 0:
            self._drained.set()
        return drain.settled

    async def _worker(self, drain: "_Drain") -> None:
        """Send lanes of heads until none is left for this worker, or one must wait.

        A lane is up to ``lane`` heads of different members, marked "sent" in one
        commit and sent one after another on this worker's connection; their answers
        are recorded, and the next lane marked "sent", in the next commit."""
        try:
            lane = await self._start(drain, self._take(drain))
            while lane:
                answers = [await self._answer(op) for op in lane]
                turn = await drain.commits.run(partial(self._settle, lane, answers, drain))
                for op in turn.recorded + turn.sent:
                    self._notify(op)
                lane = turn.sent
                if turn.choose_after_listeners:
                    lane += await self._start(drain, self._take(drain))
                elif turn.unprepared:
                    lane += await self._start(drain, turn.unprepared)
        finally:
            drain.workers -= 1
            drain.commits.poke()

    def _take(self, drain: "_Drain") -> list[Operation]:
        """The oldest ready heads that no worker has, a lane's worth, reserved for
        the caller."""
        if drain.must_wait:
            return []
        # Writes on their way are heads too (still open): skip the other workers'.
        heads = self.journal.ready_heads(self._lane, skipping=drain.flying)
        drain.flying.update(op.id for op in heads)
        return heads

    async def _start(self, drain: "_Drain", taken: list[Operation]) -> list[Operation]:
        """Taken writes made ready (a reward chosen by name) and marked "sent"."""
        ready: list[Operation] = []
        for op in taken:
            prepared, settled = await self._prepare(op)
            if prepared is None:
                drain.flying.discard(op.id)
                drain.count(settled)
            else:
                ready.append(prepared)
        if not ready:
            return []
        sent = await drain.commits.run(partial(self._mark_sent, ready))
        for op in sent:
            self._notify(op)
        return sent

    def _mark_sent(self, ops: list[Operation]) -> list[Operation]:
        return [self.journal.mark_sent(op.id) for op in ops]

    def _settle(self, lane: list[Operation], answers: list["_Answer"], drain: "_Drain") -> "_Turn":
        """In one commit: how a lane went, and the worker's next lane marked "sent"
        (but for writes whose reward must first be chosen, which needs the server)."""
        recorded: list[Operation] = []
        for op, answer in zip(lane, answers, strict=True):
            done, now = self._record(op, answer)
            drain.flying.discard(op.id)
            drain.count(done)
            recorded.append(now)
        if any(op.kind is OperationKind.CREATE_MEMBER for op in lane):
            # Its listeners move the writes queued behind it to the real member (or
            # settle them): choose the next writes only once they have run.
            return _Turn(recorded, [], [], choose_after_listeners=True)
        taken = self._take(drain)
        unprepared = [op for op in taken if _needs_reward_ids(op)]
        sent = self._mark_sent([op for op in taken if not _needs_reward_ids(op)])
        return _Turn(recorded, sent, unprepared)

    async def run(self) -> None:
        """Forever: send what is ready, then sleep until a hold ends, a wake, or a retry."""
        while True:
            self._drained.clear()
            self._retry_later = False
            await self.send_ready()
            if self._retry_later:
                delay: float | None = self._backoff
                self._backoff = min(self._backoff * 2, self._backoff_max)
            else:
                delay = self.journal.seconds_until_next()
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)

    async def wait_drained(self) -> None:
        """Until nothing is pending or sent (for callers that must know, like tests)."""
        while self.journal.open_count():
            self._drained.clear()
            self.wake()
            await self._drained.wait()

    async def send_one(self, op: Operation) -> bool:
        """Send this one write now (whatever else is ready): True when settled."""
        ready, settled = await self._prepare(op)
        if ready is None:
            return settled
        self._notify(self.journal.mark_sent(ready.id))
        done, recorded = self._record(ready, await self._answer(ready))
        self._notify(recorded)
        return done

    async def _prepare(self, op: Operation) -> tuple[Operation | None, bool]:
        """The write as it will be sent; or None when it is not sent this round, with
        whether it was settled here (True) or must wait (False). Listeners are told."""
        if not _needs_reward_ids(op):
            return op, False
        try:
            op = await self._choose_rewards(op)
        except ApiConnectionError as exc:
            waiting = self.journal.mark_waiting(op.id, exc.message)
            self._went_offline(exc)
            self._notify(waiting)
            return None, False
        except (ApiStatusError, ApiResponseError) as exc:
            waiting = self.journal.mark_waiting(op.id, exc.message)
            self._back_off()
            self._notify(waiting)
            return None, False
        if not op.payload["reward_ids"]:
            self._notify(self.journal.mark_rejected(op.id, _reward_gone_words(op)))
            return None, True
        return op, False

    async def _answer(self, op: Operation) -> "_Answer":
        """The server's answer to one write, or the error in its place; no journal writes."""
        try:
            return await self._dispatch(op)
        except ApiError as exc:
            return exc

    def _record(self, op: Operation, answer: "_Answer") -> tuple[bool, Operation]:
        """Write down how a write went: True when settled, False when it must wait;
        with the write as it now stands."""
        if isinstance(answer, OutcomeUnknownError):
            recorded = self.journal.mark_needs_review(op.id, answer.message)
        elif isinstance(answer, ApiConnectionError | ServerError | RateLimitedError | AuthError):
            # A refused key says nothing about the write: it waits for a good key.
            recorded = self.journal.mark_waiting(op.id, answer.message)
            self._went_offline(answer)
            return False, recorded
        elif isinstance(answer, ConflictError) and is_in_flight(answer):
            # The server holds the key and is still working on it: not known yet.
            # Wait, then resend with the same key; the server replays its answer.
            recorded = self.journal.mark_waiting(op.id, answer.message)
            self._back_off()
            return False, recorded
        elif isinstance(answer, ApiStatusError):
            recorded = self.journal.mark_rejected(op.id, refusal_words(op, answer))
        elif isinstance(answer, ApiResponseError):
            # The server answered, but not with the API: whether it applied is unknown.
            recorded = self.journal.mark_needs_review(op.id, answer.message)
        elif isinstance(answer, ApiError):
            recorded = self.journal.mark_needs_review(op.id, answer.message)
        else:
            result = None if answer is None else answer.model_dump(mode="json")
            recorded = self.journal.mark_applied(op.id, result)
        self._came_online()
        return True, recorded

    async def _choose_rewards(self, op: Operation) -> Operation:
        """A reward redeemed while the stamp that earned it was on its way has no server
        id yet. Now that the writes before it are in, read the member and pick, by name,
        the reward the screen showed; store the choice before the first send, so every
        retry sends the same request under the same key."""
        member = await self.client.get_user(op.card_id, _id(op.member_id))
        now = self.journal.now()
        left = list(member.rewards)
        chosen: list[int] = []
        for name in op.payload.get("reward_names") or []:
            reward = pick_by_name(left, name, now)
            if reward is None:
                return replace(op, payload={**op.payload, "reward_ids": []})
            chosen.append(reward.id)
            left.remove(reward)
        payload = {**op.payload, "reward_ids": chosen}
        self.journal.set_payload(op.id, payload)
        return self.journal.get(op.id)

    async def _dispatch(self, op: Operation) -> Member | PushResult | None:
        client, key, card, member = self.client, op.idempotency_key, op.card_id, op.member_id
        payload: dict[str, Any] = op.payload
        calls: dict[OperationKind, Callable[[], Awaitable[Member | PushResult | None]]] = {
            OperationKind.ADD_STAMPS: lambda: client.add_stamps(
                card, _id(member), int(payload["amount"]), idempotency_key=key
            ),
            OperationKind.USE_REWARDS: lambda: client.use_rewards(
                card, _id(member), payload["reward_ids"], idempotency_key=key
            ),
            OperationKind.CREATE_MEMBER: lambda: client.create_user(
                card, payload["fields"], idempotency_key=key
            ),
            OperationKind.UPDATE_MEMBER: lambda: client.update_user(
                card, _id(member), payload["fields"], idempotency_key=key
            ),
            OperationKind.VOID_MEMBER: lambda: client.void_user(
                card, _id(member), idempotency_key=key
            ),
            OperationKind.DELETE_MEMBER: lambda: client.delete_user(
                card, _id(member), idempotency_key=key
            ),
            # No ids: every active member. The answer (total_recipients) is the result.
            OperationKind.PUSH: lambda: client.push_notification(
                card, payload["message"], payload.get("recipient_ids"), idempotency_key=key
            ),
        }
        try:
            return await calls[op.kind]()
        finally:
            self._remember_support()

    def _remember_support(self) -> None:
        learnt = self.client.idempotency_supported
        if learnt is not None and learnt != self._remembered_support:
            self.journal.remember(self._support_name, "true" if learnt else "false")
            self._remembered_support = learnt

    def _went_offline(self, exc: ApiError) -> None:
        if self.online is not False:
            log.warning("loyalty server unreachable, writes are queued: %s", exc.message)
        self.online = False
        self._retry_later = True

    def _back_off(self) -> None:
        """Reachable, but the write must wait: retry after the backoff, not at once."""
        self._retry_later = True

    def _came_online(self) -> None:
        self.online = True
        self._backoff = self._backoff_start

    def _notify(self, op: Operation) -> None:
        for listener in self.listeners:
            try:
                listener(op)
            except Exception:  # a broken listener must not stop the queue
                log.exception("journal listener failed")


_Answer = Member | PushResult | ApiError | None


class _Drain:
    """What the workers of one send_ready share."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.flying: set[int] = set()  # ids of writes a worker has taken
        self.settled = 0
        self.must_wait = False
        self.commits: CommitBatch

    def count(self, settled: bool) -> None:
        if settled:
            self.settled += 1
        else:
            self.must_wait = True

    def quorum(self) -> int:
        """Commit once every worker but one waits for it: few commits (each an fsync),
        and the slowest answer of the moment holds nobody up; it joins the next one."""
        return max(1, self.workers - 1)


@dataclass(frozen=True, slots=True)
class _Turn:
    """A lane recorded, and the worker's next one: marked "sent", or to be prepared."""

    recorded: list[Operation]
    sent: list[Operation]
    unprepared: list[Operation]
    choose_after_listeners: bool = False


def _needs_reward_ids(op: Operation) -> bool:
    return (
        op.kind is OperationKind.USE_REWARDS
        and op.attempts == 0
        and not op.payload.get("reward_ids")
        and bool(op.payload.get("reward_names"))
    )


def _reward_gone_words(op: Operation) -> str:
    names = ", ".join(op.payload.get("reward_names") or []) or translate("Sender", "reward")
    if op.member_name:
        text = translate(
            "Sender",
            "The {rewards} for {name} was not redeemed: it is not on the card (the stamp that"
            " earned it may have been refused). Look the member up to see what is left.",
        )
    else:
        text = translate(
            "Sender",
            "The {rewards} was not redeemed: it is not on the card (the stamp that earned it"
            " may have been refused). Look the member up to see what is left.",
        )
    return text.format(rewards=names, name=op.member_name)


def _id(member_id: int | None) -> int:
    if member_id is None:
        raise ValueError("this operation needs a member id")
    return member_id
