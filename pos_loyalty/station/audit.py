"""The audit log: every action with who, where, before, after and outcome. Append-only."""

import csv
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

from pos_loyalty.station.clock import Clock

CSV_COLUMNS = (
    "id",
    "at",
    "operator",
    "station",
    "action",
    "member_id",
    "member_code",
    "before",
    "after",
    "outcome",
    "detail",
)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    operator: str
    station: str
    action: str
    member_id: int | None
    member_code: str | None
    before: Any
    after: Any
    outcome: str
    detail: str | None


class AuditLog:
    """Stored beside the journal; triggers refuse any UPDATE or DELETE."""

    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def record(
        self,
        action: str,
        *,
        operator: str,
        station: str,
        outcome: str,
        member_id: int | None = None,
        member_code: str | None = None,
        before: Any = None,
        after: Any = None,
        detail: str | None = None,
    ) -> None:
        self._conn.execute(
            "INSERT INTO audit_log (at, operator, station, action, member_id, member_code,"
            " before, after, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self._clock.now().isoformat(),
                operator,
                station,
                action,
                member_id,
                member_code,
                None if before is None else json.dumps(before),
                None if after is None else json.dumps(after),
                outcome,
                detail,
            ),
        )

    def entries(self, limit: int | None = None) -> list[AuditEntry]:
        query = "SELECT * FROM audit_log ORDER BY id"
        rows = self._conn.execute(query + (f" LIMIT {int(limit)}" if limit else ""))
        return [
            AuditEntry(
                id=r["id"],
                at=datetime.fromisoformat(r["at"]),
                operator=r["operator"],
                station=r["station"],
                action=r["action"],
                member_id=r["member_id"],
                member_code=r["member_code"],
                before=json.loads(r["before"]) if r["before"] else None,
                after=json.loads(r["after"]) if r["after"] else None,
                outcome=r["outcome"],
                detail=r["detail"],
            )
            for r in rows
        ]

    def export_csv(self, out: TextIO) -> int:
        """Write every entry as CSV (before/after as JSON); returns the row count."""
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        count = 0
        for row in self._conn.execute("SELECT * FROM audit_log ORDER BY id"):
            writer.writerow([row[c] for c in CSV_COLUMNS])
            count += 1
        return count
