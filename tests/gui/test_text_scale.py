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
from pos_loyalty.ui.counter_window import CounterWindow
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


def in_sight(window: CounterWindow, button: QWidget) -> bool:
    """Whether the whole button shows: in the window, and inside the page's view
    when it is on the page."""
    if not button.isVisible():
        return False
    view = window.page_area.viewport()
    if view.isAncestorOf(button):
        place = QRect(button.mapTo(view, QPoint(0, 0)), button.size())
        return view.rect().contains(place)
    return window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size()))


@pytest.mark.parametrize("themed", SCALES, indirect=True, ids=lambda s: f"{s}%")
async def test_plus_one_is_in_sight_with_the_member_at_every_text_scale(
    themed: int, desk: Desk, member: dict[str, Any]
) -> None:
    """Large text on a tablet scrolls the member page, and puts the action panel
    under the member: a +1 is pinned under the page while the panel's is out of
    sight, and one tap on it adds a stamp."""
    window = desk.window
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(ROOM)
    shown = await show(desk, member)
    settle()
    panel = window.action_panel
    assert in_sight(window, panel.plus_one) or in_sight(window, panel.pinned_plus_one)
    assert not (in_sight(window, panel.plus_one) and panel.pinned_plus_one.isVisible())
    assert in_sight(window, window.panel.name)
    if themed == 100:
        assert not panel.pinned_plus_one.isVisible()
        return
    if in_sight(window, panel.plus_one):
        # The compact member panel (150 %) leaves the panel's own +1 in sight.
        assert not panel.pinned_plus_one.isVisible()
        return
    assert panel.pinned_plus_one.isVisible()
    stamped = expect(
        desk.counter.controller.member_changed,
        lambda view: view is not None and view.shown_stamps == shown.stamps + 1,
    )
    panel.pinned_plus_one.click()
    await stamped.wait()
    await desk.drain()  # on the server: the page has its final lines
    settle()
    # Scrolled down to the panel's own +1, the pinned one goes; back up, it returns.
    window.page_area.ensureWidgetVisible(panel.plus_one, 0, 0)
    settle()
    assert in_sight(window, panel.plus_one)
    assert not panel.pinned_plus_one.isVisible()
    window.page_area.verticalScrollBar().setValue(0)
    settle()
    assert panel.pinned_plus_one.isVisible()
    # A question has its own buttons, and the room goes to the member meanwhile.
    controller = desk.counter.controller
    asked = expect(controller.prompt_changed, lambda prompt: prompt is not None)
    panel.pinned_plus_one.click()  # again, at once: the repeat question
    await asked.wait()
    settle()
    assert window.banner.asking
    assert not panel.pinned_plus_one.isVisible()
    assert in_sight(window, window.panel.name)
    answered = expect(controller.prompt_changed, lambda prompt: prompt is None)
    controller.cancel_prompt()
    await answered.wait()
    settle()
    assert panel.pinned_plus_one.isVisible()
    # Back to the idle page, from a member scrolled down: nothing to stamp, nothing
    # pinned, and the page shows from the top.
    scroll = window.page_area.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    window.show_idle()
    settle()
    assert not panel.pinned_plus_one.isVisible()
    assert scroll.value() == 0
    assert in_sight(window, window.idle.prompt)
