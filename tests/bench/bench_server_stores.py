"""Add-stamp throughput and p99 at 32 clients (each request stamping the next of
32 members, as counters serve different customers): SQLite in one process beside
PostgreSQL with 1, 2 and 4 workers, each beside the health endpoint of the same
server and the database's raw commit rate.

PostgreSQL is a throwaway cluster (initdb + pg_ctl) with fsync on and
synchronous_commit off: a commit waits for no disk flush, like SQLite's
synchronous=NORMAL in WAL mode (either may lose the last commits of a power cut,
neither is corrupted by one). One more row gives 2 workers with
synchronous_commit on, PostgreSQL's default, where a commit waits for the disk.
Target on a 2-core machine: PostgreSQL with 2 workers at or above SQLite with
1 process, with p99 <= 50 ms.

The server reaches PostgreSQL through its Unix socket, as a server on the
database's machine should (docs/postgresql.md): over TCP on 127.0.0.1 each round
trip costs both sides more.

Every row is loaded by the same generator (tests/bench/load.py: one process,
raw asyncio streams, about 0.1 ms of CPU a request), which shares the two cores
with the server and the database; the load average before and after says how
busy the machine was with other work. All the servers run side by side, idle but
for the one being loaded, and their loads take turns (``interleaved``).
"""

import asyncio
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.bench_server import raw_sqlite_rate
from tests.bench.load import LoadResult, request_bytes, run_load, stamp_request
from tests.server.postgres import PostgresCluster, unavailable_reason
from tests.support.server import RunningServer, run_cli

CLIENTS = 32
PER_CLIENT = 200
RUNS = 5


def raw_postgres_rate(url: str, count: int = 5_000) -> float:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE raw (id int PRIMARY KEY, stamps int NOT NULL)")
        conn.execute("INSERT INTO raw VALUES (1, 0)")
        started = time.perf_counter()
        for _ in range(count):
            with conn.transaction():
                conn.execute("UPDATE raw SET stamps = stamps + 1 WHERE id = 1")
        return count / (time.perf_counter() - started)


def load_average() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def local_database(cluster: PostgresCluster) -> str:
    """A new database, by the URL of the cluster's Unix socket."""
    name = cluster.database().rsplit("/", 1)[1]
    return f"postgresql://loyalty@/{name}?host={cluster.folder}&port={cluster.port}"


def synchronous_database(cluster: PostgresCluster) -> str:
    """A new database whose commits wait for the disk (synchronous_commit on)."""
    import psycopg

    url = local_database(cluster)
    name = url.split("/")[3].split("?")[0]
    with psycopg.connect(cluster.admin_url, autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {name} SET synchronous_commit = on")
    return url


@dataclass
class Target:
    """One server under test, loaded in turn with the others."""

    name: str
    server: RunningServer
    api: str
    members: list[int]
    next_stamp: Callable[[], bytes]
    health: bytes
    stamps: list[LoadResult] = field(default_factory=list)
    baseline: list[LoadResult] = field(default_factory=list)
    answered: int = 0

    def load(self, request: Callable[[], bytes]) -> LoadResult:
        host, port = "127.0.0.1", self.server.port
        return asyncio.run(run_load(host, port, request, CLIENTS, PER_CLIENT))

    def warm_up(self) -> None:
        # Unmeasured, for every store alike: a new server's first calls fill its
        # caches (and, on PostgreSQL, prepare its statements).
        self.answered += self.load(self.next_stamp).statuses.get(200, 0)

    def measure_once(self) -> None:
        self.baseline.append(self.load(lambda: self.health))
        stamps = self.load(self.next_stamp)
        self.answered += stamps.statuses.get(200, 0)
        self.stamps.append(stamps)

    def no_stamp_lost(self) -> bool:
        auth = self.server.auth_headers
        on_members = sum(
            int(httpx.get(f"{self.api}/stats/{member}", headers=auth).json()["stamps"])
            for member in self.members
        )
        return on_members == self.answered

    def line(self) -> str:
        stamps, health = _median_run(self.stamps), _median_run(self.baseline)
        whole = "no stamp lost" if self.no_stamp_lost() else "STAMPS LOST"
        return (
            f"{self.name:<22} {stamps.rate:>7,.0f} stamps/s  p99 {stamps.percentile(99):6.1f} ms"
            f"   health {health.rate:>7,.0f} req/s   {whole}"
        )


def start(stack: ExitStack, name: str, db_arg: str, folder: Path, workers: int) -> Target:
    """A server with a card and CLIENTS members, running until ``stack`` closes."""
    added = run_cli("cards", "add", "--db", db_arg, "--name", "Bench", "--goal", "1000000")
    assert added.returncode == 0, added.stderr
    card_id = int(added.stdout.split("\t", 1)[0])
    args = ("--rate-limit", "0", "--db", db_arg, "--workers", str(workers))
    server = stack.enter_context(RunningServer(folder / f"unused-{name}.sqlite3", args))
    host = f"127.0.0.1:{server.port}"
    api = f"{server.base_url}/loyalty/loyalty-cards/{card_id}"
    members = [
        httpx.post(f"{api}/stats", json={}, headers=server.auth_headers).json()["id"]
        for _ in range(CLIENTS)
    ]
    # Each request stamps the next member: counters serve different customers.
    makers = itertools.cycle(
        [
            stamp_request(
                host, f"/v4/loyalty/loyalty-cards/{card_id}/stats/{member}", server.auth_headers
            )
            for member in members
        ]
    )
    health = request_bytes("GET", "/v4/health", host, {}, b"")
    return Target(name, server, api, members, lambda: next(makers)(), health)


def _median_run(results: list[LoadResult]) -> LoadResult:
    return sorted(results, key=lambda r: r.rate)[len(results) // 2]


def interleaved(targets: list[Target]) -> None:
    """Warm each up, then RUNS rounds that load each in turn (in the reverse order
    every other round): a slower or faster stretch of the machine falls on all of
    them alike, not on whichever ran then."""
    for target in targets:
        target.warm_up()
    for round_ in range(RUNS):
        for target in targets if round_ % 2 == 0 else targets[::-1]:
            target.measure_once()


def main() -> int:
    print(f"add stamps, {CLIENTS} clients x {PER_CLIENT} each, the median of {RUNS} runs")
    print(f"load average before: {load_average()} ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        folder = Path(tmp)
        sqlite = start(stack, "SQLite, 1 process", str(folder / "bench.sqlite3"), folder, 1)
        targets = [sqlite]
        reason = unavailable_reason()
        if reason is None:
            cluster = PostgresCluster(durable=True).start()
            stack.callback(cluster.stop)
            for workers in (1, 2, 4):
                name = f"PostgreSQL, {workers} worker{'s' if workers > 1 else ''}"
                targets.append(start(stack, name, local_database(cluster), folder, workers))
            durable_db = synchronous_database(cluster)
            targets.append(start(stack, "  2 w., sync. commit on", durable_db, folder, 2))
        interleaved(targets)
        print(sqlite.line())
        print(f"{'  raw SQLite commits':<22} {raw_sqlite_rate(folder):>7,.0f} /s")
        if reason is not None:
            print(f"PostgreSQL skipped: {reason}")
            return 0
        for target in targets[1:4]:
            print(target.line())
        raw = raw_postgres_rate(local_database(cluster))
        print(f"{'  raw PostgreSQL commits':<22} {raw:>7,.0f} /s")
        print(targets[4].line())
        raw = raw_postgres_rate(synchronous_database(cluster))
        print(f"{'  raw commits, sync. on':<22} {raw:>7,.0f} /s")
        two, one = _median_run(targets[2].stamps), _median_run(sqlite.stamps)
    print(f"load average after: {load_average()}")
    met = two.rate >= one.rate and two.percentile(99) <= 50
    print(
        f"target: PostgreSQL with 2 workers >= SQLite ({two.rate:,.0f} vs {one.rate:,.0f}/s),"
        f" p99 <= 50 ms ({two.percentile(99):.1f}): {'met' if met else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
