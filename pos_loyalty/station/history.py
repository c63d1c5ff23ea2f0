"""What happened at this station: a member's stamps and redemptions, and a shift's
totals, from the journal (every write, with who, when and where, and how it
ended) and the audit log (what is not a write: re-issues, review decisions).

Only this station's own doings are here; the server has the member's whole story.
"""

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TextIO

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.journal import Operation, OperationJournal, OperationKind, OperationState
from pos_loyalty.station.review import describe_write

# Audit entries worth a line in a member's history (the rest repeat the journal).
_AUDITED = {
    "reissue": "Card re-issued",
    "review_resent": "Sent again after a check",
    "review_dismissed": "Dismissed after a check",
    "consent": "Consent given",
}


def _audited(action: str) -> str:
    words = {
        "reissue": translate("History", "Card re-issued"),
        "review_resent": translate("History", "Sent again after a check"),
        "review_dismissed": translate("History", "Dismissed after a check"),
        "consent": translate("History", "Consent given"),
    }
    return words[action]


def _state_words(state: OperationState) -> str:
    words = {
        OperationState.APPLIED: translate("History", "done"),
        OperationState.PENDING: translate("History", "queued, not yet on the server"),
        OperationState.SENT: translate("History", "on its way to the server"),
        OperationState.NEEDS_REVIEW: translate("History", "to check: the answer was lost"),
    }
    return words[state]


@dataclass(frozen=True, slots=True)
class HistoryLine:
    at: datetime
    what: str
    outcome: str
    operator: str
    station: str
    # Stamps added and rewards used by this line, when it did (refused or undone: none).
    stamps: int = 0
    rewards: tuple[str, ...] = ()
    member_code: str | None = None
    operation_id: int | None = None


@dataclass(frozen=True, slots=True)
class Totals:
    """What one operator (or everyone, as ``operator="all"``) did in a shift."""

    operator: str
    stamps: int = 0
    rewards_redeemed: int = 0
    sign_ups: int = 0
    voids: int = 0
    deletes: int = 0
    changes: int = 0
    undone: int = 0
    refused: int = 0
    to_check: int = 0


@dataclass(frozen=True, slots=True)
class ShiftTotals:
    start: datetime
    end: datetime
    total: Totals
    by_operator: list[Totals] = field(default_factory=list)


def _outcome(op: Operation) -> str:
    if op.state is OperationState.CANCELLED:
        if op.kind is OperationKind.ADD_STAMPS:
            return translate("History", "undone")
        return translate("History", "dismissed")
    if op.state is OperationState.REJECTED:
        if op.error:
            return translate("History", "refused: {reason}").format(reason=op.error)
        return translate("History", "refused")
    return _state_words(op.state)


def _counts(op: Operation) -> bool:
    """Whether the write stands (done, or still on its way)."""
    return op.state in (OperationState.APPLIED, OperationState.PENDING, OperationState.SENT)


def line_of(op: Operation) -> HistoryLine:
    stands = _counts(op)
    stamps = int(op.payload.get("amount", 0)) if op.kind is OperationKind.ADD_STAMPS else 0
    rewards: tuple[str, ...] = ()
    if op.kind is OperationKind.USE_REWARDS:
        rewards = tuple(op.payload.get("reward_names") or ())
    return HistoryLine(
        at=op.created_at,
        what=describe_write(op),
        outcome=_outcome(op),
        operator=op.operator,
        station=op.station,
        stamps=stamps if stands else 0,
        rewards=rewards if stands else (),
        member_code=op.member_code,
        operation_id=op.id,
    )


class StationHistory:
    def __init__(self, journal: OperationJournal, audit: AuditLog) -> None:
        self.journal = journal
        self.audit = audit
        self._conn = journal._conn  # the station file, shared with the journal

    def member(self, member_id: int) -> list[HistoryLine]:
        """The member's writes and re-issues at this station, oldest first."""
        rows = self._conn.execute(
            "SELECT * FROM operations WHERE member_id = ? ORDER BY id", (member_id,)
        )
        lines = [line_of(Operation.from_row(r)) for r in rows]
        marks = ", ".join("?" for _ in _AUDITED)
        for row in self._conn.execute(
            f"SELECT * FROM audit_log WHERE member_id = ? AND action IN ({marks}) ORDER BY id",
            (member_id, *_AUDITED),
        ):
            lines.append(
                HistoryLine(
                    at=datetime.fromisoformat(row["at"]),
                    what=_audited(row["action"]) + _audit_words(row["after"]),
                    outcome=row["outcome"],
                    operator=row["operator"],
                    station=row["station"],
                    member_code=row["member_code"],
                )
            )
        return sorted(lines, key=lambda line: line.at)

    def writes(self, start: datetime, end: datetime) -> list[HistoryLine]:
        """Every write queued at this station from ``start`` until ``end``, oldest first."""
        return [line_of(op) for op in self._between(start, end)]

    def shift(self, start: datetime, end: datetime | None = None) -> ShiftTotals:
        """Totals from ``start`` until ``end`` (now when not given), by operator."""
        end = end or self.journal.now()
        by_operator: dict[str, dict[str, int]] = {}
        for op in self._between(start, end):
            counts = by_operator.setdefault(op.operator, {})
            for name, n in _tally(op).items():
                counts[name] = counts.get(name, 0) + n
        people = [Totals(operator, **counts) for operator, counts in sorted(by_operator.items())]
        total = Totals(
            "all",
            **{
                f.name: sum(getattr(p, f.name) for p in people)
                for f in fields(Totals)
                if f.name != "operator"
            },
        )
        return ShiftTotals(start, end, total, people)

    def _between(self, start: datetime, end: datetime) -> Iterable[Operation]:
        rows = self._conn.execute(
            "SELECT * FROM operations WHERE created_at >= ? AND created_at < ? ORDER BY id",
            (start.isoformat(), end.isoformat()),
        )
        return [Operation.from_row(r) for r in rows]


def _tally(op: Operation) -> dict[str, int]:
    if op.state is OperationState.REJECTED:
        return {"refused": 1}
    if op.state is OperationState.NEEDS_REVIEW:
        return {"to_check": 1}
    if op.state is OperationState.CANCELLED:
        return {"undone": 1} if op.kind is OperationKind.ADD_STAMPS else {}
    if op.kind is OperationKind.ADD_STAMPS:
        return {"stamps": int(op.payload.get("amount", 0))}
    if op.kind is OperationKind.USE_REWARDS:
        names = op.payload.get("reward_names") or op.payload.get("reward_ids") or []
        return {"rewards_redeemed": len(names)}
    return {
        OperationKind.CREATE_MEMBER: {"sign_ups": 1},
        OperationKind.UPDATE_MEMBER: {"changes": 1},
        OperationKind.VOID_MEMBER: {"voids": 1},
        OperationKind.DELETE_MEMBER: {"deletes": 1},
        OperationKind.PUSH: {},  # a manager's message, not a counter total
    }[op.kind]


def _audit_words(after: str | None) -> str:
    if not after:
        return ""
    data = json.loads(after)
    if isinstance(data, dict):
        if "stamps_moved" in data:
            moved = translate(
                "History", "%n stamps moved to the new card", None, int(data["stamps_moved"])
            )
            return f": {moved}"
        if "reason" in data:
            return f": {data['reason']}"
    return ""


HISTORY_COLUMNS = (
    "at", "member_code", "what", "stamps", "rewards", "outcome", "operator", "station", "operation",
)  # fmt: skip


def write_history_csv(lines: Iterable[HistoryLine], out: TextIO) -> int:
    """Write history lines as CSV (UTC times, ISO 8601); returns how many."""
    writer = csv.writer(out)
    writer.writerow(HISTORY_COLUMNS)
    count = 0
    for line in lines:
        writer.writerow(
            [
                line.at.isoformat(), line.member_code or "", line.what, line.stamps,
                "; ".join(line.rewards), line.outcome, line.operator, line.station,
                line.operation_id or "",
            ]
        )  # fmt: skip
        count += 1
    return count


def write_shift_csv(totals: ShiftTotals, out: TextIO) -> int:
    """One row per operator, then the total; returns the number of operator rows."""
    names = [f.name for f in fields(Totals)]
    writer = csv.writer(out)
    writer.writerow(["start", "end", *names])
    for row in [*totals.by_operator, totals.total]:
        writer.writerow(
            [totals.start.isoformat(), totals.end.isoformat(), *(getattr(row, n) for n in names)]
        )
    return len(totals.by_operator)
