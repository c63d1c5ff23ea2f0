"""``members import`` and ``members export`` (the parsers are in cli_backoffice.py)."""

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from pos_loyalty.api import ApiError, Card
from pos_loyalty.backoffice.import_record import ImportRecord
from pos_loyalty.backoffice.import_summary import ImportProgress, ImportSummary
from pos_loyalty.backoffice.member_csv import write_atomically, write_export, write_report
from pos_loyalty.backoffice.member_import import MemberImport
from pos_loyalty.backoffice.members_file import MembersFile, MembersFileError, read_members_file
from pos_loyalty.cli_backend import (
    BackendChoice,
    CommandError,
    UsageError,
    api_words,
    open_audit,
    program,
)

RECORD_FILE = "imports.sqlite3"


def record_path() -> Path:
    from pos_loyalty.paths import data_dir

    return data_dir() / RECORD_FILE


def default_report(source: Path) -> Path:
    return source.with_name(f"{source.stem}-import-report.csv")


class TerminalProgress:
    """The import's progress on stderr: a bar redrawn in place on a terminal; elsewhere
    (a log, a pipe) one plain line per batch."""

    WIDTH = 30

    def __init__(self, out: TextIO, *, quiet: bool = False) -> None:
        self.out = out
        self.quiet = quiet
        self.live = out.isatty()
        self._drawn = False
        self._last: tuple[int, int] | None = None

    def __call__(self, progress: ImportProgress) -> None:
        if self.quiet:
            return
        if progress.phase == "reading":
            self.say("reading the program's members to find those already in …")
        elif progress.phase == "sending" and self.live:
            self._bar(progress)
        elif progress.phase == "sending" and progress.batches_total:
            mark = (progress.batches_done, progress.rows_done)
            if mark != self._last and self._last is not None:
                self.say(
                    f"batch {progress.batches_done} of {progress.batches_total} done:"
                    f" {progress.rows_done} of {progress.rows_total} rows sent"
                )
            self._last = mark
        elif progress.phase == "done":
            self.close()

    def close(self) -> None:
        if self._drawn:
            self.out.write("\r\x1b[K")
            self.out.flush()
            self._drawn = False

    def _bar(self, progress: ImportProgress) -> None:
        total = max(progress.rows_total, 1)
        filled = self.WIDTH * progress.rows_done // total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.out.write(
            f"\r  importing [{bar}] {progress.rows_done}/{progress.rows_total} members"
            f"  {100 * progress.rows_done // total}%  batch"
            f" {progress.batches_done}/{progress.batches_total}\x1b[K"
        )
        self.out.flush()
        self._drawn = True

    def say(self, text: str) -> None:
        self.close()
        print(text, file=self.out, flush=True)


def _read(path: Path) -> MembersFile:
    if not path.is_file():
        raise UsageError(f"there is no file at {path}.")
    try:
        return read_members_file(path)
    except MembersFileError as exc:
        raise CommandError(exc.message) from exc


def _check_folder(path: Path, flag: str) -> None:
    # Before anything is sent: a report that cannot be written is known now, not after.
    if not path.parent.is_dir():
        raise UsageError(f"{flag} {path}: the folder {path.parent} does not exist.")
    if not os.access(path.parent, os.W_OK):
        raise UsageError(f"{flag} {path}: the folder {path.parent} cannot be written to.")


async def import_members(args: argparse.Namespace) -> int:
    report = args.report or default_report(args.file)
    _check_folder(report, "--report")
    source = _read(args.file)
    progress = TerminalProgress(sys.stderr, quiet=args.quiet)
    what = f"{len(source.rows)} rows, {source.encoding}, {source.delimiter_name}-separated"
    if source.ignored:
        what += f"; not imported: {', '.join(source.ignored)} (new members get new codes)"
    progress.say(f"{args.file}: {what}")
    record = None if args.dry_run else ImportRecord(record_path())
    try:
        async with program(args) as (client, card, choice):
            audit = None if args.dry_run else open_audit(choice)
            runner = MemberImport(
                client,
                card,
                backend=choice.backend_id,
                record=record,
                batch_size=args.batch_size,
                on_progress=progress,
            )
            summary = await runner.run(source, dry_run=args.dry_run)
    finally:
        progress.close()
        if record is not None:
            record.close()
    try:
        write_report(summary, source, report)
    except OSError as exc:
        raise CommandError(f"cannot write the report {report}: {exc.strerror or exc}.") from exc
    if audit is not None and not summary.already_done:
        audit.record(
            "import_members",
            outcome="stopped" if summary.stopped else "applied",
            after={"imported": summary.imported, "skipped": summary.skipped,
                   "failed": summary.failed, "not_sent": summary.not_sent},
            detail=f"program {card.id} from {args.file.name}",
        )  # fmt: skip
    _tell_how_it_ended(summary, card, choice)
    print(f"{summary.line()}; report: {report}")
    return 0 if summary.ok else 1


def _tell_how_it_ended(summary: ImportSummary, card: Card, choice: BackendChoice) -> None:
    if summary.already_done:
        print(
            f"note: this file was imported into {card.name or f'program {card.id}'} before;"
            " nothing was sent again.",
            file=sys.stderr,
        )
    elif summary.resumed and summary.stopped is None:
        print("note: an earlier, interrupted run of this import was finished.", file=sys.stderr)
    stopped = summary.stopped
    if stopped is not None:
        words = api_words(stopped, choice.url) if isinstance(stopped, ApiError) else stopped.message
        print(
            f"error: {words.rstrip('.')}. The import stopped with {summary.not_sent} rows not"
            " sent yet: run the same command again to finish it (no member is added twice).",
            file=sys.stderr,
        )


async def export_members(args: argparse.Namespace) -> int:
    _check_folder(args.out, "--out")
    async with program(args) as (client, card, _):
        members = [m async for m in client.iter_users(card.id, include_voided=args.include_voided)]
    # Oldest first: an import of the file adds them in the order they joined.
    members.sort(key=lambda m: m.id)
    now = datetime.now(UTC)
    count = 0

    def write(out: TextIO) -> None:
        nonlocal count
        count = write_export(members, out, now)

    try:
        write_atomically(args.out, write)
    except OSError as exc:
        raise CommandError(f"cannot write {args.out}: {exc.strerror or exc}.") from exc
    print(f"{args.out}: {count} members of {card.name or f'program {card.id}'}")
    return 0
