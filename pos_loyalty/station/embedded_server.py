"""The demo backend: ``pos-loyalty serve --demo`` as a child process on a loopback port.

The counter supervises it: a child that dies is started again (with a capped
backoff), on the same port when it can be had, and listeners hear about it so
the status bar can say so.
"""

import asyncio
import atexit
import collections
import contextlib
import ctypes
import logging
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import StationError

log = logging.getLogger(__name__)

DEMO_KEY = "pk_demo_station"
# Seconds before each new try after a crash: at once, then slower, never slower than the last.
RESTART_DELAYS = (0.0, 1.0, 2.0, 5.0, 10.0, 30.0)
# A child that ran this long before dying was healthy: the next crash starts the delays over.
HEALTHY_SECONDS = 60.0


class EmbeddedServerError(StationError):
    pass


class ServerState(StrEnum):
    """What the supervisor tells its listener."""

    RESTARTING = "restarting"  # the child died; it is being started again
    RESTARTED = "restarted"  # it is back, perhaps on another port (see ``base_url``)

    @property
    def words(self) -> str:
        """What the status bar says."""
        if self is ServerState.RESTARTING:
            return translate("EmbeddedServer", "Demo server stopped, restarting…")
        return translate("EmbeddedServer", "Demo server restarted")


class EmbeddedServer:
    """A child process, so the counter's window never waits on the server's work.

    The key pair is made fresh at each start of the counter and handed over in the
    environment; the server stores the secret hashed, so nothing secret is left on
    disk. A restart reuses the same pair, so the client's headers stay valid.
    """

    def __init__(self, db_path: Path, restart_delays: tuple[float, ...] = RESTART_DELAYS) -> None:
        self.db_path = db_path
        self.key = DEMO_KEY
        self.secret = "sk_" + secrets.token_urlsafe(24)
        self.base_url = ""
        self.restarts = 0
        self._restart_delays = restart_delays
        self._process: subprocess.Popen[str] | None = None
        self._exited: asyncio.Future[int] | None = None
        self._stopping = False
        self._registered = False

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    @property
    def port(self) -> int:
        """The port it listens on (0 before the first start)."""
        if not self.base_url:
            return 0
        return int(self.base_url.rsplit(":", 1)[1].split("/", 1)[0])

    async def start(self, wait_seconds: float = 30.0, port: int = 0) -> str:
        """Start the child and wait until it listens; returns its base URL."""
        loop = asyncio.get_running_loop()
        listening: asyncio.Future[str] = loop.create_future()
        exited: asyncio.Future[int] = loop.create_future()
        env = dict(
            os.environ,
            POS_LOYALTY_SERVER_KEY=self.key,
            POS_LOYALTY_SERVER_SECRET=self.secret,
        )
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        # Started from the loop's own thread: the child's death signal follows the
        # thread that started it, and a worker thread may end long before the counter.
        try:
            process = subprocess.Popen(  # noqa: ASYNC220 - a fork and exec, no waiting
                [sys.executable, "-m", __name__, str(os.getpid()), "serve", "--demo",
                 "--port", str(port), "--db", str(self.db_path)],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                encoding="utf-8", errors="replace",
            )  # fmt: skip
        except OSError as exc:
            raise EmbeddedServerError(
                translate(
                    "EmbeddedServer", "The demo server could not be started: {reason}"
                ).format(reason=exc)
            ) from exc
        self._process = process
        self._exited = exited
        if not self._registered:
            atexit.register(self.stop)
            self._registered = True
        output: collections.deque[str] = collections.deque(maxlen=20)
        threading.Thread(
            target=_watch, args=(process, loop, listening, exited, output),
            name="demo-server-output", daemon=True,
        ).start()  # fmt: skip
        either: set[asyncio.Future[Any]] = {listening, exited}
        try:
            async with asyncio.timeout(wait_seconds):
                done, _ = await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
        except TimeoutError:
            done = set()
        if listening in done:
            self.base_url = listening.result()
            return self.base_url
        self._end_child()
        raise EmbeddedServerError(
            translate("EmbeddedServer", "The demo server did not start: {reason}").format(
                reason=output[-1] if output else translate("EmbeddedServer", "no output")
            )
        )

    async def supervise(self, listener: Callable[[ServerState], None]) -> None:
        """Until stopped: when the child dies, start it again and tell ``listener``.

        A port that cannot be had again (something else took it) gives way to a new
        one: ``base_url`` then changes, and the listener must point the client at it.
        """
        attempt = 0
        while True:
            first_try = True
            exited = self._exited
            if exited is None or self._stopping:
                return
            started = time.monotonic()
            code = await exited
            if self._stopping:
                return
            if time.monotonic() - started >= HEALTHY_SECONDS:
                attempt = 0
            log.warning("the demo server stopped (exit code %s); starting it again", code)
            listener(ServerState.RESTARTING)
            while True:
                delay = self._restart_delays[min(attempt, len(self._restart_delays) - 1)]
                attempt += 1
                await asyncio.sleep(delay)
                if self._stopping:
                    return
                # Same port first, so nothing has to follow; a new one if it is taken.
                port, first_try = (self.port if first_try else 0), False
                try:
                    await self.start(port=port)
                except EmbeddedServerError as exc:
                    log.warning("%s; trying again", exc.message)
                    continue
                break
            self.restarts += 1
            log.info("the demo server is back at %s", self.base_url)
            listener(ServerState.RESTARTED)

    def stop(self) -> None:
        """Stop the child for good (the supervisor does not start it again)."""
        self._stopping = True
        self._end_child()

    def _end_child(self) -> None:
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


def _watch(
    process: "subprocess.Popen[str]",
    loop: asyncio.AbstractEventLoop,
    listening: "asyncio.Future[str]",
    exited: "asyncio.Future[int]",
    output: "collections.deque[str]",
) -> None:
    """On its own thread: log the child's output, say when it listens and when it ends.

    Reading to the end also keeps the pipe drained, so the child never blocks on it.
    """
    assert process.stdout is not None
    with process.stdout:
        for line in process.stdout:
            text = line.rstrip()
            output.append(text)
            log.info("demo server: %s", text)
            if "listening on " in text:
                _settle(loop, listening, text.split("listening on ", 1)[1].strip())
    _settle(loop, exited, process.wait())


def _settle(loop: asyncio.AbstractEventLoop, future: "asyncio.Future[Any]", value: Any) -> None:
    def resolve() -> None:
        if not future.done():
            future.set_result(value)

    # A closed loop: the counter has ended and nobody is waiting.
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(resolve)


def _die_with_parent(parent: int) -> None:
    """In the child: end it when the counter dies, even by SIGKILL.

    Done here rather than in a ``preexec_fn``, which is unsafe in a process with
    threads (Qt's, the camera's) and slows every start.
    """
    if sys.platform != "linux":
        return
    pr_set_pdeathsig = 1
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:  # the counter died before the line above: nobody to serve
        sys.exit(1)


if __name__ == "__main__":
    from pos_loyalty.cli import main

    _die_with_parent(int(sys.argv[1]))
    sys.exit(main(sys.argv[2:]))
