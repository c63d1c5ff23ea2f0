"""Keeping the station's member copy current, with complete passes over the server.

The API has no "changed since" filter (API.md), so a pass lists every member of
the program, 500 a page, voided ones too (a voided card is then refused at once,
offline as well). The copy is changed only by a complete pass, in one transaction:
new and changed members are written, unchanged ones are not touched (no write
per member every five minutes), and members the pass did not see are removed.

Paging has a trap: the listing is newest first by offset, so a member deleted
while the pass walks shifts the later pages and one member is skipped, not gone.
A pass therefore removes unseen members at once only when the listing held
still: the server's total (``X-Total-Count``) was the same on the first and the
last page and equals the members seen. Otherwise (or when the backend gives no
total) each unseen member is asked for on its own, a bounded few per pass:
"not found" removes it, an answer keeps it.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from pos_loyalty.api import (
    ApiConnectionError,
    ApiError,
    ApiResponseError,
    LoyaltyClient,
    NotFoundError,
)
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.member_index import IndexChanges, IndexPass, MemberIndex

log = logging.getLogger(__name__)
PAGE_SIZE = 500
# Unseen members asked for one by one per pass; the rest wait for the next pass.
CONFIRM_AT_MOST = 20


async def refresh_index(
    index: MemberIndex,
    client: LoyaltyClient,
    card_id: int | None = None,
    *,
    page_size: int = PAGE_SIZE,
    confirm_at_most: int = CONFIRM_AT_MOST,
) -> IndexChanges:
    """One complete pass over the program's members into ``index``.

    Raises the client's ``ApiError`` when the pass cannot be completed; the copy
    is then left exactly as it was."""
    card = index.card_id if card_id is None else card_id
    if card is None:
        raise ValueError("which program's members? give card_id")
    index.bind(card)
    walk = index.begin_pass()
    try:
        consistent = await _walk(client, card, walk, page_size)
        changes = walk.finish(listing_consistent=consistent)
    finally:
        walk.discard()
    if changes.unconfirmed:
        changes = await _confirm(index, client, card, changes, confirm_at_most)
    return changes


async def _walk(client: LoyaltyClient, card_id: int, walk: IndexPass, page_size: int) -> bool:
    """Stage every page; returns whether the listing held still during the walk."""
    first_total: int | None = None
    last_total: int | None = None
    received = 0
    page = 1
    while True:
        result = await client.list_users(card_id, include_voided=True, page=page, limit=page_size)
        if page == 1:
            first_total = result.total
        last_total = result.total
        fresh = walk.add(result.members)
        received += len(result.members)
        if not result.members:
            break
        if result.total is not None:
            if received >= result.total:
                break
        elif len(result.members) < page_size:
            break
        if fresh == 0:
            # A page of members already seen: the backend ignores paging. A walk
            # that cannot end is not a complete pass.
            raise ApiResponseError(
                translate(
                    "IndexRefresh",
                    "The loyalty server sends the same members page after page; the station's"
                    " copy of the members was not refreshed.",
                )
            )
        page += 1
    return first_total is not None and first_total == last_total == len(walk.seen)


async def _confirm(
    index: MemberIndex, client: LoyaltyClient, card_id: int, changes: IndexChanges, at_most: int
) -> IndexChanges:
    removed = 0
    asked = 0
    for member_id in changes.unconfirmed[:at_most]:
        try:
            index.put(await client.get_user(card_id, member_id))
        except NotFoundError:
            index.remove(member_id)
            removed += 1
        except ApiError as exc:
            log.info("member index: could not confirm member %d: %s", member_id, exc.message)
            break
        asked += 1
    return replace(
        changes, removed=changes.removed + removed, unconfirmed=changes.unconfirmed[asked:]
    )


@dataclass(frozen=True, slots=True)
class RefreshOutcome:
    """How one pass went: ``changes`` when it completed, else the ``error``."""

    changes: IndexChanges | None = None
    error: ApiError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def reached_server(self) -> bool:
        """For online tracking: False only when the server could not be reached
        (a refused key or a server error is an answer)."""
        return not isinstance(self.error, ApiConnectionError)


Sleep = Callable[[float], Awaitable[None]]


class IndexRefresher:
    """Runs passes over the server's members, one now and then one every
    ``every_seconds`` (``retry_seconds`` after a failed pass), and tells
    ``on_result`` how each went. Start ``run()`` as a task; cancel it to stop.

    ``refresh_now()`` runs one pass at once (and waits for a pass under way to end
    first), e.g. after the station comes back online.
    """

    def __init__(
        self,
        index: MemberIndex,
        client: LoyaltyClient,
        *,
        every_seconds: float = 300.0,
        retry_seconds: float = 30.0,
        page_size: int = PAGE_SIZE,
        on_result: Callable[[RefreshOutcome], None] | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if index.card_id is None:
            raise ValueError("the refresher needs an index bound to a program")
        self.index = index
        self.client = client
        self.every_seconds = every_seconds
        self.retry_seconds = retry_seconds
        self.page_size = page_size
        self.on_result = on_result
        self._sleep = sleep
        self._lock = asyncio.Lock()

    async def refresh_now(self) -> RefreshOutcome:
        async with self._lock:
            try:
                changes = await refresh_index(self.index, self.client, page_size=self.page_size)
            except ApiError as exc:
                log.warning("member index refresh failed: %s", exc.message)
                outcome = RefreshOutcome(error=exc)
            else:
                log.info(
                    "member index refreshed: %d members, %d new, %d changed, %d removed",
                    changes.seen,
                    changes.added,
                    changes.changed,
                    changes.removed,
                )
                outcome = RefreshOutcome(changes=changes)
        if self.on_result is not None:
            self.on_result(outcome)
        return outcome

    async def run(self) -> None:
        while True:
            outcome = await self.refresh_now()
            await self._sleep(self.every_seconds if outcome.ok else self.retry_seconds)
