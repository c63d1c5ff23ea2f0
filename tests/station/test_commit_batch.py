"""Group commits of the journal: shared, durable before anyone goes on, all or nothing."""

import asyncio
import sqlite3
from functools import partial

import pytest

from pos_loyalty.station.commit_batch import CommitBatch
from pos_loyalty.station.journal import OperationJournal, OperationKind, OperationState


def queue(journal: OperationJournal, member_id: int) -> int:
    op = journal.append(
        OperationKind.ADD_STAMPS, 1, {"amount": 1}, operator="A", station="S", member_id=member_id
    )
    return op.id


def count_commits(journal: OperationJournal) -> list[str]:
    seen: list[str] = []
    journal._conn.set_trace_callback(lambda sql: seen.append(sql) if sql == "COMMIT" else None)
    return seen


async def test_changes_asked_for_together_share_one_commit(journal: OperationJournal) -> None:
    ids = [queue(journal, member) for member in (1, 2, 3)]
    commits = count_commits(journal)
    batch = CommitBatch(journal, quorum=lambda: 3)
    sent = await asyncio.gather(*(batch.run(partial(journal.mark_sent, i)) for i in ids))
    assert [op.state for op in sent] == [OperationState.SENT] * 3
    assert commits == ["COMMIT"]


async def test_a_commit_waits_for_its_quorum_only_until_the_deadline(
    journal: OperationJournal,
) -> None:
    op_id = queue(journal, 1)
    commits = count_commits(journal)
    batch = CommitBatch(journal, quorum=lambda: 2, max_delay=0.01)
    # One caller of the two the quorum asks for: the deadline commits it alone.
    sent = await asyncio.wait_for(batch.run(lambda: journal.mark_sent(op_id)), timeout=10)
    assert sent.state is OperationState.SENT
    assert commits == ["COMMIT"]


async def test_a_failed_change_undoes_its_whole_commit_and_everyone_hears(
    journal: OperationJournal,
) -> None:
    good = queue(journal, 1)
    batch = CommitBatch(journal, quorum=lambda: 2)

    def broken() -> None:
        journal._conn.execute("INSERT INTO no_such_table VALUES (1)")

    results = await asyncio.gather(
        batch.run(lambda: journal.mark_sent(good)), batch.run(broken), return_exceptions=True
    )
    assert all(isinstance(r, sqlite3.OperationalError) for r in results)
    # Rolled back: the write that shared the commit was not marked sent.
    assert journal.get(good).state is OperationState.PENDING
    assert journal.get(good).attempts == 0


async def test_a_caller_cancelled_while_waiting_leaves_the_others_commit_alone(
    journal: OperationJournal,
) -> None:
    first, second = queue(journal, 1), queue(journal, 2)
    batch = CommitBatch(journal, quorum=lambda: 2)

    def cancel_the_other_then_mark() -> object:
        cancelled.cancel()  # while it waits for this very commit
        return journal.mark_sent(second)

    cancelled = asyncio.create_task(batch.run(lambda: journal.mark_sent(first)))
    kept = asyncio.create_task(batch.run(cancel_the_other_then_mark))
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    assert journal.get(second).state is OperationState.SENT
    await asyncio.wait_for(kept, timeout=10)
    # Asked for before the cancel, the change is made: a write marked "sent" that
    # never went out is resent under its key, as after a crash.
    assert journal.get(first).state is OperationState.SENT
