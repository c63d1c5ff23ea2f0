"""The journal on its own: durable, ordered, one write per member, holds and cancels."""

from pathlib import Path

from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal, OperationKind, OperationState

K = OperationKind.ADD_STAMPS


def stamp(journal: OperationJournal, member: int, hold: float = 0.0) -> int:
    op = journal.append(
        K, 1, {"amount": 1}, operator="A", station="S", member_id=member, hold_seconds=hold
    )
    return op.id


def test_an_appended_write_is_on_disk_before_append_returns(
    journal_path: Path, clock: ManualClock
) -> None:
    first = OperationJournal(open_station_database(journal_path), clock)
    op = first.append(K, 1, {"amount": 2}, operator="Alice", station="Till 1", member_id=7)
    # A second connection (as after a crash and restart) sees it, with its key.
    reopened = OperationJournal(open_station_database(journal_path), clock)
    again = reopened.get(op.id)
    assert again.idempotency_key == op.idempotency_key
    assert again.state is OperationState.PENDING
    assert again.payload == {"amount": 2}
    assert (again.operator, again.station) == ("Alice", "Till 1")


def test_every_write_has_its_own_key(journal: OperationJournal) -> None:
    keys = {journal.get(stamp(journal, m)).idempotency_key for m in range(20)}
    assert len(keys) == 20


def test_ready_writes_come_in_order_one_per_member(journal: OperationJournal) -> None:
    a1, b1, a2 = stamp(journal, 1), stamp(journal, 2), stamp(journal, 1)
    ready = journal.next_ready()
    assert ready is not None
    assert ready.id == a1
    journal.mark_sent(a1)
    # a2 waits for a1 (same member); b1 may go.
    ready = journal.next_ready()
    assert ready is not None
    assert ready.id == a1  # a sent write is still open, and comes first again
    journal.mark_applied(a1, None)
    following = journal.next_ready()
    assert following is not None
    assert following.id == b1
    journal.mark_applied(b1, None)
    last = journal.next_ready()
    assert last is not None
    assert last.id == a2


def test_a_held_write_waits_and_blocks_its_member_only(
    journal: OperationJournal, clock: ManualClock
) -> None:
    held = stamp(journal, 1, hold=5)
    later_same = stamp(journal, 1)
    other = stamp(journal, 2)
    ready = journal.next_ready()
    assert ready is not None
    assert ready.id == other
    journal.mark_applied(other, None)
    assert journal.next_ready() is None
    assert journal.seconds_until_next() == 5
    clock.advance(5)
    ready = journal.next_ready()
    assert ready is not None
    assert ready.id == held
    journal.mark_applied(held, None)
    ready = journal.next_ready()
    assert ready is not None
    assert ready.id == later_same


def test_only_a_write_never_sent_can_be_cancelled(journal: OperationJournal) -> None:
    waiting = stamp(journal, 1, hold=5)
    assert journal.cancel(waiting)
    assert journal.get(waiting).state is OperationState.CANCELLED
    sent = stamp(journal, 2)
    journal.mark_sent(sent)
    journal.mark_waiting(sent, "offline")
    assert not journal.cancel(sent)  # it may have reached the server


def test_states_are_counted_and_needs_review_can_be_resolved(journal: OperationJournal) -> None:
    ops = [stamp(journal, m) for m in range(4)]
    journal.mark_applied(ops[0], {"stamps": 1})
    journal.mark_rejected(ops[1], "Member 2 was voided.")
    journal.mark_needs_review(ops[2], "answer lost")
    counts = journal.counts()
    assert counts[OperationState.APPLIED] == 1
    assert counts[OperationState.REJECTED] == 1
    assert counts[OperationState.NEEDS_REVIEW] == 1
    assert counts[OperationState.PENDING] == 1
    assert journal.get(ops[1]).error == "Member 2 was voided."
    assert journal.resend_reviewed(ops[2])
    assert journal.get(ops[2]).state is OperationState.PENDING
    journal.mark_needs_review(ops[3], "answer lost")
    assert journal.dismiss_reviewed(ops[3])
    assert journal.get(ops[3]).state is OperationState.CANCELLED


def test_recent_stamps_and_todays_total(journal: OperationJournal, clock: ManualClock) -> None:
    start = clock.now()
    stamp(journal, 1)
    clock.advance(10)
    cancelled = stamp(journal, 1, hold=5)
    journal.cancel(cancelled)
    assert journal.stamps_since(1, start) == 1
    last = journal.last_stamp(1, start)
    assert last is not None
    assert last.created_at == start
    clock.advance(60)
    assert journal.last_stamp(1, clock.now()) is None
