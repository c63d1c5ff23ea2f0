"""Idempotency-Key: replay, reuse with another request, and a key still in flight."""

import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx

from tests.support.server import RunningServer


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def test_a_replay_returns_the_same_answer_and_changes_nothing(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    url = f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    headers = key()
    first = api.post(url, json={"amount": 5}, headers=headers)
    second = api.post(url, json={"amount": 5}, headers=headers)
    assert first.status_code == second.status_code == 200
    assert "Idempotency-Replayed" not in first.headers
    assert first.headers["Idempotency-Key"] == headers["Idempotency-Key"]
    assert second.headers["Idempotency-Replayed"] == "true"
    assert second.content == first.content
    after = api.get(url).json()
    assert after["stamps"] == 5
    assert len(after["rewards"]) == 1


def test_every_write_replays(api: httpx.Client, card: dict[str, Any]) -> None:
    base = f"/loyalty/loyalty-cards/{card['id']}"
    headers = key()
    created = [
        api.post(base + "/stats", json={"first_name": "Once"}, headers=headers) for _ in range(2)
    ]
    assert created[0].json()["id"] == created[1].json()["id"]
    assert api.request("GET", base + "/stats").headers["X-Total-Count"] == "1"
    delete_key = key()
    user_id = created[0].json()["id"]
    deletes = [api.delete(f"{base}/stats/{user_id}", headers=delete_key) for _ in range(2)]
    assert [d.status_code for d in deletes] == [204, 204]
    assert deletes[1].headers["Idempotency-Replayed"] == "true"


def test_a_reused_key_with_another_request_is_a_422(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    url = f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    headers = key()
    api.post(url, json={"amount": 1}, headers=headers)
    response = api.post(url, json={"amount": 2}, headers=headers)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "idempotency_key_reused"
    assert api.get(url).json()["stamps"] == 1


def test_a_failed_write_is_not_stored(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    url = f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    headers = key()
    api.put(url + "/void")
    assert api.post(url, json={"amount": 1}, headers=headers).status_code == 409
    retry = api.post(url, json={"amount": 1}, headers=headers)
    assert retry.status_code == 409
    assert "Idempotency-Replayed" not in retry.headers


def test_an_answered_key_replays_even_where_the_write_would_now_be_refused(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    url = f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    headers = key()
    first = api.post(url, json={"amount": 2}, headers=headers)
    assert first.status_code == 200
    api.put(url + "/void")
    replayed = api.post(url, json={"amount": 2}, headers=headers)
    assert replayed.status_code == 200
    assert replayed.headers["Idempotency-Replayed"] == "true"
    assert replayed.content == first.content


def test_a_refused_request_with_an_answered_key_is_told_of_the_key(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    """The key's rules come before the route's: a body the route would refuse
    (amount 0), sent with a key already answered, is a reuse of that key."""
    url = f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    headers = key()
    assert api.post(url, json={"amount": 1}, headers=headers).status_code == 200
    refused = api.post(url, json={"amount": 0}, headers=headers)
    assert refused.status_code == 422
    assert refused.json()["error"]["code"] == "idempotency_key_reused"
    # A refusal with a fresh key is the route's own, and is not stored.
    fresh = key()
    assert api.post(url, json={"amount": 0}, headers=fresh).json()["error"]["code"] == (
        "validation_error"
    )
    assert api.post(url, json={"amount": 1}, headers=fresh).status_code == 200
    assert api.get(url).json()["stamps"] == 2


def test_keys_belong_to_one_api_key(
    server: RunningServer, card: dict[str, Any], member: dict[str, Any]
) -> None:
    from tests.server.stores import database_of
    from tests.support.server import run_cli

    created = run_cli("keys", "create", "--db", database_of(server))
    lines = dict(line.split(": ", 1) for line in created.stdout.splitlines() if ": " in line)
    other = {"x-api-key": lines["key"], "x-api-secret": lines["secret"]}
    url = f"{server.base_url}/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    headers = key()
    httpx.post(url, json={"amount": 1}, headers={**server.auth_headers, **headers})
    second = httpx.post(url, json={"amount": 1}, headers={**other, **headers})
    assert "Idempotency-Replayed" not in second.headers
    assert second.json()["stamps"] == 2


def test_a_bad_key_is_a_422(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    url = f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    response = api.post(url, json={"amount": 1}, headers={"Idempotency-Key": "k" * 129})
    assert response.status_code == 422
    assert response.json()["error"]["details"]["field"] == "Idempotency-Key"


def test_a_key_still_in_flight_is_a_409(
    server: RunningServer, card: dict[str, Any], member: dict[str, Any]
) -> None:
    """The first request's body is held back, so it stays in flight until released."""
    url = f"{server.base_url}/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"

    def attempt() -> tuple[httpx.Response | None, httpx.Response] | None:
        """One try with a fresh key: (second, first), or None if a poll held the key
        when the first request arrived (the first was then refused, as it should be)."""
        headers = {**server.auth_headers, **key(), "content-type": "application/json"}
        release, head_sent = threading.Event(), threading.Event()
        first_answer: list[httpx.Response] = []

        def slow_body() -> Iterator[bytes]:
            head_sent.set()  # httpx asks for the body once the head is written
            yield b'{"amount"'
            release.wait(timeout=30)
            yield b": 1}"

        def first() -> None:
            first_answer.append(httpx.post(url, content=slow_body(), headers=headers, timeout=30))

        thread = threading.Thread(target=first)
        thread.start()
        second = None
        try:
            # Polling before the first request is on the wire would only race it.
            assert head_sent.wait(timeout=30)
            # Poll until the server has seen the first request's headers (bounded,
            # no sleeping). A poll's body is invalid, so a poll is never stored; but
            # one that arrives before the first request holds the key while it runs,
            # and the first may meet it there: then the first ends at once, with 409.
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and thread.is_alive():
                second = httpx.post(url, json={"amount": 0}, headers=headers)
                if second.status_code == 409:
                    break
        finally:
            release.set()
            thread.join(timeout=30)
        if first_answer and first_answer[0].status_code == 409:
            return None
        return second, first_answer[0]

    outcome = None
    for _ in range(5):
        outcome = attempt()
        if outcome is not None:
            break
    assert outcome is not None, "every try lost the race to its own poll"
    second, first_answer = outcome
    assert second is not None
    assert second.status_code == 409
    assert second.json()["error"]["code"] == "idempotency_key_in_flight"
    assert first_answer.status_code == 200
    assert first_answer.json()["stamps"] == 1
