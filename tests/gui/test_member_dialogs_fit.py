"""Every member dialog fits a 7" counter tablet (1024×600) and a 1366×768 laptop: its
body scrolls instead of growing, nothing is squeezed, the buttons stay in sight."""

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from pos_loyalty.api import Card
from pos_loyalty.cards import card_face
from pos_loyalty.station.settings import SecretStore, StationSettings
from pos_loyalty.ui.card_dialogs import CardDialog, QrDialog
from pos_loyalty.ui.counter_dialog import CounterDialog
from pos_loyalty.ui.enrol_dialog import EnrolDialog
from pos_loyalty.ui.history_dialog import HistoryDialog
from pos_loyalty.ui.member_dialogs import DeleteDialog, EditDialog, VoidDialog
from pos_loyalty.ui.pin_dialog import PinDialog
from pos_loyalty.ui.review_dialog import ReviewDialog
from pos_loyalty.ui.screen_fit import FRAME_ALLOWANCE
from pos_loyalty.ui.settings_dialog import SettingsDialog
from pos_loyalty.ui.staff_page import StaffDialog, StaffPage
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.gui.fit import SCREENS, box, fit_problems, settle
from tests.gui.test_member_enrolment import Desk, desk
from tests.gui.test_member_staff import show
from tests.support.member_rig import CONSENT, staff_up

__all__ = ["desk"]

CUSTOM = [f"custom_{n}" for n in range(1, 9)]


def assert_fits(dialog: CounterDialog | SettingsDialog, screen: QSize) -> None:
    room = screen - FRAME_ALLOWANCE
    dialog.resize(dialog.size().boundedTo(room))
    settle()
    name = dialog.windowTitle()
    assert dialog.width() <= room.width(), name
    assert dialog.height() <= room.height(), name
    need = dialog.minimumSizeHint()
    assert need.width() <= room.width(), f"{name} needs {need.toTuple()}"
    assert need.height() <= room.height(), f"{name} needs {need.toTuple()}"
    assert fit_problems(dialog) == [], name
    for button in dialog.findChildren(QPushButton):
        if button.isVisible() and not button.autoDefault() and button.parent() is dialog:
            assert dialog.rect().contains(box(button, dialog)), (name, button.text())


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
async def test_every_member_dialog_fits(
    desk: Desk, member: dict[str, Any], screen: QSize, qtbot: QtBot, wedge: WedgeFilter
) -> None:
    access = desk.rig.access
    maria, _ = staff_up(access)
    shown = await show(desk, member)
    session = desk.counter.session
    screens = desk.rig.screens
    parent = desk.window

    enrol = EnrolDialog(desk.rig.desk, CONSENT * 3, parent, custom_fields=CUSTOM)
    enrol.show()
    enrol.form.fields["email"].setText(member["email"])
    checking = enrol.check_duplicates()
    assert checking is not None
    await checking
    assert enrol.duplicates_box.isVisible()
    enrol.form.problems(new_member=True)  # every problem line shown
    enrol.say("error", "Some details need fixing: see the lines in red.")

    def pin() -> PinDialog:
        screens.gate.ask_switch(parent)
        dialog = screens.gate.dialog
        assert isinstance(dialog, PinDialog)
        dialog.choose(maria)
        for _ in range(5):
            dialog.enter("1111")  # locked out: the longest message
        return dialog

    face = card_face(shown, session.card)
    makers: list[Callable[[], CounterDialog]] = [
        lambda: enrol,
        pin,
        lambda: CardDialog(face, parent),
        lambda: QrDialog(face, parent),
        lambda: HistoryDialog(
            screens.history,
            session.clock.now,
            shown,
            parent,
            signed_in=("Carl", session.clock.now()),
        ),
        lambda: ReviewDialog(screens.review, screens.gate, parent),
        lambda: VoidDialog(desk.rig.desk, shown, None, parent),
        lambda: DeleteDialog(desk.rig.desk, shown, None, parent),
        lambda: EditDialog(desk.rig.desk, shown, None, parent, custom_fields=CUSTOM),
        lambda: StaffDialog(access, screens.gate, parent),
    ]
    for make in makers:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        assert_fits(dialog, screen)
        assert dialog.accessibleName() == dialog.windowTitle()
        dialog.reject()

    cards = [Card(id=n, name=f"Program number {n} with a long name") for n in range(1, 9)]
    settings = SettingsDialog(
        StationSettings(), cards, SecretStore(), wedge, staff=StaffPage(access, screens.gate)
    )
    qtbot.addWidget(settings)
    settings.show()
    tabs = settings.findChild(QTabWidget)
    assert tabs is not None
    assert tabs.tabText(tabs.count() - 1) == "Staff"
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert_fits(settings, screen)


def test_every_control_has_an_accessible_name(desk: Desk) -> None:
    staff_up(desk.rig.access)
    parent = desk.window
    screens = desk.rig.screens
    dialogs: list[CounterDialog] = [
        EnrolDialog(desk.rig.desk, CONSENT, parent, custom_fields=CUSTOM),
        StaffDialog(desk.rig.access, screens.gate, parent),
        ReviewDialog(screens.review, screens.gate, parent),
    ]
    for dialog in dialogs:
        controls = [
            w
            for kind in (QAbstractButton, QLineEdit, QComboBox, QListWidget)
            for w in dialog.findChildren(kind)
            if w.parent() is not None and w.objectName() != "qt_spinbox_lineedit"
        ]
        unnamed = [
            f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''}"
            for w in controls
            if not w.accessibleName()
        ]
        assert unnamed == [], dialog.windowTitle()
