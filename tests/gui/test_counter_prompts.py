"""The counter's questions with real key events: each belongs to one member, the same key
again confirms, Esc cancels, and Enter (the end of every scan) never confirms."""

from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import Counter, FakeMonotonic
from tests.gui.keys import PERSON_GAP, type_into_window
from tests.gui.test_counter_window import scan, settle, user_url


def new_member(api: httpx.Client, card: dict[str, Any], name: str, stamps: int = 0) -> Any:
    created = api.post(f"/loyalty/loyalty-cards/{card['id']}/stats", json={"first_name": name})
    member = created.json()
    if stamps:
        api.post(user_url(card, member), json={"amount": stamps})
    return member


def press(counter: Counter, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    handle = counter.window.windowHandle()
    if modifier is None:
        QTest.keyClick(handle, key)
    else:
        QTest.keyClick(handle, key, modifier)


async def test_the_repeat_warning_left_open_does_not_stamp_the_next_customer(
    counter: Counter, key_clock: FakeMonotonic, api: httpx.Client, card: dict[str, Any]
) -> None:
    nora, jules = new_member(api, card, "Nora"), new_member(api, card, "Jules")
    await scan(counter, nora["code"], key_clock)
    press(counter, Qt.Key.Key_Space)
    press(counter, Qt.Key.Key_Space)  # the repeat warning
    banner = counter.window.banner
    assert banner.asking
    assert "Add another stamp?" in banner.text.text()
    await scan(counter, jules["code"], key_clock)
    assert counter.window.panel.name.text() == "Jules"
    assert not banner.asking
    banner.confirm.click()  # a late tap where "Yes, add" was
    assert counter.window.panel.count.text() == "0 of 10"
    await settle(counter)
    assert api.get(user_url(card, jules)).json()["stamps"] == 0
    assert api.get(user_url(card, nora)).json()["stamps"] == 1


async def test_space_again_confirms_the_repeat_and_enter_never_does(
    counter: Counter, key_clock: FakeMonotonic, api: httpx.Client, card: dict[str, Any]
) -> None:
    nora = new_member(api, card, "Nora")
    await scan(counter, nora["code"], key_clock)
    press(counter, Qt.Key.Key_Space)
    press(counter, Qt.Key.Key_Space)
    assert counter.window.banner.asking
    press(counter, Qt.Key.Key_Return)
    press(counter, Qt.Key.Key_Enter)
    assert counter.window.banner.asking
    assert counter.session.journal.open_count() == 1
    press(counter, Qt.Key.Key_Space)
    assert not counter.window.banner.asking
    assert counter.window.panel.count.text() == "2 of 10"
    await settle(counter)
    assert api.get(user_url(card, nora)).json()["stamps"] == 2


async def test_a_redeem_from_the_keyboard_is_alt_1_twice_and_esc_cancels(
    counter: Counter, key_clock: FakeMonotonic, api: httpx.Client, card: dict[str, Any]
) -> None:
    olivia = new_member(api, card, "Olivia", stamps=5)
    await scan(counter, olivia["code"], key_clock)
    alt = Qt.KeyboardModifier.AltModifier
    press(counter, Qt.Key.Key_1, alt)
    assert counter.window.banner.asking
    assert "Redeem Free cookie for Olivia now?" in counter.window.banner.text.text()
    press(counter, Qt.Key.Key_Escape)
    assert not counter.window.banner.asking
    assert counter.window.pages.currentIndex() == 1  # Esc closed the question, not the member
    press(counter, Qt.Key.Key_1, alt)
    press(counter, Qt.Key.Key_Return)  # a scan's Enter: nothing
    assert counter.window.panel.reward_buttons != []
    press(counter, Qt.Key.Key_1, alt)
    assert "Redeemed: Free cookie" in counter.window.banner.text.text()
    assert counter.window.panel.reward_buttons == []
    await counter.session.sender.send_ready()
    assert api.get(user_url(card, olivia)).json()["rewards"][0]["used_at"] is not None


async def test_a_redeem_question_is_dismissed_by_the_next_scan(
    counter: Counter, key_clock: FakeMonotonic, api: httpx.Client, card: dict[str, Any]
) -> None:
    olivia, nora = new_member(api, card, "Olivia", 5), new_member(api, card, "Nora", 5)
    await scan(counter, olivia["code"], key_clock)
    counter.window.panel.reward_buttons[0].click()
    assert counter.window.banner.asking
    await scan(counter, nora["code"], key_clock)
    assert not counter.window.banner.asking
    counter.window.banner.confirm.click()
    await counter.session.sender.send_ready()
    for who in (olivia, nora):
        assert api.get(user_url(card, who)).json()["rewards"][0]["used_at"] is None


async def test_the_stepper_starts_again_for_each_member(
    counter: Counter, key_clock: FakeMonotonic, api: httpx.Client, card: dict[str, Any]
) -> None:
    nora, jules = new_member(api, card, "Nora"), new_member(api, card, "Jules")
    await scan(counter, nora["code"], key_clock)
    stepper = counter.window.action_panel.amount
    first = stepper.value()
    stepper.plus.click()
    stepper.plus.click()
    assert stepper.value() == first + 2
    await scan(counter, jules["code"], key_clock)
    assert stepper.value() == first
    assert counter.window.action_panel.add_many.text() == f"Add {first} stamps"


async def test_the_code_field_never_keeps_a_used_code(
    counter: Counter, key_clock: FakeMonotonic, api: httpx.Client, card: dict[str, Any]
) -> None:
    nora = new_member(api, card, "Nora")
    idle = counter.window.idle
    idle.code.setFocus()
    type_into_window(counter.window, "abc", key_clock, PERSON_GAP, enter=False)
    await scan(counter, nora["code"], key_clock)
    assert idle.code.text() == ""
    counter.controller.done()
    idle.look_up.click()  # an empty field looks nobody up
    assert counter.window.pages.currentIndex() == 0
    assert counter.session.journal.open_count() == 0
