"""Text at 100 %, 150 % and 200 % on a 7" tablet (1024×600), in the high-contrast
theme: the counter, Settings and the main dialogs stay inside the screen and every
label, button, field and tab shows its whole text."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from pos_loyalty.station.staff_access import StaffAccess
from pos_loyalty.ui.kiosk import Kiosk
from pos_loyalty.ui.screen_fit import FRAME_ALLOWANCE, clipped_texts, widen_to_content
from pos_loyalty.ui.theme import apply_theme
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.gui.fit import TABLET, fit_problems, settle
from tests.gui.signals import expect
from tests.gui.test_accessibility_tree import dialogs_of
from tests.gui.test_kiosk import access
from tests.gui.test_member_enrolment import Desk, desk
from tests.gui.test_member_staff import show
from tests.support.member_rig import staff_up

__all__ = ["access", "desk"]
ROOM = TABLET - FRAME_ALLOWANCE
SCALES = [100, 150, 200]


@pytest.fixture
def themed(desk: Desk, qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[int]:
    """The text scale, applied after the counter is built (it sets its own theme)."""
    scale: int = request.param
    palette = apply_theme(qapp, "high-contrast", scale)
    desk.window.panel.set_palette(palette)
    yield scale
    apply_theme(qapp, "light", 100)  # as every other test expects it


def problems_of(window: QWidget) -> list[str]:
    settle()
    found = []
    if window.width() > ROOM.width() or window.height() > ROOM.height():
        found.append(f"the window is {window.size().toTuple()} on a {TABLET.toTuple()} screen")
    return found + fit_problems(window) + clipped_texts(window)


def on_tablet(window: QWidget) -> None:
    """As the window opens on a tablet: widened to its content up to the screen."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    widen_to_content(window, QRect(QPoint(0, 0), TABLET))
    window.resize(window.size().boundedTo(ROOM))
    settle()


@pytest.mark.parametrize("themed", SCALES, indirect=True, ids=lambda s: f"{s}%")
async def test_the_counter_and_its_dialogs_fit_a_tablet_at_every_text_scale(
    themed: int, desk: Desk, member: dict[str, Any], qtbot: QtBot, wedge: WedgeFilter
) -> None:
    window = desk.window
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(ROOM)
    problems: dict[str, list[str]] = {"counter, idle": problems_of(window)}
    shown = await show(desk, member)
    # Every text is that much larger (the check below would pass on small text).
    assert window.panel.name.font().pointSize() == round(28 * themed / 100)
    window.banner.say("warn", "Offline: the stamp is kept here and sent when the server is back")
    problems["counter, member"] = problems_of(window)
    asked = expect(desk.counter.controller.prompt_changed, lambda prompt: prompt is not None)
    window.action_panel.plus_one.click()
    window.action_panel.plus_one.click()  # again at once: the repeat question
    await asked.wait()
    assert window.banner.confirm.isVisible()
    problems["counter, question"] = problems_of(window)
    staff_up(desk.rig.access)
    for dialog in dialogs_of(desk, shown, wedge):
        qtbot.addWidget(dialog)
        dialog.show()
        on_tablet(dialog)
        name = type(dialog).__name__
        tabs = dialog.findChild(QTabWidget)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
                name = f"{type(dialog).__name__}, {tabs.tabText(index)}"
            problems[name] = problems_of(dialog)
        dialog.reject()
    assert {k: v for k, v in problems.items() if v} == {}


def test_a_cut_text_is_found(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel("A sentence far too long for the few pixels it is given", page)
    label.setGeometry(0, 0, 60, 40)
    button = QPushButton("Add several stamps at once", page)
    button.setGeometry(0, 50, 60, 40)
    page.show()
    found = clipped_texts(page)
    assert len(found) == 2
    assert [problem.split()[0] for problem in found] == ["QLabel", "QPushButton"]
    label.setFixedSize(label.sizeHint())
    button.setFixedSize(button.sizeHint())
    assert clipped_texts(page) == []


async def test_a_kiosk_at_200_percent_is_no_wider_than_a_tablet(
    qapp: QApplication, desk: Desk, member: dict[str, Any], access: StaffAccess
) -> None:
    """Its status bar has two more buttons (Keypad, Leave): still inside 1024 px."""
    kiosk = Kiosk(qapp, lambda: None)
    kiosk.attach(desk.window, access)
    try:
        apply_theme(qapp, "high-contrast", 200)
        desk.window.show()
        await show(desk, member)
        settle()
        assert desk.window.minimumSizeHint().width() <= TABLET.width()
        assert desk.window.status.who.isVisible()
    finally:
        kiosk.close()
        apply_theme(qapp, "light", 100)
