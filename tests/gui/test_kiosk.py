"""Kiosk mode's guard and its way out, in the window: the close and quit keys do
nothing while it guards, a manager's PIN on the keypad leaves, and a station with
no manager says so instead of opening anything."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.staff import Permission, Role, StaffRoster
from pos_loyalty.station.staff_access import StaffAccess
from pos_loyalty.ui.kiosk import Kiosk, KioskGuard
from pos_loyalty.ui.pin_dialog import PinDialog
from tests.gui.conftest import Counter

QUIT_KEYS = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
]


@pytest.fixture
def guarded(
    qapp: QApplication, qtbot: QtBot
) -> Iterator[tuple[KioskGuard, QMainWindow, list[str]]]:
    window = QMainWindow()
    qtbot.addWidget(window)
    fired: list[str] = []
    # Quit and close shortcuts, as app.py binds Ctrl+Q (window-wide here: the windows
    # of earlier tests linger, and the same application-wide key twice is ambiguous).
    for keys in ("Ctrl+Q", "Ctrl+W", "Alt+F4"):
        shortcut = QShortcut(QKeySequence(keys), window)
        shortcut.activated.connect(lambda keys=keys: fired.append(keys))
    guard = KioskGuard(qapp)
    guard.watch(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield guard, window, fired
    guard.release()


def test_the_window_is_full_screen_without_decorations(
    guarded: tuple[KioskGuard, QMainWindow, list[str]],
) -> None:
    _guard, window, _fired = guarded
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_closing_and_the_quit_keys_do_nothing_while_guarded(
    guarded: tuple[KioskGuard, QMainWindow, list[str]],
) -> None:
    _guard, window, fired = guarded
    assert not window.close()
    assert window.isVisible()
    for key, modifier in QUIT_KEYS:
        QTest.keyClick(window.windowHandle(), key, modifier)
    assert fired == []
    assert window.isVisible()


def test_after_release_they_work_again(
    guarded: tuple[KioskGuard, QMainWindow, list[str]],
) -> None:
    guard, window, fired = guarded
    guard.release()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["Ctrl+Q"]
    assert window.close()


@pytest.fixture
def access(tmp_path: Path) -> StaffAccess:
    clock = ManualClock()
    conn = open_station_database(tmp_path / "staff.sqlite3")
    return StaffAccess(StaffRoster(conn, clock, AuditLog(conn, clock), station="Tablet 1"))


@pytest.fixture
def kiosk(
    qapp: QApplication, counter: Counter, access: StaffAccess
) -> Iterator[tuple[Kiosk, list[str]]]:
    left: list[str] = []
    kiosk = Kiosk(qapp, lambda: left.append("left"))
    kiosk.attach(counter.window, access)
    yield kiosk, left
    kiosk.close()


async def test_the_keypad_types_a_code_and_looks_it_up(
    kiosk: tuple[Kiosk, list[str]], counter: Counter
) -> None:
    pad = kiosk[0].keypad
    assert pad is not None
    entered: list[str] = []
    counter.window.idle.code_entered.connect(entered.append)
    for key in ("a", "b", "7", "x", "⌫", "Look up"):
        pad.keys[key].click()
    assert entered == ["ab7"]
    assert counter.window.idle.code.text() == ""
    assert all(key.minimumHeight() >= 56 for key in pad.keys.values())


async def test_without_a_manager_nothing_opens(
    kiosk: tuple[Kiosk, list[str]], counter: Counter
) -> None:
    k, left = kiosk
    assert not k.may_open_settings(counter.window)
    assert k.dialog is not None
    assert k.dialog.windowTitle() == "A manager is needed"
    k.dialog.reject()
    k.ask_leave(counter.window)
    assert not isinstance(k.dialog, PinDialog)
    assert left == []
    assert not counter.window.close()


async def test_a_managers_pin_leaves_and_a_cashiers_does_not(
    kiosk: tuple[Kiosk, list[str]], counter: Counter, access: StaffAccess
) -> None:
    k, left = kiosk
    maria = access.add_staff("Maria", Role.MANAGER, "4821")
    approval = access.approve(Permission.MANAGE_STAFF, maria.id, "4821")
    access.add_staff("Carl", Role.CASHIER, "7350", approval)
    assert k.may_open_settings(counter.window)
    k.ask_leave(counter.window)
    dialog = k.dialog
    assert isinstance(dialog, PinDialog)
    # Only managers are offered.
    assert dialog.people.count() == 1
    dialog.choose(maria.id)
    dialog.enter("1111")
    assert left == []
    assert dialog.isVisible()
    for digit in "4821":
        dialog.pad.keys[digit].click()
    dialog.try_pin()
    assert left == ["left"]
    assert k.guard.released
    assert counter.window.close()
