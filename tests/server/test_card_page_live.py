"""An open card page shows a new push without a reload: the JSON it polls, and a real
headless Chromium (Debian's chromium and chromium-driver, driven by Selenium)."""

import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
INSTALL_HINT = (
    "needs Debian's chromium and chromium-driver and the selenium package:"
    " sudo apt-get install chromium chromium-driver; pip install -e '.[test]'"
)
# Bounded: a few poll periods of the page (5 s each), never a fixed sleep.
APPEAR_WITHIN = 30


def push(api: httpx.Client, card: dict[str, Any], message: str, ids: list[int]) -> int:
    response = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/push-notifications",
        json={"message": message, "recipient_stat_ids": ids},
    )
    assert response.status_code == 200, response.text
    return int(response.json()["total_recipients"])


def feed_url(member: dict[str, Any]) -> str:
    return str(member["download_url"]) + "/messages"


def test_the_feed_gives_only_newer_messages_newest_first(
    api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    push(api, card, "First", [member["id"]])
    push(api, card, "Second", [member["id"]])
    everything = httpx.get(feed_url(member), timeout=30)
    assert everything.status_code == 200
    assert everything.headers["cache-control"] == "no-store"
    messages = everything.json()["messages"]
    assert [m["message"] for m in messages] == ["Second", "First"]
    newest = messages[0]["id"]
    assert httpx.get(feed_url(member), params={"after": newest}, timeout=30).json() == {
        "messages": []
    }
    push(api, card, "Third", [member["id"]])
    newer = httpx.get(feed_url(member), params={"after": newest}, timeout=30).json()
    assert [m["message"] for m in newer["messages"]] == ["Third"]


def test_the_feed_of_an_unknown_card_is_not_found(member: dict[str, Any]) -> None:
    url = str(member["download_url"]).rsplit("/", 1)[0] + "/NOSUCHCODE/messages"
    assert httpx.get(url, timeout=30).status_code == 404


def test_an_empty_page_has_the_hidden_messages_box_ready(member: dict[str, Any]) -> None:
    html = httpx.get(member["download_url"], timeout=30).text
    assert 'id="messages"' in html
    assert " hidden>" in html


@pytest.fixture
def browser() -> Iterator[Any]:
    if shutil.which(CHROMIUM) is None or shutil.which(CHROMEDRIVER) is None:
        pytest.skip(INSTALL_HINT)
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip(INSTALL_HINT)
    profile = tempfile.mkdtemp(prefix="card-page-browser-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_an_open_page_shows_a_push_to_a_selection_without_a_reload(
    browser: Any, api: httpx.Client, card: dict[str, Any], member: dict[str, Any]
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    other = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/stats",
        json={"first_name": "Ann", "last_name": "Other", "email": "ann@other.example"},
    ).json()
    browser.get(member["download_url"])
    assert "John Doe" in browser.page_source
    # Marks this very document: a reload would make a new one without the mark.
    browser.execute_script("window.stillTheSamePage = true;")
    assert not browser.find_element(By.ID, "messages").is_displayed()

    assert push(api, card, "Double stamps <today> & tomorrow!", [member["id"], other["id"]]) == 2

    def shown(driver: Any) -> bool:
        box = driver.find_element(By.ID, "messages")
        return box.is_displayed() and "Double stamps <today> & tomorrow!" in box.text

    WebDriverWait(browser, APPEAR_WITHIN).until(shown)
    assert browser.execute_script("return window.stillTheSamePage === true;")
    # Text, never markup: the angle brackets did not become an element.
    assert not browser.find_elements(By.CSS_SELECTOR, "#messages today")

    push(api, card, "Newest on top", [member["id"]])
    WebDriverWait(browser, APPEAR_WITHIN).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#messages li")[0].text.startswith(
            "Newest on top"
        )
    )
    items = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#messages li")]
    assert len(items) == 2
