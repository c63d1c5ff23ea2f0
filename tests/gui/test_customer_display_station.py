"""The customer display as app.py wires it, on the demo server, offscreen: opened by
--customer-display (never saved), following the counter across a program switch,
and shut with the station."""

import sys
import tomllib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QDialog

from pos_loyalty.api import Member
from pos_loyalty.app import Station
from pos_loyalty.station.customer_view import first_name
from pos_loyalty.station.settings import SettingsStore
from pos_loyalty.ui.customer_display import CustomerDisplay
from pos_loyalty.ui.settings_dialog import SettingsDialog


@pytest.fixture
async def station(qapp: QApplication, tmp_path: Path) -> AsyncIterator[Station]:
    """As ``pos-loyalty --customer-display`` starts it, on a single screen."""
    previous_hook = sys.excepthook
    store = SettingsStore(tmp_path / "settings.toml")
    started = Station(qapp, store, store.load(), data=tmp_path)
    started.customer_screen = ""
    problems: list[str] = []
    started.show_problem = problems.append
    try:
        assert await started.start(), problems
        yield started
    finally:
        await started.shutdown()
        sys.excepthook = previous_hook


async def a_member(station: Station, card_id: int) -> Member:
    client, session = station.core.client, station.core.session
    assert client is not None
    assert session is not None
    now = session.clock.now()
    page = await client.list_users(card_id, limit=50)
    return next(
        m for m in page.members if m.first_name and m.voided_at is None and not m.is_expired(now)
    )


async def test_it_follows_the_counter_across_a_program_switch_and_shuts_with_it(
    station: Station, tmp_path: Path
) -> None:
    display = station.customer_display
    assert display is not None
    assert display.isVisible()
    assert not display.locked  # one screen: a window beside the counter, closable
    assert display.full_screen_on is None
    assert display.windowTitle() == "pos-loyalty · Customer display"
    assert display.pages.currentWidget() is display.welcome_page
    controller = station.controller
    assert controller is not None
    first = await a_member(station, 1)
    controller.pick(first)
    assert display.greeting.text() == f"Hello, {first_name(first.first_name)}!"

    assert station.core.cards[1].id == 2
    second = await a_member(station, 2)
    await station.switch_card(station.core.cards[1], member=second)
    assert station.customer_display is display  # the same window, now on the new counter
    assert display.greeting.text() == f"Hello, {first_name(second.first_name)}!"
    assert station.controller is not None
    station.controller.done()
    assert display.pages.currentWidget() is display.welcome_page
    assert display.program.text() == station.core.cards[1].name
    # The flag is for this run: the saved settings say nothing of a customer display.
    saved = tomllib.loads((tmp_path / "settings.toml").read_text())
    assert saved["customer_display"] is False

    await station.shutdown()
    assert station.customer_display is None
    assert not shiboken6.isValid(display)  # closed and deleted with the counter


async def test_locked_it_ignores_a_close_until_the_station_ends(station: Station) -> None:
    display = station.customer_display
    assert display is not None
    display.locked = True  # as full screen on a screen of its own, or on a kiosk
    assert not display.close()
    assert display.isVisible()
    await station.shutdown()
    assert not shiboken6.isValid(display)


async def test_settings_turn_it_off_and_back_on_without_a_restart(
    station: Station, tmp_path: Path
) -> None:
    station.customer_screen = None  # from now on the settings decide, not the flag
    station._apply_live(station.settings)
    assert station.customer_display is None
    assert station.window is not None
    dialog = SettingsDialog(
        station.settings, station.core.cards, station.core.secrets, station.wedge, station.window
    )
    assert not dialog.customer_screen.isEnabled()
    dialog.customer_display.setChecked(True)
    assert dialog.customer_screen.isEnabled()
    dialog.reduced_motion.setChecked(True)
    station._settings_closed(dialog, QDialog.DialogCode.Accepted)
    display = station.customer_display
    assert isinstance(display, CustomerDisplay)
    assert display.isVisible()
    assert display.reduced_motion
    saved = tomllib.loads((tmp_path / "settings.toml").read_text())
    assert saved["customer_display"] is True
    assert saved["customer_display_screen"] == ""
    assert saved["reduced_motion"] is True
