"""The station as app.py runs it, on the demo server, offscreen: damaged files at
start, the settings dialog's live changes, a program switch and a server restart."""

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from pos_loyalty.app import Station
from pos_loyalty.station.embedded_server import ServerState
from pos_loyalty.station.journal import OperationState
from pos_loyalty.station.settings import SettingsStore, StationSettings
from pos_loyalty.ui.settings_dialog import SettingsDialog


def damaged_copies(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.damaged-*") if not p.name.endswith(("-wal", "-shm")))


@pytest.fixture
async def started(qapp: QApplication, tmp_path: Path) -> AsyncIterator[Station]:
    """A station started on the files the test left in ``tmp_path``."""
    previous_hook = sys.excepthook
    store = SettingsStore(tmp_path / "settings.toml")
    station = Station(qapp, store, store.load(), data=tmp_path)
    problems: list[str] = []
    station.show_problem = problems.append
    try:
        assert await station.start(), problems
        yield station
    finally:
        await station.shutdown()
        sys.excepthook = previous_hook


@pytest.fixture
def garbage(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_bytes(b"\xff\xfe\x00 garbage = [[[ \x81")
    (tmp_path / "station-demo.sqlite3").write_bytes(bytes(range(256)) * 40)


@pytest.mark.usefixtures("garbage")
async def test_garbage_files_give_a_message_and_a_working_counter(
    started: Station, tmp_path: Path
) -> None:
    window = started.window
    assert window is not None
    assert window.isVisible()
    text = window.banner.text.text()
    assert window.banner.level == "warn"
    assert "settings file could not be read" in text
    assert "station file was damaged" in text
    assert "Traceback" not in text
    kept = damaged_copies(tmp_path)
    assert [p.name.split(".damaged-")[0] for p in kept] == ["settings.toml", "station-demo.sqlite3"]
    for path in kept:
        assert str(path) in text
    # The counter works: a scan shows the member.
    assert started.core.client is not None
    assert started.controller is not None
    session = started.core.session
    assert session is not None
    page = await started.core.client.list_users(session.card.id, limit=1)
    task = started.controller.scan(page.members[0].code)
    assert task is not None
    await task
    view = started.controller.view
    assert view is not None
    assert view.member.id == page.members[0].id


async def test_a_theme_change_applies_without_a_restart(started: Station, tmp_path: Path) -> None:
    window = started.window
    assert window is not None
    dialog = SettingsDialog(
        started.settings, started.core.cards, started.core.secrets, started.wedge, window
    )
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    started._settings_closed(dialog, QDialog.DialogCode.Accepted)
    assert "Restart" not in window.banner.text.text()
    assert started.window is window  # same program: nothing rebuilt
    assert SettingsStore(tmp_path / "settings.toml").load().theme == "dark"


async def test_a_backend_change_says_restart(started: Station) -> None:
    window = started.window
    assert window is not None
    dialog = SettingsDialog(
        started.settings, started.core.cards, started.core.secrets, started.wedge, window
    )
    dialog.backend.setCurrentIndex(dialog.backend.findData("remote"))
    started._settings_closed(dialog, QDialog.DialogCode.Accepted)
    assert window.banner.text.text() == "Saved. Restart the app to use the new backend."


@pytest.fixture
def no_undo_window(tmp_path: Path) -> None:
    SettingsStore(tmp_path / "settings.toml").save(StationSettings(undo_seconds=0.0))


@pytest.mark.usefixtures("no_undo_window")
async def test_a_program_change_in_settings_switches_at_once(
    started: Station, tmp_path: Path
) -> None:
    old_window, session = started.window, started.core.session
    assert old_window is not None
    assert session is not None
    assert session.card.id == 1
    assert started.core.client is not None
    page = await started.core.client.list_users(1, limit=50)
    now = session.clock.now()
    member = next(m for m in page.members if m.voided_at is None and not m.is_expired(now))
    queued = session.add_stamps(member, 1, confirmed=True).operation
    dialog = SettingsDialog(
        started.settings, started.core.cards, started.core.secrets, started.wedge, old_window
    )
    dialog.program.setCurrentIndex(dialog.program.findData(2))
    started._settings_closed(dialog, QDialog.DialogCode.Accepted)
    await asyncio.gather(*started._tasks)
    new = started.core.session
    assert new is not None
    assert started.controller is not None
    assert new.card.id == 2
    assert started.controller.session is new
    assert started.window is not None
    assert started.window is not old_window
    assert started.window.isVisible()
    assert "Restart" not in started.window.banner.text.text()
    assert new.journal is session.journal
    assert SettingsStore(tmp_path / "settings.toml").load().card_id == 2
    # The stamp queued on the first program reaches that program, across the switch.
    await asyncio.wait_for(new.sender.wait_drained(), timeout=30)
    assert new.journal.get(queued.id).state is OperationState.APPLIED
    assert (await started.core.client.get_user(1, member.id)).stamps == member.stamps + 1


async def test_the_status_bar_says_when_the_demo_server_restarts(started: Station) -> None:
    import os
    import signal

    window, server = started.window, started.core.server
    assert window is not None
    assert server is not None
    assert server.pid is not None
    said: dict[ServerState, str] = {}
    back = asyncio.Event()

    def heard(state: ServerState) -> None:  # after the station's own listener
        assert started.window is not None
        said[state] = started.window.status.currentMessage()
        if state is ServerState.RESTARTED:
            back.set()

    started.core.server_listeners.append(heard)
    os.kill(server.pid, signal.SIGKILL)
    await asyncio.wait_for(back.wait(), timeout=60)
    assert said == {
        ServerState.RESTARTING: "Demo server stopped, restarting…",
        ServerState.RESTARTED: "Demo server restarted",
    }


def test_a_station_error_reaching_the_hook_is_shown_in_its_own_words() -> None:
    from pos_loyalty.station.errors import StationError
    from pos_loyalty.ui.errors import install_excepthook

    shown: list[str] = []
    previous = sys.excepthook
    install_excepthook(shown.append)
    try:
        try:
            raise StationError("The settings could not be saved. They apply until the app closes.")
        except StationError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert shown == ["The settings could not be saved. They apply until the app closes."]


def demo_servers_of(data: Path) -> list[str]:
    """The processes serving the demo database in ``data`` (from /proc)."""
    needle = str(data / "demo.sqlite3").encode()
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if needle in cmdline.read_bytes():
                found.append(cmdline.parent.name)
        except OSError:  # it ended while we looked
            continue
    return found


async def test_asked_to_quit_while_starting_it_stops_cleanly(
    qapp: QApplication, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    station = Station(qapp, store, store.load(), data=tmp_path)
    problems: list[str] = []
    station.show_problem = problems.append
    previous_hook = sys.excepthook
    station.request_quit()  # as a SIGTERM arriving while the demo server starts
    try:
        assert await station.run() == 0
    finally:
        sys.excepthook = previous_hook
    assert problems == []
    assert station.window is None
    assert station.core.server is not None  # it was being started …
    assert demo_servers_of(tmp_path) == []  # … and is stopped
