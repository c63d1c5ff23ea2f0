"""One worker that drains the journal in order, each write with its own key."""

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
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
from pos_loyalty.station.journal import Operation, OperationJournal, OperationKind
from pos_loyalty.station.projection import pick_by_name
from pos_loyalty.station.refusals import is_in_flight, refusal_words

log = logging.getLogger(__name__)
Listener = Callable[[Operation], None]
_SUPPORT = "idempotency_supported:"
# Members whose writes go out at once: enough to hide the round trips behind each
# other, few enough not to crowd a small server.
DEFAULT_CONCURRENCY = 8


class JournalSender:
    """Sends ready writes one at a time. Offline (or a 5xx, a 429, a refused key),
    a write goes back to pending and the sender backs off; a refusal is final (rejected); a lost
    answer on a server without idempotency is left for a person (needs review).

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

        Different members' writes go out together, up to ``concurrency`` at a time;
        one member's writes stay in order (the journal gives one head per member).
        The journal records a round's "sent" marks in one commit before anything
        goes out, and its answers in one commit after: a crash in between leaves
        them "sent", to be resent under their keys.

        Returns how many were settled (applied, rejected or needing review).
        """
        settled = 0
        while heads := self.journal.ready_heads(self._concurrency):
            prepared = [await self._prepare(op) for op in heads]
            ready = [op for op, _ in prepared if op is not None]
            settled += sum(1 for op, done in prepared if op is None and done)
            must_wait = any(op is None and not done for op, done in prepared)
            if not ready:
                if must_wait:
                    break
                continue
            with self.journal.transaction():
                for op in ready:
                    self.journal.mark_sent(op.id)
            for op in ready:
                self._notify(op.id)
            answers = await asyncio.gather(*(self._answer(op) for op in ready))
            with self.journal.transaction():
                done = [self._record(op, answer) for op, answer in zip(ready, answers, strict=True)]
            for op in ready:
                self._notify(op.id)
            settled += sum(done)
            if must_wait or not all(done):
                break
        if self.journal.open_count() == 0:
            self._drained.set()
        return settled

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
        self.journal.mark_sent(ready.id)
        self._notify(ready.id)
        done = self._record(ready, await self._answer(ready))
        self._notify(ready.id)
        return done

    async def _prepare(self, op: Operation) -> tuple[Operation | None, bool]:
        """The write as it will be sent; or None when it is not sent this round, with
        whether it was settled here (True) or must wait (False). Listeners are told."""
        if not _needs_reward_ids(op):
            return op, False
        try:
            op = await self._choose_rewards(op)
        except ApiConnectionError as exc:
            self.journal.mark_waiting(op.id, exc.message)
            self._went_offline(exc)
            self._notify(op.id)
            return None, False
        except (ApiStatusError, ApiResponseError) as exc:
            self.journal.mark_waiting(op.id, exc.message)
            self._back_off()
            self._notify(op.id)
            return None, False
        if not op.payload["reward_ids"]:
            self.journal.mark_rejected(op.id, _reward_gone_words(op))
            self._notify(op.id)
            return None, True
        return op, False

    async def _answer(self, op: Operation) -> "_Answer":
        """The server's answer to one write, or the error in its place; no journal writes."""
        try:
            return await self._dispatch(op)
        except ApiError as exc:
            return exc

    def _record(self, op: Operation, answer: "_Answer") -> bool:
        """Write down how a write went: True when settled, False when it must wait."""
        if isinstance(answer, OutcomeUnknownError):
            self.journal.mark_needs_review(op.id, answer.message)
        elif isinstance(answer, ApiConnectionError | ServerError | RateLimitedError | AuthError):
            # A refused key says nothing about the write: it waits for a good key.
            self.journal.mark_waiting(op.id, answer.message)
            self._went_offline(answer)
            return False
        elif isinstance(answer, ConflictError) and is_in_flight(answer):
            # The server holds the key and is still working on it: not known yet.
            # Wait, then resend with the same key; the server replays its answer.
            self.journal.mark_waiting(op.id, answer.message)
            self._back_off()
            return False
        elif isinstance(answer, ApiStatusError):
            self.journal.mark_rejected(op.id, refusal_words(op, answer))
        elif isinstance(answer, ApiResponseError):
            # The server answered, but not with the API: whether it applied is unknown.
            self.journal.mark_needs_review(op.id, answer.message)
        elif isinstance(answer, ApiError):
            self.journal.mark_needs_review(op.id, answer.message)
        else:
            result = None if answer is None else answer.model_dump(mode="json")
            self.journal.mark_applied(op.id, result)
        self._came_online()
        return True

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

    def _notify(self, op_id: int) -> None:
        op = self.journal.get(op_id)
        for listener in self.listeners:
            try:
                listener(op)
            except Exception:  # a broken listener must not stop the queue
                log.exception("journal listener failed")


_Answer = Member | PushResult | ApiError | None


def _needs_reward_ids(op: Operation) -> bool:
    return (
        op.kind is OperationKind.USE_REWARDS
        and op.attempts == 0
        and not op.payload.get("reward_ids")
        and bool(op.payload.get("reward_names"))
    )


def _reward_gone_words(op: Operation) -> str:
    names = ", ".join(op.payload.get("reward_names") or []) or "reward"
    who = f" for {op.member_name}" if op.member_name else ""
    return (
        f"The {names}{who} was not redeemed: it is not on the card (the stamp that earned it"
        " may have been refused). Look the member up to see what is left."
    )


def _id(member_id: int | None) -> int:
    if member_id is None:
        raise ValueError("this operation needs a member id")
    return member_id
