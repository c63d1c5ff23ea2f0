"""Backing up and restoring the server's database with SQLite's online backup API.

A backup may be taken while the server runs and writes. The whole database is
copied in one step of the backup API, under one read transaction, so the copy is
one consistent moment of the database; in WAL mode that read never blocks the
server's writes. (A copy made in several steps would start over whenever the
server wrote in between.) Copying the file with ``cp`` instead could catch a
write half done and would miss what still sits in the ``-wal`` file.
"""

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

# Tables only a pos-loyalty server database has: a restore never copies in another
# application's file by mistake.
_OWN_TABLES = frozenset({"api_keys", "cards", "users", "rewards", "idempotency_keys"})


class BackupError(Exception):
    """A backup or restore could not be done; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Summary:
    """What a backup or restore copied, for the line the command prints."""

    path: Path
    programs: int
    members: int
    size_bytes: int

    def describe(self) -> str:
        programs = "1 program" if self.programs == 1 else f"{self.programs} programs"
        members = "1 member" if self.members == 1 else f"{self.members} members"
        return f"{programs}, {members}, {self.size_bytes / 1024:.0f} KiB"


def _connect_existing(path: Path, role: str) -> sqlite3.Connection:
    """Open a database that must already exist: sqlite3 would create a missing one."""
    if not path.is_file():
        raise BackupError(f"there is no {role} at {path}")
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA busy_timeout=5000")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"cannot read the {role} {path}: {exc}") from exc
    if not tables >= _OWN_TABLES:
        conn.close()
        raise BackupError(f"{path} is not a pos-loyalty server database")
    return conn


def _check(conn: sqlite3.Connection, path: Path) -> Summary:
    result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise BackupError(f"{path} is damaged ({result}); use another backup")
    programs = conn.execute("SELECT count(*) FROM cards").fetchone()[0]
    members = conn.execute("SELECT count(*) FROM users").fetchone()[0]
    return Summary(path, programs, members, path.stat().st_size if path.exists() else 0)


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk (POSIX only).
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_into_new_file(source: sqlite3.Connection, target: Path) -> None:
    """Copy ``source`` to ``target`` through a temporary file beside it, then rename:
    a crash half-way leaves the old ``target`` (or none), never half a database."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    os.close(fd)
    partial = Path(name)
    try:
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(copy)  # pages=-1: all of it in one step, one consistent moment
            # A backup is one self-contained file, not a database plus its -wal file.
            copy.execute("PRAGMA journal_mode=DELETE")
            _check(copy, target)
        finally:
            copy.close()
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        partial.replace(target)
        _fsync_folder(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def _same_file(a: Path, b: Path) -> bool:
    return a.exists() and b.exists() and a.samefile(b)


def backup(db: Path, out: Path) -> Summary:
    """Copy the live database ``db`` to ``out`` (replaced if it exists)."""
    if _same_file(db, out):
        raise BackupError("the backup must go to another file than the database itself")
    source = _connect_existing(db, "server database")
    try:
        try:
            _copy_into_new_file(source, out)
        except (sqlite3.Error, OSError) as exc:
            raise BackupError(f"cannot write the backup {out}: {exc}") from exc
    finally:
        source.close()
    check = sqlite3.connect(out)
    try:
        return _check(check, out)
    finally:
        check.close()


def restore(
    backup_file: Path, db: Path, now: datetime | None = None
) -> tuple[Summary, Path | None]:
    """Put ``backup_file`` in place of ``db``; the server must be stopped first.

    The database it replaces, even a damaged one, is kept beside it as
    ``….before-restore-YYYYmmdd-HHMMSS`` (with its ``-wal`` file, if any), and that
    path is returned (None when there was no database yet).
    """
    if _same_file(backup_file, db):
        raise BackupError("the backup and the database are the same file")
    source = _connect_existing(backup_file, "backup")
    try:
        summary = _check(source, backup_file)
        kept = _move_aside(db, now or datetime.now(UTC))
        try:
            _copy_into_new_file(source, db)
        except (sqlite3.Error, OSError) as exc:
            raise BackupError(f"cannot restore into {db}: {exc}") from exc
    finally:
        source.close()
    return Summary(db, summary.programs, summary.members, db.stat().st_size), kept


def _move_aside(db: Path, now: datetime) -> Path | None:
    """Rename the database and its ``-wal`` file; drop its ``-shm`` (an index SQLite
    rebuilds). A ``-wal`` left beside the restored file would be replayed into it."""
    if not db.exists():
        return None
    kept = db.with_name(f"{db.name}.before-restore-{now.strftime('%Y%m%d-%H%M%S')}")
    wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
    try:
        db.rename(kept)
        if wal.exists():
            wal.rename(Path(f"{kept}-wal"))
        shm.unlink(missing_ok=True)
    except OSError as exc:
        raise BackupError(f"cannot move {db} aside before the restore: {exc}") from exc
    return kept
