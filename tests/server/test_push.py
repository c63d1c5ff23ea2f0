"""Push notifications to an empty list of members reach nobody, on either store."""

from typing import Any

import httpx


def test_an_empty_recipient_list_reaches_nobody(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    response = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/push-notifications",
        json={"message": "Only for some", "recipient_stat_ids": []},
    )
    assert response.status_code == 200, response.text
    assert response.json() == {"message": "Only for some", "total_recipients": 0}
