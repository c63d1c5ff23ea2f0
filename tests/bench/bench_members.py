"""Signing a member up at the counter, on loopback, each figure beside its baseline.

- enrol → provisional member shown: ``MemberDesk.enroll`` alone (checks, duplicate
  search in the station copy, the journal append, fsync'd), the time until the
  cashier sees the new member;
- enrol → first stamp applied: enrol, stamp the provisional card at once, and the
  sender's drain until the stamp is on the server, beside the raw create call and
  the raw create + add-stamps pair (httpx, no journal). The difference is mostly
  the journal's durability: every state change of both writes is an fsync'd commit,
  whose cost is printed too.
"""

import asyncio
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pos_loyalty.api import LoyaltyClient
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import SystemClock
from pos_loyalty.station.counter import CounterSession, CounterSettings, Staff
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal, OperationState
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.members import MemberDesk
from pos_loyalty.station.sender import JournalSender
from tests.support.server import RunningServer, add_card

SAMPLES = 200


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def line(name: str, samples: list[float]) -> str:
    return f"  {name:<46} p50 {pct(samples, 50):7.2f} ms   p95 {pct(samples, 95):7.2f} ms"


def fields(n: int) -> dict[str, str]:
    tag = uuid.uuid4().hex[:8]
    return {"first_name": f"Bench {n}", "email": f"bench-{tag}@example.com"}


async def raw_calls(server: RunningServer, card: int) -> tuple[list[float], list[float]]:
    stats = f"{server.base_url}/loyalty/loyalty-cards/{card}/stats"
    create: list[float] = []
    create_and_stamp: list[float] = []
    async with httpx.AsyncClient(headers=server.auth_headers) as raw:
        for n in range(SAMPLES):
            started = time.perf_counter()
            made = await raw.post(
                stats, json=fields(n), headers={"Idempotency-Key": uuid.uuid4().hex}
            )
            create.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            made = await raw.post(
                stats, json=fields(n), headers={"Idempotency-Key": uuid.uuid4().hex}
            )
            await raw.post(
                f"{stats}/{made.json()['id']}",
                json={"amount": 1},
                headers={"Idempotency-Key": uuid.uuid4().hex},
            )
            create_and_stamp.append((time.perf_counter() - started) * 1000)
    return create, create_and_stamp


async def enrolments(
    server: RunningServer, card_id: int, folder: Path
) -> tuple[list[float], list[float]]:
    clock = SystemClock()
    conn = open_station_database(folder / "station.sqlite3")
    journal = OperationJournal(conn, clock)
    shown: list[float] = []
    stamped: list[float] = []
    async with LoyaltyClient(server.base_url, server.key, server.secret) as client:
        card = next(c for c in await client.list_cards() if c.id == card_id)
        session = CounterSession(
            journal=journal,
            sender=JournalSender(journal, client),
            lookup=MemberLookup(client, MemberIndex(conn, card.id, clock=clock), card.id),
            audit=AuditLog(conn, clock),
            clock=clock,
            card=card,
            staff=Staff(operator="Bench", station="Loopback"),
            # No undo window: the stamp is sent as soon as the create is in.
            settings=CounterSettings(undo_seconds=0.0),
        )
        desk = MemberDesk(session)
        for n in range(SAMPLES):
            started = time.perf_counter()
            enrolment = desk.enroll(fields(n))
            shown.append((time.perf_counter() - started) * 1000)
            ticket = session.add_stamps(enrolment.member, 1)
            await session.sender.send_ready()
            stamped.append((time.perf_counter() - started) * 1000)
            assert journal.get(ticket.operation.id).state is OperationState.APPLIED
    conn.close()
    return shown, stamped


def commit_cost(folder: Path) -> list[float]:
    """One committed, fsync'd row in a station file: what each journal state change costs."""
    conn = open_station_database(folder / "commits.sqlite3")
    conn.execute("CREATE TABLE t (x TEXT)")
    samples = []
    for _ in range(SAMPLES):
        started = time.perf_counter()
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 200,))
        samples.append((time.perf_counter() - started) * 1000)
    conn.close()
    return samples


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite3"
        with RunningServer(db, ("--demo", "--rate-limit", "0")) as server:
            card = add_card(db, "--name", "Enrolment bench")
            raw_create, raw_pair = asyncio.run(raw_calls(server, card))
            shown, stamped = asyncio.run(enrolments(server, card, folder))
        commits = commit_cost(folder)
    print(f"enrolment on loopback, {SAMPLES} members each")
    print(line("enrol → provisional member shown", shown))
    print(line("enrol → first stamp applied on the server", stamped))
    print(line("baseline: raw create call (httpx)", raw_create))
    print(line("baseline: raw create + add stamps (httpx)", raw_pair))
    print(line("one fsync'd commit to the station file", commits))
    ratio = pct(stamped, 95) / pct(raw_pair, 95)
    print(f"  enrol → first stamp vs raw create + stamp, p95: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
