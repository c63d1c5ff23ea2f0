"""Kiosk mode as app.py wires it, on the demo server, offscreen: the window full
screen with the code keypad, Settings refused on a kiosk with no manager, and
--kiosk (one run) never written into the settings file."""

import sys
import tomllib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from pos_loyalty.app import Station
from pos_loyalty.station.settings import SettingsStore
from pos_loyalty.ui.settings_dialog import SettingsDialog


@pytest.fixture
async def kiosk_station(qapp: QApplication, tmp_path: Path) -> AsyncIterator[Station]:
    """As ``pos-loyalty --kiosk`` starts it: the file says nothing of a kiosk."""
    previous_hook = sys.excepthook
    store = SettingsStore(tmp_path / "settings.toml")
    settings = store.load()
    station = Station(qapp, store, settings.updated(kiosk=True), data=tmp_path)
    station.kiosk_in_file = settings.kiosk
    problems: list[str] = []
    station.show_problem = problems.append
    try:
        assert await station.start(), problems
        yield station
    finally:
        await station.shutdown()
        sys.excepthook = previous_hook


async def test_the_kiosk_window_and_no_settings_without_a_manager(
    kiosk_station: Station, tmp_path: Path
) -> None:
    window, kiosk = kiosk_station.window, kiosk_station.kiosk
    assert window is not None
    assert kiosk is not None
    assert window.isFullScreen()
    pad, toggle = kiosk.keypad, kiosk.keypad_toggle
    assert pad is not None
    assert toggle is not None
    # Shown on a tall screen, hidden on a short one; the Keypad button switches it.
    screen = window.screen().geometry()
    assert pad.isVisibleTo(window) == (screen.height() >= 760)
    toggle.click()
    assert pad.isVisibleTo(window) == toggle.isChecked()
    toggle.click()
    assert pad.isVisibleTo(window) == toggle.isChecked()
    assert not window.close()
    window.settings_requested.emit()
    assert kiosk.dialog is not None
    assert kiosk.dialog.windowTitle() == "A manager is needed"
    assert not window.findChildren(SettingsDialog)


async def test_a_save_keeps_the_files_own_kiosk_value(
    kiosk_station: Station, tmp_path: Path
) -> None:
    kiosk_station._save(kiosk_station.settings.updated(operator="Tablet"))
    saved = tomllib.loads((tmp_path / "settings.toml").read_text())
    assert saved["operator"] == "Tablet"
    assert saved["kiosk"] is False
    assert kiosk_station.settings.kiosk
