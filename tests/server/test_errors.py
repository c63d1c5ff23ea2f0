"""Every error path answers in the API's error body; none is a 500."""

from typing import Any

import httpx
import pytest

from tests.support.server import RunningServer

STAMP = "/loyalty/loyalty-cards/1/stats/2"


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code
    assert isinstance(error["message"], str)
    assert error["message"]
    assert isinstance(error["details"], dict)
    return error


def test_malformed_json_is_a_400(api: httpx.Client) -> None:
    response = api.post(
        STAMP, content=b'{"amount": 1', headers={"content-type": "application/json"}
    )
    assert_error(response, 400, "malformed_json")


def test_deeply_nested_json_is_a_400_not_a_crash(api: httpx.Client) -> None:
    response = api.post(STAMP, content=b"[" * 100_000 + b"]" * 100_000)
    assert_error(response, 400, "malformed_json")


def test_a_body_without_json_content_type_is_still_read_as_json(
    api: httpx.Client, member: dict[str, Any], card: dict[str, Any]
) -> None:
    response = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}",
        content=b'{"amount": 1}',
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200
    assert response.json()["stamps"] == 1


def test_a_declared_large_body_is_a_413(api: httpx.Client) -> None:
    response = api.post("/loyalty/loyalty-cards/1/stats/bulk", content=b" " * (1024 * 1024 + 1))
    assert_error(response, 413, "body_too_large")


def test_a_streamed_large_body_is_a_413(api: httpx.Client) -> None:
    def chunks() -> Any:
        for _ in range(20):
            yield b" " * 100_000

    response = api.post("/loyalty/loyalty-cards/1/stats/bulk", content=chunks())
    assert_error(response, 413, "body_too_large")


@pytest.mark.parametrize(
    "headers",
    [{}, {"x-api-key": "pk_test"}, {"x-api-key": "pk_test", "x-api-secret": "wrong"}],
)
def test_missing_or_wrong_credentials_are_a_401(
    server: RunningServer, headers: dict[str, str]
) -> None:
    response = httpx.get(server.base_url + "/loyalty/loyalty-cards", headers=headers)
    error = assert_error(response, 401, "unauthorized")
    assert "wrong" not in error["message"] or "secret" in error["message"]
    assert server.secret not in response.text


def test_an_unknown_key_is_a_401(server: RunningServer) -> None:
    response = httpx.get(
        server.base_url + "/loyalty/loyalty-cards",
        headers={"x-api-key": "pk_nobody", "x-api-secret": server.secret},
    )
    assert_error(response, 401, "unauthorized")


def test_unknown_paths_and_methods(api: httpx.Client) -> None:
    assert_error(api.get("/loyalty/nothing-here"), 404, "not_found")
    assert_error(api.patch("/loyalty/loyalty-cards"), 405, "method_not_allowed")


@pytest.mark.parametrize(
    "path", ["/loyalty/loyalty-cards/abc/stats", "/loyalty/loyalty-cards/0/stats"]
)
def test_bad_path_ids_are_a_422(api: httpx.Client, path: str) -> None:
    error = assert_error(api.get(path), 422, "validation_error")
    assert error["details"]["field"] == "card_id"


def test_huge_ids_are_a_422_not_an_overflow(api: httpx.Client) -> None:
    error = assert_error(
        api.get("/loyalty/loyalty-cards/1/stats/" + "9" * 30), 422, "validation_error"
    )
    assert error["details"]["field"] == "user_id"
    response = api.put(STAMP + "/rewards", json={"reward_ids": [10**30]})
    assert_error(response, 422, "validation_error")


def test_lone_surrogates_are_refused(api: httpx.Client, card: dict[str, Any]) -> None:
    response = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/stats", content=b'{"first_name": "\\ud800"}'
    )
    error = assert_error(response, 422, "validation_error")
    assert error["details"]["field"] == "first_name"


def test_push_validates_and_counts_recipients(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    url = f"/loyalty/loyalty-cards/{card['id']}/push-notifications"
    assert_error(api.post(url, json={"message": ""}), 422, "validation_error")
    assert_error(api.post(url, json={"message": "x" * 501}), 422, "validation_error")
    assert_error(
        api.post(url, json={"message": "hi", "recipient_stat_ids": [987654321]}),
        404,
        "user_not_found",
    )
    other = api.post(f"/loyalty/loyalty-cards/{card['id']}/stats", json={}).json()
    api.put(f"/loyalty/loyalty-cards/{card['id']}/stats/{other['id']}/void")
    everyone = api.post(url, json={"message": "Happy hour!"})
    assert everyone.json() == {"message": "Happy hour!", "total_recipients": 1}
    chosen = api.post(url, json={"message": "Just you", "recipient_stat_ids": [member["id"]]})
    assert chosen.json()["total_recipients"] == 1


def test_rate_limit_answers_429_with_retry_after(tmp_path: Any) -> None:
    with (
        RunningServer(
            tmp_path / "limited.sqlite3", ("--demo", "--rate-limit", "0.2", "--rate-burst", "2")
        ) as server,
        httpx.Client(base_url=server.base_url, headers=server.auth_headers) as client,
    ):
        statuses = [client.get("/loyalty/loyalty-cards").status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        limited = client.get("/loyalty/loyalty-cards")
        assert_error(limited, 429, "rate_limited")
        assert int(limited.headers["Retry-After"]) >= 1
