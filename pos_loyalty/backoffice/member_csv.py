"""Members as CSV: an import's report, and a program's export (which an import reads back)."""

import csv
import os
import tempfile
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from pos_loyalty.api import Member
from pos_loyalty.backoffice.import_plan import Outcome
from pos_loyalty.backoffice.import_summary import ImportSummary
from pos_loyalty.backoffice.members_file import IMPORT_COLUMNS, MembersFile
from pos_loyalty.domain.timestamps import format_timestamp

REPORT_COLUMNS = (
    "row", "outcome", "column", "reason", "member_code",
    "first_name", "last_name", "email", "phone",
)  # fmt: skip
# An export: the import's columns first (so it reads straight back), then what the
# server keeps about each member.
EXPORT_COLUMNS = (
    *IMPORT_COLUMNS,
    "code", "stamps", "rewards", "reward_names",
    "created_at", "updated_at", "expired_at", "voided_at",
)  # fmt: skip


def report_outcome(outcome: Outcome, summary: ImportSummary) -> str:
    if outcome is Outcome.QUEUED:
        return "would_import" if summary.dry_run else "not_sent"
    return outcome.value


def write_report(summary: ImportSummary, source: MembersFile, path: Path) -> Path:
    """Every row of the file with what became of it; written whole or not at all."""
    values = {row.number: row.values for row in source.rows}

    def write(out: TextIO) -> None:
        writer = csv.writer(out)
        writer.writerow(REPORT_COLUMNS)
        for row in summary.rows:
            given = values.get(row.row, {})
            writer.writerow(
                [
                    row.row,
                    report_outcome(row.outcome, summary),
                    row.column,
                    row.reason,
                    row.member_code or "",
                    *(given.get(c, "").strip() for c in REPORT_COLUMNS[5:]),
                ]
            )

    return write_atomically(path, write)


def write_export(members: Iterable[Member], out: TextIO, now: datetime) -> int:
    """Members as CSV, oldest first as given; ``rewards`` counts the usable ones at
    ``now`` and ``reward_names`` names them. Returns the number of members."""
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    count = 0
    for member in members:
        usable = member.usable_rewards(now)
        data = member.model_dump()
        dates = (member.created_at, member.updated_at, member.expired_at, member.voided_at)
        writer.writerow(
            [
                *("" if data.get(c) is None else data[c] for c in IMPORT_COLUMNS),
                member.code,
                member.stamps,
                len(usable),
                "; ".join(r.name for r in usable),
                *(format_timestamp(d) or "" for d in dates),
            ]
        )
        count += 1
    return count


def write_atomically(path: Path, write: Callable[[TextIO], None]) -> Path:
    """Write a CSV file through a temporary file in the same folder, then rename it: a
    crash leaves the old file or the new one, never half of one."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
