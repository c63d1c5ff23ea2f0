"""The server run on its own: backup and restore of a live database, the listing of
member codes, the warning when it listens on the network with no TLS proxy, --version."""

import sqlite3
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos_loyalty import __version__
from pos_loyalty.server.runner import exposure_warning
from tests.support.server import RunningServer, run_cli

# Bounds the writer, so the test ends even if the backup never returned.
MAX_WRITES = 3000


class Writer(threading.Thread):
    """Creates members one after another until stopped; remembers each acknowledged one."""

    def __init__(self, server: RunningServer, warm_up: int) -> None:
        super().__init__(name="member-writer", daemon=True)
        self.server = server
        self.created: list[dict[str, Any]] = []
        self.errors: list[str] = []
        self.warm = threading.Event()
        self.stop = threading.Event()
        self._warm_up = warm_up

    def run(self) -> None:
        try:
            with httpx.Client(
                base_url=self.server.base_url, headers=self.server.auth_headers, timeout=30
            ) as api:
                for n in range(MAX_WRITES):
                    if self.stop.is_set():
                        return
                    response = api.post(
                        "/loyalty/loyalty-cards/1/stats", json={"first_name": f"Backup {n}"}
                    )
                    if response.status_code != 201:
                        self.errors.append(f"{response.status_code} {response.text}")
                        return
                    self.created.append(response.json())
                    if len(self.created) == self._warm_up:
                        self.warm.set()
        except httpx.HTTPError as exc:
            self.errors.append(repr(exc))
        finally:
            self.warm.set()  # never leave the test waiting


def _members(db: Path) -> dict[int, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, code FROM users").fetchall())


def test_a_backup_taken_while_the_server_writes_restores_every_member_it_had(
    tmp_path: Path,
) -> None:
    db = tmp_path / "live.sqlite3"
    backup = tmp_path / "backups" / "loyalty-backup.sqlite3"
    with RunningServer(db, ("--demo", "--rate-limit", "0")) as server:
        writer = Writer(server, warm_up=20)
        writer.start()
        assert writer.warm.wait(60)
        acknowledged = list(writer.created)  # answered 201 before the backup began
        result = run_cli("server", "backup", "--db", str(db), "--out", str(backup))
        writer.stop.set()
        writer.join(60)
        assert writer.errors == []
        assert result.returncode == 0, result.stderr
        assert f"backed up {db} to {backup}" in result.stdout
        final = _members(db)

    # One consistent moment: every member answered before the backup is in it, and
    # nothing is in it that the server never had.
    copied = _members(backup)
    assert {m["id"]: m["code"] for m in acknowledged}.items() <= copied.items()
    assert copied.items() <= final.items()
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # One self-contained file, not a database waiting for its -wal file.
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"

    # Restore over the (stopped) server's database: the old one is kept beside it.
    restored = run_cli("server", "restore", "--from", str(backup), "--db", str(db))
    assert restored.returncode == 0, restored.stderr
    kept = [
        p
        for p in db.parent.iterdir()
        if p.name.startswith("live.sqlite3.before-restore-") and not p.name.endswith("-wal")
    ]
    assert len(kept) == 1
    assert f"kept as {kept[0]}" in restored.stdout
    assert _members(kept[0]) == final

    # A server started on the restored file serves the members.
    with RunningServer(db) as server:
        api = httpx.Client(base_url=server.base_url, headers=server.auth_headers, timeout=30)
        with api:
            for member in acknowledged[:: max(1, len(acknowledged) // 5)]:
                response = api.get(f"/loyalty/loyalty-cards/1/stats/{member['id']}")
                assert response.status_code == 200, response.text
                assert response.json()["code"] == member["code"]
            created_later = set(final) - set(copied)
            if created_later:  # written after the backup: gone with the restore
                missing = api.get(f"/loyalty/loyalty-cards/1/stats/{min(created_later)}")
                assert missing.status_code == 404


@pytest.mark.parametrize("kind", ["missing", "not ours", "garbage"])
def test_backup_and_restore_refuse_what_is_not_a_server_database_in_one_line(
    tmp_path: Path, kind: str
) -> None:
    source = tmp_path / "source.sqlite3"
    if kind == "not ours":
        with sqlite3.connect(source) as conn:
            conn.execute("CREATE TABLE notes (text TEXT)")
    elif kind == "garbage":
        source.write_bytes(b"not a database at all" * 200)
    target = tmp_path / "target.sqlite3"
    for args in (
        ["server", "backup", "--db", str(source), "--out", str(target)],
        ["server", "restore", "--from", str(source), "--db", str(target)],
    ):
        result = run_cli(*args)
        assert result.returncode == 1, args
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1
        assert lines[0].startswith("error: ")
        assert not target.exists()


def test_members_lists_each_code_with_its_program_and_name(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    with RunningServer(db, ("--demo", "--rate-limit", "0")):
        pass
    result = run_cli("server", "members", "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    with sqlite3.connect(db) as conn:
        active = [row[0] for row in conn.execute("SELECT code FROM users WHERE voided_at IS NULL")]
    assert sorted(code for code, *_ in lines) == sorted(active)  # the demo voids one
    assert ["Coffee Club", "Lucas Peeters"] in [line[1:3] for line in lines]
    missing = run_cli("server", "members", "--db", str(tmp_path / "none.sqlite3"))
    assert missing.returncode == 1
    assert "pos-loyalty serve --demo --db" in missing.stderr
    assert not (tmp_path / "none.sqlite3").exists()


@pytest.mark.parametrize(
    ("host", "public_url", "warned"),
    [
        ("127.0.0.1", None, False),
        ("::1", None, False),
        ("localhost", None, False),
        ("0.0.0.0", None, True),
        ("::", None, True),
        ("till.example", None, True),
        ("0.0.0.0", "http://loyalty.example", True),
        ("0.0.0.0", "https://loyalty.example", False),
    ],
)
def test_listening_on_the_network_without_a_tls_proxy_warns(
    host: str, public_url: str | None, warned: bool
) -> None:
    warning = exposure_warning(host, public_url)
    assert (warning is not None) == warned
    if warning:
        assert "--public-url https://" in warning


def test_serve_on_all_addresses_prints_the_warning_before_listening(tmp_path: Path) -> None:
    server = RunningServer(tmp_path / "open.sqlite3", ("--host", "0.0.0.0", "--rate-limit", "0"))
    with server:
        assert server.output[-1].startswith("listening on http://0.0.0.0:")
        assert any(
            line.startswith("warning: open to the network on 0.0.0.0") for line in server.output
        )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"pos-loyalty {__version__}"
