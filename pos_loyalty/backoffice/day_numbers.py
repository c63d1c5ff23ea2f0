"""The day's numbers of a station, per shift, per operator and for the day: stamps
given, rewards redeemed, members enrolled, stamps undone and repeat warnings
overridden.

They come from the station file: the journal holds every write with who, when
and how it ended; the audit log holds the operator switches, which bound the
shifts. A shift is an operator's sign-in until the next switch or sign-out at
that station. Writes with no sign-in before them (a station without staff, the
command line) form one shift per operator for the day, from their first write to
their last.

A stamp counts when it stands (done, or still on its way); one undone counts as
an undo, one refused counts nowhere. A repeat warning overridden is a stamp the
counter marked so (``repeat_overridden``); a stamp written before the counter
kept that mark counts when it followed another stamp of the same member within
the repeat cooldown.
"""

import csv
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TextIO

from pos_loyalty.station.journal import Operation, OperationKind, OperationState

_STANDING = (OperationState.APPLIED, OperationState.PENDING, OperationState.SENT)
NO_SIGN_IN = "no sign-in"


@dataclass(frozen=True, slots=True)
class Numbers:
    stamps: int = 0
    rewards_redeemed: int = 0
    members_enrolled: int = 0
    undone: int = 0
    repeats_overridden: int = 0

    def __add__(self, other: "Numbers") -> "Numbers":
        return Numbers(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Numbers)))


@dataclass(frozen=True, slots=True)
class Shift:
    station: str
    operator: str
    # When the operator signed in (perhaps the day before), or their first write.
    start: datetime
    # The next switch or sign-out; None while the shift goes on (or with no sign-in: the
    # last write).
    end: datetime | None
    signed_in: bool
    numbers: Numbers = Numbers()


@dataclass(frozen=True, slots=True)
class DayNumbers:
    day: date
    shifts: list[Shift] = field(default_factory=list)
    operators: dict[str, Numbers] = field(default_factory=dict)
    total: Numbers = Numbers()


@dataclass(frozen=True, slots=True)
class _Switch:
    at: datetime
    operator: str | None  # who signed in; None for a sign-out


def day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The day from local midnight to the next (DST days are 23 or 25 hours)."""
    start = datetime.combine(day, time(), tz)
    end = datetime.combine(day + timedelta(days=1), time(), tz)
    return start, end


def day_numbers(
    conn: sqlite3.Connection,
    day: date,
    tz: tzinfo,
    *,
    card_id: int | None = None,
    repeat_cooldown_seconds: float = 30.0,
) -> DayNumbers:
    """The numbers of ``day`` (in ``tz``) from a station file, optionally for one program."""
    start, end = day_bounds(day, tz)
    ops = _operations(conn, start, end, card_id)
    switches = _switches(conn, end)
    cooldown = timedelta(seconds=repeat_cooldown_seconds)
    shifts: dict[tuple[str, str, datetime | None], Shift] = {}
    operators: dict[str, Numbers] = {}
    last_stamp: dict[int, datetime] = _stamps_before(conn, start, cooldown)
    for op in ops:
        numbers = _tally(op, last_stamp, cooldown)
        operators[op.operator] = operators.get(op.operator, Numbers()) + numbers
        shift = _shift_of(op, switches.get(op.station, []))
        key = (shift.station, shift.operator, shift.start if shift.signed_in else None)
        known = shifts.get(key)
        if known is None:
            shifts[key] = replace(shift, numbers=numbers)
        else:
            end_at = known.end if known.signed_in else op.created_at
            shifts[key] = replace(known, end=end_at, numbers=known.numbers + numbers)
    total = sum(operators.values(), Numbers())
    ordered = sorted(shifts.values(), key=lambda s: (s.start, s.station, s.operator))
    return DayNumbers(day, ordered, dict(sorted(operators.items())), total)


def _operations(
    conn: sqlite3.Connection, start: datetime, end: datetime, card_id: int | None
) -> list[Operation]:
    query = "SELECT * FROM operations WHERE created_at >= ? AND created_at < ?"
    params: list[object] = [_stored(start), _stored(end)]
    if card_id is not None:
        query += " AND card_id = ?"
        params.append(card_id)
    return [Operation.from_row(r) for r in _select(conn, query + " ORDER BY id", params)]


def _stored(moment: datetime) -> str:
    # The journal stores UTC times as isoformat(); the same form compares as text.
    return moment.astimezone(UTC).isoformat()


def _select(conn: sqlite3.Connection, query: str, params: Sequence[object]) -> list[sqlite3.Row]:
    # Rows by name whatever the connection's own row factory is.
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(query, params).fetchall()


def _switches(conn: sqlite3.Connection, until: datetime) -> dict[str, list[_Switch]]:
    by_station: dict[str, list[_Switch]] = {}
    for row in _select(
        conn,
        "SELECT at, station, outcome, after FROM audit_log WHERE action = 'operator_switch'"
        " AND at < ? ORDER BY id",
        (_stored(until),),
    ):
        who = json.loads(row["after"]) if row["outcome"] == "signed_in" and row["after"] else None
        by_station.setdefault(row["station"], []).append(
            _Switch(datetime.fromisoformat(row["at"]), who if isinstance(who, str) else None)
        )
    return by_station


def _shift_of(op: Operation, switches: list[_Switch]) -> Shift:
    before = [s for s in switches if s.at <= op.created_at]
    if before and before[-1].operator == op.operator:
        began = before[-1]
        later = [s for s in switches if s.at > began.at]
        return Shift(op.station, op.operator, began.at, later[0].at if later else None, True)
    return Shift(op.station, op.operator, op.created_at, op.created_at, False)


def _stamps_before(
    conn: sqlite3.Connection, start: datetime, cooldown: timedelta
) -> dict[int, datetime]:
    """Stamps just before the day began, for a repeat right after midnight."""
    last: dict[int, datetime] = {}
    for row in _select(
        conn,
        "SELECT member_id, created_at FROM operations WHERE kind = 'add_stamps'"
        " AND state NOT IN ('cancelled', 'rejected') AND created_at >= ? AND created_at < ?"
        " ORDER BY id",
        (_stored(start - cooldown), _stored(start)),
    ):
        if row["member_id"] is not None:
            last[int(row["member_id"])] = datetime.fromisoformat(row["created_at"])
    return last


def _tally(op: Operation, last_stamp: dict[int, datetime], cooldown: timedelta) -> Numbers:
    stands = op.state in _STANDING
    if op.kind is OperationKind.ADD_STAMPS:
        marked = op.payload.get("repeat_overridden")
        previous = last_stamp.get(op.member_id) if op.member_id is not None else None
        if marked is None:  # written before the counter kept the mark
            marked = previous is not None and op.created_at - previous <= cooldown
        if op.member_id is not None and op.state not in (
            OperationState.CANCELLED,
            OperationState.REJECTED,
        ):
            last_stamp[op.member_id] = op.created_at
        return Numbers(
            stamps=int(op.payload.get("amount", 0)) if stands else 0,
            undone=1 if op.state is OperationState.CANCELLED else 0,
            repeats_overridden=1 if marked else 0,
        )
    if not stands:
        return Numbers()
    if op.kind is OperationKind.USE_REWARDS:
        names = op.payload.get("reward_names") or op.payload.get("reward_ids") or []
        return Numbers(rewards_redeemed=len(names))
    if op.kind is OperationKind.CREATE_MEMBER:
        return Numbers(members_enrolled=1)
    return Numbers()


DAY_COLUMNS = (
    "scope", "date", "station", "operator", "shift_start", "shift_end",
    *(f.name for f in fields(Numbers)),
)  # fmt: skip


def write_day_csv(numbers: DayNumbers, out: TextIO, tz: tzinfo) -> int:
    """One row per shift, per operator, then the day; times in ``tz``. Returns the rows."""
    writer = csv.writer(out)
    writer.writerow(DAY_COLUMNS)
    rows = list(_csv_rows(numbers, tz))
    writer.writerows(rows)
    return len(rows)


def _csv_rows(numbers: DayNumbers, tz: tzinfo) -> Iterable[list[object]]:
    day = numbers.day.isoformat()

    def when(moment: datetime | None) -> str:
        return "" if moment is None else moment.astimezone(tz).isoformat(timespec="seconds")

    def counts(n: Numbers) -> list[object]:
        return [getattr(n, f.name) for f in fields(Numbers)]

    for s in numbers.shifts:
        operator = s.operator if s.signed_in else f"{s.operator} ({NO_SIGN_IN})"
        yield ["shift", day, s.station, operator, when(s.start), when(s.end), *counts(s.numbers)]
    for operator, n in numbers.operators.items():
        yield ["operator", day, "", operator, "", "", *counts(n)]
    yield ["day", day, "", "", "", "", *counts(numbers.total)]
