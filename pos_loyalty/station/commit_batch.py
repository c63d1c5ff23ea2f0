"""Journal changes from many writes in flight, made durable together (group commit).

A change is made inside one transaction with the others that gathered meanwhile,
and its caller goes on only once that transaction is committed: no write is taken
for sent or done before its state is on disk, yet one fsync covers several writes.

The commit is made when ``quorum()`` callers are waiting for it (the sender asks for
all of its workers but one), or at the latest ``max_delay`` seconds after the first
one asked, so that a slow answer holds nobody up for long.
"""

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from pos_loyalty.station.journal import OperationJournal

T = TypeVar("T")


class CommitBatch:
    def __init__(
        self,
        journal: OperationJournal,
        *,
        quorum: Callable[[], int] = lambda: 1,
        max_delay: float = 0.02,
    ) -> None:
        self._journal = journal
        self._quorum = quorum
        self._max_delay = max_delay
        self._changes: list[Callable[[], Any]] = []
        self._committed: asyncio.Future[list[Any]] | None = None
        self._deadline: asyncio.TimerHandle | None = None
        self._due = False

    async def run(self, change: Callable[[], T]) -> T:
        """Make ``change`` (synchronous journal calls) in an upcoming commit; its result
        once that commit is on disk. If the commit fails, every change in it is rolled
        back and each caller gets the error."""
        loop = asyncio.get_running_loop()
        if self._committed is None:
            self._committed = loop.create_future()
            self._deadline = loop.call_later(self._max_delay, self._commit)
        committed = self._committed
        slot = len(self._changes)
        self._changes.append(change)
        self.poke()
        # Shielded: a caller cancelled while waiting must not cancel the others' commit.
        results = await asyncio.shield(committed)
        result: T = results[slot]
        return result

    def poke(self) -> None:
        """Commit soon if enough are waiting (call it when the quorum may have shrunk)."""
        if self._changes and not self._due and len(self._changes) >= self._quorum():
            self._due = True
            # Not at once: the tasks woken in this same turn of the loop may join.
            asyncio.get_running_loop().call_soon(self._commit)

    def _commit(self) -> None:
        if self._committed is None:  # the deadline and the quorum both fired
            return
        changes, self._changes = self._changes, []
        committed, self._committed = self._committed, None
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self._due = False
        try:
            with self._journal.transaction():
                results = [change() for change in changes]
        except Exception as exc:  # every waiter hears it; the transaction is rolled back
            committed.set_exception(exc)
        else:
            committed.set_result(results)
