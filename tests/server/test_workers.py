"""Several worker processes on PostgreSQL: no stamp lost, a key applied once
whichever workers it reaches, and a worker killed mid-request loses nothing.

Skipped where PostgreSQL is not installed (the postgres fixture says how to
install it).
"""

import os
import signal
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.server.postgres import PostgresCluster
from tests.server.raw_http import RawConnection, request_head
from tests.server.stores import add_card, database_of
from tests.support.server import RunningServer
from tests.support.waiting import wait_until

CLIENTS = 32
STAMPS_EACH = 200


def workers_server(postgres: PostgresCluster, folder: Path, workers: int) -> RunningServer:
    args = ("--rate-limit", "0", "--db", postgres.database(), "--workers", str(workers))
    return RunningServer(folder / "unused.sqlite3", args)


@pytest.fixture
def four_workers(postgres: PostgresCluster, tmp_path: Path) -> Iterator[RunningServer]:
    with workers_server(postgres, tmp_path, 4) as running:
        yield running


def new_member(server: RunningServer) -> str:
    """A member on a new card whose goal is past every stamp here; returns its URL."""
    card_id = add_card(server, "--name", "Busy", "--goal", "1000000")
    api = f"{server.base_url}/loyalty/loyalty-cards/{card_id}/stats"
    member = httpx.post(api, json={}, headers=server.auth_headers)
    assert member.status_code == 201, member.text
    return f"{api}/{member.json()['id']}"


def stamps_of(server: RunningServer, member_url: str) -> int:
    stamps: int = httpx.get(member_url, headers=server.auth_headers).json()["stamps"]
    return stamps


def test_32_clients_x_200_stamps_over_4_workers_end_at_exact_totals(
    four_workers: RunningServer,
) -> None:
    member_url = new_member(four_workers)

    def client(_: int) -> list[int]:
        with httpx.Client(headers=four_workers.auth_headers, timeout=60) as http:
            return [stamp(http) for _ in range(STAMPS_EACH)]

    def stamp(http: httpx.Client) -> int:
        key = {"Idempotency-Key": str(uuid.uuid4())}
        return http.post(member_url, json={"amount": 1}, headers=key).status_code

    with ThreadPoolExecutor(CLIENTS) as pool:
        statuses = [s for batch in pool.map(client, range(CLIENTS)) for s in batch]
    assert statuses == [200] * (CLIENTS * STAMPS_EACH)
    assert stamps_of(four_workers, member_url) == CLIENTS * STAMPS_EACH


def test_one_key_sent_at_once_to_different_workers_applies_once(
    four_workers: RunningServer,
) -> None:
    member_url = new_member(four_workers)
    rounds, copies = 20, 8
    for _ in range(rounds):
        headers = {**four_workers.auth_headers, "Idempotency-Key": str(uuid.uuid4())}
        start = threading.Barrier(copies)

        def send(
            _: int, headers: dict[str, str] = headers, start: threading.Barrier = start
        ) -> httpx.Response:
            # A connection each: the kernel hands them to whichever worker accepts.
            with httpx.Client(headers=headers, timeout=60) as http:
                start.wait(timeout=30)
                return http.post(member_url, json={"amount": 3})

        with ThreadPoolExecutor(copies) as pool:
            answers = [
                (a.status_code, a.headers.get("Idempotency-Replayed"))
                for a in pool.map(send, range(copies))
            ]
        # One copy ran the write; the others met it in flight or replayed its answer.
        assert answers.count((200, None)) == 1, answers
        assert set(answers) <= {(200, None), (409, None), (200, "true")}
        retry = httpx.post(member_url, json={"amount": 3}, headers=headers)
        assert retry.headers.get("Idempotency-Replayed") == "true"
    assert stamps_of(four_workers, member_url) == 3 * rounds


def claims(url: str) -> int:
    """Idempotency keys claimed in the database right now."""
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
            " WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()"
        ).fetchone()
    assert row is not None
    return int(row[0])


def _owner_of(client_port: int, candidates: list[int]) -> int:
    """The process among ``candidates`` holding the server end of our connection."""
    inodes: dict[str, int] = {}
    for pid in candidates:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes[target[8:-1]] = pid
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        remote_port = int(fields[2].split(":")[1], 16)
        if remote_port == client_port and fields[9] in inodes:
            return inodes[fields[9]]
    raise AssertionError(f"no worker holds the connection from port {client_port}")


def _workers_of(server: RunningServer) -> list[int]:
    assert server.process is not None
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
    return [int(pid) for pid in children.read_text().split()]


def test_a_worker_killed_mid_request_loses_nothing_and_its_key_is_resumable(
    postgres: PostgresCluster, tmp_path: Path
) -> None:
    with workers_server(postgres, tmp_path, 2) as server:
        member_url = new_member(server)
        first = httpx.post(member_url, json={"amount": 2}, headers=server.auth_headers)
        assert first.status_code == 200
        key = str(uuid.uuid4())
        headers = {**server.auth_headers, "Idempotency-Key": key}
        body = b'{"amount": 5}'
        path = member_url.split("://", 1)[1].split("/", 1)[1]
        workers = _workers_of(server)
        with (
            psycopg.connect(database_of(server)) as counter,
            RawConnection(server.base_url) as conn,
        ):
            # Another counter holds the member, so the write waits inside its
            # transaction, with the key claimed.
            counter.execute(
                "SELECT stamps FROM users WHERE id = %s FOR UPDATE",
                (int(member_url.rsplit("/", 1)[1]),),
            )
            head = request_head(
                "POST", "/" + path, server, [*headers.items(), ("Content-Length", str(len(body)))]
            )
            conn.send(head + body)
            wait_until(lambda: claims(database_of(server)) == 1, 30, "the write to claim its key")
            victim = _owner_of(conn.sock.getsockname()[1], workers)
            os.kill(victim, signal.SIGKILL)
            assert conn.read_response() is None  # the connection died with its worker
            counter.rollback()
        # A worker takes its place; nothing of the killed request was written, and
        # its claim went with its connection.
        wait_until(lambda: victim not in _workers_of(server), 30, "the killed worker to go")
        wait_until(lambda: len(_workers_of(server)) == 2, 30, "a new worker")
        wait_until(lambda: claims(database_of(server)) == 0, 30, "the claim to go")
        assert stamps_of(server, member_url) == 2
        # The key is free again: the retry runs the write, once.
        retry = httpx.post(member_url, content=body, headers=headers)
        assert retry.status_code == 200, retry.text
        assert "Idempotency-Replayed" not in retry.headers
        assert retry.json()["stamps"] == 7
        again = httpx.post(member_url, content=body, headers=headers)
        assert again.headers.get("Idempotency-Replayed") == "true"
        assert stamps_of(server, member_url) == 7
