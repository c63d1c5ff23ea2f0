"""The client and station core on loopback, each figure beside its baseline.

- lookup p50/p95: cold (strict search + get user) and from the local index,
  beside the same two HTTP calls made with raw httpx;
- client overhead: get_user against a raw httpx GET + json() (target <= 1.15x);
- the cost of a journal append (fsync'd), beside a bare write+fsync of a file;
- the time to drain 1,000 queued stamps after the server comes back, beside
  1,000 sequential raw httpx add-stamp calls (target: at or below them).

``bench_station.py drain`` runs the drain alone.
"""

import asyncio
import functools
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pos_loyalty.api import ClientTimeouts, LoyaltyClient
from pos_loyalty.station.clock import SystemClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal, OperationKind
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.sender import DEFAULT_CONCURRENCY, DEFAULT_LANE, JournalSender
from tests.support.server import RunningServer, add_card

RUNS = 3
# The drain's figures are medians of more runs: a busy machine makes them noisy.
DRAIN_RUNS = 5
SAMPLES = 300


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


async def timed(make: Callable[[], Awaitable[object]], count: int) -> list[float]:
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        await make()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def line(name: str, samples: list[float]) -> str:
    return f"  {name:<42} p50 {pct(samples, 50):7.3f} ms   p95 {pct(samples, 95):7.3f} ms"


async def lookups(server: RunningServer, codes: list[str]) -> None:
    headers = server.auth_headers
    stats = f"{server.base_url}/loyalty/loyalty-cards/1/stats"
    async with (
        httpx.AsyncClient() as raw,
        LoyaltyClient(server.base_url, server.key, server.secret, http=raw) as client,
    ):
        cold: list[float] = []
        indexed: list[float] = []
        baseline: list[float] = []
        for _ in range(RUNS):
            for code in codes:
                lookup = MemberLookup(client, MemberIndex(), 1)

                async def raw_lookup(code: str = code) -> None:
                    found = await raw.request(
                        "GET",
                        stats,
                        headers=headers,
                        json={"filter": {"strict": True, "keyword": code}},
                    )
                    (await raw.get(f"{stats}/{found.json()[0]['id']}", headers=headers)).json()

                baseline += await timed(raw_lookup, 1)
                find = functools.partial(lookup.lookup, code)
                cold += await timed(find, 1)  # the index is empty: search + get
                indexed += await timed(find, 1)  # now it is in the index
        print(f"lookup of {len(codes)} codes x {RUNS} runs")
        print(line("cold (strict search + get user)", cold))
        print(line("baseline: the same two calls, raw httpx", baseline))
        print(line("from the local index", indexed))


async def overhead(server: RunningServer) -> None:
    url = f"{server.base_url}/loyalty/loyalty-cards/1/stats/2"
    async with (
        httpx.AsyncClient() as raw,
        LoyaltyClient(server.base_url, server.key, server.secret, http=raw) as client,
    ):
        ratios = []
        for _ in range(RUNS):
            ours = await timed(lambda: client.get_user(1, 2), SAMPLES)
            base = await timed(lambda: _raw_get(raw, url, server.auth_headers), SAMPLES)
            ratios.append(statistics.median(ours) / statistics.median(base))
        print("client overhead, get user, median of each run")
        print(line("LoyaltyClient.get_user (parsed model)", ours))
        print(line("baseline: raw httpx GET + json()", base))
        ratio = statistics.median(ratios)
        print(f"  ratio {ratio:.3f}x (target <= 1.15x: {'met' if ratio <= 1.15 else 'NOT met'})")


async def _raw_get(raw: httpx.AsyncClient, url: str, headers: dict[str, str]) -> object:
    return (await raw.get(url, headers=headers)).json()


def journal_cost(folder: Path) -> None:
    journal = OperationJournal(open_station_database(folder / "journal.sqlite3"), SystemClock())
    appends: list[float] = []
    fsyncs: list[float] = []
    with open(folder / "fsync.bin", "ab") as raw:
        for _ in range(RUNS):
            for _ in range(SAMPLES):
                started = time.perf_counter()
                journal.append(
                    OperationKind.ADD_STAMPS,
                    1,
                    {"amount": 1},
                    operator="A",
                    station="S",
                    member_id=1,
                )
                appends.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                raw.write(b"x" * 200)
                raw.flush()
                os.fsync(raw.fileno())
                fsyncs.append((time.perf_counter() - started) * 1000)
    print("journal append (committed, fsync'd)")
    print(line("OperationJournal.append", appends))
    print(line("baseline: write 200 bytes + fsync", fsyncs))


async def drain(
    server: RunningServer, folder: Path, card: int, count: int = 1000, members: int = 100
) -> None:
    """1,000 stamps queued while the server was away, for 100 members (a busy
    morning), on a card whose goal is never reached so answers stay one size.
    Beside it, in the same run: the same 1,000 calls made one after another with raw
    httpx, and the sender with one write at a time (one worker, lanes of one).

    The baseline is fair: the same server, an httpx client built the same way as
    the LoyaltyClient's own (defaults), the same headers and the same timeouts; it
    only skips what the sender adds (the journal, its fsync'd commits, parsing).
    The machine may be busy: each run's ratio is against its own baseline."""
    results: dict[str, list[float]] = {}
    baseline = "baseline: raw httpx, sequential"
    for run in range(DRAIN_RUNS):
        ids = [await _new_member(server, card) for _ in range(members)]
        for name, concurrency, lane in (
            ("JournalSender.send_ready", DEFAULT_CONCURRENCY, DEFAULT_LANE),
            ("  one at a time", 1, 1),
        ):
            journal = OperationJournal(
                open_station_database(folder / f"drain{run}-{concurrency}.sqlite3"), SystemClock()
            )
            with journal.transaction():
                for n in range(count):
                    journal.append(
                        OperationKind.ADD_STAMPS, card, {"amount": 1}, operator="A",
                        station="S", member_id=ids[n % members],
                    )  # fmt: skip
            async with LoyaltyClient(server.base_url, server.key, server.secret) as client:
                sender = JournalSender(journal, client, concurrency=concurrency, lane=lane)
                started = time.perf_counter()
                settled = await sender.send_ready()
                results.setdefault(name, []).append(time.perf_counter() - started)
                assert settled == count, settled
        headers = {**server.auth_headers, "accept": "application/json"}
        timeout = ClientTimeouts().as_httpx()
        async with httpx.AsyncClient() as raw:
            started = time.perf_counter()
            for n in range(count):
                url = f"{server.base_url}/loyalty/loyalty-cards/{card}/stats/{ids[n % members]}"
                sent = {**headers, "Idempotency-Key": str(uuid.uuid4())}
                answer = await raw.post(url, json={"amount": 1}, headers=sent, timeout=timeout)
                answer.raise_for_status()
                answer.json()
            results.setdefault(baseline, []).append(time.perf_counter() - started)
    print(f"drain {count} queued stamps for {members} members after the server is back"
          f" (median of {DRAIN_RUNS})")  # fmt: skip
    for name, samples in results.items():
        seconds = statistics.median(samples)
        runs = " ".join(f"{s:.2f}" for s in samples)
        print(f"  {name:<42} {seconds:6.2f} s  ({count / seconds:,.0f} stamps/s)  runs: {runs}")
    for name in ("JournalSender.send_ready", "  one at a time"):
        ratios = [ours / base for ours, base in zip(results[name], results[baseline], strict=True)]
        ratio = statistics.median(ratios)
        met = "met" if ratio <= 1.0 else "NOT met"
        each = " ".join(f"{r:.2f}" for r in ratios)
        print(f"  ratio {name.strip():<36} {ratio:6.2f}x of its run's baseline (each: {each})")
        if name == "JournalSender.send_ready":
            print(f"  target <= 1.00x: {met}")


async def _new_member(server: RunningServer, card: int) -> int:
    async with httpx.AsyncClient() as raw:
        url = f"{server.base_url}/loyalty/loyalty-cards/{card}/stats"
        created = await raw.post(url, json={}, headers=server.auth_headers)
        return int(created.json()["id"])


def main(argv: list[str]) -> int:
    """``bench_station.py drain`` measures the drain alone."""
    drain_only = argv == ["drain"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite3"
        with RunningServer(db, ("--demo", "--rate-limit", "0")) as server:
            card = add_card(db, "--name", "Drain", "--goal", "1000000")
            members = httpx.get(
                f"{server.base_url}/loyalty/loyalty-cards/1/stats", headers=server.auth_headers
            ).json()
            codes = [m["code"] for m in members] * 5
            if not drain_only:
                asyncio.run(lookups(server, codes))
                asyncio.run(overhead(server))
                journal_cost(folder)
            asyncio.run(drain(server, folder, card))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
