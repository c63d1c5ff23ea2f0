"""Looking a member up by a scanned code: the local index first, then the server."""

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from pos_loyalty.api import LoyaltyClient, Member
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.member_index import MemberIndex

T = TypeVar("T")


class MemberNotFoundError(StationError):
    def __init__(self, code: str) -> None:
        super().__init__(
            "No member has this card on this program. Check the card, or search the"
            " member by name (Ctrl+F)."
        )
        self.code = code


@dataclass(frozen=True, slots=True)
class LookupResult:
    member: Member
    # True when answered from the local index (no round trip); refresh() brings it up to date.
    from_index: bool


class MemberLookup:
    def __init__(self, client: LoyaltyClient, index: MemberIndex, card_id: int) -> None:
        self.client = client
        self.index = index
        self.card_id = card_id

    async def lookup(self, code: str) -> LookupResult:
        cached = self.index.get(code)
        if cached is not None:
            return LookupResult(cached, from_index=True)
        member = await self.client.find_user_by_code(self.card_id, code)
        if member is None:
            raise MemberNotFoundError(code)
        self.index.put(member)
        return LookupResult(member, from_index=False)

    async def refresh(self, member_id: int) -> Member:
        member = await self.client.get_user(self.card_id, member_id)
        self.index.put(member)
        return member


class LatestOnly:
    """Runs one task at a time: starting a new one cancels the one before.

    The newest scan wins; an older lookup finishing late can never replace it.
    """

    def __init__(self) -> None:
        self._task: asyncio.Task[Any] | None = None

    def start(self, coro: Coroutine[Any, Any, T]) -> "asyncio.Task[T]":
        self.cancel()
        task = asyncio.ensure_future(coro)
        self._task = task
        return task

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None
