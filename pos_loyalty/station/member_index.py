"""The station's copy of its members, in the station database, so that a scan or a
name search is answered with no round trip, and offline.

The copy is kept current by every lookup and applied write (``put``), and by
complete passes over the server's members (``begin_pass``; the walk itself is in
``index_refresh``). A pass is staged aside and applied in one transaction, so a
pass that fails half-way leaves the copy as it was.
"""

import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from pos_loyalty.api import LoyaltyClient, Member
from pos_loyalty.station.clock import Clock, SystemClock
from pos_loyalty.station.database import SCHEMA

# Rows of a pass under way. A TEMP table lives beside the connection, not in the
# station file: staging costs no fsync and leaves nothing behind after a crash.
_PASS_TABLE = """
CREATE TEMP TABLE IF NOT EXISTS member_index_pass (
    pass_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    code TEXT NOT NULL,
    first_name TEXT,
    last_name TEXT,
    email TEXT,
    phone TEXT,
    voided INTEGER NOT NULL,
    search_text TEXT NOT NULL,
    member TEXT NOT NULL,
    PRIMARY KEY (pass_id, member_id)
)
"""
_COLUMNS = "code, first_name, last_name, email, phone, voided, search_text, member"
_pass_ids = itertools.count(1)


def fold(text: str | None) -> str:
    """Case-insensitive form, as the server's search folds text (casefold, not lower:
    "Straße" matches "STRASSE")."""
    return (text or "").casefold()


def _search_text(member: Member) -> str:
    # The same fields as the server's non-strict search; char 31 keeps a match
    # from spanning two fields.
    full_name = f"{member.first_name or ''} {member.last_name or ''}"
    parts = (member.first_name, member.last_name, member.email, member.phone, member.city)
    return "\x1f".join(fold(p) for p in (*parts, full_name))


def _row(member: Member) -> tuple[object, ...]:
    return (
        member.code,
        member.first_name,
        member.last_name,
        member.email,
        member.phone,
        int(member.voided_at is not None),
        _search_text(member),
        member.model_dump_json(),
    )


def _like_pattern(keyword: str) -> str:
    escaped = keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    # A savepoint nests inside a transaction someone else holds on the shared
    # connection, and is a transaction of its own otherwise.
    conn.execute("SAVEPOINT member_index")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO member_index")
        conn.execute("RELEASE member_index")
        raise
    conn.execute("RELEASE member_index")


def purge_member_copy(conn: sqlite3.Connection) -> int:
    """Wipe the member copy of every program in a station database; returns how
    many members it held. Deleted rows are overwritten (secure_delete) and the
    write-ahead log is emptied, so no member's data lingers in the station file."""
    count = int(conn.execute("SELECT count(*) FROM member_index").fetchone()[0])
    secure = int(conn.execute("PRAGMA secure_delete").fetchone()[0])
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with _transaction(conn):
            conn.execute("DELETE FROM member_index")
            conn.execute("DELETE FROM member_index_refreshes")
    finally:
        conn.execute(f"PRAGMA secure_delete = {secure}")
    if not conn.in_transaction:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return count


@dataclass(frozen=True, slots=True)
class IndexChanges:
    """What a complete pass changed in the copy."""

    seen: int
    added: int
    changed: int
    removed: int
    # Members in the copy that the pass did not see, while the listing moved under
    # it (or the server gives no total): they may have been skipped, not deleted,
    # so each is asked for on its own before it is removed.
    unconfirmed: tuple[int, ...] = ()


class MemberIndex:
    """One program's members as last seen, in the station database.

    ``MemberIndex(conn, card_id, clock=clock)`` reads and writes the rows of
    ``card_id`` in the station database ``conn`` (as opened by
    ``open_station_database``). ``MemberIndex()`` keeps a copy in memory only,
    for one program: what a station that keeps no member copy on disk uses.

    Reads: ``get(code)``, ``by_id(member_id)``, ``search(keyword, limit)``,
    ``len(index)``, ``updated_at``. Writes: ``put(member)``, ``remove(member_id)``,
    ``purge()`` (every program's copy, for privacy). Refreshing: ``begin_pass()``,
    or ``refresh(client)`` for one whole pass.
    """

    def __init__(
        self,
        conn: sqlite3.Connection | None = None,
        card_id: int | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        if conn is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.executescript(SCHEMA)
        elif card_id is None:
            raise ValueError("a member index in the station database needs its program's id")
        self._conn = conn
        self.card_id = card_id
        # An in-memory index serves one program, whichever it is.
        self._scope = 0 if card_id is None else card_id
        self.clock: Clock = clock or SystemClock()
        self._open_passes: list[IndexPass] = []

    def bind(self, card_id: int) -> None:
        """Say which program an in-memory ``MemberIndex()`` serves (``MemberLookup``
        does), so that a refresher knows whose members to load."""
        if self.card_id is None:
            self.card_id = card_id  # its rows stay where they are: it serves one program
        elif self.card_id != card_id:
            raise ValueError(f"this member index holds program {self.card_id}, not {card_id}")

    def for_card(self, card_id: int) -> "MemberIndex":
        """The copy of another program in the same database (switching program)."""
        return MemberIndex(self._conn, card_id, clock=self.clock)

    # Reads

    def __len__(self) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM member_index WHERE card_id = ?", (self._scope,)
        ).fetchone()
        return int(row[0])

    def get(self, code: str) -> Member | None:
        row = self._conn.execute(
            "SELECT member FROM member_index WHERE card_id = ? AND code = ?"
            " ORDER BY seen_at DESC, member_id DESC LIMIT 1",
            (self._scope, code),
        ).fetchone()
        return None if row is None else Member.model_validate_json(row[0])

    def by_id(self, member_id: int) -> Member | None:
        row = self._conn.execute(
            "SELECT member FROM member_index WHERE card_id = ? AND member_id = ?",
            (self._scope, member_id),
        ).fetchone()
        return None if row is None else Member.model_validate_json(row[0])

    def search(
        self, keyword: str, limit: int = 20, *, include_voided: bool = False
    ) -> list[Member]:
        """Members whose names, e-mail, phone or city contain ``keyword`` (case-
        insensitive), or whose code is ``keyword``: the server's non-strict search,
        answered from the copy. Newest first, voided members left out, as the
        server does. A code matches whole only, as on the server: a few characters
        would otherwise match random codes by the dozen."""
        keyword = keyword.strip()
        where = "card_id = ?"
        params: list[object] = [self._scope]
        if not include_voided:
            where += " AND voided = 0"
        if keyword:
            where += " AND (search_text LIKE ? ESCAPE '\\' OR code = ?)"
            params += [_like_pattern(fold(keyword)), keyword.lower()]
        rows = self._conn.execute(
            f"SELECT member FROM member_index WHERE {where} ORDER BY member_id DESC LIMIT ?",
            [*params, max(0, limit)],
        ).fetchall()
        return [Member.model_validate_json(r[0]) for r in rows]

    @property
    def updated_at(self) -> datetime | None:
        """When the copy last matched a complete pass over the server; None: never."""
        row = self._conn.execute(
            "SELECT refreshed_at FROM member_index_refreshes WHERE card_id = ?", (self._scope,)
        ).fetchone()
        return None if row is None else datetime.fromisoformat(row[0])

    # Writes

    def put(self, member: Member) -> None:
        """Keep the server's latest answer for this member."""
        for open_pass in self._open_passes:
            open_pass.touched.add(member.id)
        with _transaction(self._conn):
            if member.code:
                # A code names one member: a row still holding it is out of date.
                self._conn.execute(
                    "DELETE FROM member_index WHERE card_id = ? AND code = ? AND member_id != ?",
                    (self._scope, member.code, member.id),
                )
            self._conn.execute(
                f"INSERT OR REPLACE INTO member_index (card_id, member_id, {_COLUMNS}, seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self._scope, member.id, *_row(member), self._now()),
            )

    def remove(self, member_id: int) -> None:
        for open_pass in self._open_passes:
            open_pass.touched.add(member_id)
        self._conn.execute(
            "DELETE FROM member_index WHERE card_id = ? AND member_id = ?",
            (self._scope, member_id),
        )

    def replace_all(self, members: Iterable[Member]) -> None:
        """This program's copy becomes exactly ``members``."""
        with _transaction(self._conn):
            self._conn.execute("DELETE FROM member_index WHERE card_id = ?", (self._scope,))
            for member in members:
                self.put(member)

    def purge(self) -> int:
        """Wipe this station's copy of every program; returns how many members it held."""
        return purge_member_copy(self._conn)

    # Refreshing

    def begin_pass(self) -> "IndexPass":
        """Start staging a complete pass over the server's members of this program."""
        self._conn.execute(_PASS_TABLE)
        started = IndexPass(self, next(_pass_ids), self._now())
        self._open_passes.append(started)
        return started

    async def refresh(self, client: LoyaltyClient, card_id: int | None = None) -> int:
        """One complete pass now; returns how many members the server listed.

        Kept for callers of the whole-copy refresh; ``IndexRefresher`` runs passes
        in a loop and reports each one."""
        from pos_loyalty.station.index_refresh import refresh_index

        return (await refresh_index(self, client, card_id)).seen

    def _now(self) -> str:
        return self.clock.now().isoformat()

    def _closed(self, finished: "IndexPass") -> None:
        self._open_passes.remove(finished)


class IndexPass:
    """One walk over the server's members, staged aside until it is complete.

    ``add`` each page as it comes; ``finish`` applies the whole pass at once;
    ``discard`` (after a failure) leaves the copy untouched. Members written by
    ``put``/``remove`` while the pass runs keep that newer state."""

    def __init__(self, index: MemberIndex, pass_id: int, started_at: str) -> None:
        self._index = index
        self._conn = index._conn
        self.pass_id = pass_id
        self.started_at = started_at
        self.seen: set[int] = set()
        self.touched: set[int] = set()
        self._open = True

    def add(self, members: Sequence[Member]) -> int:
        """Stage one page; returns how many of its members this pass had not seen."""
        before = len(self.seen)
        with _transaction(self._conn):
            self._conn.executemany(
                f"INSERT OR REPLACE INTO temp.member_index_pass (pass_id, member_id, {_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(self.pass_id, m.id, *_row(m)) for m in members],
            )
        self.seen.update(m.id for m in members)
        return len(self.seen) - before

    def finish(self, *, listing_consistent: bool) -> IndexChanges:
        """Apply the pass: add and update what it saw, and remove what it did not
        see when the listing held still under it (``listing_consistent``); else
        those are returned as ``unconfirmed``. The copy is then "updated" as of the
        pass's start."""
        scope = self._index._scope
        touched = json.dumps(sorted(self.touched))
        staged = (
            "FROM temp.member_index_pass p WHERE p.pass_id = ?"
            " AND p.member_id NOT IN (SELECT value FROM json_each(?))"
        )
        try:
            with _transaction(self._conn):
                added, changed = self._conn.execute(
                    "SELECT count(*) FILTER (WHERE m.member_id IS NULL),"
                    " count(*) FILTER (WHERE m.member != p.member)"
                    " FROM temp.member_index_pass p LEFT JOIN member_index m"
                    " ON m.card_id = ? AND m.member_id = p.member_id"
                    " WHERE p.pass_id = ? AND p.member_id NOT IN (SELECT value FROM json_each(?))",
                    (scope, self.pass_id, touched),
                ).fetchone()
                self._conn.execute(
                    f"INSERT INTO member_index (card_id, member_id, {_COLUMNS}, seen_at)"
                    f" SELECT ?, p.member_id, {_COLUMNS}, ? {staged}"
                    " ON CONFLICT (card_id, member_id) DO UPDATE SET"
                    " code = excluded.code, first_name = excluded.first_name,"
                    " last_name = excluded.last_name, email = excluded.email,"
                    " phone = excluded.phone, voided = excluded.voided,"
                    " search_text = excluded.search_text, member = excluded.member,"
                    " seen_at = excluded.seen_at"
                    " WHERE member_index.member != excluded.member",
                    (scope, self.started_at, self.pass_id, touched),
                )
                missing = tuple(
                    int(r[0])
                    for r in self._conn.execute(
                        "SELECT member_id FROM member_index WHERE card_id = ?"
                        " AND member_id NOT IN (SELECT member_id FROM temp.member_index_pass"
                        " WHERE pass_id = ?)"
                        " AND member_id NOT IN (SELECT value FROM json_each(?))",
                        (scope, self.pass_id, touched),
                    )
                )
                if listing_consistent and missing:
                    self._conn.executemany(
                        "DELETE FROM member_index WHERE card_id = ? AND member_id = ?",
                        [(scope, member_id) for member_id in missing],
                    )
                self._conn.execute(
                    "INSERT OR REPLACE INTO member_index_refreshes (card_id, refreshed_at)"
                    " VALUES (?, ?)",
                    (scope, self.started_at),
                )
        finally:
            self.discard()
        removed = len(missing) if listing_consistent else 0
        return IndexChanges(
            seen=len(self.seen),
            added=int(added),
            changed=int(changed),
            removed=removed,
            unconfirmed=() if listing_consistent else missing,
        )

    def discard(self) -> None:
        """Drop what was staged; the copy stays as it was."""
        if not self._open:
            return
        self._open = False
        self._index._closed(self)
        self._conn.execute("DELETE FROM temp.member_index_pass WHERE pass_id = ?", (self.pass_id,))
