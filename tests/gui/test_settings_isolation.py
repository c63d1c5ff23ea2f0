"""The scanner test page in Settings takes scans for itself only, and Enter there
(the end of every scan, and of slow typing) never presses Save."""

from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QTabWidget
from pytestqt.qtbot import QtBot

from pos_loyalty.api import Card
from pos_loyalty.station.journal import OperationState
from pos_loyalty.station.settings import SecretStore, StationSettings
from pos_loyalty.ui.settings_dialog import SettingsDialog
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.gui.conftest import Counter, FakeMonotonic
from tests.gui.keys import PERSON_GAP, SCANNER_GAP, type_into_window
from tests.gui.signals import expect


def open_settings(qtbot: QtBot, wedge: WedgeFilter, parent: Any = None) -> SettingsDialog:
    cards = [Card(id=1, name="Coffee Club")]
    dialog = SettingsDialog(StationSettings(card_id=1), cards, SecretStore(), wedge, parent)
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.open()  # as the counter opens it: window-modal, no nested event loop
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def tabs_of(dialog: SettingsDialog) -> QTabWidget:
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    return tabs


def to_scanner_page(dialog: SettingsDialog) -> None:
    tabs = tabs_of(dialog)
    tabs.setCurrentIndex(tabs.count() - 1)
    dialog.scanner_page.field.setFocus()


async def test_a_test_scan_opens_no_member_and_stamps_nothing(
    qtbot: QtBot,
    counter: Counter,
    wedge: WedgeFilter,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    counter.controller.station_mode = "scanner"  # where every scan adds a stamp
    passed_on: list[str] = []
    wedge.scanned.connect(passed_on.append)
    dialog = open_settings(qtbot, wedge, counter.window)
    to_scanner_page(dialog)

    type_into_window(dialog.scanner_page.field, member["code"], key_clock, SCANNER_GAP)

    assert dialog.scanner_page.result.text() == "✓ Taken as a scan"
    assert member["code"] in dialog.scanner_page.details.text()
    assert passed_on == []  # so the counter behind never heard it
    assert counter.window.pages.currentIndex() == 0
    assert counter.controller.view is None
    assert counter.session.journal.counts()[OperationState.PENDING] == 0
    assert dialog.isVisible()

    # Closed, Settings lets go: the next scan is the counter's again, and stamps.
    dialog.reject()
    shown = expect(counter.controller.member_changed, lambda view: view is not None)
    type_into_window(counter.window, member["code"], key_clock, SCANNER_GAP)
    await shown.wait()
    assert passed_on == [member["code"]]
    counter.clock.advance(counter.session.settings.undo_seconds)
    await counter.session.sender.send_ready()
    url = f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    assert api.get(url).json()["stamps"] == 1  # the one real scan, not the test one


def test_enter_on_the_test_page_does_not_save_or_close(
    qtbot: QtBot, wedge: WedgeFilter, key_clock: FakeMonotonic
) -> None:
    dialog = open_settings(qtbot, wedge)
    to_scanner_page(dialog)
    page = dialog.scanner_page
    with qtbot.assertNotEmitted(dialog.finished):
        type_into_window(page.field, "slowly", key_clock, PERSON_GAP)
        assert page.result.text() == "✗ Taken as typing"
        type_into_window(page.field, "wvjeykseaswlquco6uta8", key_clock, SCANNER_GAP)
        assert page.result.text() == "✓ Taken as a scan"
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Return)  # a bare Enter too
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_enter_in_any_settings_field_does_not_save(
    qtbot: QtBot, wedge: WedgeFilter, key_clock: FakeMonotonic
) -> None:
    dialog = open_settings(qtbot, wedge)
    tabs_of(dialog).setCurrentIndex(0)
    dialog.base_url.setFocus()
    with qtbot.assertNotEmitted(dialog.finished):
        type_into_window(dialog.base_url, "http", key_clock, PERSON_GAP)
    assert dialog.isVisible()
    assert dialog.base_url.text() == "http"
