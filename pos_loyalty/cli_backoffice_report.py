"""``pos-loyalty report day`` (the parser is in cli_backoffice.py)."""

import argparse
import os
import sqlite3
import sys
from datetime import date, datetime, tzinfo
from typing import TextIO

from pos_loyalty.backoffice.day_numbers import DayNumbers, Numbers, day_numbers, write_day_csv
from pos_loyalty.backoffice.member_csv import write_atomically
from pos_loyalty.cli_backend import (
    DEMO_BACKEND_ID,
    URL_ENV,
    BackendChoice,
    UsageError,
    backend_id_of,
    station_file,
)


def report_day(args: argparse.Namespace) -> int:
    tz = datetime.now().astimezone().tzinfo
    assert tz is not None
    day: date = args.date or datetime.now(tz).date()
    try:
        path = args.db or station_file(_station_backend(args.url))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not path.is_file():
        print(
            f"error: there is no station file at {path}: no counter has worked for this"
            " backend on this computer yet (give --db STATION_FILE to name one).",
            file=sys.stderr,
        )
        return 1
    if args.out is not None and not args.out.parent.is_dir():
        print(
            f"error: --out {args.out}: the folder {args.out.parent} does not exist.",
            file=sys.stderr,
        )
        return 2
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            numbers = day_numbers(
                conn, day, tz, card_id=args.card, repeat_cooldown_seconds=_cooldown()
            )
        finally:
            conn.close()
    except sqlite3.Error as exc:
        print(f"error: cannot read the station file {path}: {exc}.", file=sys.stderr)
        return 1
    print(_day_table(numbers))
    if args.out is not None:
        try:
            write_atomically(args.out, lambda out: _csv(numbers, out, tz))
        except OSError as exc:
            print(f"error: cannot write {args.out}: {exc.strerror or exc}.", file=sys.stderr)
            return 1
        print(f"{args.out}: the numbers of {day.isoformat()} from {path}")
    return 0


def _csv(numbers: DayNumbers, out: TextIO, tz: tzinfo) -> None:
    write_day_csv(numbers, out, tz)


def _cooldown() -> float:
    """The counter's repeat cooldown, for stamps written before it marked overrides."""
    from pos_loyalty.station.settings import SettingsStore

    try:
        return float(SettingsStore().load().repeat_cooldown_seconds)
    except Exception:  # unreadable settings: the counter's default
        return 30.0


def _station_backend(url_flag: str | None) -> BackendChoice:
    """The backend whose station file holds the journal: no key is needed to read it."""
    url = url_flag or os.environ.get(URL_ENV, "")
    if url:
        return BackendChoice(url, "", "", backend_id_of(url))
    from pos_loyalty.station.settings import SettingsStore

    settings = SettingsStore().load()
    if settings.backend == "demo":
        return BackendChoice("", "", "", DEMO_BACKEND_ID, demo=True)
    if not settings.base_url:
        raise UsageError("no backend is set up: give --db STATION_FILE.")
    return BackendChoice(settings.base_url, "", "", backend_id_of(settings.base_url))


def _day_table(numbers: DayNumbers) -> str:
    head = ("", "STAMPS", "REWARDS", "SIGN-UPS", "UNDONE", "REPEATS")
    rows: list[tuple[str, ...]] = []

    def line(label: str, n: Numbers) -> tuple[str, ...]:
        values = (n.stamps, n.rewards_redeemed, n.members_enrolled, n.undone)
        return (label, *(str(v) for v in values), str(n.repeats_overridden))

    for s in numbers.shifts:
        start = s.start.astimezone().strftime("%H:%M")
        end = s.end.astimezone().strftime("%H:%M") if s.end else "now"
        how = "" if s.signed_in else " (no sign-in)"
        rows.append(line(f"shift {start}-{end} {s.operator}{how} at {s.station}", s.numbers))
    for operator, n in numbers.operators.items():
        rows.append(line(f"operator {operator}", n))
    rows.append(line(f"day {numbers.day.isoformat()}", numbers.total))
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(r, widths, strict=True))
        ).rstrip()
        for r in [head, *rows]
    )
