"""Add-stamp throughput and latency at 32 concurrent clients over loopback.

Beside two baselines from the same run: the server's cheapest endpoint (the
framework's limit) and a raw SQLite update+commit loop (the storage limit).
Targets on a 2-core machine: >= 1,500 stamps/s, p99 <= 50 ms, no lost update.
"""

import asyncio
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.load import LoadResult, median, request_bytes, run_load, stamp_request
from tests.support.server import RunningServer, run_cli

CLIENTS = 32
PER_CLIENT = 150
RUNS = 3


def raw_sqlite_rate(folder: Path, count: int = 20_000) -> float:
    conn = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, stamps INTEGER NOT NULL)")
    conn.execute("INSERT INTO users VALUES (1, 0)")
    started = time.perf_counter()
    for _ in range(count):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE users SET stamps = stamps + 1 WHERE id = 1")
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return count / elapsed


def describe(name: str, results: list[LoadResult]) -> str:
    rate = median([r.rate for r in results])
    p50 = median([r.percentile(50) for r in results])
    p99 = median([r.percentile(99) for r in results])
    return f"{name:<34} {rate:>9,.0f} req/s   p50 {p50:6.1f} ms   p99 {p99:6.1f} ms"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite3"
        # A goal past every stamp of the run, so the final count is the plain total.
        added = run_cli("cards", "add", "--db", str(db), "--name", "Bench", "--goal", "1000000")
        card_id = int(added.stdout.split("\t", 1)[0])
        with RunningServer(db, ("--rate-limit", "0")) as server:
            host, port = "127.0.0.1", server.port
            api = f"{server.base_url}/loyalty/loyalty-cards/{card_id}"
            member = httpx.post(f"{api}/stats", json={}, headers=server.auth_headers).json()
            path = f"/v4/loyalty/loyalty-cards/{card_id}/stats/{member['id']}"
            make_stamp = stamp_request(f"{host}:{port}", path, server.auth_headers)
            health = request_bytes("GET", "/v4/health", f"{host}:{port}", {}, b"")

            stamps: list[LoadResult] = []
            baseline: list[LoadResult] = []
            for _ in range(RUNS):
                baseline.append(
                    asyncio.run(run_load(host, port, lambda: health, CLIENTS, PER_CLIENT))
                )
                stamps.append(asyncio.run(run_load(host, port, make_stamp, CLIENTS, PER_CLIENT)))
            final = httpx.get(f"{api}/stats/{member['id']}", headers=server.auth_headers).json()
        sqlite_rates = [raw_sqlite_rate(Path(tempfile.mkdtemp(dir=tmp))) for _ in range(RUNS)]

    sent = sum(r.requests for r in stamps)
    ok = sum(r.statuses.get(200, 0) for r in stamps)
    lost = ok - final["stamps"]
    print(f"add stamps, {CLIENTS} clients x {PER_CLIENT} each, median of {RUNS} runs")
    print(describe("POST add stamps (Idempotency-Key)", stamps))
    print(describe("baseline: GET /v4/health", baseline))
    print(f"{'baseline: raw SQLite update+commit':<34} {median(sqlite_rates):>9,.0f} ops/s")
    print(f"stamps sent {sent}, answered 200: {ok}, on the member: {final['stamps']}, lost: {lost}")
    rate = median([r.rate for r in stamps])
    p99 = median([r.percentile(99) for r in stamps])
    verdict = rate >= 1500 and p99 <= 50 and lost == 0 and ok == sent
    print(f"target >= 1,500 stamps/s, p99 <= 50 ms, 0 lost: {'met' if verdict else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
