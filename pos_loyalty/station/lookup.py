"""Finding members: by a scanned code (this station's copy first, then the server),
and by name (the server, or this station's copy when the server cannot be reached)."""

import asyncio
from collections.abc import Awaitable, Coroutine
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from pos_loyalty.api import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    Card,
    LoyaltyClient,
    Member,
    NotFoundError,
)
from pos_loyalty.domain.i18n import format_moment, translate
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.member_index import MemberIndex

T = TypeVar("T")
# Other programs asked about an unknown code, and how many at once: one request
# each, and the cashier waits for the answer.
OTHER_PROGRAMS_CHECKED = 20
_OTHER_PROGRAMS_AT_ONCE = 5
# Seconds the counter waits for the server's answer to a scan, a search or a
# refresh. A server that hangs (rather than refuses) would otherwise hold the
# cashier for the client's retries, each up to its read timeout: 40 s and more.
ANSWER_DEADLINE = 4.0


class MemberNotFoundError(StationError):
    """No member of this program has the scanned code."""

    def __init__(
        self,
        code: str,
        message: str | None = None,
    ) -> None:
        super().__init__(
            message
            or translate(
                "Lookup",
                "No member has this card on this program. Check the card, or search the"
                " member by name (Ctrl+F).",
            )
        )
        self.code = code


class MemberInOtherProgramError(MemberNotFoundError):
    """The scanned code is a member of another program of the same backend.

    ``card`` is that program and ``member`` the member there: switching to ``card``
    and showing ``member`` needs no second lookup."""

    def __init__(self, code: str, card: Card, member: Member) -> None:
        name = card.name or translate("Lookup", "program {id}").format(id=card.id)
        super().__init__(
            code,
            translate("Lookup", "This card belongs to {name}. Switch to it?").format(name=name),
        )
        self.card = card
        self.member = member


class NotInStationCopyError(StationError, ApiConnectionError):
    """Offline, and the scanned code is not in this station's copy of the members.

    Also an ``ApiConnectionError``: code that tracks whether the server is
    reachable counts it as "offline" without knowing this class."""

    def __init__(self, code: str) -> None:
        super().__init__(
            translate(
                "Lookup",
                "The loyalty server cannot be reached, and this card is not in this station's"
                " copy of the members. Search the member by name (Ctrl+F), or scan again when"
                " the server is back.",
            )
        )
        self.code = code


def copy_note(updated_at: datetime | None, now: datetime) -> str:
    """How the counter says an answer came from this station's copy, in local time:
    "From this station's copy, updated 14:02." (with the day when not today)."""
    if updated_at is None:
        return translate(
            "Lookup", "From this station's copy (not yet loaded in full from the server)."
        )
    local = updated_at.astimezone()
    when = format_moment(local, "time")
    if local.date() != now.astimezone().date():
        when = format_moment(local, "day_time")
    return translate("Lookup", "From this station's copy, updated {when}.").format(when=when)


@dataclass(frozen=True, slots=True)
class LookupResult:
    member: Member
    # True when answered from this station's copy with no round trip; refresh()
    # brings it up to date, and when that fails the counter says copy_note().
    from_index: bool
    # When the copy was last refreshed in full (None: never, or not from the copy).
    copy_updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Members matching a name search, newest first.

    ``from_copy`` is True when the server could not be reached and the answer
    came from this station's copy, last refreshed at ``copy_updated_at``; the
    counter then says ``note(now)``. ``offline_error`` is the connection error
    (for online tracking)."""

    members: tuple[Member, ...]
    from_copy: bool = False
    copy_updated_at: datetime | None = None
    offline_error: ApiConnectionError | None = None

    def note(self, now: datetime) -> str | None:
        return copy_note(self.copy_updated_at, now) if self.from_copy else None


class MemberLookup:
    """Lookups and name searches for one program (``card_id``) of one backend.

    - ``lookup(code)``: this station's copy first, then the server. Raises
      ``MemberInOtherProgramError`` when the code belongs to another program,
      ``MemberNotFoundError`` when to none, and ``NotInStationCopyError`` when the
      server cannot be reached and the copy does not know the code.
    - ``search(keyword, limit)``: the server, or the copy when the server cannot
      be reached (see ``SearchResult``).
    - ``refresh(member_id)``: the member from the server, kept in the copy.
    """

    def __init__(
        self,
        client: LoyaltyClient,
        index: MemberIndex,
        card_id: int,
        *,
        other_programs_checked: int = OTHER_PROGRAMS_CHECKED,
        deadline: float = ANSWER_DEADLINE,
    ) -> None:
        index.bind(card_id)
        self.client = client
        self.index = index
        self.card_id = card_id
        self.other_programs_checked = other_programs_checked
        self.deadline = deadline

    async def _answer(self, call: Awaitable[T]) -> T:
        """The server's answer, or ApiTimeoutError past the deadline (the server
        counts as unreachable, and the station's copy answers where it can)."""
        try:
            return await asyncio.wait_for(call, self.deadline)
        except TimeoutError:
            raise ApiTimeoutError(
                f"The loyalty server did not answer within {self.deadline:g} s."
            ) from None

    async def lookup(self, code: str) -> LookupResult:
        cached = self.index.get(code)
        if cached is not None:
            return LookupResult(cached, from_index=True, copy_updated_at=self.index.updated_at)
        try:
            member = await self._answer(self.client.find_user_by_code(self.card_id, code))
        except ApiConnectionError:
            raise NotInStationCopyError(code) from None
        if member is None:
            found = await self._in_other_program(code)
            if found is not None:
                raise MemberInOtherProgramError(code, *found)
            raise MemberNotFoundError(code)
        self.index.put(member)
        return LookupResult(member, from_index=False)

    async def search(self, keyword: str, limit: int = 20) -> SearchResult:
        keyword = keyword.strip()
        if not keyword:
            return SearchResult(())
        try:
            page = await self._answer(
                self.client.list_users(self.card_id, keyword=keyword, limit=limit)
            )
        except ApiConnectionError as offline:
            return SearchResult(
                tuple(self.index.search(keyword, limit)),
                from_copy=True,
                copy_updated_at=self.index.updated_at,
                offline_error=offline,
            )
        return SearchResult(tuple(page.members))

    async def refresh(self, member_id: int) -> Member:
        """The member as the server has it now. A member deleted on the server
        leaves the copy too (MemberNotFoundError)."""
        try:
            member = await self._answer(self.client.get_user(self.card_id, member_id))
        except NotFoundError:
            gone = self.index.by_id(member_id)
            self.index.remove(member_id)
            raise MemberNotFoundError(
                gone.code if gone is not None else "",
                translate(
                    "Lookup",
                    "This member is no longer on the loyalty server. Check the card, or search"
                    " the member by name (Ctrl+F).",
                ),
            ) from None
        self.index.put(member)
        return member

    async def _in_other_program(self, code: str) -> tuple[Card, Member] | None:
        """The program of this backend that has a member with ``code``, if any of
        the first few does. Any failure here only means "not known": the cashier
        still gets "no member on this program"."""
        try:
            cards = await self.client.list_cards()
        except ApiError:
            return None
        others = [c for c in cards if c.id != self.card_id][: self.other_programs_checked]
        for start in range(0, len(others), _OTHER_PROGRAMS_AT_ONCE):
            batch = others[start : start + _OTHER_PROGRAMS_AT_ONCE]
            found = await asyncio.gather(*(self._member_of(c.id, code) for c in batch))
            for card, member in zip(batch, found, strict=True):
                if member is not None:
                    return card, member
        return None

    async def _member_of(self, card_id: int, code: str) -> Member | None:
        try:
            page = await self.client.list_users(
                card_id, keyword=code, strict=True, include_voided=True, limit=5
            )
        except ApiError:
            return None
        return next((m for m in page.members if m.code == code), None)


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
