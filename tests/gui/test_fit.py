"""Every screen fits every counter: 1024×600 and 1366×768, with banners, rewards and
search results shown, nothing clipped, nothing outside the screen, and nothing moving
under the cashier's finger when a banner comes or goes."""

from typing import Any

import httpx
import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pos_loyalty.api import Card
from pos_loyalty.station.settings import SecretStore, StationSettings
from pos_loyalty.ui.fitted_label import FittedButton
from pos_loyalty.ui.screen_fit import FRAME_ALLOWANCE, open_within
from pos_loyalty.ui.settings_dialog import SettingsDialog
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.gui.conftest import Counter, FakeMonotonic
from tests.gui.fit import SCREENS, box, fit_problems, settle
from tests.gui.keys import PERSON_GAP, SCANNER_GAP, type_into_window
from tests.gui.signals import expect

LONG_NAME = ("Anastasia Maximiliana", "Vandenberghe-Oosterlinck de la Fontaine")


@pytest.fixture
def card(api: httpx.Client) -> dict[str, Any]:
    """A program whose name is as long as the server allows."""
    name = "The Neighbourhood Bakery & Coffee Roasters Club 50"[:50]
    response = api.post("/loyalty/loyalty-cards/1/copy", json={"name": name})
    assert response.status_code == 200, response.text
    copied: dict[str, Any] = response.json()
    return copied


def stats_url(card: dict[str, Any]) -> str:
    return f"/loyalty/loyalty-cards/{card['id']}/stats"


@pytest.fixture
def regular(api: httpx.Client, card: dict[str, Any]) -> dict[str, Any]:
    """A member with a long name and six rewards waiting, of both kinds."""
    first, last = LONG_NAME
    made = api.post(
        stats_url(card),
        json={"first_name": first, "last_name": last, "email": "anastasia@example.com"},
    )
    assert made.status_code == 201, made.text
    member: dict[str, Any] = made.json()
    for _ in range(6):
        api.post(f"{stats_url(card)}/{member['id']}", json={"amount": 5})
    api.post(f"{stats_url(card)}/{member['id']}", json={"amount": 3})
    return member


@pytest.fixture
def namesakes(api: httpx.Client, card: dict[str, Any]) -> list[dict[str, Any]]:
    people = [("Anabel", "Martins"), ("Anouk", "Peeters"), ("Ana", "Silva")]
    people += [(f"Anakin{n}", "Jansen") for n in range(6)]
    made = [
        api.post(
            stats_url(card),
            json={"first_name": f, "last_name": last, "email": f"{f.lower()}@example.com"},
        ).json()
        for f, last in people
    ]
    return made


async def scan(counter: Counter, code: str, key_clock: FakeMonotonic) -> None:
    shown = expect(counter.controller.member_changed, lambda view: view is not None)
    type_into_window(counter.window, code, key_clock, SCANNER_GAP)
    await shown.wait()


def on_screen(window: QWidget, screen: QSize) -> None:
    """The window as a window manager leaves it on ``screen``: maximised, less its frame."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(screen - FRAME_ALLOWANCE)
    settle()


def assert_fits(window: QWidget, screen: QSize, also: tuple[QWidget, ...] = ()) -> None:
    settle()
    room = screen - FRAME_ALLOWANCE
    grew = f"the window grew to {window.size().toTuple()} on a {screen.toTuple()} screen"
    assert window.width() <= room.width(), grew
    assert window.height() <= room.height(), grew
    assert fit_problems(window, also) == []


def test_the_counter_opens_inside_its_screen(counter: Counter) -> None:
    window = counter.window  # on the test platform's screen, 800×800
    assert window.screen().availableGeometry().contains(window.frameGeometry())


def test_windows_are_sized_for_the_screen_they_open_on(qtbot: QtBot) -> None:
    window = QWidget()  # as the counter window is sized, before it is shown
    qtbot.addWidget(window)
    for screen in SCREENS:
        area = QRect(0, 0, screen.width(), screen.height())
        open_within(window, QSize(1280, 800), area)
        assert window.windowState() & Qt.WindowState.WindowMaximized  # no room for 1280×800
        assert window.width() <= screen.width()
        assert window.height() <= screen.height()
    big = QRect(0, 0, 1920, 1080)
    open_within(window, QSize(1280, 800), big)
    assert window.size() == QSize(1280, 800)
    assert big.contains(window.frameGeometry())
    assert not window.windowState() & Qt.WindowState.WindowMaximized


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
async def test_the_counter_fits_with_banners_rewards_and_results(
    counter: Counter,
    key_clock: FakeMonotonic,
    screen: QSize,
    regular: dict[str, Any],
    namesakes: list[dict[str, Any]],
) -> None:
    window = counter.window
    on_screen(window, screen)
    start = window.size()
    assert_fits(window, screen)  # the scan prompt

    await scan(counter, regular["code"], key_clock)
    assert window.panel.reward_buttons, "the member's rewards are shown"
    assert_fits(window, screen)

    window.action_panel.plus_one.click()  # a stamp: a banner
    assert window.banner.isVisible()
    assert_fits(window, screen)
    window.panel.reward_buttons[0].click()  # a question, with its two buttons
    assert window.banner.asking
    assert window.banner.confirm.isVisible()
    assert_fits(window, screen)

    searched = expect(counter.controller.search_finished)
    window.search.field.setFocus()
    type_into_window(window.search.field, "an", key_clock, PERSON_GAP)  # Enter: search now
    await searched.wait()
    results = window.search.results
    assert results.isVisible()
    assert results.count() >= 6
    assert_fits(window, screen, also=(results,))

    window.search.reset()
    window.controller.done()
    settle()
    assert window.size() == start  # and nothing grew along the way to shrink back from


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_camera_picture_fits(counter: Counter, screen: QSize) -> None:
    window = counter.window
    on_screen(window, screen)
    preview = window.idle.camera
    preview.show()
    frame = QImage(480, 360, QImage.Format.Format_RGB888)  # the size a 4:3 camera sends
    frame.fill(Qt.GlobalColor.darkGray)
    preview.show_frame(frame)
    assert_fits(window, screen)


async def test_showing_a_banner_moves_nothing(
    counter: Counter, key_clock: FakeMonotonic, regular: dict[str, Any]
) -> None:
    window = counter.window
    on_screen(window, SCREENS[0])
    await scan(counter, regular["code"], key_clock)
    window.banner.clear()
    settle()

    def places() -> dict[str, QRect]:
        page = window.pages.currentWidget()
        assert page is not None
        buttons = page.findChildren(QPushButton)
        return {b.accessibleName(): box(b, window) for b in buttons if b.isVisible()}

    before = places()
    assert "Add one stamp" in before
    assert len(before) >= 6
    window.action_panel.plus_one.click()
    settle()
    assert window.banner.isVisible()
    assert places() == before
    window.panel.reward_buttons[0].click()
    settle()
    assert window.banner.asking
    assert places() == before
    window.banner.say("error", "A long message. " * 30, seconds=None)  # wraps, then elides
    settle()
    assert places() == before
    # The panel's note on writes still queued comes and goes under the rewards.
    window.panel.queue_line.setText("Included: 1 stamp from this station, on its way.")
    window.panel.queue_line.show()
    settle()
    assert places() == before
    window.banner.clear()
    settle()
    assert places() == before


async def test_results_drop_down_under_the_box_and_the_keys_work(
    counter: Counter, key_clock: FakeMonotonic, namesakes: list[dict[str, Any]]
) -> None:
    window = counter.window
    on_screen(window, SCREENS[0])
    header = {w: box(w, window) for w in (window.demo_badge, window.settings_button)}
    search = window.search
    search.field.setFocus()
    searched = expect(counter.controller.search_finished)
    type_into_window(search.field, "ana", key_clock, PERSON_GAP)
    await searched.wait()
    settle()
    results = search.results
    assert results.isVisible()
    assert results.count() >= 2
    assert {w: box(w, window) for w in header} == header  # the header did not stretch
    under = box(results, window)
    assert under.top() >= box(search.field, window).bottom()
    assert window.rect().contains(under)

    handle = window.windowHandle()
    second = results.item(1).data(Qt.ItemDataRole.UserRole)
    assert results.item(0).data(Qt.ItemDataRole.UserRole).id != second.id
    shown = expect(counter.controller.member_changed, lambda view: view is not None)
    QTest.keyClick(handle, Qt.Key.Key_Down)  # into the list, one past the first
    assert results.currentRow() == 1
    QTest.keyClick(handle, Qt.Key.Key_Return)
    (view,) = await shown.wait()
    assert view.member.id == second.id
    assert window.panel.name.text() == second.display_name
    assert not results.isVisible()

    search.field.setFocus()
    searched = expect(counter.controller.search_finished)
    type_into_window(search.field, "ana", key_clock, PERSON_GAP)
    await searched.wait()
    assert results.isVisible()
    QTest.keyClick(handle, Qt.Key.Key_Down)
    QTest.keyClick(handle, Qt.Key.Key_Up)
    assert results.currentRow() == 0
    QTest.keyClick(handle, Qt.Key.Key_Escape)  # closes the list, and only the list
    assert not results.isVisible()
    assert window.pages.currentIndex() == 1
    assert window.panel.name.text() == second.display_name


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_settings_fit_and_keep_save_and_cancel_in_sight(
    qtbot: QtBot, wedge: WedgeFilter, screen: QSize
) -> None:
    cards = [Card(id=n, name=f"Program number {n} with a long name") for n in range(1, 9)]
    dialog = SettingsDialog(StationSettings(card_id=2), cards, SecretStore(), wedge)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = dialog.screen().availableGeometry()
    assert available.contains(QRect(available.topLeft(), dialog.size()))
    dialog.resize(screen - FRAME_ALLOWANCE)
    settle()
    room = screen - FRAME_ALLOWANCE
    assert dialog.width() <= room.width()
    assert dialog.height() <= room.height()
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        assert fit_problems(dialog) == [], tabs.tabText(index)
        buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QPushButton)}
        for name in ("Save", "Cancel"):
            assert buttons[name].isVisible()
            assert dialog.rect().contains(box(buttons[name], dialog))


def test_a_long_reward_is_elided_not_cut_off(qtbot: QtBot) -> None:
    text = "Redeem:  Free seasonal pumpkin spice latte with oat milk  ×3   ·   until 25 Dec"
    room = QWidget()
    qtbot.addWidget(room)
    layout = QVBoxLayout(room)
    button = FittedButton(text)
    layout.addWidget(button)
    room.resize(300, 80)
    room.show()
    settle()
    assert fit_problems(room) == []
    assert button.width() <= 300
    assert button.text() == text
    assert button.toolTip() == text
