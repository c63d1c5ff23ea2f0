"""Start-up without Qt: the backend, the program, the station file and the session.

Damaged files get a clear message and a fresh start, never a traceback: the old
file is kept beside the new one, and the queued writes that can still be read
are carried over with their keys.
"""

import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import keyring
import pytest

from pos_loyalty.api import RetryPolicy
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal, OperationKind, OperationState
from pos_loyalty.station.settings import SecretStore, SettingsStore, StationSettings
from pos_loyalty.station.startup import StartupError, StationCore, restart_reasons
from pos_loyalty.station.station_file import open_station_file
from tests.support.server import RunningServer
from tests.unit.test_settings import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def remote(server: RunningServer, **changes: object) -> StationSettings:
    return StationSettings(backend="remote", base_url=server.base_url, api_key=server.key).updated(
        **changes
    )


@pytest.fixture
async def core_for(memory_keyring: MemoryKeyring) -> AsyncIterator[list[StationCore]]:
    """Cores made by a test, each closed at its end."""
    made: list[StationCore] = []
    yield made
    for core in made:
        await core.aclose()


def new_core(made: list[StationCore], settings: StationSettings, data: Path) -> StationCore:
    core = StationCore(settings, settings_path=data / "settings.toml", data=data)
    made.append(core)
    return core


# The backend and the program


async def test_a_wrong_key_stops_start_up_with_what_to_do(
    server: RunningServer, tmp_path: Path, core_for: list[StationCore]
) -> None:
    SecretStore().set(server.key, "wrong-secret")
    core = new_core(core_for, remote(server), tmp_path)
    with pytest.raises(StartupError, match="refused the API key or secret"):
        await core.start()


async def test_a_remote_backend_without_a_secret_says_how_to_set_it_up(
    tmp_path: Path, core_for: list[StationCore]
) -> None:
    settings = StationSettings(backend="remote", base_url="https://x.example/v4", api_key="pk")
    core = new_core(core_for, settings, tmp_path)
    with pytest.raises(StartupError, match=r"open Settings \(F10\)"):
        await core.start()


async def test_a_remote_backend_starts_with_the_secret_from_the_keyring(
    server: RunningServer, tmp_path: Path, core_for: list[StationCore]
) -> None:
    SecretStore().set(server.key, server.secret)
    core = new_core(core_for, remote(server, card_id=2), tmp_path)
    session = await core.start()
    assert core.backend_id not in ("", "demo")
    assert session.card.id == 2
    assert session.card.name == "Smoothie Bar"
    assert server.secret not in repr(core.client)
    assert core.notices == []


async def test_offline_at_start_the_program_last_seen_is_used(
    server: RunningServer, tmp_path: Path, core_for: list[StationCore]
) -> None:
    SecretStore().set(server.key, server.secret)
    online = new_core(core_for, remote(server, card_id=2), tmp_path)
    await online.start()
    await online.aclose()
    core_for.remove(online)
    # The same backend, unreachable now (same address, so the same station file).
    offline = new_core(core_for, remote(server, card_id=2), tmp_path)
    await offline.connect()
    assert offline.client is not None
    offline.client.base_url = "http://127.0.0.1:9/v4"
    offline.client.retry = RetryPolicy(attempts=1)
    offline.open_station_file()
    card = await offline.choose_card(offline.client)
    assert (card.id, card.name, card.stamps_required) == (2, "Smoothie Bar", 8)
    assert "cannot be reached" in offline.notices[0]


async def test_offline_at_start_with_no_program_known_says_so(
    tmp_path: Path, core_for: list[StationCore], memory_keyring: MemoryKeyring
) -> None:
    settings = StationSettings(backend="remote", base_url="http://127.0.0.1:9/v4", api_key="pk")
    SecretStore().set("pk", "sk")
    core = new_core(core_for, settings, tmp_path)
    client = await core.connect()
    client.retry = RetryPolicy(attempts=1)
    core.open_station_file()
    with pytest.raises(StartupError, match="cannot be reached and no program is chosen"):
        await core.choose_card(client)


def test_only_the_backend_and_the_camera_need_a_restart() -> None:
    old = StationSettings()
    assert restart_reasons(old, old.updated(theme="dark", sounds=False, card_id=2)) == []
    assert restart_reasons(old, old.updated(backend="remote")) == ["backend"]
    assert restart_reasons(old, old.updated(camera="0")) == ["camera"]
    # Camera sizes matter only with a camera.
    assert restart_reasons(old, old.updated(camera_width=640)) == []


# Switching program


async def test_switching_program_keeps_the_journal_and_its_queued_writes(
    server: RunningServer, tmp_path: Path, core_for: list[StationCore]
) -> None:
    SecretStore().set(server.key, server.secret)
    core = new_core(core_for, remote(server, card_id=1, undo_seconds=0.0), tmp_path)
    coffee = await core.start()
    assert core.client is not None
    page = await core.client.list_users(1, limit=1)
    member = page.members[0]
    ticket = coffee.add_stamps(member, 1, confirmed=True)  # queued, not sent yet
    smoothie_card = core.card(2)
    assert smoothie_card is not None
    smoothie = core.switch_card(smoothie_card)
    assert smoothie.card.id == 2
    assert core.settings.card_id == 2
    assert smoothie.journal is coffee.journal
    # The new session's sender sends the old program's write to its own program.
    await smoothie.sender.send_ready()
    applied = smoothie.journal.get(ticket.operation.id)
    assert applied.state is OperationState.APPLIED
    assert (await core.client.get_user(1, member.id)).stamps == member.stamps + 1


# Damaged files


def test_a_settings_file_of_garbage_is_moved_aside_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\x00\xff\xfegarbage\x81 = = [[")
    store = SettingsStore(path)
    assert store.load() == StationSettings()
    (kept,) = tmp_path.glob("settings.toml.damaged-*")
    assert kept.read_bytes() == b"\x00\xff\xfegarbage\x81 = = [["
    assert str(kept) in store.problems[0]
    assert "could not be read" in store.problems[0]
    assert "Traceback" not in store.problems[0]
    # A fresh file is in its place, and the next start is quiet.
    again = SettingsStore(path)
    assert again.load() == StationSettings()
    assert again.problems == []


def test_settings_that_cannot_be_saved_say_so(tmp_path: Path) -> None:
    from pos_loyalty.station.settings import SettingsSaveError

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    store = SettingsStore(blocker / "settings.toml")
    with pytest.raises(SettingsSaveError, match="could not be saved") as caught:
        store.save(StationSettings())
    assert "apply until the app closes" in caught.value.message


def test_a_station_file_of_garbage_is_moved_aside_and_a_fresh_one_used(tmp_path: Path) -> None:
    path = tmp_path / "station-demo.sqlite3"
    path.write_bytes(b"this is not a database " * 500)
    opened = open_station_file(path)
    (kept,) = damaged_copies(tmp_path)
    assert kept.read_bytes().startswith(b"this is not a database")
    assert opened.notice is not None
    assert str(kept) in opened.notice
    assert "could not be read, so writes queued in it were not sent" in opened.notice
    journal = OperationJournal(opened.conn, ManualClock())
    journal.append(OperationKind.ADD_STAMPS, 1, {"amount": 1}, operator="A", station="B")
    assert journal.open_count() == 1
    opened.conn.close()


def damaged_station_file(path: Path) -> dict[str, str]:
    """A station file with writes in every state, whose audit log's last page is
    overwritten with garbage: what a bad sector does. Returns key → state of the
    writes that must be carried over."""
    clock = ManualClock()
    conn = open_station_database(path)
    journal = OperationJournal(conn, clock)
    carried: dict[str, str] = {}
    for state in ("pending", "sent", "applied", "needs_review", "rejected", "cancelled"):
        op = journal.append(
            OperationKind.ADD_STAMPS, 1, {"amount": 1}, operator="A", station="B", member_id=7
        )
        conn.execute("UPDATE operations SET state = ? WHERE id = ?", (state, op.id))
        if state in ("pending", "sent", "needs_review"):
            carried[op.idempotency_key] = state
    journal.remember("idempotency_supported:demo", "true")
    audit = AuditLog(conn, clock)
    for _ in range(400):
        audit.record("add_stamps", operator="A", station="B", outcome="queued", detail="x" * 200)
    conn.close()  # checkpoints the WAL into the file
    page_size = 4096
    with path.open("r+b") as file:
        size = file.seek(0, 2)
        file.seek(size - page_size)
        file.write(b"\xde\xad" * (page_size // 2))
    assert not sound(path), "the test should have damaged the file"
    return carried


def sound(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def damaged_copies(folder: Path) -> list[Path]:
    """The files moved aside (not SQLite's -wal and -shm beside them)."""
    return sorted(p for p in folder.glob("*.damaged-*") if not p.name.endswith(("-wal", "-shm")))


def test_a_damaged_station_file_keeps_its_queued_writes(tmp_path: Path) -> None:
    path = tmp_path / "station-demo.sqlite3"
    expected = damaged_station_file(path)
    opened = open_station_file(path)
    assert opened.notice is not None
    assert "its 3 queued writes were kept" in opened.notice
    (kept,) = damaged_copies(tmp_path)
    assert str(kept) in opened.notice
    rows = opened.conn.execute("SELECT idempotency_key, state FROM operations").fetchall()
    assert {key: state for key, state in rows} == expected
    journal = OperationJournal(opened.conn, ManualClock())
    assert journal.recall("idempotency_supported:demo") == "true"
    opened.conn.close()
    assert sound(path)


def test_a_sound_station_file_is_opened_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "station-demo.sqlite3"
    conn = open_station_database(path)
    OperationJournal(conn, ManualClock()).append(
        OperationKind.ADD_STAMPS, 1, {"amount": 1}, operator="A", station="B"
    )
    conn.close()
    opened = open_station_file(path)
    assert opened.notice is None
    assert damaged_copies(tmp_path) == []
    assert OperationJournal(opened.conn, ManualClock()).open_count() == 1
    opened.conn.close()


async def test_a_demo_station_starts_on_garbage_files(tmp_path: Path) -> None:
    """Garbage in the settings and the station file: a working counter, two notes."""
    settings_path = tmp_path / "settings.toml"
    settings_path.write_bytes(b"\x89PNG garbage [[[")
    (tmp_path / "station-demo.sqlite3").write_bytes(b"\x00" * 5000)
    store = SettingsStore(settings_path)
    core = StationCore(store.load(), settings_path=settings_path, data=tmp_path)
    try:
        session = await core.start()
        assert core.client is not None
        page = await core.client.list_users(session.card.id, limit=1)
        found = await session.lookup(page.members[0].code)
        assert found.member.id == page.members[0].id
        assert len(store.problems) == 1
        assert len(core.notices) == 1
        assert "station file was damaged" in core.notices[0]
        assert len(damaged_copies(tmp_path)) == 2
    finally:
        await core.aclose()


async def test_closing_the_core_closes_its_http_client_and_station_file(
    server: RunningServer, tmp_path: Path, core_for: list[StationCore]
) -> None:
    SecretStore().set(server.key, server.secret)
    core = new_core(core_for, remote(server), tmp_path)
    await core.start()
    await core.aclose()
    core_for.remove(core)
    assert core.http.is_closed
    assert core.conn is None


def test_without_a_kept_copy_the_members_leave_the_station_file(tmp_path: Path) -> None:
    from pos_loyalty.api import Member
    from pos_loyalty.station.clock import ManualClock
    from pos_loyalty.station.database import open_station_database
    from pos_loyalty.station.member_index import MemberIndex
    from pos_loyalty.station.startup import member_index

    conn = open_station_database(tmp_path / "station.sqlite3")
    clock = ManualClock()
    kept = member_index(conn, 1, clock)
    kept.put(Member(id=7, code="a" * 21, first_name="Léa"))
    assert MemberIndex(conn, 1, clock=clock).get("a" * 21) is not None
    memory_only = member_index(conn, 1, clock, keep_copy=False)
    assert MemberIndex(conn, 1, clock=clock).get("a" * 21) is None
    memory_only.put(Member(id=8, code="b" * 21, first_name="Ines"))
    assert memory_only.get("b" * 21) is not None
    assert MemberIndex(conn, 1, clock=clock).get("b" * 21) is None
