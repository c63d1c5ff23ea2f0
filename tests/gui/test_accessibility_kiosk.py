"""Screen readers on the customer's side: the self-service kiosk and the customer
display name every control and every widget that tells something."""

import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtWidgets import QApplication

from pos_loyalty.station.staff_access import StaffAccess
from pos_loyalty.ui import accessibility
from pos_loyalty.ui.accessibility import unnamed
from pos_loyalty.ui.customer_display import CustomerDisplay
from pos_loyalty.ui.kiosk import Kiosk
from pos_loyalty.ui.kiosk_self_service import SelfServiceScreen
from pos_loyalty.ui.theme import apply_theme, contrast_ratio
from tests.gui.conftest import Counter
from tests.gui.test_customer_display import display
from tests.gui.test_kiosk_self_service import access, scan, self_service

__all__ = ["access", "display"]


def test_self_service_kiosk_names_its_controls(
    qapp: QApplication, counter: Counter, access: StaffAccess
) -> None:
    kiosks: Iterator[tuple[Kiosk, list[str]]] = self_service(qapp, counter, access, True)
    for _kiosk, _left in kiosks:
        assert unnamed(counter.window) == []


async def test_self_service_kiosk_names_what_it_shows_a_member(
    qapp: QApplication, counter: Counter, access: StaffAccess, member: dict[str, Any]
) -> None:
    heard: list[str] = []
    listener = lambda _widget, text: heard.append(text)  # noqa: E731
    accessibility.listeners.append(listener)
    try:
        for _kiosk, _left in self_service(qapp, counter, access, True):
            await scan(counter, member["code"])
            assert unnamed(counter.window) == []
            # The customer hears their card, not only sees it.
            assert "Hello, John! 0 of 10 stamps." in heard
    finally:
        accessibility.listeners.remove(listener)


async def test_the_customer_display_names_what_it_shows(
    display: CustomerDisplay, counter: Counter, member: dict[str, Any]
) -> None:
    assert unnamed(display) == []
    await scan(counter, member["code"])
    assert unnamed(display) == []


def test_the_self_service_reward_reads_at_7_to_1_in_high_contrast(
    qapp: QApplication, counter: Counter, access: StaffAccess
) -> None:
    palette = apply_theme(qapp, "high-contrast")
    try:
        for _kiosk, _left in self_service(qapp, counter, access, False):
            screen = counter.window.findChild(SelfServiceScreen)
            assert screen is not None
            block = screen.styleSheet().split("#KioskReward", 1)[1].split("}", 1)[0]
            colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", block)
            assert colour is not None, block
            assert contrast_ratio(colour.group(1), palette.background) >= 7.0
    finally:
        apply_theme(qapp, "light")
