"""Screen readers and the keyboard: every control and every widget that tells something
has a name a screen reader can say, in the counter window, the kiosk and each main
dialog; stamp changes are announced; Tab reaches every control in reading order."""

from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos_loyalty.api import Card
from pos_loyalty.cards import card_face
from pos_loyalty.station.settings import SecretStore, StationSettings
from pos_loyalty.ui import accessibility
from pos_loyalty.ui.accessibility import needs_name, undescribed, unnamed
from pos_loyalty.ui.banner import Banner
from pos_loyalty.ui.card_dialogs import CardDialog, QrDialog
from pos_loyalty.ui.counter_dialog import CounterDialog
from pos_loyalty.ui.enrol_dialog import EnrolDialog
from pos_loyalty.ui.history_dialog import HistoryDialog
from pos_loyalty.ui.kiosk import Kiosk
from pos_loyalty.ui.member_dialogs import DeleteDialog, EditDialog, VoidDialog
from pos_loyalty.ui.member_panel import MemberPanel
from pos_loyalty.ui.pin_dialog import PinDialog
from pos_loyalty.ui.review_dialog import ReviewDialog
from pos_loyalty.ui.settings_dialog import SettingsDialog
from pos_loyalty.ui.staff_page import StaffDialog, StaffPage
from pos_loyalty.ui.stamp_card import StampCard
from pos_loyalty.ui.status_bar import StationStatusBar
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.gui.test_member_enrolment import Desk, desk
from tests.gui.test_member_staff import show
from tests.support.member_rig import CONSENT, staff_up

__all__ = ["desk"]
# Widgets that say more than their name: each also needs a description.
DESCRIBED = (StampCard, MemberPanel, Banner, StationStatusBar)


class Announcements:
    """Every announcement the station makes, as (widget, text)."""

    def __init__(self) -> None:
        self.said: list[tuple[QObject, str]] = []

    def __call__(self, widget: QObject, text: str) -> None:
        self.said.append((widget, text))

    def texts(self) -> list[str]:
        return [text for _, text in self.said]


def dialogs_of(desk: Desk, shown: Any, wedge: WedgeFilter) -> list[CounterDialog | SettingsDialog]:
    access = desk.rig.access
    screens = desk.rig.screens
    session = desk.counter.session
    window = desk.window
    screens.gate.ask_switch(window)
    pin = screens.gate.dialog
    assert isinstance(pin, PinDialog)
    face = card_face(shown, session.card)
    return [
        pin,
        EnrolDialog(desk.rig.desk, CONSENT, window),
        CardDialog(face, window),
        QrDialog(face, window),
        HistoryDialog(screens.history, session.clock.now, shown, window),
        ReviewDialog(screens.review, screens.gate, window),
        VoidDialog(desk.rig.desk, shown, None, window),
        DeleteDialog(desk.rig.desk, shown, None, window),
        EditDialog(desk.rig.desk, shown, None, window),
        StaffDialog(access, screens.gate, window),
        SettingsDialog(
            StationSettings(), [Card(id=1, name="Coffee")], SecretStore(), wedge,
            staff=StaffPage(access, screens.gate),
        ),
    ]  # fmt: skip


async def test_every_control_in_the_counter_its_kiosk_and_dialogs_is_named(
    desk: Desk, member: dict[str, Any], qtbot: QtBot, wedge: WedgeFilter, qapp: QApplication
) -> None:
    window = desk.window
    staff_up(desk.rig.access)
    problems: dict[str, list[str]] = {"counter, idle": unnamed(window)}
    shown = await show(desk, member)
    window.banner.say("warn", "Offline: stamps are queued")
    problems["counter, member"] = unnamed(window)
    problems["counter, descriptions"] = undescribed(window, DESCRIBED)
    checked = [w for w in window.findChildren(QWidget) if needs_name(w)]
    # The walk does look at what matters (a walk that finds nothing passes anything).
    kinds = {kind.__name__ for w in checked for kind in type(w).__mro__}  # subclasses too
    assert {"StampCard", "MemberPanel", "OfferBanner", "QLineEdit", "QPushButton"} <= kinds
    for dialog in dialogs_of(desk, shown, wedge):
        qtbot.addWidget(dialog)
        dialog.show()
        problems[type(dialog).__name__] = unnamed(dialog)
        dialog.reject()
    kiosk = Kiosk(qapp, lambda: None)
    kiosk.attach(window, desk.rig.access)
    try:
        problems["kiosk"] = unnamed(window)
    finally:
        kiosk.close()
    assert {name: found for name, found in problems.items() if found} == {}


def test_a_widget_without_a_name_is_found(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    card = StampCard(page)
    card.setAccessibleName("")
    card.setAccessibleDescription("")
    assert unnamed(page) == ["StampCard '' ''"]
    assert undescribed(page, DESCRIBED) == ["StampCard '' ''"]


async def test_stamp_changes_are_announced_with_the_member_and_the_count(
    desk: Desk, member: dict[str, Any], api: Any, card: dict[str, Any]
) -> None:
    heard = Announcements()
    accessibility.listeners.append(heard)
    try:
        api.post(f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}", json={"amount": 3})
        await show(desk, member)
        window = desk.window
        assert "John Doe: 3 of 10 stamps" in heard.texts()
        card_widget = window.panel.stamp_card
        before = len(heard.said)
        window.action_panel.plus_one.click()
        assert (card_widget, "John Doe: 4 of 10 stamps") in heard.said[before:]
        before = len(heard.said)
        window.action_panel.undo.click()
        assert (card_widget, "John Doe: 3 of 10 stamps") in heard.said[before:]
        # The same stamps drawn again are not said again.
        count = len(heard.said)
        desk.counter.controller.publish_status()
        assert len(heard.said) == count
        # A message in the banner is said too.
        window.banner.say("error", "The server refused the stamp")
        assert heard.said[-1] == (window.banner, "The server refused the stamp")
    finally:
        accessibility.listeners.remove(heard)


def tab_chain(start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back to it."""
    start.setFocus()
    QApplication.processEvents()
    chain = [start]
    for _ in range(60):
        here = QApplication.focusWidget()
        assert here is not None
        QTest.keyClick(here, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        assert after is not None
        if after is start:
            return chain
        chain.append(after)
    raise AssertionError("Tab never came back to where it started")


def reachable(top: QWidget) -> list[QWidget]:
    """Every visible, enabled control in ``top`` that takes the focus with Tab."""
    return [
        w
        for w in top.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not w.objectName().startswith("qt_")
    ]


async def test_tab_goes_through_the_counter_in_reading_order(
    desk: Desk, member: dict[str, Any], qtbot: QtBot
) -> None:
    window = desk.window
    window.activateWindow()
    qtbot.waitActive(window)
    idle = window.idle
    status = window.status
    chain = tab_chain(idle.code)
    assert chain == [
        idle.code, idle.look_up, idle.new_member, status.who,
        window.search.field, window.settings_button,
    ]  # fmt: skip
    assert set(reachable(window)) <= set(chain)

    await show(desk, member)
    actions = window.action_panel
    chain = tab_chain(actions.plus_one)
    assert chain[:5] == [
        actions.plus_one,
        actions.amount.minus,
        actions.amount.plus,
        actions.add_many,
        actions.done,
    ]
    assert chain[-3:] == [status.who, window.search.field, window.settings_button]
    assert set(reachable(window)) <= set(chain)
    # What Tab skips on purpose is reached by its keys: rewards Alt+N, the banner's
    # questions Space and Esc, the offer F2.
    for button in window.panel.reward_buttons:
        assert "Alt+" in button.toolTip()


async def test_tab_reaches_every_control_of_each_dialog(
    desk: Desk, member: dict[str, Any], qtbot: QtBot, wedge: WedgeFilter
) -> None:
    staff_up(desk.rig.access)
    shown = await show(desk, member)
    for dialog in dialogs_of(desk, shown, wedge):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        controls = reachable(dialog)
        assert controls, type(dialog).__name__
        chain = tab_chain(controls[0])
        missing = [accessibility.describe(w) for w in controls if w not in chain]
        assert missing == [], type(dialog).__name__
        dialog.reject()


def test_before_qt_6_8_the_name_carries_the_announcement(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = StampCard()
    qtbot.addWidget(card)
    heard = Announcements()
    accessibility.listeners.append(heard)
    try:
        monkeypatch.setattr(accessibility, "_ANNOUNCEMENT", None)  # as PySide6 6.7 has it
        accessibility.announce(card, "Anna: 7 of 10 stamps")
    finally:
        accessibility.listeners.remove(heard)
    assert card.accessibleName() == "Anna: 7 of 10 stamps"
    assert heard.said == [(card, "Anna: 7 of 10 stamps")]
