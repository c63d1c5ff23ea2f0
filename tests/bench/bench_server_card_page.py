"""What one view of the public card page costs, beside /v4/health (the cheapest answer).

Requests go one at a time over loopback to the real server, from rotating
127.0.0.x source addresses so that the page's per-address limit never cuts in.
The first view of a member's page makes its QR code; later views reuse it.
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.support.server import RunningServer

ROUNDS = 400
# Under the server's burst of pages per address.
PER_ADDRESS = 20


def main() -> int:
    with (
        tempfile.TemporaryDirectory() as tmp,
        RunningServer(Path(tmp) / "pages.sqlite3", ("--demo", "--rate-limit", "0")) as server,
    ):
        created = httpx.post(
            server.base_url + "/loyalty/loyalty-cards/1/stats",
            json={"first_name": "Bench", "last_name": "Page"},
            headers=server.auth_headers,
        ).json()
        targets = {
            "card page": created["download_url"],
            "GET /v4/health": server.base_url + "/health",
        }
        timings: dict[str, list[float]] = {name: [] for name in targets}
        for start in range(0, ROUNDS, PER_ADDRESS // 2):
            address = f"127.0.0.{2 + start // (PER_ADDRESS // 2) % 250}"
            transport = httpx.HTTPTransport(local_address=address)
            with httpx.Client(transport=transport, timeout=30) as client:
                for _ in range(PER_ADDRESS // 2):
                    for name, url in targets.items():
                        started = time.perf_counter()
                        response = client.get(url)
                        timings[name].append((time.perf_counter() - started) * 1000)
                        assert response.status_code == 200, response.status_code

    print(f"public card page, {ROUNDS} views one at a time")
    for name, values in timings.items():
        p90 = statistics.quantiles(values, n=10)[-1]
        print(f"{name:<16} median {statistics.median(values):6.2f} ms   p90 {p90:6.2f} ms")
    ratio = statistics.median(timings["card page"]) / statistics.median(timings["GET /v4/health"])
    print(f"card page / health: {ratio:.1f}x (about 6x on a 2-core machine before the QR was kept)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
