"""What the counter's status bar and banner say about writes on their way, on the real
server: a stamp in its undo window is not a stuck send, and coming back online tells
how the queue went, once."""

from dataclasses import replace
from typing import Any

import httpx
from pytestqt.qtbot import QtBot

from pos_loyalty.station.counter_view_model import StationStatus
from pos_loyalty.ui.status_bar import StationStatusBar
from tests.gui.conftest import Counter, FakeMonotonic
from tests.gui.test_counter_prompts import new_member
from tests.gui.test_counter_window import scan, settle, user_url


async def test_a_stamp_in_its_undo_window_reads_as_sending_in_a_moment(
    counter: Counter,
    key_clock: FakeMonotonic,
    api: httpx.Client,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    status = counter.window.status
    await scan(counter, member["code"], key_clock)
    counter.window.action_panel.plus_one.click()
    assert status.pending.text() == "Sending in a moment (Ctrl+Z undoes)"
    assert status.pending.accessibleName() == status.pending.text()
    counter.window.action_panel.done.click()  # Ctrl+Z no longer reaches that stamp
    assert status.pending.text() == "Sending in a moment"
    await settle(counter)
    assert status.pending.text() == "Nothing waiting"
    assert api.get(user_url(card, member)).json()["stamps"] == 1


async def test_offline_the_held_stamp_waits_and_back_online_the_banner_says_it_went(
    counter: Counter, key_clock: FakeMonotonic, api: httpx.Client, card: dict[str, Any]
) -> None:
    ann, ben = new_member(api, card, "Ann"), new_member(api, card, "Ben")
    status, banner = counter.window.status, counter.window.banner
    await scan(counter, ann["code"], key_clock)
    await scan(counter, ben["code"], key_clock)  # both now in this station's copy
    counter.proxy.refuse()
    counter.window.action_panel.plus_one.click()  # Ben, still thought online: held
    assert status.pending.text() == "Sending in a moment (Ctrl+Z undoes)"
    await settle(counter)  # the send fails
    assert status.pending.text() == "1 waiting to send"
    await scan(counter, ann["code"], key_clock)  # from the copy, offline
    counter.window.action_panel.plus_one.click()
    assert status.pending.text() == "2 waiting to send"  # offline, held ones wait too
    await settle(counter)
    assert "Back online" not in banner.text.text()
    counter.proxy.accept()
    assert await counter.session.sender.send_ready() == 2
    assert status.connection.text() == "● Online"
    assert status.pending.text() == "Nothing waiting"
    assert banner.text.text() == "Back online: 2 queued stamps sent."
    assert banner.level == "info"
    for who in (ann, ben):
        assert api.get(user_url(card, who)).json()["stamps"] == 1


def _status(**changes: Any) -> StationStatus:
    base = StationStatus(
        online=True, pending=0, needs_review=0, program="Coffee Club", station="Counter 1",
        operator="Sam", demo=True,
    )  # fmt: skip
    return replace(base, **changes)


def test_the_waiting_words_tell_held_and_on_the_wire_from_queued(qtbot: QtBot) -> None:
    bar = StationStatusBar()
    qtbot.addWidget(bar)
    words = {
        "Nothing waiting": _status(),
        "Sending in a moment (Ctrl+Z undoes)": _status(pending=1, held=1, undoable=True),
        "Sending in a moment": _status(pending=2, held=1, sending=1),
        "Sending…": _status(pending=1, sending=1),
        "1 waiting to send": _status(pending=3, held=1, sending=1),
        "2 waiting to send": _status(online=False, pending=2, held=1, undoable=True),
    }
    for expected, status in words.items():
        bar.show_status(status)
        assert bar.pending.text() == expected
        assert bar.pending.accessibleName() == expected


def test_a_message_on_the_bar_is_never_printed_over(qtbot: QtBot) -> None:
    bar = StationStatusBar()
    qtbot.addWidget(bar)
    bar.resize(1366, 30)
    bar.show()
    qtbot.waitExposed(bar)
    bar.show_status(_status(pending=1, held=1, needs_review=2))
    assert bar.pending.isVisible()
    assert bar.to_check.isVisible()
    bar.showMessage("Demo server restarted")
    bar.show_status(_status(needs_review=2))  # a status arrives under the message
    assert not bar.pending.isVisible()
    assert not bar.to_check.isVisible()
    bar.clearMessage()
    assert bar.pending.isVisible()
    assert bar.pending.text() == "Nothing waiting"
    assert bar.to_check.isVisible()
    assert bar.to_check.text() == "2 to check"
