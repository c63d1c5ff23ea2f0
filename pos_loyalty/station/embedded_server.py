"""The demo backend: ``pos-loyalty serve --demo`` as a child process on a free loopback port."""

import asyncio
import atexit
import ctypes
import logging
import os
import secrets
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from pos_loyalty.station.errors import StationError

log = logging.getLogger(__name__)

DEMO_KEY = "pk_demo_station"


class EmbeddedServerError(StationError):
    pass


class EmbeddedServer:
    """A child process, so the counter's window never waits on the server's work.

    The key pair is made fresh at each start and handed over in the environment;
    the server stores the secret hashed, so nothing secret is left on disk.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.key = DEMO_KEY
        self.secret = "sk_" + secrets.token_urlsafe(24)
        self.base_url = ""
        self._process: subprocess.Popen[str] | None = None

    async def start(self, wait_seconds: float = 30.0) -> str:
        env = dict(
            os.environ,
            POS_LOYALTY_SERVER_KEY=self.key,
            POS_LOYALTY_SERVER_SECRET=self.secret,
        )
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        process = await asyncio.to_thread(
            subprocess.Popen,
            [sys.executable, "-m", "pos_loyalty", "serve", "--demo", "--port", "0",
             "--db", str(self.db_path)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )  # fmt: skip
        self._process = process
        atexit.register(self.stop)
        assert process.stdout is not None
        output: list[str] = []
        try:
            async with asyncio.timeout(wait_seconds):
                while True:
                    line = await asyncio.to_thread(process.stdout.readline)
                    if not line:
                        break
                    output.append(line.strip())
                    if "listening on " in line:
                        self.base_url = line.split("listening on ", 1)[1].strip()
                        _keep_draining(process.stdout)
                        return self.base_url
        except TimeoutError:
            pass
        self.stop()
        raise EmbeddedServerError(
            "The demo server did not start: " + (output[-1] if output else "no output")
        )

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout is not None:
            process.stdout.close()


def _keep_draining(stream: IO[str]) -> None:
    """Read the server's later output into the log, so a full pipe never blocks it."""

    def drain() -> None:
        try:
            for line in stream:
                log.info("demo server: %s", line.rstrip())
        except ValueError:  # closed on stop
            pass

    threading.Thread(target=drain, name="demo-server-output", daemon=True).start()


def _die_with_parent() -> None:
    """In the child, before exec: end it when the counter dies, even by SIGKILL."""
    pr_set_pdeathsig = 1
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
