"""Editing a program's rules in the manager window, on the bundled server's own database
file (the real server process over HTTP, offscreen): the list, the server and the counter
take the new goal at once; refusals are said next to their field; another backend gets
no editor, and a line saying why."""

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from pos_loyalty.api import LoyaltyClient
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.ui.controller import CounterController
from pos_loyalty.ui.manager_program_edit import ProgramEditor
from pos_loyalty.ui.manager_programs import ProgramsTab
from pos_loyalty.ui.manager_window import ManagerContext, ManagerWindow
from tests.gui.signals import expect
from tests.support.counter_rig import ALICE, CounterRig, build_counter
from tests.support.server import RunningServer


@dataclass
class Desk:
    window: ManagerWindow
    counter: CounterRig
    api: httpx.Client
    card: dict[str, Any]


async def _desk(
    qapp: QApplication,
    qtbot: QtBot,
    server: RunningServer,
    card: dict[str, Any],
    tmp_path: Path,
    server_db: Path | None,
    api: httpx.Client,
) -> AsyncIterator[Desk]:
    conn = open_station_database(tmp_path / "station.sqlite3")
    clock = ManualClock()
    async with LoyaltyClient(server.base_url, server.key, server.secret) as client:
        program = next(c for c in await client.list_cards() if c.id == card["id"])
        rig = build_counter(qapp, client, program, conn, clock, tmp_path / "sounds")
        qtbot.addWidget(rig.window)
        session = rig.session
        context = ManagerContext(
            client, program, "test-server", session.journal, session.sender, ALICE, conn,
            tmp_path / "data", session.audit, server_db=server_db, session=session,
        )  # fmt: skip
        # Listening before the window exists: its first list is read as it opens.
        window = ManagerWindow(context)
        window.programs.edited.connect(rig.controller.vm.program_rules_changed)  # as the app
        qtbot.addWidget(window)
        listed = expect(window.programs.loaded)
        window.show()
        await listed.wait(30)
        yield Desk(window, rig, api, card)
        window.close()
        await rig.controller.aclose()
    conn.close()


@pytest.fixture
async def desk(
    qapp: QApplication,
    qtbot: QtBot,
    server: RunningServer,
    api: httpx.Client,
    card: dict[str, Any],
    tmp_path: Path,
) -> AsyncIterator[Desk]:
    async for made in _desk(qapp, qtbot, server, card, tmp_path, server.db_path, api):
        yield made


@pytest.fixture
async def remote_desk(
    qapp: QApplication,
    qtbot: QtBot,
    server: RunningServer,
    api: httpx.Client,
    card: dict[str, Any],
    tmp_path: Path,
) -> AsyncIterator[Desk]:
    async for made in _desk(qapp, qtbot, server, card, tmp_path, None, api):
        yield made


def choose(tab: ProgramsTab, card_id: int) -> int:
    """Open the Programs tab and pick the program, as a manager would."""
    tabs = tab.window().tabs  # type: ignore[attr-defined]
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "Programs"))
    row = next(i for i, p in enumerate(tab.programs) if p.card.id == card_id)
    tab.table.selectRow(row)
    return row


def set_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    table.setItem(row, column, QTableWidgetItem(text))


def server_card(api: httpx.Client, card_id: int) -> dict[str, Any]:
    cards = api.get("/loyalty/loyalty-cards")
    assert cards.status_code == 200, cards.text
    found: dict[str, Any] = next(c for c in cards.json() if c["id"] == card_id)
    return found


async def goal_on_the_counter(controller: CounterController, code: str) -> int:
    shown = expect(controller.member_changed, lambda view: view is not None)
    controller.scan(code)
    (view,) = await shown.wait(30)
    goal: int = view.goal
    return goal


async def test_a_new_goal_reaches_the_list_the_server_and_the_counter(desk: Desk) -> None:
    made = desk.api.post(
        f"/loyalty/loyalty-cards/{desk.card['id']}/stats", json={"first_name": "Ada"}
    )
    assert made.status_code == 201, made.text
    code = made.json()["code"]
    assert await goal_on_the_counter(desk.counter.controller, code) == 10

    tab = desk.window.programs
    editor = tab.editor
    row = choose(tab, desk.card["id"])
    assert editor.goal.isEnabled()
    assert editor.goal.text() == "10"
    assert editor.rewards.rowCount() == 2  # the Coffee Club's rewards at 5 and 10
    editor.goal.setText("8")
    set_cell(editor.rewards, 0, 0, "4")
    set_cell(editor.rewards, 0, 2, "30")
    set_cell(editor.rewards, 1, 0, "8")
    set_cell(editor.rewards, 1, 2, "")  # empty: the reward never expires
    editor.limit.setText("3")

    edited = expect(tab.edited)
    listed = expect(tab.loaded)
    editor.save.click()
    (card,) = await edited.wait(30)
    await listed.wait(30)

    assert card.stamps_required == 8
    assert tab.table.item(row, 1) is not None
    assert tab.table.item(row, 1).text() == "8"  # type: ignore[union-attr]
    assert "(30 days)" in tab.table.item(row, 2).text()  # type: ignore[union-attr]
    assert editor.status.text() == "Saved."
    on_server = server_card(desk.api, desk.card["id"])
    assert on_server["stamps_required"] == 8
    assert on_server["daily_stamp_limit"] == 3
    assert [(r["threshold"], r["validity_days"]) for r in on_server["rewards"]] == [
        (4, 30),
        (8, None),
    ]
    # The counter, with no restart: the member still on screen counts to 8 at once,
    # and so does the next scan.
    shown = desk.counter.controller.vm.view
    assert shown is not None
    assert shown.goal == 8
    assert desk.counter.session.stamp_goal == 8
    assert await goal_on_the_counter(desk.counter.controller, code) == 8

    # Emptying the limit takes it away again.
    editor.limit.setText("")
    edited = expect(tab.edited)
    editor.save.click()
    (card,) = await edited.wait(30)
    assert card.daily_stamp_limit is None
    assert server_card(desk.api, desk.card["id"])["daily_stamp_limit"] is None


async def test_a_refused_rule_is_said_next_to_its_field_and_nothing_changes(desk: Desk) -> None:
    tab = desk.window.programs
    editor = tab.editor
    choose(tab, desk.card["id"])
    before = server_card(desk.api, desk.card["id"])

    # Not numbers: said at once, before anything is sent.
    editor.goal.setText("ten")
    editor.limit.setText("many")
    editor.save.click()
    assert editor.goal_problem.isVisible()
    assert "whole number" in editor.goal_problem.text()
    assert editor.limit_problem.isVisible()
    assert not editor.rewards_problem.isVisible()

    # The server's own rules: a goal of 0, and a reward past the goal.
    editor.goal.setText("0")
    editor.limit.setText("")
    refused = expect(editor.refused)
    editor.save.click()
    await refused.wait(30)
    assert editor.goal_problem.text() == "The stamp goal must be at least 1."
    assert not editor.limit_problem.isVisible()

    editor.goal.setText("6")
    refused = expect(editor.refused)
    editor.save.click()
    await refused.wait(30)
    assert not editor.goal_problem.isVisible()
    assert editor.rewards_problem.text().startswith("Reward 2: ")
    assert "threshold must be between 1 and the goal" in editor.rewards_problem.text()

    editor.goal.setText("10")
    editor.limit.setText("0")
    refused = expect(editor.refused)
    editor.save.click()
    await refused.wait(30)
    assert editor.limit_problem.text() == "The daily stamp limit must be at least 1."
    assert server_card(desk.api, desk.card["id"]) == before


async def test_another_backend_gets_no_editor_and_a_line_saying_why(remote_desk: Desk) -> None:
    tab = remote_desk.window.programs
    editor: ProgramEditor = tab.editor
    choose(tab, remote_desk.card["id"])
    assert not editor.available
    for control in (*editor.controls, editor.save):
        assert not control.isEnabled()
    assert "only on the bundled" in editor.why.text()
    assert editor.why.isVisible()
    assert editor.status.text() == ""
