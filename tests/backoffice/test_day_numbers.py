"""The day's numbers from a station file a real counter session wrote (on the real server,
with a clock the test moves), per shift, per operator and for the day; and
``pos-loyalty report day`` on that file."""

import csv
import io
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from pos_loyalty.api import LoyaltyClient, Member
from pos_loyalty.backoffice.day_numbers import Numbers, day_numbers, write_day_csv
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import CounterSession, CounterSettings, Staff
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.guards import RepeatStampError
from pos_loyalty.station.journal import OperationJournal, OperationKind
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.sender import JournalSender
from pos_loyalty.station.staff import Role, StaffRoster
from pos_loyalty.station.staff_access import StaffAccess, sign_writes
from tests.support.server import RunningServer, run_cli

DAY = date(2026, 1, 5)  # the ManualClock starts at 09:00 UTC that day


@dataclass
class Till:
    session: CounterSession
    access: StaffAccess
    clock: ManualClock
    path: Path
    members: dict[str, Member]


@pytest.fixture
async def till(server: RunningServer, card: dict[str, Any], tmp_path: Path) -> AsyncIterator[Till]:
    path = tmp_path / "station.sqlite3"
    conn = open_station_database(path)
    clock = ManualClock()
    journal = OperationJournal(conn, clock)
    audit = AuditLog(conn, clock)
    async with LoyaltyClient(server.base_url, server.key, server.secret) as client:
        program = next(c for c in await client.list_cards() if c.id == card["id"])
        made = await client.create_users(program.id, [{"first_name": n} for n in "ABCD"])
        # C has five stamps, so a reward to redeem.
        made[2] = await client.add_stamps(program.id, made[2].id, 5)
        session = CounterSession(
            journal=journal,
            sender=JournalSender(journal, client),
            lookup=MemberLookup(client, MemberIndex(), program.id),
            audit=audit,
            clock=clock,
            card=program,
            staff=Staff(operator="Till 1", station="Till 1"),
            settings=CounterSettings(repeat_cooldown_seconds=30, undo_seconds=5),
        )
        roster = StaffRoster(conn, clock, audit, station="Till 1")
        access = StaffAccess(roster)
        sign_writes(access, session)
        yield Till(session, access, clock, path, {m.first_name or "": m for m in made})
    conn.close()


def _at(till: Till, hour: int, minute: int = 0, second: int = 0) -> None:
    target = till.clock.now().replace(hour=hour, minute=minute, second=second)
    if target < till.clock.now():
        target += timedelta(days=1)
    till.clock.advance((target - till.clock.now()).total_seconds())


def _work_a_day(till: Till) -> None:
    s, m = till.session, till.members
    maria = till.access.add_staff("Maria", Role.MANAGER, "4821")
    till.access.switch(maria.id, "4821")  # 09:00: Maria's shift
    carl = till.access.add_staff("Carl", Role.CASHIER, "7350")
    s.add_stamps(m["A"])
    till.clock.advance(10)
    with pytest.raises(RepeatStampError):
        s.add_stamps(m["A"])
    s.add_stamps(m["A"], confirmed=True)  # the warning, overridden
    till.clock.advance(60)
    s.undo(s.add_stamps(m["B"], 2))  # undone: counts as an undo, not as stamps
    s.enroll({"first_name": "Eve"})
    s.redeem(m["C"], m["C"].rewards[0])
    # Two stamps from before the counter marked overrides, ten seconds apart.
    _at(till, 10)
    for _ in range(2):
        s.journal.append(
            OperationKind.ADD_STAMPS, s.card.id, {"amount": 1},
            operator="Maria", station="Till 1", member_id=m["D"].id,
        )  # fmt: skip
        till.clock.advance(10)
    _at(till, 13)
    till.access.switch(carl.id, "7350")  # Carl's shift
    s.add_stamps(m["A"], 3)
    _at(till, 17)
    till.access.sign_out()
    _at(till, 17, 30)
    s.add_stamps(m["B"])  # nobody signed in: the station's own name
    _at(till, 9)  # the next day
    s.add_stamps(m["B"])


async def test_the_numbers_of_a_day_by_shift_operator_and_day(till: Till) -> None:
    _work_a_day(till)

    numbers = day_numbers(till.session.journal._conn, DAY, UTC)

    maria = Numbers(stamps=4, rewards_redeemed=1, members_enrolled=1, undone=1,
                    repeats_overridden=2)  # fmt: skip
    assert numbers.operators == {
        "Carl": Numbers(stamps=3),
        "Maria": maria,
        "Till 1": Numbers(stamps=1),
    }
    assert numbers.total == Numbers(8, 1, 1, 1, 2)
    shifts = [(s.operator, s.start.hour, s.end and s.end.hour, s.signed_in) for s in numbers.shifts]
    assert shifts == [("Maria", 9, 13, True), ("Carl", 13, 17, True), ("Till 1", 17, 17, False)]
    assert [s.numbers for s in numbers.shifts] == [maria, Numbers(stamps=3), Numbers(stamps=1)]
    assert day_numbers(till.session.journal._conn, DAY + timedelta(days=1), UTC).total == (
        Numbers(stamps=1)
    )


async def test_the_day_is_the_station_s_local_day(till: Till) -> None:
    _work_a_day(till)
    # At UTC-10 the 4th ends at 10:00 UTC on the 5th: Maria's two stamps before it are
    # the 4th's; the two at 10:00, Carl's three, the one at 17:30 and the one at 09:00
    # UTC on the 6th are the 5th's.
    hawaii = timezone(timedelta(hours=-10))
    conn = till.session.journal._conn

    assert day_numbers(conn, DAY - timedelta(days=1), hawaii).total.stamps == 2
    assert day_numbers(conn, DAY, hawaii).total == Numbers(stamps=7, repeats_overridden=1)


async def test_csv_and_the_report_day_command(till: Till, tmp_path: Path) -> None:
    _work_a_day(till)
    out = io.StringIO()
    rows = write_day_csv(day_numbers(till.session.journal._conn, DAY, UTC), out, UTC)
    written = tmp_path / "day.csv"
    env = dict(os.environ, TZ="UTC", XDG_CONFIG_HOME=str(tmp_path / "config"))

    said = run_cli(
        "report", "day", "--date", DAY.isoformat(), "--db", str(till.path), "--out", str(written),
        env=env,
    )  # fmt: skip

    assert said.returncode == 0, said.stderr
    table = said.stdout.splitlines()
    assert table[0].split() == ["STAMPS", "REWARDS", "SIGN-UPS", "UNDONE", "REPEATS"]
    assert table[-2].split() == ["day", DAY.isoformat(), "8", "1", "1", "1", "2"]
    assert written.read_bytes().decode("utf-8") == out.getvalue()
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows == len(parsed) == 3 + 3 + 1
    first = parsed[0]
    assert (first["scope"], first["operator"], first["shift_start"], first["shift_end"]) == (
        "shift", "Maria", "2026-01-05T09:00:00+00:00", "2026-01-05T13:00:00+00:00",
    )  # fmt: skip
    assert parsed[2]["operator"] == "Till 1 (no sign-in)"
    assert parsed[-1] == {
        "scope": "day", "date": "2026-01-05", "station": "", "operator": "", "shift_start": "",
        "shift_end": "", "stamps": "8", "rewards_redeemed": "1", "members_enrolled": "1",
        "undone": "1", "repeats_overridden": "2",
    }  # fmt: skip


def test_report_day_without_a_station_file_says_so(tmp_path: Path) -> None:
    said = run_cli("report", "day", "--db", str(tmp_path / "none.sqlite3"))
    assert said.returncode == 1
    assert said.stderr.startswith("error: there is no station file at ")
    bad_date = run_cli("report", "day", "--date", "5/1/2026")
    assert bad_date.returncode == 2
    assert "'5/1/2026' is not a date as YYYY-MM-DD" in bad_date.stderr
