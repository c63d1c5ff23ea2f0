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
busy the machine was with other work.
"""

import asyncio
import itertools
import os
import sys
import tempfile
import time
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


def measure(db_arg: str, folder: Path, workers: int) -> tuple[LoadResult, LoadResult, bool]:
    """Median-of-RUNS stamp and health loads on one server; and whether no stamp was lost."""
    added = run_cli("cards", "add", "--db", db_arg, "--name", "Bench", "--goal", "1000000")
    assert added.returncode == 0, added.stderr
    card_id = int(added.stdout.split("\t", 1)[0])
    args = ("--rate-limit", "0", "--db", db_arg, "--workers", str(workers))
    with RunningServer(folder / "unused.sqlite3", args) as server:
        host, port = "127.0.0.1", server.port
        api = f"{server.base_url}/loyalty/loyalty-cards/{card_id}"
        members = [
            httpx.post(f"{api}/stats", json={}, headers=server.auth_headers).json()["id"]
            for _ in range(CLIENTS)
        ]
        # Each request stamps the next member: counters serve different customers.
        makers = itertools.cycle(
            [
                stamp_request(
                    f"{host}:{port}",
                    f"/v4/loyalty/loyalty-cards/{card_id}/stats/{member}",
                    server.auth_headers,
                )
                for member in members
            ]
        )
        health = request_bytes("GET", "/v4/health", f"{host}:{port}", {}, b"")
        # Unmeasured, for every store alike: a new server's first calls fill its
        # caches (and, on PostgreSQL, prepare its statements).
        warm = asyncio.run(run_load(host, port, lambda: next(makers)(), CLIENTS, PER_CLIENT))
        stamps, baseline = [], []
        for _ in range(RUNS):
            baseline.append(asyncio.run(run_load(host, port, lambda: health, CLIENTS, PER_CLIENT)))
            stamps.append(
                asyncio.run(run_load(host, port, lambda: next(makers)(), CLIENTS, PER_CLIENT))
            )
        on_members = sum(
            httpx.get(f"{api}/stats/{member}", headers=server.auth_headers).json()["stamps"]
            for member in members
        )
    ok = sum(r.statuses.get(200, 0) for r in [warm, *stamps])
    return _median_run(stamps), _median_run(baseline), on_members == ok


def _median_run(results: list[LoadResult]) -> LoadResult:
    return sorted(results, key=lambda r: r.rate)[len(results) // 2]


def line(name: str, stamps: LoadResult, health: LoadResult, whole: bool) -> str:
    return (
        f"{name:<22} {stamps.rate:>7,.0f} stamps/s  p99 {stamps.percentile(99):6.1f} ms"
        f"   health {health.rate:>7,.0f} req/s   {'no stamp lost' if whole else 'STAMPS LOST'}"
    )


def main() -> int:
    print(f"add stamps, {CLIENTS} clients x {PER_CLIENT} each, the median of {RUNS} runs")
    print(f"load average before: {load_average()} ({os.cpu_count()} cores)")
    results: dict[str, LoadResult] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sqlite = measure(str(folder / "bench.sqlite3"), folder, 1)
        results["sqlite"] = sqlite[0]
        print(line("SQLite, 1 process", *sqlite))
        print(f"{'  raw SQLite commits':<22} {raw_sqlite_rate(folder):>7,.0f} /s")
        reason = unavailable_reason()
        if reason is not None:
            print(f"PostgreSQL skipped: {reason}")
            return 0
        cluster = PostgresCluster(durable=True).start()
        try:
            for workers in (1, 2, 4):
                measured = measure(local_database(cluster), folder, workers)
                results[f"pg{workers}"] = measured[0]
                print(line(f"PostgreSQL, {workers} worker{'s' if workers > 1 else ''}", *measured))
            raw = raw_postgres_rate(local_database(cluster))
            print(f"{'  raw PostgreSQL commits':<22} {raw:>7,.0f} /s")
            durable = measure(synchronous_database(cluster), folder, 2)
            print(line("  2 w., sync. commit on", *durable))
            raw = raw_postgres_rate(synchronous_database(cluster))
            print(f"{'  raw commits, sync. on':<22} {raw:>7,.0f} /s")
        finally:
            cluster.stop()
    print(f"load average after: {load_average()}")
    two, one = results["pg2"], results["sqlite"]
    met = two.rate >= one.rate and two.percentile(99) <= 50
    print(
        f"target: PostgreSQL with 2 workers >= SQLite ({two.rate:,.0f} vs {one.rate:,.0f}/s),"
        f" p99 <= 50 ms ({two.percentile(99):.1f}): {'met' if met else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
