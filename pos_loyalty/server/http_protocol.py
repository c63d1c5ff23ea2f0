"""The HTTP/1.1 protocol the server runs: uvicorn's httptools protocol with the limits it lacks.

uvicorn with httptools keeps every byte of a request head until the head ends,
with no cap on its size or on the number of headers: four clients sending
500 MiB heads took the server to gigabytes, without any authentication. Here the
head is counted as it arrives and refused with 431 as soon as it passes the cap,
so a connection never holds more than the cap plus one read from the socket.

It also sets deadlines, which uvicorn has none of: a head must arrive within
``head_timeout`` of the connection (or of its first byte, on a kept-alive
connection), and a body within ``body_timeout`` plus one second per
``body_min_rate`` bytes received. Slow-header and trickled-body clients are
answered 408 and cut off instead of holding a connection for ever.
"""

import asyncio
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import httptools
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from pos_loyalty.server.errors import error_body

# The exact count (URL, names and values) is checked against the cap; the raw
# bytes of an unfinished head also carry the request line, separators and
# optional whitespace, so they get this much room before they are refused.
_RAW_HEAD_SLACK = 1024


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    """What one request may send before it is refused."""

    max_head_bytes: int = 16 * 1024
    max_headers: int = 100
    head_timeout: float = 10.0
    body_timeout: float = 10.0
    # A body may take one more second per this many bytes it has sent: a large
    # upload on a slow line still gets through, a trickle does not.
    body_min_rate: int = 500


class GuardedConfig(uvicorn.Config):
    """uvicorn's settings plus ours, which reach every connection's protocol."""

    def __init__(self, *args: Any, limits: ConnectionLimits, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limits = limits


class _RefusalError(Exception):
    """Raised inside a parser callback to stop parsing; answered by data_received."""

    def __init__(self, status: HTTPStatus, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _head_too_large(limits: ConnectionLimits) -> _RefusalError:
    return _RefusalError(
        HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
        "request_header_fields_too_large",
        f"The request head is over {limits.max_head_bytes} bytes"
        f" or {limits.max_headers} headers. Send less.",
    )


def _too_slow(limits: ConnectionLimits) -> _RefusalError:
    return _RefusalError(
        HTTPStatus.REQUEST_TIMEOUT,
        "request_timeout",
        f"The request arrived too slowly: its head must come within {limits.head_timeout:g} s"
        f" and its body at {limits.body_min_rate} bytes a second or faster.",
    )


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """One connection; refuses oversized heads (431) and slow requests (408), then closes."""

    def __init__(self, config: uvicorn.Config, *args: Any, **kwargs: Any) -> None:
        super().__init__(config, *args, **kwargs)
        self.limits: ConnectionLimits = getattr(config, "limits", ConnectionLimits())
        # Between the end of one message and the end of the next head.
        self._in_head = True
        self._raw_head_bytes = 0
        self._head_bytes = 0
        self._header_count = 0
        self._deadline: asyncio.TimerHandle | None = None
        self._body_started = 0.0
        self._body_bytes = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        # The first head's clock starts at the connection, so a client that
        # connects and says nothing is let go too.
        self._set_deadline(self.limits.head_timeout, self._head_deadline_passed)

    def connection_lost(self, exc: Exception | None) -> None:
        self._clear_deadline()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._in_head:
            self._raw_head_bytes += len(data)
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserCallbackError as exc:
            if isinstance(exc.__context__, _RefusalError):
                self._refuse(exc.__context__)
            else:
                self._invalid_request()
            return
        except httptools.HttpParserError:
            self._invalid_request()
            return
        except httptools.HttpParserUpgrade:
            # WebSockets are off (ws="none"); uvicorn only warns and carries on.
            self._unsupported_upgrade_warning()
        # httptools gathers an unfinished header value without calling back, so
        # the raw bytes of a head that has not ended are what bound the memory.
        if self._in_head and self._raw_head_bytes > self.limits.max_head_bytes + _RAW_HEAD_SLACK:
            self._refuse(_head_too_large(self.limits))

    # Parser callbacks

    def on_message_begin(self) -> None:
        self._head_bytes = 0
        self._header_count = 0
        if self._deadline is None:
            # A later request on a kept-alive connection: from its first byte.
            self._set_deadline(self.limits.head_timeout, self._head_deadline_passed)
        super().on_message_begin()

    def on_url(self, url: bytes) -> None:
        self._count_head(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        # ": " and CRLF, as on the wire.
        self._count_head(len(name) + len(value) + 4)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._body_started = self.loop.time()
        self._body_bytes = 0
        self._set_deadline(self.limits.body_timeout, self._body_deadline_passed)
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        self._body_bytes += len(body)
        super().on_body(body)

    def on_message_complete(self) -> None:
        self._in_head = True
        self._raw_head_bytes = 0
        self._clear_deadline()
        super().on_message_complete()

    # Deadlines

    def _set_deadline(self, delay: float, callback: Any) -> None:
        self._clear_deadline()
        self._deadline = self.loop.call_later(delay, callback)

    def _clear_deadline(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _head_deadline_passed(self) -> None:
        self._deadline = None
        if not self._in_head or self.transport.is_closing():
            return
        if self._raw_head_bytes == 0:
            # Nothing of a request yet: not worth an answer.
            self.transport.close()
        else:
            self._refuse(_too_slow(self.limits))

    def _body_deadline_passed(self) -> None:
        self._deadline = None
        if self._in_head or self.transport.is_closing():
            return
        allowed = (
            self._body_started
            + self.limits.body_timeout
            + self._body_bytes / self.limits.body_min_rate
        )
        remaining = allowed - self.loop.time()
        if remaining > 0:
            self._set_deadline(remaining, self._body_deadline_passed)
            return
        cycle = self.cycle
        if cycle is None or cycle.response_started:
            # Answered already (say a 401 that never read the body): just hang up.
            self.transport.close()
            return
        # The app is waiting for the rest of the body: from now on it reads a
        # disconnect, and whatever it answers goes nowhere; the 408 goes out instead.
        cycle.disconnected = True
        cycle.message_event.set()
        self._answer_and_close(_too_slow(self.limits))

    # Refusing

    def _count_head(self, size: int) -> None:
        self._head_bytes += size
        if (
            self._head_bytes > self.limits.max_head_bytes
            or self._header_count > self.limits.max_headers
        ):
            raise _head_too_large(self.limits)

    def _invalid_request(self) -> None:
        message = "Invalid HTTP request received."
        self.logger.warning(message)
        self.send_400_response(message)

    def _refuse(self, refusal: _RefusalError) -> None:
        """Answer in the API's error body and hang up; nothing more is read."""
        if self.transport.is_closing():
            return
        if self.cycle is not None and not self.cycle.response_complete:
            # An earlier pipelined request is still answering: a second answer
            # would interleave with it, so the connection just ends.
            self.transport.close()
            return
        self._answer_and_close(refusal)

    def _answer_and_close(self, refusal: _RefusalError) -> None:
        body = error_body(refusal.code, refusal.message)
        head = [f"HTTP/1.1 {refusal.status.value} {refusal.status.phrase}\r\n".encode()]
        for name, value in self.server_state.default_headers:
            head.append(name + b": " + value + b"\r\n")
        head.append(
            b"content-type: application/json\r\n"
            + f"content-length: {len(body)}\r\n".encode()
            + b"connection: close\r\n\r\n"
        )
        self.transport.write(b"".join(head) + body)
        self.transport.close()
