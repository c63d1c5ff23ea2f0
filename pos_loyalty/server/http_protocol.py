"""The HTTP/1.1 protocol the server runs: uvicorn's httptools protocol with the limits it lacks.

uvicorn with httptools keeps every byte of a request head until the head ends,
with no cap on its size or on the number of headers: four clients sending
500 MiB heads took the server to gigabytes, without any authentication. Here the
head is counted as it arrives and refused with 431 as soon as it passes the cap,
so a connection never holds more than the cap plus one read from the socket.
"""

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


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """One connection; refuses oversized heads with 431 and closes."""

    def __init__(self, config: uvicorn.Config, *args: Any, **kwargs: Any) -> None:
        super().__init__(config, *args, **kwargs)
        self.limits: ConnectionLimits = getattr(config, "limits", ConnectionLimits())
        # Between the end of one message and the end of the next head.
        self._in_head = True
        self._raw_head_bytes = 0
        self._head_bytes = 0
        self._header_count = 0

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
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._in_head = True
        self._raw_head_bytes = 0
        super().on_message_complete()

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
