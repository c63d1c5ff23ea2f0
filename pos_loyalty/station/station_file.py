"""Opening the station's SQLite file, and starting afresh when it is damaged.

A damaged file is moved aside (and kept, for a technician), a fresh one is
started, and the writes still to send that can be read from the old one are
copied in with their idempotency keys, so none is lost and none is sent twice.
"""

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.damaged_file import move_aside
from pos_loyalty.station.database import StationDatabaseError, learn, open_station_database
from pos_loyalty.station.errors import StationError

log = logging.getLogger(__name__)

# Writes worth carrying from a damaged station file: still to send, or for a person to check.
_CARRIED_STATES = ("pending", "sent", "needs_review")


class StationFileError(StationError):
    """The station file can be neither opened nor replaced; the counter cannot start."""


@dataclass(frozen=True, slots=True)
class OpenedStationFile:
    conn: sqlite3.Connection
    # Set when the file was damaged: what happened, where the old one is, what was kept.
    notice: str | None = None


def open_station_file(path: Path) -> OpenedStationFile:
    """Open the station's SQLite file. A damaged one is moved aside (and kept), a
    fresh one is started, and the open writes that can still be read are copied in."""
    try:
        return OpenedStationFile(_open_checked(path))
    except (StationDatabaseError, sqlite3.DatabaseError) as exc:
        cause = exc.__cause__ if isinstance(exc, StationDatabaseError) else exc
        if not _is_damage(cause):
            # Locked by another counter, unreadable, a full disk: moving it would not help.
            raise StationFileError(
                translate(
                    "StationFile",
                    "The station file {path} cannot be opened ({cause}). Check that no other"
                    " counter is running on this computer and that the folder is writable,"
                    " then start again.",
                ).format(path=path, cause=cause)
            ) from exc
        log.warning("the station file %s is damaged: %s", path, cause)
    try:
        aside = move_aside(path, companions=("-wal", "-shm", "-journal"))
    except OSError as exc:
        raise StationFileError(
            translate(
                "StationFile",
                "The station file {path} is damaged and could not be moved aside"
                " ({cause}). Move it out of the folder by hand, then start again.",
            ).format(path=path, cause=exc.strerror or exc)
        ) from exc
    try:
        conn = open_station_database(path)
    except StationDatabaseError as exc:
        raise StationFileError(
            translate(
                "StationFile",
                "A new station file could not be made at {path}. Check that the folder is"
                " writable and the disk has room, then start again.",
            ).format(path=path)
        ) from exc
    carried = carry_open_writes(aside, conn)
    if carried is None:
        notice = translate(
            "StationFile",
            "The station file was damaged and a fresh one started; the old one could not be"
            " read, so writes queued in it were not sent. It is kept as {aside} for a"
            " technician.",
        )
    elif carried:
        notice = translate(
            "StationFile",
            "The station file was damaged and a fresh one started; its %n queued writes were"
            " kept and will be sent. The old file is kept as {aside}.",
            None,
            carried,
        )
    else:
        notice = translate(
            "StationFile",
            "The station file was damaged and a fresh one started; no writes were waiting"
            " in it. The old file is kept as {aside}.",
        )
    notice = notice.format(aside=aside)
    log.warning(notice)
    return OpenedStationFile(conn, notice)


class _DamageFoundError(sqlite3.DatabaseError):
    """The integrity check found damage the opening did not."""


def _is_damage(exc: BaseException | None) -> bool:
    if isinstance(exc, _DamageFoundError):
        return True
    name = getattr(exc, "sqlite_errorname", "")
    return isinstance(exc, sqlite3.DatabaseError) and name in ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _open_checked(path: Path) -> sqlite3.Connection:
    conn = open_station_database(path)
    try:
        # Damage inside the file shows only when its pages are read: look at all of
        # them once now, rather than fail in the middle of a stamp.
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError:
        conn.close()
        raise
    if problems != ["ok"]:
        conn.close()
        raise _DamageFoundError("; ".join(str(p) for p in problems))
    return conn


def carry_open_writes(old_path: Path, conn: sqlite3.Connection) -> int | None:
    """Copy the open writes (with their keys, so none is sent twice) and the facts
    learnt about the backend from a damaged file; None when nothing could be read."""
    try:
        old = sqlite3.connect(f"file:{old_path}?mode=ro", uri=True)
        old.row_factory = sqlite3.Row
        old_columns = {row[1] for row in old.execute("PRAGMA table_info(operations)")}
    except sqlite3.DatabaseError as exc:
        log.warning("nothing can be read from %s: %s", old_path, exc)
        return None
    columns = [row[1] for row in conn.execute("PRAGMA table_info(operations)")]
    wanted = [c for c in columns if c in old_columns]
    if "idempotency_key" not in wanted:
        old.close()
        return None
    states = ", ".join(f"'{s}'" for s in _CARRIED_STATES)
    rows: dict[Any, sqlite3.Row] = {}
    # A damaged index can hide rows the table still has: read it both ways.
    for query in (
        f"SELECT * FROM operations WHERE state IN ({states}) ORDER BY id",
        f"SELECT * FROM operations NOT INDEXED WHERE state IN ({states})",
    ):
        try:
            for row in old.execute(query):
                rows.setdefault(row["idempotency_key"], row)
        except sqlite3.DatabaseError as exc:
            log.warning("reading the writes of %s stopped: %s", old_path, exc)
    learnt: list[tuple[str, str]] = []
    try:
        learnt = [(r[0], r[1]) for r in old.execute("SELECT name, value FROM learnt")]
    except sqlite3.DatabaseError as exc:
        log.warning("the backend facts of %s cannot be read: %s", old_path, exc)
    old.close()
    marks = ", ".join("?" for _ in wanted)
    conn.execute("BEGIN")
    for row in sorted(rows.values(), key=lambda r: r["id"]):
        conn.execute(
            f"INSERT OR IGNORE INTO operations ({', '.join(wanted)}) VALUES ({marks})",
            [row[c] for c in wanted],
        )
    for name, value in learnt:
        learn(conn, name, value)
    conn.execute("COMMIT")
    return len(rows)
