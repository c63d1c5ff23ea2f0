"""Several server processes on one port (the PostgreSQL store).

The parent binds one listening socket per worker, all on the same port
(``SO_REUSEPORT``: the kernel spreads new connections evenly between them;
from one shared socket, the worker that woke first took most of a burst),
prepares the database once, then forks the workers and watches them: a
worker that dies (even by ``kill -9``) is replaced on its socket,
and SIGTERM or SIGINT stops them all. A worker that dies mid-request loses
nothing: its transaction was never committed, and its connection, with the
Idempotency-Key claims it held, is dropped by PostgreSQL, so the client's retry
with the same key runs the write once.

Rate limits live in each worker's memory, so a key's limit applies per worker.
"""

import multiprocessing
import signal
import socket
import sys
import time
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from types import FrameType

from pos_loyalty.server.config import ServerConfig

# How long stopping workers may finish their requests before they are killed.
_STOP_GRACE = 10.0
# A worker that fails (an error, not a signal) sooner than this after its start
# cannot start (the database is gone, say): starting another would only loop.
_FAILED_START = 2.0


def _work(config: ServerConfig, sock: socket.socket) -> None:
    from pos_loyalty.server.context import ServerContext
    from pos_loyalty.server.runner import http_server

    # The parent's handlers are not the worker's: uvicorn installs its own.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    ctx = ServerContext.open(config)
    try:
        http_server(ctx).run(sockets=[sock])
    finally:
        ctx.close()


def supervise(config: ServerConfig, sockets: list[socket.socket]) -> int:
    """Run a worker process on each socket until told to stop; returns the exit code."""
    forking = multiprocessing.get_context("fork")
    running: dict[int, BaseProcess] = {}
    started: dict[int, float] = {}
    # Each worker's socket: its replacement serves the same one, with the
    # connections waiting on it.
    socket_of: dict[int, socket.socket] = {}
    stopping = False
    failed = False

    def start(sock: socket.socket) -> None:
        process = forking.Process(target=_work, args=(config, sock), name="pos-loyalty-worker")
        process.start()
        running[process.sentinel] = process
        started[process.sentinel] = time.monotonic()
        socket_of[process.sentinel] = sock

    def stop(signum: int, _: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for process in running.values():
            if process.is_alive() and process.pid is not None:
                process.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for sock in sockets:
        start(sock)
    while running:
        ready = wait(list(running), timeout=_STOP_GRACE if stopping else None)
        if stopping and not ready:
            for process in running.values():
                process.kill()
        for sentinel in ready:
            assert isinstance(sentinel, int)
            process = running.pop(sentinel)
            sock = socket_of.pop(sentinel)
            process.join()
            lived = time.monotonic() - started.pop(sentinel)
            # Killed by a signal (a negative exit code) is no failure to start.
            if not stopping and (process.exitcode or 0) > 0 and lived < _FAILED_START:
                print(
                    f"error: worker {process.pid} ended at start (exit code {process.exitcode});"
                    " stopping",
                    file=sys.stderr,
                    flush=True,
                )
                failed = True
                stop(signal.SIGTERM, None)
            elif not stopping:
                print(
                    f"worker {process.pid} ended (exit code {process.exitcode}); starting another",
                    file=sys.stderr,
                    flush=True,
                )
                start(sock)
    for sock in sockets:
        sock.close()
    return 1 if failed else 0
