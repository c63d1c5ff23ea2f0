"""The counter at 200 % text on a 7" tablet (1024×600): what the cashier needs at a
glance (the member's name and stamps, +1, the rewards ready) shows without scrolling,
the page's one scroll reaches the rest, a long banner message keeps to two lines until
tapped, the fields' hints show whole, and each reward shows its key."""

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from pos_loyalty.ui.counter_window import CounterWindow
from pos_loyalty.ui.member_panel import MemberPanel
from pos_loyalty.ui.screen_fit import FRAME_ALLOWANCE, clipped_texts
from pos_loyalty.ui.theme import apply_theme
from tests.gui.fit import LAPTOP, TABLET, fit_problems, settle
from tests.gui.signals import expect
from tests.gui.test_member_enrolment import Desk, desk
from tests.gui.test_member_staff import show
from tests.gui.test_text_scale import in_sight

__all__ = ["desk"]
LONG = (
    "Offline: the stamp is kept on this station and sent as soon as the server is back; "
    "nothing needs doing, the member keeps the stamp either way and can go."
)


@pytest.fixture
def large(desk: Desk, qapp: QApplication) -> Iterator[CounterWindow]:
    """The counter at 200 % text in the high-contrast theme, as a tablet's window manager
    leaves it (maximised, less its frame)."""
    palette = apply_theme(qapp, "high-contrast", 200)
    window: CounterWindow = desk.window
    window.panel.set_palette(palette)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(TABLET - FRAME_ALLOWANCE)
    settle()
    yield window
    apply_theme(qapp, "light", 100)  # as every other test expects it


@pytest.fixture
def rewarded(api: httpx.Client, card: dict[str, Any], member: dict[str, Any]) -> dict[str, Any]:
    """A member with two rewards ready."""
    url = f"/loyalty/loyalty-cards/{card['id']}/stats/{member['id']}"
    for _ in range(2):
        response = api.post(url, json={"amount": 5})
        assert response.status_code in (200, 201), response.text
    return member


def scroller_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def at_a_glance(window: CounterWindow) -> list[str]:
    """What must show without scrolling, and is not shown whole."""
    panel = window.panel
    wanted: dict[str, QWidget] = {"name": panel.name, "stamps": panel.count}
    if panel.reward_buttons:
        wanted["first reward"] = panel.reward_buttons[0]
    plus = window.action_panel
    missing = [name for name, widget in wanted.items() if not in_sight(window, widget)]
    if not (in_sight(window, plus.plus_one) or in_sight(window, plus.pinned_plus_one)):
        missing.append("+1")
    return missing


async def test_the_rewards_show_in_the_page_and_its_one_scroll_reaches_them(
    large: CounterWindow, desk: Desk, rewarded: dict[str, Any]
) -> None:
    window = large
    await show(desk, rewarded)
    settle()
    buttons = window.panel.reward_buttons
    assert len(buttons) == 2
    # No scroll area of their own inside the page that scrolls.
    assert [scroller_of(b) for b in buttons] == [window.page_area, window.page_area]
    assert at_a_glance(window) == []
    window.page_area.ensureWidgetVisible(buttons[-1], 0, 0)
    settle()
    assert in_sight(window, buttons[-1])
    assert fit_problems(window) == []
    # Each reward readable: its key and name whole (the date may give way to them).
    assert clipped_texts(window.panel) == []


async def test_a_long_message_keeps_the_member_in_sight_and_shows_whole_on_a_tap(
    large: CounterWindow, desk: Desk, rewarded: dict[str, Any]
) -> None:
    window = large
    await show(desk, rewarded)
    window.banner.say("warn", LONG, seconds=None)
    settle()
    banner = window.banner
    # Two lines at most, elided: a quarter of the window at most.
    assert banner.height() <= window.height() // 4
    assert at_a_glance(window) == []
    # Cut short, then whole on a tap (the tooltip and the screen reader have it whole).
    assert banner.text.is_elided()
    assert banner.text.toolTip() == LONG
    QTest.mouseClick(banner.text, Qt.MouseButton.LeftButton)
    settle()
    assert banner.expanded
    assert not banner.text.is_elided()
    QTest.mouseClick(banner.text, Qt.MouseButton.LeftButton)
    settle()
    assert not banner.expanded
    assert at_a_glance(window) == []
    # A question keeps the member's name and stamps in sight too.
    asked = expect(desk.counter.controller.prompt_changed, lambda prompt: prompt is not None)
    window.panel.reward_buttons[0].click()
    await asked.wait()
    settle()
    assert banner.asking
    assert in_sight(window, window.panel.name)
    assert in_sight(window, window.panel.count)
    assert in_sight(window, banner.confirm)


def hint_room(field: QLineEdit) -> int:
    """The pixels a QLineEdit draws its placeholder in (past them it elides it)."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    shown = [b for b in field.findChildren(QToolButton) if b.isVisibleTo(field)]
    return room.width() - margins.left() - margins.right() - 4 - sum(b.width() for b in shown)


def elided_hints(window: CounterWindow) -> list[str]:
    fields = {"search": window.search.field, "card code": window.idle.code}
    return [
        f"{name}: {field.placeholderText()!r} in {hint_room(field)} px"
        for name, field in fields.items()
        if field.isVisible()
        and field.fontMetrics().horizontalAdvance(field.placeholderText()) > hint_room(field)
    ]


async def test_the_fields_show_their_whole_hint(
    large: CounterWindow, desk: Desk, rewarded: dict[str, Any]
) -> None:
    window = large
    assert elided_hints(window) == []
    window.activateWindow()
    window.idle.code.setFocus()  # a focused field's border is thicker in this theme
    settle()
    assert elided_hints(window) == []
    assert window.search.field.placeholderText().startswith("Search")
    assert window.idle.code.placeholderText().startswith("Card code")
    await show(desk, rewarded)
    settle()
    assert elided_hints(window) == []


async def test_each_reward_shows_its_key_and_the_key_redeems_it(
    large: CounterWindow, desk: Desk, rewarded: dict[str, Any]
) -> None:
    window = large
    await show(desk, rewarded)
    settle()
    buttons = window.panel.reward_buttons
    assert [b.text().split()[0] for b in buttons] == ["Alt+1", "Alt+2"]
    asked = expect(desk.counter.controller.prompt_changed, lambda prompt: prompt is not None)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    (prompt,) = await asked.wait()
    assert prompt.reward == buttons[1].property("reward")


async def test_a_laptop_at_the_usual_text_keeps_its_arrangement(
    desk: Desk, rewarded: dict[str, Any]
) -> None:
    """1366×768 at 100 % (the README's screenshots): the rewards in their own place
    beside the buttons, the search field's whole wording, two lines of banner."""
    window: CounterWindow = desk.window
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(LAPTOP - FRAME_ALLOWANCE)
    await show(desk, rewarded)
    window.banner.say("info", LONG, seconds=None)
    settle()
    assert window.panel.rewards_area.isVisible()
    assert scroller_of(window.panel.reward_buttons[0]) is window.panel.rewards_area
    assert window.search.field.placeholderText() == "Search name, email or phone  (Ctrl+F)"
    assert window.idle.code.placeholderText() == "Card code or link"
    assert window.banner.height() >= 2 * window.banner.text.fontMetrics().lineSpacing()
    assert window.size() == QSize(LAPTOP - FRAME_ALLOWANCE)


async def test_at_150_percent_the_member_is_seen_at_a_glance_too(
    desk: Desk, qapp: QApplication, rewarded: dict[str, Any]
) -> None:
    """Side by side or compact, whichever the width allows: the same glance."""
    palette = apply_theme(qapp, "high-contrast", 150)
    try:
        window: CounterWindow = desk.window
        window.panel.set_palette(palette)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(TABLET - FRAME_ALLOWANCE)
        await show(desk, rewarded)
        settle()
        assert at_a_glance(window) == []
    finally:
        apply_theme(qapp, "light", 100)


async def test_after_a_member_an_unknown_card_leaves_the_scan_prompt_in_sight(
    large: CounterWindow, desk: Desk, rewarded: dict[str, Any]
) -> None:
    """The idle page is as tall as itself, not as the long member page: under a
    banner with its offer, the scan prompt still shows (not the top of a page
    stretched to the member page's height)."""
    window = large
    await show(desk, rewarded)
    settle()
    window.controller.done()
    window.banner.offer(
        "error",
        "No member has this card on this program. Check the card, or search the member "
        "by name (Ctrl+F).",
        "New member  (F2)",
        lambda: None,
        seconds=None,
    )
    settle()
    assert window.pages.currentWidget() is window.idle
    assert in_sight(window, window.idle.prompt)


def test_a_note_that_grows_after_the_panel_was_rearranged_shows_whole(
    qapp: QApplication,
) -> None:
    # A window shown small, then larger, arranges the panel compact and back again;
    # a note that grows after that must still get the height of all its lines.
    panel = MemberPanel()
    panel.resize(600, 500)
    panel.show()
    panel.set_compact(True)
    panel.set_compact(False)
    note = panel.queue_line
    note.setText("Included: 1 stamp from this station, on its way.")
    note.show()
    settle()
    note.setText(LONG + " " + LONG)
    settle()
    assert note.heightForWidth(note.width()) > note.fontMetrics().lineSpacing() * 2
    assert note.height() >= note.heightForWidth(note.width())
    panel.close()
