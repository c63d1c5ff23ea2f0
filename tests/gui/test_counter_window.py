"""The counter screen end to end on the real server: scan, stamp, redeem, undo, guards, offline."""

import asyncio
from typing import Any

import httpx
from pytestqt.qtbot import QtBot

from pos_loyalty.station.journal import OperationState
from tests.gui.conftest import Counter, FakeMonotonic
from tests.gui.keys import SCANNER_GAP, type_into_window
from tests.gui.signals import expect


def user_url(card: dict[str, Any], member: dict[str, Any]) -> str:
    return f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"


async def scan(counter: Counter, code: str, key_clock: FakeMonotonic) -> None:
    """Scan with the wedge scanner, and wait until the counter shows a member or says why not."""
    shown = expect(counter.controller.member_changed, lambda view: view is not None)
    said = expect(counter.controller.noticed)
    type_into_window(counter.window, code, key_clock, SCANNER_GAP)
    done, _ = await asyncio.wait(
        [asyncio.ensure_future(shown.wait()), asyncio.ensure_future(said.wait())],
        return_when=asyncio.FIRST_COMPLETED,
        timeout=10,
    )
    assert done, f"the scan of {code} came to nothing"


async def settle(counter: Counter) -> None:
    """Let the undo window pass and the journal drain."""
    counter.clock.advance(counter.session.settings.undo_seconds)
    await counter.session.sender.send_ready()


async def test_scan_shows_the_member_and_plus_one_matches_the_server(
    counter: Counter,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    api.post(user_url(card, member), json={"amount": 7})
    await scan(counter, member["code"], key_clock)
    window = counter.window
    assert window.pages.currentIndex() == 1
    assert window.panel.name.text() == "John Doe"
    assert window.panel.count.text() == "7 of 10"
    assert window.panel.stamp_card.accessibleName() == "7 of 10 stamps"
    window.action_panel.plus_one.click()
    assert window.panel.count.text() == "8 of 10"  # at once, before the server
    assert window.banner.text.text() == "John Doe:  7 → 8 of 10"
    assert window.banner.level == "ok"
    assert counter.sounds.played == ["stamp"]
    await settle(counter)
    assert api.get(user_url(card, member)).json()["stamps"] == 8
    assert window.panel.count.text() == "8 of 10"
    assert window.status.pending.text() == "Nothing waiting"


async def test_a_reward_earned_is_said_and_can_be_redeemed(
    counter: Counter,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    api.post(user_url(card, member), json={"amount": 9})
    await scan(counter, member["code"], key_clock)
    counter.window.action_panel.plus_one.click()
    assert "Reward earned: Free coffee" in counter.window.banner.text.text()
    assert counter.sounds.played == ["reward"]
    await settle(counter)
    buttons = counter.window.panel.reward_buttons
    assert [b.accessibleName() for b in buttons] == ["Redeem Free cookie", "Redeem Free coffee"]
    stale = [
        b for b in counter.window.panel.findChildren(type(buttons[0]), "Reward") if b not in buttons
    ]
    assert stale  # the panel was redrawn after the stamp was confirmed
    assert all(b.isHidden() for b in stale)  # and nothing old is left showing
    buttons[1].click()
    banner = counter.window.banner
    assert banner.asking
    assert "Redeem Free coffee for John Doe now?" in banner.text.text()
    banner.confirm.click()
    assert "Redeemed: Free coffee" in banner.text.text()
    assert [b.accessibleName() for b in counter.window.panel.reward_buttons] == [
        "Redeem Free cookie"
    ]
    await counter.session.sender.send_ready()
    rewards = api.get(user_url(card, member)).json()["rewards"]
    assert [r["name"] for r in rewards if r["used_at"] is not None] == ["Free coffee"]


async def test_undo_within_the_window_sends_nothing(
    counter: Counter,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    await scan(counter, member["code"], key_clock)
    panel = counter.window.action_panel
    panel.plus_one.click()
    assert panel.undo.isEnabled()
    assert panel.undo.text().startswith("Undo  (")
    panel.undo.click()
    assert "Stamp undone" in counter.window.banner.text.text()
    assert counter.window.panel.count.text() == "0 of 10"
    assert not panel.undo.isEnabled()
    await settle(counter)
    assert api.get(user_url(card, member)).json()["stamps"] == 0


async def test_a_repeat_stamp_names_when_and_who_and_needs_a_yes(
    counter: Counter,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    await scan(counter, member["code"], key_clock)
    counter.window.action_panel.plus_one.click()
    counter.clock.advance(12)
    counter.window.action_panel.plus_one.click()
    banner = counter.window.banner
    assert banner.asking
    assert "12 seconds ago at this counter, by Alice" in banner.text.text()
    assert counter.session.journal.open_count() == 1
    banner.confirm.click()
    assert counter.session.journal.open_count() == 2
    await settle(counter)
    assert api.get(user_url(card, member)).json()["stamps"] == 2


async def test_scanner_station_mode_stamps_on_scan(
    counter: Counter,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    counter.controller.station_mode = "scanner"
    await scan(counter, member["code"], key_clock)
    assert counter.window.banner.text.text() == "John Doe:  0 → 1 of 10"
    await settle(counter)
    await scan(counter, member["code"], key_clock)  # a double scan: the guard asks
    assert counter.window.banner.asking
    await settle(counter)
    assert api.get(user_url(card, member)).json()["stamps"] == 1


async def test_server_down_queues_the_stamp_and_sends_it_when_back(
    counter: Counter,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    await scan(counter, member["code"], key_clock)
    counter.proxy.refuse()
    counter.window.action_panel.plus_one.click()
    await settle(counter)
    status = counter.window.status
    assert status.connection.text() == "● Offline: stamps are queued"
    assert status.pending.text() == "1 waiting to send"
    assert "John Doe's stamp is queued here" in counter.window.banner.text.text()
    assert "nothing is lost" in counter.window.banner.text.text()
    assert api.get(user_url(card, member)).json()["stamps"] == 0
    counter.proxy.accept()
    assert await counter.session.sender.send_ready() == 1
    assert status.connection.text() == "● Online"
    assert status.pending.text() == "Nothing waiting"
    assert api.get(user_url(card, member)).json()["stamps"] == 1


async def test_bad_scans_and_unknown_cards_say_what_to_do(
    counter: Counter, key_clock: FakeMonotonic
) -> None:
    counter.controller.scan("http://example.com/")
    assert counter.window.banner.level == "warn"
    assert "web link, not a loyalty card" in counter.window.banner.text.text()
    await scan(counter, "zzzzzzzzzzzzzzzzzzzzz", key_clock)
    assert counter.window.banner.level == "error"
    assert "search the member by name (Ctrl+F)" in counter.window.banner.text.text()
    assert counter.window.pages.currentIndex() == 0


async def test_a_voided_member_is_shown_plainly_without_buttons(
    counter: Counter,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    api.post(user_url(card, member), json={"amount": 5})
    api.put(user_url(card, member) + "/void")
    await scan(counter, member["code"], key_clock)
    panel = counter.window.panel
    assert panel.status.isVisible()
    assert "Voided on" in panel.status.text()
    assert panel.reward_buttons == []
    assert not counter.window.action_panel.plus_one.isEnabled()


async def test_a_refused_stamp_is_reported_in_words(
    counter: Counter,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    await scan(counter, member["code"], key_clock)
    api.put(user_url(card, member) + "/void")  # voided at another till meanwhile
    counter.window.action_panel.plus_one.click()
    await settle(counter)
    banner = counter.window.banner
    assert banner.level == "error"
    assert "The stamp for John Doe was refused" in banner.text.text()
    assert counter.session.journal.recent(1)[0].state is OperationState.REJECTED


async def test_search_by_name_shows_results_and_picks_a_member(
    counter: Counter, qtbot: QtBot, member: dict[str, Any]
) -> None:
    search = counter.window.search
    search.field.setText("john")
    found = expect(counter.controller.search_finished)
    counter.controller.search("john")
    await found.wait()
    assert search.results.isVisible()
    assert search.results.count() == 1
    assert search.results.item(0).text().startswith("John Doe")
    search._pick_first()
    assert counter.window.panel.name.text() == "John Doe"


async def test_idle_timeout_returns_to_the_scan_prompt(
    counter: Counter, key_clock: FakeMonotonic, member: dict[str, Any]
) -> None:
    await scan(counter, member["code"], key_clock)
    timer = counter.window._idle_timer
    assert timer.isActive()
    timer.timeout.emit()
    assert counter.window.pages.currentIndex() == 0


async def test_keyboard_only(
    counter: Counter, key_clock: FakeMonotonic, member: dict[str, Any]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    await scan(counter, member["code"], key_clock)
    handle = counter.window.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_Space)
    assert counter.window.panel.count.text() == "1 of 10"
    QTest.keyClick(handle, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counter.window.panel.count.text() == "0 of 10"
    assert counter.window.banner.isVisible()  # "Stamp undone. Nothing was sent."
    QTest.keyClick(handle, Qt.Key.Key_Escape)  # Done at once, message or not
    assert counter.window.pages.currentIndex() == 0
    assert counter.window.banner.isVisible()  # still there for its time
    QTest.keyClick(handle, Qt.Key.Key_Escape)  # on the scan page: the message goes
    assert not counter.window.banner.isVisible()


def test_every_control_has_an_accessible_name(counter: Counter) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    controls = counter.window.findChildren(QAbstractButton) + counter.window.findChildren(QLineEdit)
    ours = [c for c in controls if not isinstance(c.parent(), QLineEdit)]  # not Qt's clear button
    unnamed = [c for c in ours if not (c.accessibleName() or c.text())]
    assert len(ours) > 8
    assert unnamed == []


def test_the_same_reward_earned_many_times_is_one_button() -> None:
    from datetime import UTC, datetime, timedelta

    from pos_loyalty.api import Reward
    from pos_loyalty.station.member_view import group_rewards

    now = datetime(2026, 1, 1, tzinfo=UTC)
    rewards = [
        Reward(id=1, name="Free cookie", expired_at=now + timedelta(days=9)),
        Reward(id=2, name="Free coffee", expired_at=now + timedelta(days=5)),
        Reward(id=3, name="Free cookie", expired_at=now + timedelta(days=2)),
        Reward(id=4, name="Free cookie"),
    ]
    groups = group_rewards(rewards)
    assert [(c.reward.id, c.count) for c in groups] == [(3, 3), (2, 1)]  # the one expiring first


def test_dark_theme_and_idle_timeout_are_settings(counter: Counter, qapp: Any) -> None:
    from PySide6.QtGui import QPalette

    from pos_loyalty.ui.theme import DARK, LIGHT, apply_theme

    try:
        apply_theme(qapp, "dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.background
        assert DARK.on_status in qapp.styleSheet()
    finally:
        apply_theme(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == LIGHT.background
    counter.window.set_idle_timeout(90)
    assert counter.window._idle_timer.interval() == 90_000
    counter.window.set_idle_timeout(1)  # never shorter than 5 s: a cashier needs a moment
    assert counter.window._idle_timer.interval() == 5_000


async def test_a_new_scan_takes_away_what_the_banner_said_about_the_card_before(
    counter: Counter, key_clock: FakeMonotonic, member: dict[str, Any]
) -> None:
    window = counter.window
    await scan(counter, "zzzzzzzzzzzzzzzzzzzzz", key_clock)
    assert window.banner.isVisible()
    assert "No member has this card" in window.banner.text.text()
    await scan(counter, member["code"], key_clock)
    assert window.panel.name.text() == "John Doe"
    assert not window.banner.isVisible()


async def test_a_scan_ends_a_search_left_open(
    counter: Counter, key_clock: FakeMonotonic, member: dict[str, Any]
) -> None:
    """A name typed in the search field, its list closed, the focus still there: the
    scanner's keys go through the field, and its list must not come back over the
    member (nor Space type into it)."""
    window = counter.window
    window.activateWindow()
    window.search.field.setFocus()
    type_into_window(window, "nobody", key_clock, SCANNER_GAP * 40)  # a person typing
    assert window.search.field.text() == "nobody"
    window.search.close_results()
    await scan(counter, member["code"], key_clock)
    assert window.panel.name.text() == "John Doe"
    assert window.search.field.text() == ""
    assert not window.search.results.isVisible()
    assert not window.search._debounce.isActive()  # no search of the old words to come
    assert not window.search.field.hasFocus()
