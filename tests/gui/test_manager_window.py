"""The manager window on the real server, offscreen: import with a progress bar, push
preview then send, copying a program, and the day's numbers to CSV."""

import asyncio
import csv
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from pos_loyalty.api import LoyaltyClient
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import Staff
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal, OperationKind
from pos_loyalty.station.sender import JournalSender
from pos_loyalty.station.settings import SecretStore, StationSettings
from pos_loyalty.ui.manager_window import ManagerContext, ManagerWindow
from pos_loyalty.ui.settings_dialog import SettingsDialog
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.gui.fit import TABLET, fit_problems, settle
from tests.gui.signals import expect
from tests.support.server import RunningServer

DAY = date(2026, 1, 5)  # the ManualClock starts at 09:00 UTC that day
MARIA = Staff(operator="Maria", station="Till 1")
# What a person works: each needs a name a screen reader can say (Qt's own parts aside).
CONTROLS = {"QPushButton", "QLineEdit", "QPlainTextEdit", "QRadioButton", "QTableWidget",
            "QDateEdit", "QProgressBar"}  # fmt: skip


@dataclass
class Desk:
    window: ManagerWindow
    client: LoyaltyClient
    journal: OperationJournal
    api: httpx.Client
    card: dict[str, Any]
    folder: Path


@pytest.fixture
async def desk(
    qapp: QApplication,
    qtbot: QtBot,
    server: RunningServer,
    api: httpx.Client,
    card: dict[str, Any],
    tmp_path: Path,
) -> AsyncIterator[Desk]:
    conn = open_station_database(tmp_path / "station.sqlite3")
    clock = ManualClock()
    journal = OperationJournal(conn, clock)
    async with LoyaltyClient(server.base_url, server.key, server.secret) as client:
        program = next(c for c in await client.list_cards() if c.id == card["id"])
        sender = JournalSender(journal, client)
        sending = asyncio.ensure_future(sender.run())
        context = ManagerContext(
            client, program, "test-server", journal, sender, MARIA, conn, tmp_path / "data",
            AuditLog(conn, clock), 30.0, UTC,
        )  # fmt: skip
        window = ManagerWindow(context)
        qtbot.addWidget(window)
        window.show()
        yield Desk(window, client, journal, api, card, tmp_path)
        window.close()
        sending.cancel()
        await asyncio.gather(sending, return_exceptions=True)
    conn.close()


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def members_of(api: httpx.Client, card: dict[str, Any]) -> list[dict[str, Any]]:
    response = api.get(f"/loyalty/loyalty-cards/{card['id']}/stats", params={"limit": 500})
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()
    return found


async def test_an_import_fills_the_bar_and_ends_with_exact_counts(desk: Desk) -> None:
    desk.api.post(
        f"/loyalty/loyalty-cards/{desk.card['id']}/stats",
        json={"first_name": "Already", "email": "already@example.com"},
    )
    lines = ["first_name,last_name,email"]
    lines += [f"Guest{i},Doe,guest{i}@example.com" for i in range(40)]
    lines.append("Twice,Doe,guest3@example.com")  # repeats a row of the file
    lines.append("Again,Doe,ALREADY@example.com")  # already in the program
    lines.append("Broken,Doe,not-an-e-mail")
    source = desk.folder / "members.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tab = desk.window.importer
    tab.path.setText(str(source))
    steps: list[int] = []
    tab.progress.valueChanged.connect(steps.append)

    checked = expect(tab.finished)
    tab.check.click()
    (summary, _report) = await checked.wait()
    assert (summary.dry_run, summary.not_sent, summary.skipped, summary.failed) == (True, 40, 2, 1)
    assert len(members_of(desk.api, desk.card)) == 1  # a dry run sends nothing

    done = expect(tab.finished)
    tab.run.click()
    assert tab.cancel.isEnabled()
    assert not tab.run.isEnabled()
    (summary, report) = await done.wait(30)
    assert (summary.imported, summary.skipped, summary.failed) == (40, 2, 1)
    assert tab.progress.value() == tab.progress.maximum()
    assert 40 in steps  # the bar went through the rows sent
    assert "Imported 40, skipped 2, failed 1" in tab.result.text()
    assert report in tab.result.text()
    assert Path(report).is_file()  # noqa: ASYNC240  (a stat, once)
    assert tab.run.isEnabled()
    assert not tab.cancel.isEnabled()
    emails = sorted(m["email"] for m in members_of(desk.api, desk.card))
    assert len(emails) == 41
    assert len(set(emails)) == 41


async def test_a_push_is_previewed_then_sent_and_shows_total_recipients(desk: Desk) -> None:
    made = [
        desk.api.post(
            f"/loyalty/loyalty-cards/{desk.card['id']}/stats", json={"first_name": name}
        ).json()
        for name in ("Ann", "Bob", "Cy")
    ]
    tab = desk.window.push
    tab.message.setPlainText("x" * 501)
    assert tab.count.text().startswith("501 / 500")
    assert "at most 500" in tab.count.text()
    tab.message.setPlainText("Double stamps on Friday!")
    assert tab.count.text() == "24 / 500"
    tab.codes.setText(f"{made[0]['code']}, {made[2]['code']}")
    tab.selection.setChecked(True)

    previewed = expect(tab.previewed)
    tab.preview_button.click()
    (preview,) = await previewed.wait()
    assert preview.count == 2
    assert tab.preview_text.text() == "To 2 members: Ann, Cy."
    assert tab.send_button.isEnabled()

    sent = expect(tab.sent)
    tab.send_button.click()
    (outcome,) = await sent.wait()
    assert outcome.total_recipients == 2
    assert tab.status.text() == "Sent to 2 members."
    feeds = [httpx.get(m["download_url"] + "/messages", timeout=30).json() for m in made]
    assert [[x["message"] for x in f["messages"]] for f in feeds] == [
        ["Double stamps on Friday!"], [], ["Double stamps on Friday!"],
    ]  # fmt: skip


async def test_a_copied_program_appears_in_the_list(desk: Desk) -> None:
    tab = desk.window.programs
    if not tab.programs:
        await expect(tab.loaded).wait()
    row = next(i for i, p in enumerate(tab.programs) if p.card.id == desk.card["id"])
    assert cell(tab.table, row, 1) == "10"
    assert "Free cookie at 5" in cell(tab.table, row, 2)
    tab.table.selectRow(row)
    tab.name.setText("N" * 51)
    assert not tab.copy_button.isEnabled()
    assert tab.name_count.text() == "51 / 50"
    tab.name.setText("Summer club")
    assert tab.copy_button.isEnabled()

    reloaded = expect(tab.loaded, lambda programs: any(
        p.card.name == "Summer club" for p in programs))  # fmt: skip
    tab.copy_button.click()
    (programs,) = await reloaded.wait()
    names = [cell(tab.table, r, 0) for r in range(tab.table.rowCount())]
    assert "Summer club" in names
    copy = next(p for p in programs if p.card.name == "Summer club")
    assert (copy.goal, copy.members) == (10, 0)


async def test_the_days_numbers_are_shown_and_exported_to_csv(desk: Desk) -> None:
    for amount in (2, 3):
        desk.journal.append(
            OperationKind.ADD_STAMPS, desk.card["id"], {"amount": amount},
            operator="Maria", station="Till 1", member_id=1,
        )  # fmt: skip
    tab = desk.window.day
    shown = expect(tab.shown)
    tab.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    (numbers,) = await shown.wait()
    assert numbers.total.stamps == 5
    last = tab.table.rowCount() - 1
    assert [cell(tab.table, last, c) for c in range(3)] == ["Day", "everyone", "5"]
    assert tab.chart.accessibleDescription().startswith("Maria: Stamps 5, Rewards 0")

    out = desk.folder / "day.csv"
    tab.out.setText(str(out))
    exported = expect(tab.exported)
    tab.export_button.click()
    (path, rows) = await exported.wait()
    assert path == str(out)
    assert rows == 3
    with out.open(newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert [(r["scope"], r["operator"], r["stamps"]) for r in table] == [
        ("shift", "Maria (no sign-in)", "5"), ("operator", "Maria", "5"), ("day", "", "5"),
    ]  # fmt: skip


async def test_every_tab_fits_a_tablet_and_names_its_controls(desk: Desk) -> None:
    window = desk.window
    window.resize(TABLET - QSize(16, 48))
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        assert fit_problems(window) == [], window.tabs.tabText(index)
    for tab in (window.importer, window.push, window.programs, window.day):
        unnamed = [
            w.metaObject().className()
            for w in tab.findChildren(QWidget)
            if w.metaObject().className() in CONTROLS and not w.objectName().startswith("qt_")
            and not w.accessibleName()
        ]  # fmt: skip
        assert unnamed == [], type(tab).__name__


async def test_a_cancelled_import_finishes_on_the_next_run_with_each_member_once(
    desk: Desk,
) -> None:
    lines = ["first_name,email", *(f"Guest{i},guest{i}@example.com" for i in range(40))]
    source = desk.folder / "members.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tab = desk.window.importer
    tab.batch_size = 10  # four batches: the first one settled, then Cancel
    tab.path.setText(str(source))
    cancelled = expect(tab.cancelled)

    def cancel_once_moving(value: int) -> None:
        if value:
            tab.cancel.click()

    tab.progress.valueChanged.connect(cancel_once_moving)
    tab.run.click()
    await cancelled.wait(30)
    tab.progress.valueChanged.disconnect(cancel_once_moving)
    assert tab.status.text().startswith("Cancelled.")
    assert tab.run.isEnabled()
    assert len(members_of(desk.api, desk.card)) < 40

    done = expect(tab.finished)
    tab.run.click()
    (summary, _report) = await done.wait(30)
    assert (summary.imported, summary.failed, summary.not_sent) == (40, 0, 0)
    emails = [m["email"] for m in members_of(desk.api, desk.card)]
    assert sorted(emails) == sorted(f"guest{i}@example.com" for i in range(40))


async def test_settings_opens_the_manager_window_and_closes_it_with_itself(
    desk: Desk, qtbot: QtBot, wedge: WedgeFilter
) -> None:
    settings = SettingsDialog(StationSettings(), [desk.window.context.card], SecretStore(), wedge)
    qtbot.addWidget(settings)
    opened: list[ManagerWindow] = []

    def open_manager() -> None:  # as the station does it
        manager = ManagerWindow(desk.window.context, settings)
        settings.finished.connect(manager.close)
        manager.show()
        opened.append(manager)

    settings.manager_requested.connect(open_manager)
    settings.open()
    assert settings.manager_button.accessibleName() == "Open the manager window"
    settings.manager_button.click()
    assert len(opened) == 1
    assert opened[0].isVisible()
    settings.reject()
    assert not opened[0].isVisible()
