"""The copy call refuses a name the card rules refuse, as a 422 that names the field."""

import httpx
import pytest

from tests.server.test_errors import assert_error

COPY = "/loyalty/loyalty-cards/1/copy"


@pytest.mark.parametrize("name", ["   ", "\t\n", "\u00a0\u2003"])
def test_a_blank_name_is_a_422_naming_the_field(api: httpx.Client, name: str) -> None:
    error = assert_error(api.post(COPY, json={"name": name}), 422, "validation_error")
    assert error["details"]["field"] == "name"
    assert "name" in error["message"]


def test_a_name_with_spaces_around_it_is_still_fine(api: httpx.Client) -> None:
    response = api.post(COPY, json={"name": "  Spring promo  "})
    assert response.status_code == 200
    assert response.json()["name"] == "  Spring promo  "
