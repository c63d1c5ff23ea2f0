"""The member screens as app.py wires them, on the demo server: Settings behind a
manager once there is staff, the Staff tab, and the operator kept across a program
switch (a new session, a new member desk)."""

import asyncio

from PySide6.QtWidgets import QTabWidget

from pos_loyalty.app import Station
from pos_loyalty.station.staff import Permission, Role
from pos_loyalty.ui.pin_dialog import PinDialog
from pos_loyalty.ui.settings_dialog import SettingsDialog
from tests.gui.test_startup_station import started
from tests.support.member_rig import CARL_PIN, MARIA_PIN

__all__ = ["started"]  # the fixture, shared with test_startup_station


async def test_settings_need_a_manager_and_the_operator_stays_across_a_switch(
    started: Station,
) -> None:
    access, screens, window = started.access, started.screens, started.window
    assert access is not None
    assert screens is not None
    assert window is not None
    maria = access.add_staff("Maria", Role.MANAGER, MARIA_PIN)
    approval = access.approve(Permission.MANAGE_STAFF, maria.id, MARIA_PIN)
    carl = access.add_staff("Carl", Role.CASHIER, CARL_PIN, approval)
    access.switch(carl.id, CARL_PIN)
    session = started.core.session
    assert session is not None
    assert session.staff.operator == "Carl"  # on the writes

    window.settings_requested.emit()  # F10
    assert not window.findChildren(SettingsDialog)
    pin = screens.gate.dialog
    assert isinstance(pin, PinDialog)
    assert pin.windowTitle() == "Changing the settings"
    pin.enter(MARIA_PIN)
    [dialog] = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    assert [tabs.tabText(n) for n in range(tabs.count())][-1] == "Staff"

    dialog.program.setCurrentIndex(dialog.program.findData(2))
    dialog.accept()
    await asyncio.gather(*started._tasks)
    new_session = started.core.session
    assert new_session is not None
    assert new_session is not session
    assert new_session.card.id == 2
    assert started.access is not None
    assert started.access is not access  # built afresh for the new session
    assert started.access.current is not None
    assert started.access.current.name == "Carl"  # a switch of program is not of person
    assert new_session.staff.operator == "Carl"
    assert started.screens is not None
    assert started.screens.desk.session is new_session
