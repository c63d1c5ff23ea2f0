"""Raw HTTP/1.1 over a socket, for what an HTTP client will not send on purpose:
oversized or endless request heads, stalled heads and trickled bodies.
"""

import select
import socket
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import urlsplit

from tests.support.server import RunningServer

# How long a test waits for the server to answer or hang up. The server's own
# deadlines are shorter; this only bounds a test against a server that has none.
READ_TIMEOUT = 40.0


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class RawConnection:
    """One TCP connection to the server; a context manager."""

    url: str
    source_address: str | None = None
    sock: socket.socket = field(init=False)

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        assert parts.hostname is not None
        assert parts.port is not None
        source = (self.source_address, 0) if self.source_address else None
        self.sock = socket.create_connection(
            (parts.hostname, parts.port), timeout=READ_TIMEOUT, source_address=source
        )

    def send(self, data: bytes) -> bool:
        """Send all of ``data``; False when the server has already hung up."""
        try:
            self.sock.sendall(data)
        except (BrokenPipeError, ConnectionResetError):
            return False
        return True

    def answered(self, wait: float) -> bool:
        """Whether the server has sent something (or hung up) within ``wait`` seconds."""
        readable, _, _ = select.select([self.sock], [], [], wait)
        return bool(readable)

    def read_response(self) -> RawResponse | None:
        """The next response, or None if the server hung up without one."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self._recv()
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = self._recv()
            if not chunk:
                break
            body += chunk
        return RawResponse(status, headers, body)

    def closed_by_server(self) -> bool:
        """Read until the server closes the connection (True) or goes quiet (False)."""
        while True:
            try:
                chunk = self.sock.recv(65536)
            except TimeoutError:
                return False
            except ConnectionResetError:
                return True
            if not chunk:
                return True

    def _recv(self) -> bytes:
        try:
            return self.sock.recv(65536)
        except (ConnectionResetError, TimeoutError):
            return b""

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> "RawConnection":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def request_head(
    method: str, path: str, server: RunningServer, headers: list[tuple[str, str]] | None = None
) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {urlsplit(server.base_url).netloc}"]
    lines += [f"{name}: {value}" for name, value in headers or []]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()
