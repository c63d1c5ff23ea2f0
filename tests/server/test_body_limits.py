"""Every request body is limited, whatever the method and however it is framed."""

from collections.abc import Iterator

import httpx
import pytest

from tests.server.raw_http import RawConnection, request_head
from tests.support.server import RunningServer

LIMIT = 1024 * 1024
LIST = "/loyalty/loyalty-cards/1/stats"


def chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    """A chunked upload of ``total`` bytes of JSON whitespace (valid, if it were kept)."""
    for _ in range(total // size):
        yield b" " * size


@pytest.mark.parametrize("method", ["GET", "HEAD", "DELETE", "OPTIONS"])
def test_a_chunked_body_past_the_limit_is_a_413_whatever_the_method(
    api: httpx.Client, method: str
) -> None:
    response = api.request(method, LIST, content=chunks(4 * LIMIT))
    assert response.status_code == 413
    if method != "HEAD":
        assert response.json()["error"]["code"] == "body_too_large"


def test_a_get_with_a_declared_large_body_is_a_413(api: httpx.Client) -> None:
    response = api.request("GET", LIST, content=b" " * (LIMIT + 1))
    assert response.status_code == 413


def test_unauthenticated_paths_limit_bodies_too(server: RunningServer) -> None:
    response = httpx.request("GET", server.base_url + "/health", content=chunks(4 * LIMIT))
    assert response.status_code == 413


def test_the_413_ends_the_connection_so_the_rest_is_not_read(server: RunningServer) -> None:
    """The server hangs up after its 413 instead of reading (and dropping) the rest."""
    with RawConnection(server.base_url) as conn:
        head = request_head(
            "GET",
            "/v4" + LIST,
            server,
            [*server.auth_headers.items(), ("Transfer-Encoding", "chunked")],
        )
        conn.send(head)
        chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"
        # 64 MiB at most; a server that keeps reading never answers within the loop.
        for _ in range(1024):
            if conn.answered(0) or not conn.send(chunk):
                break
        response = conn.read_response()
        assert response is not None
        assert response.status == 413
        assert response.headers.get("connection") == "close"
        assert conn.closed_by_server()


def test_a_get_with_a_small_json_body_still_lists(api: httpx.Client) -> None:
    response = api.request("GET", LIST, json={"pagination": {"page": 1, "limit": 2}})
    assert response.status_code == 200
    assert len(response.json()) <= 2
