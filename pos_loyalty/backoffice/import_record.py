"""The import's resume record: a small SQLite file that outlives a crash.

An import is known by its backend, program and the file's SHA-256. Before the
first batch goes out, the whole plan is stored: each row's fate and each batch's
rows and Idempotency-Key. A batch is marked ``sent`` (committed, fsync'd) before
its request leaves, and ``done`` with the new members in the same commit as its
answer. A run that finds the record goes on from there: done batches are never
sent again, a ``sent`` batch is checked and resent under its own key.

No member details are kept here: the rows are read again from the file, whose
hash the record checks.
"""

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from pos_loyalty.backoffice.import_plan import Batch, ImportPlan, Outcome, PlannedRow
from pos_loyalty.station.errors import StationError

SCHEMA = """
CREATE TABLE IF NOT EXISTS imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    backend TEXT NOT NULL,
    card_id INTEGER NOT NULL,
    card_code TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    -- The backend answered with the Idempotency-Key echoed: it honours keys.
    keys_honoured INTEGER NOT NULL DEFAULT 0,
    UNIQUE (backend, card_id, card_code, file_sha256)
);
CREATE TABLE IF NOT EXISTS import_rows (
    import_id INTEGER NOT NULL REFERENCES imports (id),
    row INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    column_name TEXT NOT NULL,
    reason TEXT NOT NULL,
    batch INTEGER,
    member_id INTEGER,
    member_code TEXT,
    PRIMARY KEY (import_id, row)
);
CREATE TABLE IF NOT EXISTS import_batches (
    import_id INTEGER NOT NULL REFERENCES imports (id),
    batch INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL,
    state TEXT NOT NULL,
    sent_at TEXT,
    error TEXT,
    PRIMARY KEY (import_id, batch)
);
"""


class BatchState(StrEnum):
    PENDING = "pending"  # never sent
    SENT = "sent"  # sent at least once; the answer was not stored
    DONE = "done"
    FAILED = "failed"  # refused by the server: its rows are failed


class ImportRecordError(StationError):
    pass


@dataclass(frozen=True, slots=True)
class ImportId:
    backend: str
    card_id: int
    card_code: str
    file_sha256: str


@dataclass(frozen=True, slots=True)
class StoredBatch:
    batch: Batch
    state: BatchState
    sent_at: datetime | None = None


class ImportRecord:
    """Every import started on this computer, in one file (in the user data dir)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(path, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            # Each step is fsync'd: a batch marked done must stay done after a power cut.
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA busy_timeout=5000")
            self._conn.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise ImportRecordError(
                f"cannot open the import record {path}: {exc}; nothing was imported, since an"
                " import that cannot be resumed could add members twice."
            ) from exc

    def close(self) -> None:
        self._conn.close()

    def find(self, which: ImportId) -> int | None:
        row = self._conn.execute(
            "SELECT id FROM imports WHERE backend = ? AND card_id = ? AND card_code = ?"
            " AND file_sha256 = ?",
            (which.backend, which.card_id, which.card_code, which.file_sha256),
        ).fetchone()
        return None if row is None else int(row[0])

    def start(self, which: ImportId, file_name: str, plan: ImportPlan, now: datetime) -> int:
        """Store the whole plan in one commit, before anything is sent."""
        with self._transaction():
            cursor = self._conn.execute(
                "INSERT INTO imports (backend, card_id, card_code, file_sha256, file_name,"
                " started_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    which.backend,
                    which.card_id,
                    which.card_code,
                    which.file_sha256,
                    file_name,
                    now.isoformat(),
                ),
            )
            assert cursor.lastrowid is not None
            import_id = cursor.lastrowid
            self._conn.executemany(
                "INSERT INTO import_rows (import_id, row, outcome, column_name, reason, batch)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (import_id, r.row, r.outcome.value, r.column, r.reason, r.batch)
                    for r in plan.rows
                ],
            )
            self._conn.executemany(
                "INSERT INTO import_batches (import_id, batch, idempotency_key, state)"
                " VALUES (?, ?, ?, 'pending')",
                [(import_id, b.number, b.key) for b in plan.batches],
            )
        return import_id

    def rows(self, import_id: int) -> list[PlannedRow]:
        return [
            PlannedRow(
                row=r[0],
                outcome=Outcome(r[1]),
                column=r[2],
                reason=r[3],
                batch=r[4],
                member_id=r[5],
                member_code=r[6],
            )
            for r in self._conn.execute(
                "SELECT row, outcome, column_name, reason, batch, member_id, member_code"
                " FROM import_rows WHERE import_id = ? ORDER BY row",
                (import_id,),
            )
        ]

    def batches(self, import_id: int) -> list[StoredBatch]:
        rows_of: dict[int, list[int]] = {}
        for row, batch in self._conn.execute(
            "SELECT row, batch FROM import_rows WHERE import_id = ? AND batch IS NOT NULL"
            " AND outcome IN ('queued', 'imported') ORDER BY row",
            (import_id,),
        ):
            rows_of.setdefault(batch, []).append(row)
        return [
            StoredBatch(
                Batch(n, tuple(rows_of.get(n, ())), key),
                BatchState(state),
                datetime.fromisoformat(sent) if sent else None,
            )
            for n, key, state, sent in self._conn.execute(
                "SELECT batch, idempotency_key, state, sent_at FROM import_batches"
                " WHERE import_id = ? ORDER BY batch",
                (import_id,),
            )
        ]

    def progress(self, import_id: int) -> tuple[int, int, int, int]:
        """Rows to send that are settled, rows to send, batches settled, batches."""
        rows_done, rows_total = self._conn.execute(
            "SELECT coalesce(sum(outcome != 'queued'), 0), count(*) FROM import_rows"
            " WHERE import_id = ? AND batch IS NOT NULL",
            (import_id,),
        ).fetchone()
        batches_done, batches_total = self._conn.execute(
            "SELECT coalesce(sum(state IN ('done', 'failed')), 0), count(*) FROM import_batches"
            " WHERE import_id = ?",
            (import_id,),
        ).fetchone()
        return int(rows_done), int(rows_total), int(batches_done), int(batches_total)

    def keys_honoured(self, import_id: int) -> bool:
        row = self._conn.execute(
            "SELECT keys_honoured FROM imports WHERE id = ?", (import_id,)
        ).fetchone()
        return bool(row and row[0])

    def learn_keys_honoured(self, import_id: int) -> None:
        self._conn.execute(
            "UPDATE imports SET keys_honoured = 1 WHERE id = ? AND keys_honoured = 0",
            (import_id,),
        )

    def mark_sent(self, import_id: int, batch: int, now: datetime) -> None:
        self._conn.execute(
            "UPDATE import_batches SET state = 'sent', sent_at = ? WHERE import_id = ?"
            " AND batch = ? AND state IN ('pending', 'sent')",
            (now.isoformat(), import_id, batch),
        )

    def mark_done(
        self,
        import_id: int,
        batch: int,
        members: Iterable[tuple[int, int | None, str | None]],
        unseen: str = "",
    ) -> None:
        """The batch's rows imported, each as (row, member id, member code), in one commit;
        ``unseen`` is the reason told for a row whose member is not known."""
        with self._transaction():
            self._conn.executemany(
                "UPDATE import_rows SET outcome = 'imported', member_id = ?, member_code = ?,"
                " reason = ? WHERE import_id = ? AND row = ?",
                [
                    (member_id, code, unseen if code is None else "", import_id, row)
                    for row, member_id, code in members
                ],
            )
            self._conn.execute(
                "UPDATE import_batches SET state = 'done', error = NULL WHERE import_id = ?"
                " AND batch = ?",
                (import_id, batch),
            )

    def mark_failed(self, import_id: int, batch: int, rows: Sequence[int], reason: str) -> None:
        with self._transaction():
            self._fail_rows(import_id, rows, "", reason)
            self._conn.execute(
                "UPDATE import_batches SET state = 'failed', error = ? WHERE import_id = ?"
                " AND batch = ?",
                (reason, import_id, batch),
            )

    def drop_row(
        self, import_id: int, batch: int, row: int, column: str, reason: str, new_key: str
    ) -> None:
        """The server refused one row of a batch that was never applied: that row fails,
        the rest go again as a new request (new rows, so a new key)."""
        with self._transaction():
            self._fail_rows(import_id, [row], column, reason)
            self._conn.execute(
                "UPDATE import_batches SET idempotency_key = ?, state = 'pending', sent_at = NULL"
                " WHERE import_id = ? AND batch = ?",
                (new_key, import_id, batch),
            )

    def finish(self, import_id: int, now: datetime) -> None:
        self._conn.execute(
            "UPDATE imports SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
            (now.isoformat(), import_id),
        )

    def _fail_rows(self, import_id: int, rows: Sequence[int], column: str, reason: str) -> None:
        self._conn.executemany(
            "UPDATE import_rows SET outcome = 'failed', column_name = ?, reason = ?"
            " WHERE import_id = ? AND row = ?",
            [(column, reason, import_id, row) for row in rows],
        )

    def _transaction(self) -> "_Transaction":
        return _Transaction(self._conn)


class _Transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._conn.execute("ROLLBACK" if exc_type is not None else "COMMIT")
