"""The counter UI, each figure beside its baseline from the same run.

- scan to member on screen: from the scanner's Enter key to the member panel
  painted, p50/p95, from the local index and cold, beside the raw HTTP round
  trip of the same lookup (target: p95 <= 30 ms and <= raw + 15 ms);
- cold start to ready-to-scan in demo mode, demo server included, beside a bare
  PySide6 window (target: median <= 1.5 s);
- idle memory of the app (target: RSS <= 200 MB), beside the bare window.
"""

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pos_loyalty.api import LoyaltyClient
from pos_loyalty.station.clock import SystemClock
from pos_loyalty.station.counter import Staff
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.support.counter_rig import PaintClock, build_counter
from tests.support.server import RunningServer

RUNS = 5
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([]); w = QWidget(); w.show(); app.processEvents()\n"
    "print('ready to scan', flush=True)\n"
    "import sys; sys.stdin.readline()\n"
)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


async def scan_to_screen(app: QApplication, server: RunningServer, folder: Path) -> None:
    codes = [
        m["code"]
        for m in httpx.get(
            f"{server.base_url}/loyalty/loyalty-cards/1/stats", headers=server.auth_headers
        ).json()
    ]
    conn = open_station_database(folder / "station.sqlite3")
    clock = SystemClock()
    async with (
        httpx.AsyncClient() as raw,
        LoyaltyClient(server.base_url, server.key, server.secret, http=raw) as client,
    ):
        card = (await client.list_cards())[0]
        index = MemberIndex()
        rig = build_counter(
            app, client, card, conn, clock, folder, staff=Staff("Bench", "Bench"), index=index
        )
        controller, window = rig.controller, rig.window
        window.resize(1280, 800)
        window.show()
        wedge = WedgeFilter()
        wedge.scanned.connect(controller.scan)
        app.installEventFilter(wedge)
        painter = PaintClock()
        window.panel.installEventFilter(painter)
        handle = window.windowHandle()

        async def one_scan(code: str) -> float:
            controller.done()
            app.processEvents()
            for char in code:
                QTest.keyClick(handle, Qt.Key(ord(char.upper())))
            painter.painted_at = 0.0
            started = time.perf_counter()
            QTest.keyClick(handle, Qt.Key.Key_Return)
            while painter.painted_at == 0.0:  # the lookup runs on this loop meanwhile
                app.processEvents()
                await asyncio.sleep(0)
            return (painter.painted_at - started) * 1000

        stats = f"{server.base_url}/loyalty/loyalty-cards/1/stats"

        async def raw_lookup(code: str) -> float:
            started = time.perf_counter()
            body = {"filter": {"strict": True, "keyword": code}}
            found = await raw.request("GET", stats, json=body, headers=server.auth_headers)
            await raw.get(f"{stats}/{found.json()[0]['id']}", headers=server.auth_headers)
            return (time.perf_counter() - started) * 1000

        cold: list[float] = []
        indexed: list[float] = []
        baseline: list[float] = []
        for _ in range(RUNS):
            for code in codes:
                index.replace_all([])  # forget every member: the next scan goes to the server
                baseline.append(await raw_lookup(code))
                cold.append(await one_scan(code))  # not in the index: search + get
                indexed.append(await one_scan(code))  # now in the index
        await controller.aclose()
        app.removeEventFilter(wedge)
        window.close()
        window.deleteLater()
        app.processEvents()
    conn.close()
    print(f"scan to member painted, {len(codes)} codes x {RUNS} runs")
    for name, samples in (
        ("from the local index", indexed),
        ("cold (search + get over HTTP)", cold),
        ("baseline: raw HTTP of the same lookup", baseline),
    ):
        print(f"  {name:<40} p50 {pct(samples, 50):6.2f} ms   p95 {pct(samples, 95):6.2f} ms")
    target = 30.0
    for name, samples in (("index", indexed), ("cold", cold)):
        p95 = pct(samples, 95)
        ok = p95 <= target and p95 <= pct(baseline, 95) + 15
        print(f"  {name}: p95 <= 30 ms and <= raw + 15 ms: {'met' if ok else 'NOT met'}")


def start_until_ready(
    command: list[str], env: dict[str, str]
) -> tuple[float, int, subprocess.Popen[str]]:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert process.stdout is not None
    while "ready to scan" not in (line := process.stdout.readline()):
        if not line:
            raise RuntimeError("the process ended before it was ready")
    return time.perf_counter() - started, process.pid, process


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(timeout=20)
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


def startup_and_memory(folder: Path) -> None:
    app_times, bare_times, app_rss, bare_rss = [], [], [], []
    for run in range(RUNS):
        home = folder / f"home{run}"
        env = {
            **os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
        }  # fmt: skip
        seconds, pid, process = start_until_ready(
            [sys.executable, "-m", "pos_loyalty", "--demo"], env
        )
        app_times.append(seconds)
        # Idle: the member index is loaded and nothing happens for a moment.
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            process.poll()
        app_rss.append(rss_mb(pid))
        stop(process)
        seconds, pid, process = start_until_ready([sys.executable, "-c", BARE_WINDOW], env)
        bare_times.append(seconds)
        bare_rss.append(rss_mb(pid))
        stop(process)
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    print(f"cold start to ready-to-scan, demo mode with its server (median of {RUNS})")
    verdict = "met" if app_s <= 1.5 else "NOT met"
    print(f"  {'pos-loyalty (demo)':<40} {app_s:6.3f} s   (target <= 1.5 s: {verdict})")
    print(f"  {'baseline: bare PySide6 window':<40} {bare_s:6.3f} s")
    app_mb, bare_mb = statistics.median(app_rss), statistics.median(bare_rss)
    print("idle memory (RSS of the app process; the demo server is a separate process)")
    verdict = "met" if app_mb <= 200 else "NOT met"
    print(
        f"  {'pos-loyalty, idle after start':<40} {app_mb:6.1f} MB   (target <= 200 MB: {verdict})"
    )
    print(f"  {'baseline: bare PySide6 window':<40} {bare_mb:6.1f} MB")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with RunningServer(folder / "server.sqlite3", ("--demo", "--rate-limit", "0")) as server:
            asyncio.run(scan_to_screen(app, server, folder))
        startup_and_memory(folder)
    app.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
