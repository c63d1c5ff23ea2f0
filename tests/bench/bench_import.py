"""Bulk import of 100,000 members on loopback, end to end, beside the raw bulk endpoint.

- ``members import``: the real command as a process, from the CSV file to the last
  line: reading and checking the file, reading the program for duplicates, storing
  the plan in the resume record, 100 batches of 1,000 (two in flight) each with its
  record commits, and the report;
- the raw bulk endpoint driven at the same batch size with httpx, one batch at a time
  and two at a time (as the import does), the rows already in memory.

Each run imports into a fresh program; the median of 3 runs is printed (target for
the import: 20 s or less). The counts on the server are checked after each run. On a
busy machine judge by the ratio of each run's import to the raw endpoint of the same
run (printed with its median), and by the import's own CPU seconds, which other load
barely moves.
"""

import asyncio
import csv
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.support.server import RunningServer, add_card

ROWS = 100_000
BATCH = 1000
RUNS = 3
TARGET_SECONDS = 20.0


def rows(tag: str) -> list[dict[str, str]]:
    return [
        {
            "first_name": f"Bench {n}",
            "last_name": "Import",
            "email": f"{tag}-{n}@example.com",
            "phone": f"+44 20 {n:08d}",
        }
        for n in range(ROWS)
    ]


def write_csv(path: Path, members: list[dict[str, str]]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, ["first_name", "last_name", "email", "phone"])
    writer.writeheader()
    writer.writerows(members)
    path.write_text(out.getvalue(), encoding="utf-8")


def count(server: RunningServer, card: int) -> int:
    response = httpx.get(
        f"{server.base_url}/loyalty/loyalty-cards/{card}/stats",
        params={"limit": 1},
        headers=server.auth_headers,
        timeout=60,
    )
    return int(response.headers["x-total-count"])


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def import_command(server: RunningServer, db: Path, folder: Path, run: int) -> tuple[float, float]:
    """The command's wall time and its CPU time (seconds)."""
    card = add_card(db, "--name", f"Import bench {run}")
    source = folder / f"members-{run}.csv"
    write_csv(source, rows(f"cli{run}"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("POS_LOYALTY_")} | {
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "POS_LOYALTY_API_URL": server.base_url,
        "POS_LOYALTY_API_KEY": server.key,
        "POS_LOYALTY_API_SECRET": server.secret,
    }
    command = [sys.executable, "-m", "pos_loyalty", "members", "import", str(source)]
    cpu = children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--card", str(card), "--quiet"], capture_output=True, text=True, env=env
    )
    seconds = time.perf_counter() - started
    cpu = children_cpu() - cpu
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1].startswith(f"imported {ROWS}, skipped 0,")
    assert count(server, card) == ROWS
    return seconds, cpu


async def raw_bulk(server: RunningServer, db: Path, run: int, in_flight: int) -> float:
    card = add_card(db, "--name", f"Raw bench {run}-{in_flight}")
    members = rows(f"raw{run}-{in_flight}")
    batches = [members[i : i + BATCH] for i in range(0, ROWS, BATCH)]
    url = f"{server.base_url}/loyalty/loyalty-cards/{card}/stats/bulk"
    async with httpx.AsyncClient(headers=server.auth_headers, timeout=120) as client:

        async def worker() -> None:
            while batches:
                batch = batches.pop(0)
                answer = await client.post(
                    url, json=batch, headers={"Idempotency-Key": uuid.uuid4().hex}
                )
                assert answer.status_code == 201, answer.text
                answer.json()  # read as the import reads it

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(in_flight)))
        seconds = time.perf_counter() - started
    assert count(server, card) == ROWS
    return seconds


def main() -> int:
    times: dict[str, list[float]] = {"import": [], "raw1": [], "raw2": []}
    cpu: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite3"
        with RunningServer(db, ("--rate-limit", "0")) as server:
            for run in range(RUNS):
                seconds, cpu_seconds = import_command(server, db, folder, run)
                times["import"].append(seconds)
                cpu.append(cpu_seconds)
                times["raw1"].append(asyncio.run(raw_bulk(server, db, run, 1)))
                times["raw2"].append(asyncio.run(raw_bulk(server, db, run, 2)))
    median = {name: statistics.median(values) for name, values in times.items()}

    def line(name: str, key: str) -> str:
        runs = ", ".join(f"{t:.1f}" for t in times[key])
        rate = ROWS / median[key]
        return f"  {name:<52} {median[key]:6.1f} s  ({rate:7.0f} rows/s; runs {runs})"

    print(f"bulk import of {ROWS:,} members on loopback, batches of {BATCH}, median of {RUNS}")
    print(line("pos-loyalty members import (process, end to end)", "import"))
    print(line("raw bulk endpoint, httpx, 1 batch in flight", "raw1"))
    print(line("raw bulk endpoint, httpx, 2 batches in flight", "raw2"))
    verdict = "within" if median["import"] <= TARGET_SECONDS else "over"
    ratios = [i / r for i, r in zip(times["import"], times["raw2"], strict=True)]
    print(
        f"  import vs raw (2 in flight): {median['import'] / median['raw2']:.2f}x of the"
        f" medians, {statistics.median(ratios):.2f}x run by run (runs"
        f" {', '.join(f'{r:.2f}' for r in ratios)}); {verdict} the {TARGET_SECONDS:.0f} s target"
    )
    print(
        f"  the import's own CPU: {statistics.median(cpu):.1f} s"
        f" (runs {', '.join(f'{c:.1f}' for c in cpu)})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
