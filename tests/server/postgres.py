"""A throwaway PostgreSQL cluster for tests: initdb + pg_ctl in a temporary folder.

Debian's postgresql package provides the binaries (``make test`` installs it);
nothing is started by hand and nothing outside the folder is touched. PostgreSQL
refuses to run as root, so as root the cluster runs as the ``postgres`` user that
the package creates.
"""

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

INSTALL_HINT = (
    "PostgreSQL is not installed: sudo apt-get install postgresql"
    " (make test installs it) to run the server tests on PostgreSQL too"
)
_USER = "loyalty"


def _binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, or Debian's versioned folder."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return versions[0].parent if versions else None


def unavailable_reason() -> str | None:
    """None when a cluster can be started here, else why not (with the fix)."""
    if _binaries() is None:
        return INSTALL_HINT
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a postgres user to run PostgreSQL as"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class PostgresCluster:
    """One cluster on 127.0.0.1 and a free port; ``database()`` gives a fresh database URL."""

    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="pos-loyalty-pg-")))
    port: int = field(default_factory=_free_port)
    # Off for tests (no fsync at all); on for a bench, which should measure a
    # server that survives a power cut (commits still wait for no fsync, as
    # SQLite's synchronous=NORMAL).
    durable: bool = False
    _count: int = 0

    @property
    def admin_url(self) -> str:
        return f"postgresql://{_USER}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        bindir = _binaries()
        assert bindir is not None, INSTALL_HINT
        command = [str(bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text()[-3000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed:\n{result.stdout}{result.stderr}\n{tail}")

    def start(self) -> "PostgresCluster":
        if os.geteuid() == 0:
            # The folder is root's (mode 700); the cluster's user must own it.
            postgres = pwd.getpwnam("postgres")
            os.chown(self.folder, postgres.pw_uid, postgres.pw_gid)
        data = self.folder / "data"
        self._run("initdb", "-D", str(data), "-U", _USER, "--auth=trust", "-E", "UTF8", "--no-sync")
        # Durability is not what these tests are about; the settings match a
        # small server: a commit waits for no fsync, as SQLite's NORMAL does.
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
            " -c synchronous_commit=off -c max_connections=200"
        )
        if not self.durable:
            options += " -c fsync=off -c full_page_writes=off"
        self._run(
            "pg_ctl", "-D", str(data), "-o", options, "-l", str(self.folder / "server.log"),
            "-w", "-t", "60", "start",
        )  # fmt: skip
        return self

    def database(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        self._count += 1
        name = f"loyalty_{self._count}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql://{_USER}@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
