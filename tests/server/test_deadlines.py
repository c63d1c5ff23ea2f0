"""Request heads and bodies have deadlines: slow or stalled clients are cut off.

Without them, 1,000 connections each sending half a head stayed open, and a body
trickled at one byte every 1.5 s was accepted. Each test here waits out the
server's own deadline (about 10 s), bounded by the socket's read timeout.
"""

import json
from concurrent.futures import ThreadPoolExecutor

from tests.server.raw_http import RawConnection, request_head
from tests.support.server import RunningServer

STALLED = 50
BODY = json.dumps({"first_name": "Trickle", "last_name": "Slowly"}).encode()


def stalled_head(server: RunningServer, send_anything: bool) -> tuple[bool, int | None]:
    """A connection that sends part of a head (or nothing) and stops: is it cut off?"""
    with RawConnection(server.base_url) as conn:
        if send_anything:
            conn.send(b"GET /v4/health HTTP/1.1\r\nHost: localhost\r\nX-Half: ")
        response = conn.read_response()
        return conn.closed_by_server(), None if response is None else response.status


def test_connections_that_never_finish_their_head_are_closed(server: RunningServer) -> None:
    with ThreadPoolExecutor(STALLED) as pool:
        half = list(pool.map(lambda _: stalled_head(server, True), range(STALLED - 5)))
        silent = list(pool.map(lambda _: stalled_head(server, False), range(5)))
    # A head begun gets a 408 in words; a connection that said nothing is just closed.
    assert half == [(True, 408)] * (STALLED - 5)
    assert silent == [(True, None)] * 5


def post_head(server: RunningServer, length: int) -> bytes:
    headers = [*server.auth_headers.items(), ("Content-Length", str(length))]
    return request_head("POST", "/v4/loyalty/loyalty-cards/1/stats", server, headers)


def test_a_stalled_body_is_cut_off_with_a_408(server: RunningServer) -> None:
    with RawConnection(server.base_url) as conn:
        conn.send(post_head(server, len(BODY)) + BODY[:10])
        response = conn.read_response()
        assert response is not None
        assert response.status == 408
        assert b"request_timeout" in response.body
        assert conn.closed_by_server()


def test_a_trickled_body_is_cut_off_before_it_is_all_sent(server: RunningServer) -> None:
    """One byte each time the server has not answered for 1.5 s, as the slowloris did."""
    sent = 0
    with RawConnection(server.base_url) as conn:
        conn.send(post_head(server, len(BODY)))
        while sent < len(BODY) and not conn.answered(1.5):
            if not conn.send(BODY[sent : sent + 1]):
                break
            sent += 1
        response = conn.read_response()
    assert sent < len(BODY), "the whole body was accepted at one byte per 1.5 s"
    assert response is not None
    assert response.status == 408


def test_a_prompt_request_on_the_same_server_is_untouched(server: RunningServer) -> None:
    with RawConnection(server.base_url) as conn:
        conn.send(post_head(server, len(BODY)) + BODY)
        response = conn.read_response()
    assert response is not None
    assert response.status == 201
