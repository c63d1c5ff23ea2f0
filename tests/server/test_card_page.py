"""The member's card page: name, stamps, usable rewards, messages, and a QR of its own URL."""

import base64
import re
from typing import Any

import cv2
import httpx
import numpy as np
import zxingcpp

from tests.support.server import RunningServer


def page(server: RunningServer, user: dict[str, Any]) -> httpx.Response:
    return httpx.get(user["download_url"], timeout=30)


def decode_qr(html: str) -> str:
    match = re.search(r'src="data:image/png;base64,([^"]+)"', html)
    assert match is not None, "the page has no QR image"
    image = cv2.imdecode(np.frombuffer(base64.b64decode(match.group(1)), np.uint8), 0)
    assert image is not None, "the QR image is not a readable PNG"
    # zxing-cpp, the station's own decoder: OpenCV's QR detector misses about one
    # code in sixty of these, which made this test fail now and then.
    found = zxingcpp.read_barcodes(image)
    return str(found[0].text) if found else ""


def test_the_page_shows_the_member_and_a_qr_of_its_own_url(
    server: RunningServer, api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    url = f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    user = api.post(url, json={"amount": 7}).json()
    response = page(server, user)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "John Doe" in html
    assert 'aria-label="7 of 10 stamps"' in html
    assert html.count('class="stamp on"') == 7
    assert html.count('class="stamp"') == 3
    assert "Free cookie" in html  # earned at 5, unused
    assert decode_qr(html) == user["download_url"]


def test_used_rewards_are_not_shown_and_messages_are(
    server: RunningServer, api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    url = f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    user = api.post(url, json={"amount": 5}).json()
    api.put(url + "/rewards", json={"reward_ids": [user["rewards"][0]["id"]]})
    api.post(
        f"/loyalty/loyalty-cards/{card['id']}/push-notifications",
        json={"message": "Double stamps <today>!", "recipient_stat_ids": [member["id"]]},
    )
    html = page(server, user).text
    assert "Free cookie" not in html
    assert "No rewards to use yet" in html
    assert "Double stamps &lt;today&gt;!" in html  # escaped, never raw HTML


def test_a_voided_card_says_so(
    server: RunningServer, api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    api.put(f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}/void")
    assert "can no longer be used" in page(server, member).text


def test_an_unknown_card_page_is_a_404_page(server: RunningServer) -> None:
    response = httpx.get(server.root_url + "/c/nocard/nobody")
    assert response.status_code == 404
    assert "Card not found" in response.text
