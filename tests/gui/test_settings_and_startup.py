"""The settings dialog and its scanner test page, and the error hook.

Start-up problems are tested without Qt, in tests/station/test_startup.py.
"""

import sys

import pytest
from pytestqt.qtbot import QtBot

from pos_loyalty.api import Card
from pos_loyalty.station.settings import SecretStore, StationSettings
from pos_loyalty.ui.errors import install_excepthook
from pos_loyalty.ui.settings_dialog import SettingsDialog
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.gui.conftest import FakeMonotonic
from tests.gui.keys import PERSON_GAP, SCANNER_GAP, type_into_window


@pytest.fixture
def dialog(qtbot: QtBot, wedge: WedgeFilter) -> SettingsDialog:
    cards = [Card(id=1, name="Coffee Club"), Card(id=2, name="Smoothie Bar")]
    settings = StationSettings(card_id=2, operator="Bea")
    shown = SettingsDialog(settings, cards, SecretStore(), wedge)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_dialog_edits_the_settings(dialog: SettingsDialog) -> None:
    assert dialog.program.currentText() == "Smoothie Bar"
    dialog.mode.setCurrentIndex(1)
    dialog.operator.setText("  Cas ")
    dialog.theme.setCurrentIndex(1)
    result = dialog.result_settings()
    assert result.station_mode == "scanner"
    assert result.operator == "Cas"
    assert result.theme == "dark"
    assert result.card_id == 2
    dialog.camera_size.setCurrentIndex(dialog.camera_size.findData("640x480"))
    dialog.camera_repeat.setValue(5.0)
    camera = dialog.result_settings()
    assert (camera.camera_width, camera.camera_height) == (640, 480)
    assert camera.camera_repeat_seconds == 5.0


def test_the_scanner_test_page_tells_a_scan_from_typing(
    dialog: SettingsDialog, key_clock: FakeMonotonic
) -> None:
    page = dialog.scanner_page
    page.show()
    page.field.setFocus()
    type_into_window(page.field, "wvjeykseaswlquco6uta8", key_clock, SCANNER_GAP)
    assert page.result.text() == "✓ Taken as a scan"
    assert "21 characters" in page.details.text()
    fast_typist = 0.080  # quick for a person, far too slow for a scanner
    type_into_window(page.field, "quickly", key_clock, fast_typist)
    assert page.result.text() == "✗ Taken as typing"
    assert "80.0 ms apart" in page.details.text()
    type_into_window(page.field, "slowly", key_clock, PERSON_GAP)
    assert page.result.text() == "✗ Taken as typing"


def test_an_unexpected_error_is_logged_and_shown_in_words(caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    previous = sys.excepthook
    install_excepthook(shown.append)
    try:
        try:
            raise ZeroDivisionError("boom")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert "Something unexpected went wrong" in shown[0]
    assert "Traceback" not in shown[0]
    assert "ZeroDivisionError: boom" in caplog.text


def test_saving_without_edits_changes_nothing(qtbot: QtBot, wedge: WedgeFilter) -> None:
    cards = [Card(id=1, name="Coffee Club"), Card(id=2, name="Smoothie Bar")]
    for settings in (
        StationSettings(),
        StationSettings(
            card_id=2, operator="Bea", station_mode="scanner", theme="dark", camera="0",
            camera_width=1920, camera_height=1080, camera_repeat_seconds=4.5,
            idle_timeout_seconds=90, undo_seconds=3.0, repeat_cooldown_seconds=45.0,
            sounds=False, backend="remote", base_url="https://x.example/v4", api_key="pk",
        ),
    ):  # fmt: skip
        shown = SettingsDialog(settings, cards, SecretStore(), wedge)
        qtbot.addWidget(shown)
        expected = settings if settings.card_id is not None else settings.updated(card_id=1)
        assert shown.result_settings() == expected
