"""A TCP proxy in front of the real server that injects network faults on demand.

Hardware and network get fakes at the edge; the server behind stays real. The
proxy understands just enough HTTP/1.1 (Content-Length bodies, keep-alive) to
act per request.
"""

import asyncio
import contextlib
import threading
from collections import deque
from concurrent.futures import Future
from enum import Enum
from typing import Any


class Fault(Enum):
    PASS = "pass"
    # Answer 500 without forwarding: the server never sees the request.
    FAIL_500 = "fail_500"
    # Forward, let the server apply it, then drop the connection: the answer is lost.
    DROP_ANSWER = "drop_answer"
    # Read the request and never answer: the client's read timeout fires.
    BLACKHOLE = "blackhole"
    # Broken answers that never reach the server.
    HTML_200 = "html_200"
    WRONG_SHAPE = "wrong_shape"
    OLD_ERROR = "old_error"
    # Forward the request's head at once and hold its body until release_bodies():
    # the server has claimed the Idempotency-Key but not yet applied the write.
    LATE_BODY = "late_body"


def _canned(status: str, content_type: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


_CANNED = {
    Fault.FAIL_500: _canned(
        "500 Internal Server Error",
        "application/json",
        b'{"error":{"code":"internal_error","message":"Injected failure","details":{}}}',
    ),
    Fault.HTML_200: _canned("200 OK", "text/html", b"<html><body>Captive portal</body></html>"),
    Fault.WRONG_SHAPE: _canned("200 OK", "application/json", b'{"unexpected": true}'),
    Fault.OLD_ERROR: _canned(
        "400 Bad Request",
        "application/json",
        b'{"status":{"status":"failed","errors":{"error_code":12,'
        b'"error_message":"Invalid loyalty card"}}}',
    ),
}


async def _read_message(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return head, body


def _strip(head: bytes, names: set[bytes]) -> bytes:
    lines = head.split(b"\r\n")
    kept = [lines[0]] + [
        line for line in lines[1:] if line.partition(b":")[0].strip().lower() not in names
    ]
    return b"\r\n".join(kept)


class FaultProxy:
    """Listens on 127.0.0.1 and forwards to ``upstream_port``; runs its own loop thread."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.port = 0
        self.strip_headers: set[bytes] = set()
        self.forwarded = 0
        self._faults: deque[Fault] = deque()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        self._handlers: set[asyncio.Task[None]] = set()
        self._bodies_released = asyncio.Event()

    # Control (from any thread)

    def start(self) -> "FaultProxy":
        self._thread.start()
        self._call(self._listen())
        return self

    def stop(self) -> None:
        self.release_bodies()
        self._call(self._close())
        self._call(self._handlers_done())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def inject(self, *faults: Fault) -> None:
        """The next requests meet these faults, in order; then traffic passes again."""
        self._loop.call_soon_threadsafe(self._faults.extend, faults)

    def release_bodies(self) -> None:
        """Let the bodies held by LATE_BODY go on to the server."""
        self._loop.call_soon_threadsafe(self._bodies_released.set)

    def refuse(self) -> None:
        """As with a server that went down: open connections drop, new ones are refused."""
        self._call(self._close())

    def accept(self) -> None:
        self._call(self._listen())

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v4"

    def _call(self, coro: Any) -> Any:
        future: Future[Any] = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return future.result(timeout=10)

    # The proxy (on its own loop)

    async def _listen(self) -> None:
        if self._server is None:
            self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
            self.port = self._server.sockets[0].getsockname()[1]

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._open):
                writer.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
            self._server = None
        for writer in list(self._open):
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _handlers_done(self) -> None:
        """Wait until every connection handler has seen its streams closed."""
        if self._handlers:
            await asyncio.wait(self._handlers, timeout=10)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        task.add_done_callback(self._handlers.discard)
        upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        self._open.add(writer)
        try:
            while True:
                head, body = await _read_message(reader)
                fault = self._faults.popleft() if self._faults else Fault.PASS
                if fault in _CANNED:
                    writer.write(_CANNED[fault])
                    await writer.drain()
                    continue
                if fault is Fault.BLACKHOLE:
                    await reader.read()  # until the client gives up
                    return
                if upstream is None:
                    upstream = await asyncio.open_connection("127.0.0.1", self.upstream_port)
                    self._open.add(upstream[1])
                up_reader, up_writer = upstream
                up_writer.write(head)
                if fault is Fault.LATE_BODY:
                    await up_writer.drain()
                    await self._bodies_released.wait()
                up_writer.write(body)
                await up_writer.drain()
                answer_head, answer_body = await _read_message(up_reader)
                self.forwarded += 1
                if fault is Fault.DROP_ANSWER:
                    return
                writer.write(_strip(answer_head, self.strip_headers) + answer_body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            return
        finally:
            for stream in (writer, upstream[1] if upstream else None):
                if stream is not None:
                    self._open.discard(stream)
                    stream.close()
                    with contextlib.suppress(Exception):
                        await stream.wait_closed()
