"""Staff set up from Settings → Staff, Settings and the audit export behind a manager,
a member's details changed, and the history with its CSV; at the counter on the
real server."""

import csv
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from pos_loyalty.ui.history_dialog import HistoryDialog
from pos_loyalty.ui.member_dialogs import EditDialog
from pos_loyalty.ui.staff_page import StaffPage
from tests.gui.test_member_enrolment import Desk, desk, user_url
from tests.gui.test_member_staff import pin_dialog, show
from tests.support.member_rig import MARIA_PIN, staff_up

__all__ = ["desk"]  # the fixture, shared with test_member_enrolment


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def header(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    assert item is not None, column
    return item.text()


def pick_file(dialog: object, path: Path) -> None:
    """Choose ``path`` in a "save as" dialog, as a person would, and confirm."""
    assert isinstance(dialog, QFileDialog)
    dialog.selectFile(str(path))
    dialog.accept()


async def test_the_first_manager_then_settings_and_the_audit_export_need_one(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    gate, access = desk.rig.screens.gate, desk.rig.access
    opened: list[str] = []
    gate.ask_settings(desk.window, lambda: opened.append("settings"))
    assert opened == ["settings"]  # a station without staff: Settings are open to all

    page = StaffPage(access, gate)
    qtbot.addWidget(page)
    page.show()
    assert page.adding.title() == "Add the first manager"
    assert not page.role.isEnabled()  # the first one is a manager
    assert page.chosen_box.isHidden()
    page.name.setText("Maria")
    page.pin.setText(MARIA_PIN)
    page.pin_again.setText("4812")
    page.add.click()
    assert page.message.text() == "The two PINs differ: type the same PIN twice."
    page.pin_again.setText(MARIA_PIN)
    page.add.click()  # nobody to ask yet: no PIN dialog
    assert page.message.text() == "Maria was added as manager."
    assert page.adding.title() == "Add a member of staff"
    assert page.role.currentData() == "cashier"

    page.name.setText("Carl")
    page.pin.setText("1234")
    page.pin_again.setText("1234")
    page.add.click()
    pin_dialog(gate).enter(MARIA_PIN)  # a manager's change now
    assert (
        page.message.text()
        == "A PIN of digits in a row (1234, 9876) is too easy to guess. Choose another."
    )
    page.pin.setText("7350")
    page.pin_again.setText("7350")
    page.add.click()
    pin_dialog(gate).enter(MARIA_PIN)
    assert page.message.text() == "Carl was added as cashier."
    assert [m.name for m in access.roster.members()] == ["Carl", "Maria"]

    gate.ask_settings(desk.window, lambda: opened.append("settings"))
    assert opened == ["settings"]  # now staff exist: a manager's PIN first
    asked = pin_dialog(gate)
    assert asked.windowTitle() == "Changing the settings"
    asked.enter(MARIA_PIN)
    assert opened == ["settings", "settings"]

    page.export.click()
    pin_dialog(gate).enter(MARIA_PIN)
    out = tmp_path / "audit.csv"
    pick_file(page.file_dialog, out)
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows[-1]["action"] == "audit_export"
    assert rows[-1]["operator"] == "Maria"
    assert {"staff_add", "pin"} <= {row["action"] for row in rows}
    assert MARIA_PIN not in out.read_text()
    assert page.message.text() == f"{len(rows)} entries of the audit log written to {out}."


async def test_a_managers_change_of_details_goes_to_the_server(
    desk: Desk, member: dict[str, Any], api: httpx.Client, card: dict[str, Any]
) -> None:
    staff_up(desk.rig.access)
    shown = await show(desk, member)
    desk.window.member_action_requested.emit("edit")
    pin_dialog(desk.rig.screens.gate).enter(MARIA_PIN)
    edit = desk.rig.screens.dialog
    assert isinstance(edit, EditDialog)
    assert edit.form.fields["email"].text() == "John@Doe.com"
    edit.save_button.click()
    assert edit.note.text() == "Nothing was changed: the details are as they were."
    edit.form.fields["phone"].setText("12")
    edit.save_button.click()
    assert "at least 6 digits" in edit.form.problem_labels["phone"].text()
    edit.form.fields["phone"].clear()
    edit.form.fields["city"].setText("Leeds")
    edit.form.fields["email"].clear()  # cleared on the server
    edit.save_button.click()
    assert not edit.isVisible()
    assert "on their way" in desk.window.banner.text.text()
    await desk.drain()
    on_server = api.get(user_url(card, shown.id)).json()
    assert (on_server["city"], on_server["email"]) == ("Leeds", None)


async def test_the_members_history_and_the_shift_totals_as_csv(
    desk: Desk, member: dict[str, Any], tmp_path: Path
) -> None:
    staff_up(desk.rig.access)  # Carl, a cashier, may look
    await show(desk, member)
    desk.window.action_panel.plus_one.click()
    await desk.drain()
    desk.window.member_action_requested.emit("history")
    history = desk.rig.screens.dialog
    assert isinstance(history, HistoryDialog)
    table = history.member_table
    assert table.rowCount() == 1
    assert [cell(table, 0, c) for c in range(1, 5)] == [
        "1 stamp for John Doe",
        "done",
        "Carl",
        "Till 1",
    ]
    totals = history.totals_table
    assert history.period.currentText().startswith("Since Carl signed in")
    heads = [header(totals, c) for c in range(totals.columnCount())]
    assert heads == ["What", "Carl", "Everyone"]
    assert [cell(totals, 0, c) for c in range(3)] == ["Stamps", "1", "1"]

    history.export_member.click()
    pick_file(history.file_dialog, tmp_path / "history.csv")
    with (tmp_path / "history.csv").open(newline="", encoding="utf-8") as f:
        lines = list(csv.DictReader(f))
    assert [(r["what"], r["stamps"], r["operator"]) for r in lines] == [
        ("1 stamp for John Doe", "1", "Carl")
    ]
    history.export_shift.click()
    pick_file(history.file_dialog, tmp_path / "shift.csv")
    with (tmp_path / "shift.csv").open(newline="", encoding="utf-8") as f:
        shift = list(csv.DictReader(f))
    assert [(r["operator"], r["stamps"]) for r in shift] == [("Carl", "1"), ("all", "1")]
