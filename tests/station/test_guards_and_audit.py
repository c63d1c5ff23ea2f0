import io
import sqlite3

import pytest

from pos_loyalty.api import Card
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.guards import DailyLimitError, RepeatStampError, StampGuards
from pos_loyalty.station.journal import OperationJournal, OperationKind


def test_a_repeat_within_the_cooldown_names_when_and_who(
    journal: OperationJournal, clock: ManualClock
) -> None:
    guards = StampGuards(journal, clock, cooldown_seconds=30)
    journal.append(
        OperationKind.ADD_STAMPS, 1, {"amount": 1}, operator="Bob", station="Till 2", member_id=5
    )
    clock.advance(12)
    with pytest.raises(RepeatStampError) as repeat:
        guards.check_repeat(5)
    assert repeat.value.recent.operator == "Bob"
    assert "12 seconds ago from Bob at Till 2" in repeat.value.message
    guards.check_repeat(6)  # another member is fine
    clock.advance(19)
    guards.check_repeat(5)  # the cooldown is over


def test_a_repeat_from_this_very_counter_says_so(
    journal: OperationJournal, clock: ManualClock
) -> None:
    here = "Counter 1"
    guards = StampGuards(journal, clock, cooldown_seconds=30, station=lambda: here)
    journal.append(
        OperationKind.ADD_STAMPS, 1, {"amount": 1}, operator="Cashier", station="Counter 1",
        member_id=5,
    )  # fmt: skip
    journal.append(
        OperationKind.ADD_STAMPS, 1, {"amount": 1}, operator="Bob", station="Till 2", member_id=6
    )
    clock.advance(1)
    with pytest.raises(RepeatStampError) as repeat:
        guards.check_repeat(5)
    assert repeat.value.recent.here
    assert "got a stamp just now at this counter, by Cashier." in repeat.value.message
    clock.advance(11)
    with pytest.raises(RepeatStampError) as repeat:
        guards.check_repeat(5)
    assert "12 seconds ago at this counter, by Cashier." in repeat.value.message
    assert "Counter 1" not in repeat.value.message
    with pytest.raises(RepeatStampError) as other:
        guards.check_repeat(6)  # another till's stamp keeps naming that till
    assert not other.value.recent.here
    assert "12 seconds ago from Bob at Till 2" in other.value.message
    here = "Counter 3"  # renamed in the settings: Counter 1 is no longer this station
    with pytest.raises(RepeatStampError) as renamed:
        guards.check_repeat(5)
    assert "12 seconds ago from Cashier at Counter 1" in renamed.value.message


def test_the_daily_limit_counts_todays_stamps(
    journal: OperationJournal, clock: ManualClock
) -> None:
    guards = StampGuards(journal, clock, cooldown_seconds=30)
    card = Card(id=1, daily_stamp_limit=3)
    journal.append(
        OperationKind.ADD_STAMPS, 1, {"amount": 2}, operator="A", station="S", member_id=5
    )
    guards.check_daily_limit(card, 5, 1)
    with pytest.raises(DailyLimitError) as over:
        guards.check_daily_limit(card, 5, 2)
    assert over.value.remaining == 1
    guards.check_daily_limit(Card(id=1), 5, 50)  # no limit known


def test_the_audit_log_records_exports_and_refuses_changes(
    audit: AuditLog, journal: OperationJournal
) -> None:
    audit.record(
        "add_stamps", operator="Alice", station="Till 1", member_id=3, member_code="abc",
        before=4, after=5, outcome="applied",
    )  # fmt: skip
    audit.record("undo_stamps", operator="Alice", station="Till 1", outcome="cancelled")
    entries = audit.entries()
    assert [(e.action, e.before, e.after, e.outcome) for e in entries] == [
        ("add_stamps", 4, 5, "applied"),
        ("undo_stamps", None, None, "cancelled"),
    ]
    out = io.StringIO()
    assert audit.export_csv(out) == 2
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("id,at,operator,station,action")
    assert "Alice,Till 1,add_stamps,3,abc,4,5,applied" in lines[1]
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        journal._conn.execute("UPDATE audit_log SET outcome = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        journal._conn.execute("DELETE FROM audit_log")
