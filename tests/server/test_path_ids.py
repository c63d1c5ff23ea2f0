"""Path ids are plain decimal numbers: other spellings of 1 are not card or member 1."""

from typing import Any

import httpx
import pytest

from tests.server.test_errors import assert_error
from tests.support.server import RunningServer

SPELLINGS = ["+1", "%201", "1%20", "01", "1.0", "1e0", "1_0", "%D9%A1", "0x1"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_card_id_spelled_otherwise_is_a_422(api: httpx.Client, spelling: str) -> None:
    error = assert_error(
        api.get(f"/loyalty/loyalty-cards/{spelling}/stats"), 422, "validation_error"
    )
    assert error["details"]["field"] == "card_id"


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_member_id_spelled_otherwise_is_a_422(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any], spelling: str
) -> None:
    assert member["id"] < 10**6
    base = f"/loyalty/loyalty-cards/{card['id']}/stats"
    spelled = spelling.replace("1", str(member["id"]), 1) if spelling != "%D9%A1" else spelling
    error = assert_error(api.get(f"{base}/{spelled}"), 422, "validation_error")
    assert error["details"]["field"] == "user_id"
    stamp = api.post(f"{base}/{spelled}", json={"amount": 1})
    assert_error(stamp, 422, "validation_error")
    assert api.get(f"{base}/{member['id']}").json()["stamps"] == 0


def test_plain_ids_still_work(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    response = api.get(f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}")
    assert response.status_code == 200
    assert response.json()["id"] == member["id"]


def test_the_document_still_gives_the_id_range(server: RunningServer) -> None:
    schema = httpx.get(server.base_url + "/openapi.json").json()
    parameters = schema["paths"]["/v4/loyalty/loyalty-cards/{card_id}/stats/{user_id}"]["get"]
    for parameter in parameters["parameters"]:
        assert parameter["schema"]["type"] == "integer"
        assert parameter["schema"]["minimum"] == 1
        assert parameter["schema"]["maximum"] == 2**63 - 1
