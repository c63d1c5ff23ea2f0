"""Start ``pos-loyalty serve`` as a real process on 127.0.0.1 with a given database."""

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO

TEST_KEY = "pk_test"
TEST_SECRET = "sk_test_secret"


class ServerStartError(RuntimeError):
    pass


@dataclass
class RunningServer:
    """A server process; use as a context manager, or call start() and stop().

    With an empty ``key`` the server gets no key pair from the environment.
    """

    db_path: Path
    extra_args: tuple[str, ...] = ("--rate-limit", "0")
    key: str = TEST_KEY
    secret: str = TEST_SECRET
    port: int = 0
    process: subprocess.Popen[str] | None = None
    output: list[str] = field(default_factory=list)
    base_url: str = ""

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"x-api-key": self.key, "x-api-secret": self.secret}

    @property
    def root_url(self) -> str:
        return self.base_url.removesuffix("/v4")

    def start(self, timeout: float = 30.0) -> "RunningServer":
        env = dict(
            os.environ, POS_LOYALTY_SERVER_KEY=self.key, POS_LOYALTY_SERVER_SECRET=self.secret
        )
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pos_loyalty",
                "serve",
                "--port",
                str(self.port),
                "--db",
                str(self.db_path),
                *self.extra_args,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        # A thread reads every line: select() on a buffered pipe misses lines already
        # read into the buffer, and a pipe nobody drains would stall a chatty server.
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(
            target=_pump, args=(self.process.stdout, lines), name="server-output", daemon=True
        ).start()
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            self.output.append(line.rstrip("\n"))
            if "listening on " in line:
                self.base_url = line.split("listening on ", 1)[1].strip()
                # Remember the port, so that a restart comes back on the same one.
                self.port = int(self.base_url.rsplit(":", 1)[1].split("/")[0])
                return self
        self.stop()
        raise ServerStartError("server did not start:\n" + "\n".join(self.output))

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stdout is not None:
            self.process.stdout.close()

    def kill(self) -> None:
        """SIGKILL: no graceful shutdown, as in a crash."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            if self.process.stdout is not None:
                self.process.stdout.close()

    def __enter__(self) -> "RunningServer":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``pos-loyalty ARGS`` and capture what it prints."""
    return subprocess.run(
        [sys.executable, "-m", "pos_loyalty", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def add_card(db: Path, *args: str) -> int:
    """Add a program with the command line; returns its id."""
    result = run_cli("cards", "add", "--db", str(db), *args)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split("\t", 1)[0])


def _pump(stream: IO[str], lines: "queue.Queue[str | None]") -> None:
    try:
        for line in stream:
            lines.put(line)
    except ValueError:  # closed by stop()
        pass
    lines.put(None)
