"""Request heads are capped in size and in header count (431), before any of it is kept."""

import httpx

from tests.server.raw_http import RawConnection, request_head
from tests.support.server import RunningServer

MAX_HEAD = 16 * 1024
MAX_HEADERS = 100


def assert_431(server: RunningServer, head: bytes) -> None:
    with RawConnection(server.base_url) as conn:
        conn.send(head)
        response = conn.read_response()
        assert response is not None, "the server hung up without an answer"
        assert response.status == 431, response
        assert b"request_header_fields_too_large" in response.body
        assert response.headers.get("connection") == "close"
        assert conn.closed_by_server()


def test_one_oversized_header_is_a_431(server: RunningServer) -> None:
    head = request_head("GET", "/v4/health", server, [("X-Big", "a" * (MAX_HEAD + 1))])
    assert_431(server, head)


def test_too_many_headers_are_a_431(server: RunningServer) -> None:
    many = [(f"X-H{n}", "1") for n in range(MAX_HEADERS + 1)]
    head = request_head("GET", "/v4/health", server, many)
    assert_431(server, head)


def test_an_oversized_url_is_a_431(server: RunningServer) -> None:
    head = request_head("GET", "/v4/health?" + "q" * (MAX_HEAD + 1), server)
    assert_431(server, head)


def test_an_endless_head_is_cut_off_long_before_it_ends(server: RunningServer) -> None:
    """The head is refused while it streams in: the server does not wait for its end."""
    chunk = b"a" * 65536
    with RawConnection(server.base_url) as conn:
        conn.send(b"GET /v4/health HTTP/1.1\r\nHost: localhost\r\nX-Endless: ")
        sent = 0
        # 64 MiB at most; a server that keeps reading never answers within the loop.
        for _ in range(1024):
            if conn.answered(0) or not conn.send(chunk):
                break
            sent += len(chunk)
        assert sent < 8 * 1024 * 1024, f"the server took {sent} bytes of one header"
        response = conn.read_response()
        assert response is not None
        assert response.status == 431


def test_heads_just_under_the_caps_are_served(server: RunningServer) -> None:
    headers = {f"x-h{n}": "1" for n in range(MAX_HEADERS - 10)}
    headers["x-big"] = "a" * (MAX_HEAD - 4096)
    response = httpx.get(server.base_url + "/health", headers=headers)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_the_server_still_answers_after_refusing_heads(server: RunningServer) -> None:
    head = request_head("GET", "/v4/health", server, [("X-Big", "a" * MAX_HEAD * 4)])
    assert_431(server, head)
    assert httpx.get(server.base_url + "/health").status_code == 200
