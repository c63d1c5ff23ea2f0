"""What a failed login costs, by path: an unknown key beside a known key with a
wrong secret, which must cost the same (else timing tells which keys exist).

Requests go one at a time over loopback to the real server, the paths
interleaved so that drift on a shared machine hits them alike. They come from
rotating 127.0.0.x source addresses, so that the per-address limit on failed
logins (which answers 429 before any hashing) never cuts in. Printed: each
path's median and p90, and the ratio of the two failing paths (target: 0.8-1.25).
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.support.server import RunningServer

ROUNDS = 300
# Failures per source address before the bench moves to the next one: under the
# server's burst of failed logins per address.
FAILURES_PER_ADDRESS = 8


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp, RunningServer(Path(tmp) / "auth.sqlite3") as server:
        url = server.base_url + "/loyalty/loyalty-cards"
        paths = {
            "unknown key": {"x-api-key": "pk_nobody", "x-api-secret": "sk_guess"},
            "known key, wrong secret": {"x-api-key": server.key, "x-api-secret": "sk_guess"},
            "known key, right secret": server.auth_headers,
        }
        # The right secret once first: from then on the server remembers it.
        assert httpx.get(url, headers=server.auth_headers).status_code == 200
        timings: dict[str, list[float]] = {name: [] for name in paths}
        statuses: dict[str, set[int]] = {name: set() for name in paths}
        failures_each_round = 2
        rounds_per_address = FAILURES_PER_ADDRESS // failures_each_round
        for start in range(0, ROUNDS, rounds_per_address):
            address = f"127.0.0.{2 + start // rounds_per_address % 250}"
            transport = httpx.HTTPTransport(local_address=address)
            with httpx.Client(transport=transport, timeout=30) as client:
                for _ in range(min(rounds_per_address, ROUNDS - start)):
                    for name, headers in paths.items():
                        started = time.perf_counter()
                        response = client.get(url, headers=headers)
                        timings[name].append((time.perf_counter() - started) * 1000)
                        statuses[name].add(response.status_code)

    print(f"failed logins, {ROUNDS} requests per path, one at a time")
    for name, values in timings.items():
        p90 = statistics.quantiles(values, n=10)[-1]
        answered = ", ".join(str(s) for s in sorted(statuses[name]))
        print(
            f"{name:<26} median {statistics.median(values):6.2f} ms"
            f"   p90 {p90:6.2f} ms   answered {answered}"
        )
    unknown = statistics.median(timings["unknown key"])
    wrong = statistics.median(timings["known key, wrong secret"])
    ratio = wrong / unknown
    verdict = "met" if 0.8 <= ratio <= 1.25 else "NOT met"
    print(f"wrong secret / unknown key: {ratio:.2f} (target 0.8-1.25: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
