"""The first-start guide on the real server: the demo in one tap, or a tested backend
and a program, ending with the settings to save (the secret in the keyring only)."""

from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pos_loyalty.station.first_run import COUPONTOOLS_URL, BackendChoice
from pos_loyalty.station.settings import SecretStore, StationSettings
from pos_loyalty.ui.first_run_dialog import FirstRunDialog
from tests.gui.signals import expect
from tests.support.server import RunningServer
from tests.unit.test_settings import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def guide(qtbot: QtBot) -> FirstRunDialog:
    dialog = FirstRunDialog(StationSettings(backend="remote"), SecretStore())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_demo_is_one_tap(guide: FirstRunDialog) -> None:
    guide.choice_buttons[BackendChoice.DEMO].click()
    assert guide.result() == FirstRunDialog.DialogCode.Accepted
    assert guide.chosen is not None
    assert guide.chosen.backend == "demo"


def test_coupontools_fills_in_its_address(guide: FirstRunDialog) -> None:
    guide.choice_buttons[BackendChoice.COUPONTOOLS].click()
    assert guide.pages.currentIndex() == 1
    assert guide.url.text() == COUPONTOOLS_URL
    assert guide.url.isReadOnly()
    assert not guide.start.isEnabled()


async def test_own_server_is_tested_then_a_program_is_chosen(
    guide: FirstRunDialog, server: RunningServer, memory_keyring: MemoryKeyring
) -> None:
    guide.choice_buttons[BackendChoice.OWN_SERVER].click()
    guide.url.setText(server.base_url)
    guide.key.setText(server.key)
    guide.secret.setText("wrong")
    heard = expect(guide.checked)
    guide.test.click()
    (check,) = await heard.wait()
    assert not check.ok
    assert "refused this key and secret" in guide.outcome.text()
    assert not guide.start.isEnabled()
    guide.secret.setText(server.secret)
    heard = expect(guide.checked)
    guide.test.click()
    (check,) = await heard.wait()
    assert check.ok
    assert "Coffee Club" in guide.program.itemText(0)
    QTest.keyClick(guide.secret, Qt.Key.Key_Return)  # Enter starts nothing
    assert guide.chosen is None
    guide.start.click()
    assert guide.chosen is not None
    assert (guide.chosen.backend, guide.chosen.base_url, guide.chosen.card_id) == (
        "remote",
        server.base_url,
        guide.program.currentData(),
    )
    assert memory_keyring.items[("pos-loyalty", server.key)] == server.secret
