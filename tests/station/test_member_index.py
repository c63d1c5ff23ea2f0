"""The member index lives in the station database: lookups and name searches work
offline from it, passes keep it current, and it can be purged."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos_loyalty.api import ApiTimeoutError, LoyaltyClient, Member, RetryPolicy
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.errors import describe
from pos_loyalty.station.index_refresh import IndexRefresher, RefreshOutcome, refresh_index
from pos_loyalty.station.lookup import (
    MemberInOtherProgramError,
    MemberLookup,
    MemberNotFoundError,
    NotInStationCopyError,
    copy_note,
)
from pos_loyalty.station.member_index import MemberIndex
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.server import RunningServer, run_cli

ONE_TRY = RetryPolicy(attempts=1)
PEOPLE = [
    {
        "first_name": "Nora",
        "last_name": "Lindqvist",
        "email": "nora@example.com",
        "phone": "+46 70 111",
    },
    {"first_name": "Chloé", "last_name": "Dubois", "email": "chloe@example.fr", "city": "Lyon"},
    {"first_name": "Jules", "last_name": "Martin", "phone": "0612345678"},
    {"first_name": "100%_sure", "last_name": "Percent"},
]


def stats_url(card: dict[str, Any], member_id: int | None = None) -> str:
    url = f"/loyalty/loyalty-cards/{card['id']}/stats"
    return url if member_id is None else f"{url}/{member_id}"


def enroll(api: httpx.Client, card: dict[str, Any], people: list[dict[str, Any]]) -> list[Any]:
    response = api.post(stats_url(card) + "/bulk", json=people)
    assert response.status_code in (200, 201), response.text
    created: list[Any] = response.json()
    return created


@pytest.fixture
def station_file(tmp_path: Path) -> Path:
    return tmp_path / "station-test.sqlite3"


@pytest.fixture
async def online_client(proxy: FaultProxy, server: RunningServer) -> AsyncIterator[LoyaltyClient]:
    """A client through the fault proxy: ``proxy.refuse()`` takes the server away."""
    async with LoyaltyClient(proxy.base_url, server.key, server.secret, retry=ONE_TRY) as client:
        yield client


def open_index(path: Path, card_id: int, clock: ManualClock) -> MemberIndex:
    return MemberIndex(open_station_database(path), card_id, clock=clock)


async def test_a_station_that_starts_offline_looks_up_and_searches_from_its_copy(
    api: httpx.Client,
    card: dict[str, Any],
    proxy: FaultProxy,
    online_client: LoyaltyClient,
    station_file: Path,
    clock: ManualClock,
) -> None:
    nora, chloe, *_ = enroll(api, card, PEOPLE)
    # A day at the counter, online: the copy is filled, then the station closes.
    await refresh_index(open_index(station_file, card["id"], clock), online_client)
    filled_at = clock.now()
    clock.advance(3600)

    # The next morning the server cannot be reached; the station starts anyway.
    proxy.refuse()
    index = open_index(station_file, card["id"], clock)
    lookup = MemberLookup(online_client, index, card["id"])

    found = await lookup.lookup(nora["code"])
    assert found.from_index
    assert found.member.id == nora["id"]
    assert found.member.email == "nora@example.com"
    assert found.copy_updated_at == filled_at

    result = await lookup.search("chlo", limit=20)
    assert result.from_copy
    assert [m.id for m in result.members] == [chloe["id"]]
    assert result.copy_updated_at == filled_at
    assert result.offline_error is not None
    local = filled_at.astimezone()
    assert result.note(clock.now()) == f"From this station's copy, updated {local:%H:%M}."

    with pytest.raises(NotInStationCopyError) as unknown:
        await lookup.lookup("zzzzzzzzzzzzzzzzzzzzz")
    assert "Search the member by name (Ctrl+F)" in describe(unknown.value)


async def test_a_server_that_hangs_is_given_up_on_at_the_deadline(
    api: httpx.Client,
    card: dict[str, Any],
    proxy: FaultProxy,
    server: RunningServer,
    clock: ManualClock,
) -> None:
    """A server that takes requests and never answers (rather than refusing them)
    must not hold the cashier for the client's retries of a long read timeout: the
    lookup, the search and the refresh give up at the lookup's deadline, and the
    station's copy answers where it can."""
    nora, *_ = enroll(api, card, PEOPLE)
    index = MemberIndex(clock=clock)
    async with LoyaltyClient(proxy.base_url, server.key, server.secret) as patient:
        await refresh_index(index, patient, card["id"])
        lookup = MemberLookup(patient, index, card["id"], deadline=0.2)
        proxy.inject(*[Fault.BLACKHOLE] * 20)
        # Bounded (the client alone would wait 4 x 10 s): a hang fails the test.
        async with asyncio.timeout(30):
            with pytest.raises(NotInStationCopyError):
                await lookup.lookup("zzzzzzzzzzzzzzzzzzzzz")
            result = await lookup.search("nora")
            with pytest.raises(ApiTimeoutError):
                await lookup.refresh(nora["id"])
    assert result.from_copy
    assert [m.id for m in result.members] == [nora["id"]]
    assert isinstance(result.offline_error, ApiTimeoutError)


async def test_online_search_is_the_servers_answer(
    api: httpx.Client, card: dict[str, Any], online_client: LoyaltyClient, clock: ManualClock
) -> None:
    nora, *_ = enroll(api, card, PEOPLE)
    lookup = MemberLookup(online_client, MemberIndex(clock=clock), card["id"])
    result = await lookup.search("  LINDQ ")
    assert not result.from_copy
    assert result.note(clock.now()) is None
    assert [m.id for m in result.members] == [nora["id"]]
    assert (await lookup.search("   ")).members == ()


@pytest.mark.parametrize(
    "keyword",
    ["nora", "CHLOÉ", "chloe@", "Nora Lindqvist", "+46 70", "lyon", "%", "_", "100%_", "mart", ""],
)
async def test_the_copy_finds_what_the_server_finds(
    api: httpx.Client,
    card: dict[str, Any],
    station_client: LoyaltyClient,
    keyword: str,
) -> None:
    people = enroll(api, card, PEOPLE)
    api.put(stats_url(card, people[2]["id"]) + "/void")  # voided members are left out
    index = MemberIndex()
    await refresh_index(index, station_client, card["id"])
    served = (await station_client.list_users(card["id"], keyword=keyword, limit=50)).members
    assert [m.id for m in index.search(keyword, 50)] == [m.id for m in served]


async def test_a_code_matches_whole_as_on_the_server(
    api: httpx.Client, card: dict[str, Any], station_client: LoyaltyClient
) -> None:
    nora, *_ = enroll(api, card, PEOPLE)
    index = MemberIndex()
    await refresh_index(index, station_client, card["id"])
    assert [m.id for m in index.search(nora["code"].upper())] == [nora["id"]]
    part = nora["code"][:8]
    served = (await station_client.list_users(card["id"], keyword=part)).members
    assert index.search(part) == served == []


async def test_a_pass_picks_up_new_changed_and_deleted_members(
    api: httpx.Client,
    card: dict[str, Any],
    station_client: LoyaltyClient,
    station_file: Path,
    clock: ManualClock,
) -> None:
    nora, chloe, jules, percent = enroll(api, card, PEOPLE)
    index = open_index(station_file, card["id"], clock)
    first = await refresh_index(index, station_client)
    assert (first.seen, first.added, first.changed, first.removed) == (4, 4, 0, 0)
    assert index.updated_at == clock.now()

    unchanged = await refresh_index(index, station_client)
    assert (unchanged.added, unchanged.changed, unchanged.removed) == (0, 0, 0)

    clock.advance(300)
    (olivia,) = enroll(api, card, [{"first_name": "Olivia", "last_name": "Berg"}])
    api.put(stats_url(card, nora["id"]), json={"last_name": "Lindgren"})
    api.post(stats_url(card, jules["id"]), json={"amount": 2})
    api.delete(stats_url(card, chloe["id"]))
    api.put(stats_url(card, percent["id"]) + "/void")
    changes = await refresh_index(index, station_client)
    assert (changes.seen, changes.added, changes.changed, changes.removed) == (4, 1, 3, 1)
    assert changes.unconfirmed == ()
    assert index.updated_at == clock.now()

    assert index.by_id(olivia["id"]) is not None
    assert index.get(olivia["code"]) == index.by_id(olivia["id"])
    assert index.by_id(chloe["id"]) is None
    assert index.get(chloe["code"]) is None
    assert [m.id for m in index.search("lindgren")] == [nora["id"]]
    assert index.search("lindqvist") == []
    assert index.by_id(jules["id"]).stamps == 2  # type: ignore[union-attr]
    # A voided card is kept, so a scan of it is refused at once, but a search leaves it out.
    assert index.get(percent["code"]).voided_at is not None  # type: ignore[union-attr]
    assert index.search("percent") == []
    assert len(index) == 4


@pytest.mark.parametrize(("fault", "reached"), [(Fault.FAIL_500, True), (Fault.DROP_ANSWER, False)])
async def test_a_pass_that_fails_leaves_the_copy_as_it_was(
    api: httpx.Client,
    card: dict[str, Any],
    proxy: FaultProxy,
    online_client: LoyaltyClient,
    station_file: Path,
    clock: ManualClock,
    fault: Fault,
    reached: bool,
) -> None:
    people = enroll(api, card, PEOPLE)
    index = open_index(station_file, card["id"], clock)
    outcomes: list[RefreshOutcome] = []
    refresher = IndexRefresher(index, online_client, page_size=2, on_result=outcomes.append)
    assert (await refresher.refresh_now()).ok
    before = {m["id"]: index.by_id(m["id"]) for m in people}
    filled_at = index.updated_at

    clock.advance(300)
    api.put(stats_url(card, people[3]["id"]), json={"first_name": "Changed"})
    api.delete(stats_url(card, people[0]["id"]))
    enroll(api, card, [{"first_name": "Newcomer"}])
    # The first page arrives; the second does not.
    proxy.inject(Fault.PASS, fault)
    failed = await refresher.refresh_now()

    assert outcomes == [outcomes[0], failed]
    assert not failed.ok
    assert failed.changes is None
    assert failed.reached_server is reached
    assert {m["id"]: index.by_id(m["id"]) for m in people} == before
    assert index.search("newcomer") == []
    assert index.updated_at == filled_at

    # The next pass that completes brings it all in.
    assert (await refresher.refresh_now()).ok
    assert index.by_id(people[0]["id"]) is None
    assert [m.first_name for m in index.search("newcomer")] == ["Newcomer"]
    assert index.updated_at == clock.now()


async def test_members_that_paging_skipped_are_asked_for_not_dropped(
    api: httpx.Client, card: dict[str, Any], server: RunningServer, clock: ManualClock
) -> None:
    """The listing is by offset: a member deleted during a pass shifts the later
    pages, and a member nobody deleted is skipped."""
    first, second, third, fourth, fifth = enroll(
        api, card, [{"first_name": f"M{n}"} for n in range(5)]
    )
    index = MemberIndex(clock=clock)
    pages: list[int] | None = None

    async def between_pages(response: httpx.Response) -> None:
        if pages is not None and response.url.path.endswith("/stats"):
            pages.append(len(pages) + 1)
            if pages == [1]:  # newest first: page 1 held the fifth and fourth
                api.delete(stats_url(card, fifth["id"]))

    async with (
        httpx.AsyncClient(event_hooks={"response": [between_pages]}) as http,
        LoyaltyClient(server.base_url, server.key, server.secret, http=http) as client,
    ):
        await refresh_index(index, client, card["id"])  # the copy before: all five
        pages = []
        changes = await refresh_index(index, client, card["id"], page_size=2)

    assert changes.seen == 4  # page 2 started at the second: the third was skipped
    assert changes.removed == 0
    assert changes.unconfirmed == ()  # the third was asked for, and is there
    assert index.by_id(third["id"]) is not None
    assert {m.id for m in index.search("m")} == {
        m["id"] for m in (first, second, third, fourth, fifth)
    }
    # The fifth was seen before it was deleted: the next pass removes it.
    pages = None
    async with LoyaltyClient(server.base_url, server.key, server.secret) as client:
        assert (await refresh_index(index, client, card["id"], page_size=2)).removed == 1
    assert index.by_id(fifth["id"]) is None


async def test_without_a_total_unseen_members_are_asked_for_one_by_one(
    api: httpx.Client,
    card: dict[str, Any],
    proxy: FaultProxy,
    online_client: LoyaltyClient,
    clock: ManualClock,
) -> None:
    people = enroll(api, card, PEOPLE)
    proxy.strip_headers = {b"x-total-count"}  # as a backend without the extension
    index = MemberIndex(clock=clock)
    await refresh_index(index, online_client, card["id"], page_size=3)
    assert len(index) == 4
    api.delete(stats_url(card, people[1]["id"]))
    api.delete(stats_url(card, people[2]["id"]))
    changes = await refresh_index(index, online_client, card["id"], confirm_at_most=1)
    assert (changes.removed, len(changes.unconfirmed)) == (1, 1)
    changes = await refresh_index(index, online_client, card["id"], confirm_at_most=1)
    assert (changes.removed, changes.unconfirmed) == (1, ())
    assert {m.id for m in index.search("")} == {people[0]["id"], people[3]["id"]}


async def test_the_refresher_reports_each_pass_and_waits_less_after_a_failure(
    api: httpx.Client,
    card: dict[str, Any],
    proxy: FaultProxy,
    online_client: LoyaltyClient,
    clock: ManualClock,
) -> None:
    enroll(api, card, PEOPLE)
    outcomes: list[RefreshOutcome] = []
    waits: list[float] = []

    class StopLoopError(Exception):
        pass

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 1:
            proxy.refuse()
        else:
            raise StopLoopError

    refresher = IndexRefresher(
        MemberIndex(clock=clock).for_card(card["id"]),
        online_client,
        every_seconds=300,
        retry_seconds=30,
        on_result=outcomes.append,
        sleep=sleep,
    )
    with pytest.raises(StopLoopError):
        await refresher.run()
    assert [(o.ok, o.reached_server) for o in outcomes] == [(True, True), (False, False)]
    assert outcomes[0].changes is not None
    assert outcomes[0].changes.added == 4
    assert waits == [300, 30]


async def test_a_copy_kept_in_memory_only_works_the_same(
    api: httpx.Client, card: dict[str, Any], station_client: LoyaltyClient
) -> None:
    """What a station that keeps no member copy on disk uses."""
    nora, *_ = enroll(api, card, PEOPLE)
    lookup = MemberLookup(station_client, MemberIndex(), card["id"])
    assert (await IndexRefresher(lookup.index, station_client).refresh_now()).ok
    assert (await lookup.lookup(nora["code"])).from_index
    with pytest.raises(ValueError, match="holds program"):
        MemberLookup(station_client, lookup.index, card["id"] + 1)


async def test_a_member_written_during_a_pass_keeps_its_newer_state(clock: ManualClock) -> None:
    index = MemberIndex(clock=clock)
    old = Member(id=1, code="a" * 21, first_name="Ada", stamps=1)
    newer = old.model_copy(update={"stamps": 2})
    index.put(old)
    walk = index.begin_pass()
    walk.add([old])  # the page was read before the stamp was applied
    index.put(newer)
    walk.finish(listing_consistent=True)
    assert index.get(old.code) == newer


async def test_the_copy_survives_reopening_and_is_kept_per_program(
    station_file: Path, clock: ManualClock
) -> None:
    ada = Member(id=7, code="b" * 21, first_name="Ada", email="ada@example.com", stamps=3)
    index = open_index(station_file, 1, clock)
    index.put(ada)
    walk = index.begin_pass()
    walk.add([ada])
    walk.finish(listing_consistent=True)
    index._conn.close()

    reopened = open_index(station_file, 1, clock)
    assert reopened.get(ada.code) == ada
    assert reopened.by_id(ada.id) == ada
    assert reopened.search("ADA@") == [ada]
    assert reopened.updated_at == clock.now()
    other = reopened.for_card(2)
    assert other.get(ada.code) is None
    assert other.updated_at is None
    assert len(other) == 0


def test_purge_wipes_the_copy_and_leaves_no_trace_in_the_file(
    station_file: Path, clock: ManualClock
) -> None:
    index = open_index(station_file, 1, clock)
    # As with an SQLite built without secure delete (some are, some are not).
    index._conn.execute("PRAGMA secure_delete = OFF")
    walk = index.begin_pass()
    walk.add([Member(id=1, code="c" * 21, first_name="Secretname")])
    walk.finish(listing_consistent=True)
    index.put(Member(id=1, code="c" * 21, first_name="Secretname", email="hidden@example.com"))
    for n in range(3, 200):
        index.put(Member(id=n, code=f"{n:021d}", first_name=f"Secretname{n}"))
    index.for_card(2).put(Member(id=2, code="d" * 21, first_name="Othername"))

    assert index.purge() == 199
    assert len(index) == 0
    assert index.for_card(2).search("") == []
    assert index.get("c" * 21) is None
    assert index.updated_at is None
    stored = b"".join(p.read_bytes() for p in station_file.parent.glob(station_file.name + "*"))
    for secret in (b"Secretname", b"hidden@example.com", b"Othername"):
        assert secret not in stored


def test_the_purge_command_wipes_every_station_file(tmp_path: Path, clock: ManualClock) -> None:
    data = tmp_path / "data"
    station_dir = data / "pos-loyalty"
    station_dir.mkdir(parents=True)
    files = [station_dir / "station-demo.sqlite3", station_dir / "station-0123456789ab.sqlite3"]
    for number, path in enumerate(files):
        index = open_index(path, 1, clock)
        index.put(Member(id=number + 1, code=str(number) * 21, first_name="Kept"))
        index._conn.close()
    env = {"XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin"}

    result = run_cli("station", "purge-index", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("copy of 1 member was wiped.") == 2
    for path in files:
        assert len(open_index(path, 1, clock)) == 0

    again = run_cli("station", "purge-index", "--db", str(files[0]), env=env)
    assert again.returncode == 0
    assert "copy of 0 members was wiped." in again.stdout
    missing = run_cli("station", "purge-index", "--db", str(tmp_path / "nope.sqlite3"), env=env)
    assert missing.returncode == 1
    assert missing.stderr.startswith("error: there is no station file at")
    assert "Traceback" not in missing.stderr


async def test_a_card_from_another_program_says_which(
    api: httpx.Client, card: dict[str, Any], station_client: LoyaltyClient
) -> None:
    response = api.post("/loyalty/loyalty-cards/1/copy", json={"name": "Tea Room"})
    tea_room = response.json()
    (guest,) = enroll(api, tea_room, [{"first_name": "Guest"}])
    lookup = MemberLookup(station_client, MemberIndex(), card["id"], other_programs_checked=10_000)

    with pytest.raises(MemberInOtherProgramError) as elsewhere:
        await lookup.lookup(guest["code"])
    assert describe(elsewhere.value) == "This card belongs to Tea Room. Switch to it?"
    assert elsewhere.value.card.id == tea_room["id"]
    assert elsewhere.value.member.id == guest["id"]
    assert len(lookup.index) == 0  # another program's member is not kept in this copy

    with pytest.raises(MemberNotFoundError) as nowhere:
        await lookup.lookup("y" * 21)
    assert not isinstance(nowhere.value, MemberInOtherProgramError)


async def test_offline_the_other_programs_are_not_asked(
    api: httpx.Client, card: dict[str, Any], proxy: FaultProxy, online_client: LoyaltyClient
) -> None:
    other = api.post("/loyalty/loyalty-cards/1/copy", json={"name": "Elsewhere"}).json()
    (guest,) = enroll(api, other, [{"first_name": "Guest"}])
    proxy.refuse()
    lookup = MemberLookup(online_client, MemberIndex(), card["id"])
    with pytest.raises(NotInStationCopyError):
        await lookup.lookup(guest["code"])


async def test_a_member_deleted_on_the_server_leaves_the_copy(
    api: httpx.Client, card: dict[str, Any], station_client: LoyaltyClient
) -> None:
    (gone,) = enroll(api, card, [{"first_name": "Gone"}])
    lookup = MemberLookup(station_client, MemberIndex(), card["id"])
    assert not (await lookup.lookup(gone["code"])).from_index
    api.delete(stats_url(card, gone["id"]))
    assert (await lookup.lookup(gone["code"])).from_index
    with pytest.raises(MemberNotFoundError):
        await lookup.refresh(gone["id"])
    assert lookup.index.get(gone["code"]) is None


def test_the_copy_note_says_when_in_local_time(clock: ManualClock) -> None:
    now = clock.now()
    local = now.astimezone()
    assert copy_note(now, now) == f"From this station's copy, updated {local:%H:%M}."
    two_days = now.replace(day=now.day - 2)
    earlier = two_days.astimezone()
    assert copy_note(two_days, now) == (
        f"From this station's copy, updated {earlier.day} {earlier:%b %H:%M}."
    )
    assert "not yet loaded" in copy_note(None, now)
