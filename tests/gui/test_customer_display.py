"""The customer display beside the counter on the real server, offscreen: it follows
every scan, stamp, undo and Done, shows nothing private, and still pictures with
reduced motion."""

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from pos_loyalty.ui.customer_display import CustomerDisplay
from tests.gui.conftest import Counter, FakeMonotonic
from tests.gui.test_counter_window import scan, settle, user_url


def add_member(api: httpx.Client, card: dict[str, Any], **fields: Any) -> dict[str, Any]:
    response = api.post(f"/loyalty/loyalty-cards/{card['id']}/stats", json=fields)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def texts(display: QWidget) -> list[str]:
    """Everything the display could show or say: texts, tooltips, accessible names,
    the window title; of the visible widgets and of the hidden ones."""
    found = [display.windowTitle(), display.accessibleName(), display.toolTip()]
    for widget in display.findChildren(QWidget):
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
    return [text for text in found if text]


def visible_text(display: CustomerDisplay) -> str:
    page = display.pages.currentWidget()
    assert page is not None
    labels = [label for label in page.findChildren(QLabel) if label.isVisibleTo(display)]
    return " | ".join(label.text() for label in labels if label.text())


@pytest.fixture
def display(qtbot: QtBot, counter: Counter) -> Iterator[CustomerDisplay]:
    shown = CustomerDisplay()
    qtbot.addWidget(shown)
    shown.follow(counter.controller)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.shut()


async def test_the_display_shows_the_member_at_the_counter_after_each_scan(
    counter: Counter,
    display: CustomerDisplay,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    assert display.pages.currentWidget() is display.welcome_page
    assert display.welcome_title.text() == "Welcome!"
    assert display.program.text() == "Test copy"
    assert display.ladder.text() == "5 stamps: Free cookie   ·   10 stamps: Free coffee"

    await scan(counter, member["code"], key_clock)
    assert display.pages.currentWidget() is display.member_page
    assert display.greeting.text() == "Hello, John!"
    assert display.count.text() == "0 of 10 stamps"
    counter.window.action_panel.plus_one.click()
    # At once, from the station's queued stamp: before the server has it.
    assert display.count.text() == "1 of 10 stamps"
    assert display.card.stamps == 1
    assert display.next_line.text() == "4 more for Free cookie"

    ann = add_member(api, card, first_name="Ann", last_name="Smith")
    api.post(user_url(card, ann), json={"amount": 3})
    await scan(counter, ann["code"], key_clock)
    assert display.greeting.text() == "Hello, Ann!"
    assert display.count.text() == "3 of 10 stamps"
    assert display.card.stamps == 3
    assert "John" not in " ".join(texts(display))

    counter.window.action_panel.plus_one.click()
    assert display.count.text() == "4 of 10 stamps"
    counter.window.action_panel.undo.click()  # within the undo window: nothing was sent
    assert display.count.text() == "3 of 10 stamps"
    assert display.next_line.text() == "2 more for Free cookie"

    counter.window.action_panel.done.click()
    assert display.pages.currentWidget() is display.welcome_page
    assert "Ann" not in visible_text(display)
    await settle(counter)
    assert api.get(user_url(card, member)).json()["stamps"] == 1
    assert api.get(user_url(card, ann)).json()["stamps"] == 3


async def test_the_idle_timeout_and_an_offline_stamp(
    counter: Counter, display: CustomerDisplay, key_clock: FakeMonotonic, member: dict[str, Any]
) -> None:
    await scan(counter, member["code"], key_clock)
    counter.proxy.refuse()
    counter.window.action_panel.plus_one.click()
    await settle(counter)  # the send fails: the stamp stays queued on this station
    assert counter.window.status.pending.text() == "1 waiting to send"
    assert display.count.text() == "1 of 10 stamps"
    counter.window._went_idle()  # what the idle timer does when it fires
    assert display.pages.currentWidget() is display.welcome_page
    counter.proxy.accept()


async def test_it_never_shows_contact_details_the_code_or_the_last_name(
    counter: Counter,
    display: CustomerDisplay,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
) -> None:
    private = add_member(
        api, card, first_name="Maria José", last_name="Fernández",
        email="maria.fernandez@example.com", phone="+32 470 12 34 56", city="Gent",
    )  # fmt: skip
    await scan(counter, private["code"], key_clock)
    assert counter.window.panel.code.text() == f"Card {private['code']}"  # the counter has it
    assert display.greeting.text() == "Hello, Maria!"
    everything = " ".join(texts(display))
    for secret in (private["code"], "maria.fernandez", "example.com", "470", "Fernández", "Gent"):
        assert secret not in everything, secret
    # No first name: Member.display_name would fall back to the e-mail; the display
    # greets without a name.
    anonymous = add_member(api, card, email="no.name@example.com", phone="0499 00 00 00")
    await scan(counter, anonymous["code"], key_clock)
    assert display.greeting.text() == "Hello!"
    everything = " ".join(texts(display))
    for secret in (anonymous["code"], "no.name", "0499", "Maria"):
        assert secret not in everything, secret


@pytest.mark.parametrize("reduced", [True, False])
async def test_reward_earned_moves_only_without_reduced_motion(
    counter: Counter,
    display: CustomerDisplay,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
    qtbot: QtBot,
    reduced: bool,
) -> None:
    display.set_reduced_motion(reduced)
    api.post(user_url(card, member), json={"amount": 3})
    await scan(counter, member["code"], key_clock)
    # A first stamp through to the server: the station knows it is online. (The
    # counter's very first confirmation re-renders the member once without the
    # stamp before the server's answer: that would start the reward afresh.)
    counter.window.action_panel.plus_one.click()
    await settle(counter)
    assert display.count.text() == "4 of 10 stamps"
    assert not display.reward_box.isVisible()  # no reward yet: an empty, kept place
    counter.clock.advance(counter.session.settings.repeat_cooldown_seconds)  # no question
    counter.window.action_panel.plus_one.click()
    assert display.reward_line.text() == "Reward earned: Free cookie"
    assert display.reward_box.isVisible()
    assert display.celebrating
    if reduced:
        assert not display.animating
        assert display.reward_box.graphicsEffect() is None  # fully there at once
        assert display.card.glow == 0.0
    else:
        assert display.animating
        with qtbot.waitSignal(display.animation.finished, timeout=10_000):
            pass
        assert display.reward_box.graphicsEffect() is None
        assert display.card.glow == 0.0
    # The server's confirmation that follows keeps the reward's moment on screen.
    await settle(counter)
    assert display.reward_line.text() == "Reward earned: Free cookie"
    assert not display.animating
    # When it is over (sooner here than the 8 s at the counter): ready to use, still.
    with qtbot.waitSignal(display.hold.timeout, timeout=10_000):
        display.hold.start(10)
    assert display.reward_line.text() == "Ready for you: Free cookie"
    assert not display.celebrating


async def test_an_undo_takes_the_reward_away_at_once(
    counter: Counter,
    display: CustomerDisplay,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    api.post(user_url(card, member), json={"amount": 4})
    await scan(counter, member["code"], key_clock)
    counter.window.action_panel.plus_one.click()
    assert display.celebrating
    counter.window.action_panel.undo.click()
    assert not display.celebrating
    assert not display.animating
    assert not display.reward_box.isVisible()
    assert display.count.text() == "4 of 10 stamps"


async def test_a_closed_counter_window_is_not_kept_open_by_the_display(
    display: CustomerDisplay,
) -> None:
    # Qt ends the app when its last window that counts closes: the display never counts.
    from PySide6.QtCore import Qt

    assert not display.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    assert display.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
