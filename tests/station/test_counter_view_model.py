"""The counter's view model without Qt, on the real server: every prompt belongs to one
member, and the screen is the server's last answer plus this station's open writes."""

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos_loyalty.api import LoyaltyClient, Member, RetryPolicy
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import CounterSession, CounterSettings, Staff
from pos_loyalty.station.counter_view_model import (
    CounterViewModel,
    Cue,
    SearchResults,
    StationStatus,
)
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal, OperationState
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.member_view import Level, MemberView, Notice, Offer
from pos_loyalty.station.prompts import Prompt, PromptKind
from pos_loyalty.station.sender import JournalSender
from tests.support.fault_proxy import FaultProxy


@dataclass
class FakeScreen:
    """Records what the view model tells its front end."""

    views: list[MemberView | None] = field(default_factory=list)
    prompts: list[Prompt | None] = field(default_factory=list)
    notices: list[tuple[Notice, Cue | None]] = field(default_factory=list)
    searches: list[SearchResults] = field(default_factory=list)
    undo: list[float | None] = field(default_factory=list)
    statuses: list[StationStatus] = field(default_factory=list)
    scans_taken: int = 0

    def member_changed(self, view: MemberView | None) -> None:
        self.views.append(view)

    def prompt_changed(self, prompt: Prompt | None) -> None:
        self.prompts.append(prompt)

    def noticed(self, notice: Notice, cue: Cue | None) -> None:
        self.notices.append((notice, cue))

    def undo_changed(self, seconds_left: float | None) -> None:
        self.undo.append(seconds_left)

    def status_changed(self, status: StationStatus) -> None:
        self.statuses.append(status)

    def search_finished(self, results: SearchResults) -> None:
        self.searches.append(results)

    def scan_taken(self) -> None:
        self.scans_taken += 1

    @property
    def last_text(self) -> str:
        return self.notices[-1][0].text


@dataclass
class Desk:
    vm: CounterViewModel
    screen: FakeScreen
    session: CounterSession
    clock: ManualClock
    proxy: FaultProxy
    api: httpx.Client
    card: dict[str, Any]

    def add(self, first_name: str, stamps: int = 0) -> dict[str, Any]:
        url = f"/loyalty/loyalty-cards/{self.card['id']}/stats"
        created: dict[str, Any] = self.api.post(url, json={"first_name": first_name}).json()
        if stamps:
            self.api.post(f"{url}/{created['id']}", json={"amount": stamps})
        return created

    def on_server(self, member: dict[str, Any]) -> dict[str, Any]:
        url = f"/loyalty/loyalty-cards/{self.card['id']}/stats/{member['id']}"
        answer: dict[str, Any] = self.api.get(url).json()
        return answer

    async def scan(self, member: dict[str, Any]) -> MemberView:
        task = self.vm.scan(member["code"])
        assert task is not None
        await task
        view = self.vm.view
        assert view is not None
        assert view.member.id == member["id"]
        return view

    async def drain(self) -> None:
        """The undo window passes and the journal is sent."""
        self.clock.advance(self.session.settings.undo_seconds)
        await self.session.sender.send_ready()

    def offline(self) -> None:
        self.proxy.refuse()

    def online(self) -> None:
        self.proxy.accept()

    def reward_named(self, name: str) -> Any:
        view = self.vm.view
        assert view is not None
        return next(c.reward for c in view.rewards if c.reward.name == name)


@pytest.fixture
async def desk(
    proxy: FaultProxy, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> AsyncIterator[Desk]:
    server = proxy
    clock = ManualClock()
    conn = open_station_database(tmp_path / "station.sqlite3")
    journal = OperationJournal(conn, clock)
    retry = RetryPolicy(attempts=1)
    async with LoyaltyClient(
        server.base_url, api.headers["x-api-key"], api.headers["x-api-secret"], retry=retry
    ) as client:
        program = next(c for c in await client.list_cards() if c.id == card["id"])
        session = CounterSession(
            journal=journal,
            sender=JournalSender(journal, client),
            # The shared test server holds many programs by now: look through all of them.
            lookup=MemberLookup(
                client,
                MemberIndex(conn, program.id, clock=clock),
                program.id,
                other_programs_checked=1000,
            ),
            audit=AuditLog(conn, clock),
            clock=clock,
            card=program,
            staff=Staff(operator="Alice", station="Till 1"),
            settings=CounterSettings(repeat_cooldown_seconds=30, undo_seconds=5),
        )
        screen = FakeScreen()
        vm = CounterViewModel(session, screen, demo=True)
        yield Desk(vm, screen, session, clock, proxy, api, card)
        await vm.aclose()


async def test_a_repeat_warning_left_open_never_stamps_the_next_customer(desk: Desk) -> None:
    nora, jules = desk.add("Nora"), desk.add("Jules")
    await desk.scan(nora)
    desk.vm.add_stamps(1)
    desk.vm.add_stamps(1)
    prompt = desk.vm.prompts.current
    assert prompt is not None
    assert prompt.kind is PromptKind.REPEAT_STAMP
    assert prompt.member_id == nora["id"]
    await desk.scan(jules)
    assert desk.vm.prompts.current is None
    assert desk.screen.prompts[-1] is None  # the banner's question went away
    desk.vm.confirm_prompt()  # a late tap on the old "Yes, add"
    await desk.drain()
    assert desk.on_server(jules)["stamps"] == 0
    assert desk.on_server(nora)["stamps"] == 1
    # Jules gets his own repeat check, not Nora's.
    desk.vm.add_stamps(1)
    desk.vm.add_stamps(1)
    assert desk.vm.prompts.current is not None
    assert desk.vm.prompts.current.member_id == jules["id"]


async def test_pressing_the_same_key_again_confirms_the_repeat(desk: Desk) -> None:
    nora = desk.add("Nora")
    await desk.scan(nora)
    desk.vm.add_stamps(1)
    desk.vm.add_stamps(1)  # the warning
    desk.vm.add_stamps(1)  # Space again: yes
    assert desk.vm.prompts.current is None
    await desk.drain()
    assert desk.on_server(nora)["stamps"] == 2


async def test_a_redeem_question_left_open_is_dismissed_by_the_next_scan(desk: Desk) -> None:
    olivia, nora = desk.add("Olivia", stamps=5), desk.add("Nora", stamps=5)
    await desk.scan(olivia)
    desk.vm.ask_redeem(desk.reward_named("Free cookie"))
    assert desk.vm.prompts.current is not None
    await desk.scan(nora)
    desk.vm.confirm_prompt()
    await desk.drain()
    for who in (olivia, nora):
        assert [r["used_at"] for r in desk.on_server(who)["rewards"]] == [None]


async def test_done_and_esc_dismiss_a_question(desk: Desk) -> None:
    nora = desk.add("Nora", stamps=5)
    await desk.scan(nora)
    desk.vm.ask_redeem(desk.reward_named("Free cookie"))
    assert desk.vm.cancel_prompt()
    desk.vm.confirm_prompt()
    desk.vm.ask_redeem(desk.reward_named("Free cookie"))
    desk.vm.done()
    desk.vm.confirm_prompt()
    await desk.drain()
    assert desk.on_server(nora)["rewards"][0]["used_at"] is None
    assert desk.session.journal.open_count() == 0


async def test_a_question_about_data_that_changed_does_nothing(desk: Desk) -> None:
    """The reward asked about was used meanwhile (another till): the confirm does nothing."""
    nora = desk.add("Nora", stamps=5)
    await desk.scan(nora)
    cookie = desk.reward_named("Free cookie")
    desk.vm.ask_redeem(cookie)
    used = cookie.model_copy(update={"used_at": desk.clock.now()})
    changed = Member.model_validate(desk.on_server(nora)).model_copy(update={"rewards": [used]})
    desk.vm.show_member(changed)  # the server's newer answer arrives
    assert desk.vm.prompts.current is None
    desk.vm.confirm_prompt()
    assert desk.session.journal.open_count() == 0


async def test_offline_the_screen_counts_queued_writes_and_never_offers_a_reward_twice(
    desk: Desk,
) -> None:
    chloe = desk.add("Chloé", stamps=7)  # holds a Free cookie from her 5th stamp
    await desk.scan(chloe)
    desk.offline()
    desk.vm.add_stamps(1)  # 7 → 8, and offline
    await desk.drain()
    desk.vm.ask_redeem(desk.reward_named("Free cookie"))
    desk.vm.ask_redeem(desk.reward_named("Free cookie"))  # Alt+1 again: yes
    assert "Redeemed offline: Free cookie" in desk.screen.last_text
    await desk.session.sender.send_ready()
    desk.vm.done()
    view = await desk.scan(chloe)  # re-scanned while still offline: from this station's copy
    assert view.shown_stamps == 8
    assert view.rewards == ()
    assert view.queued_line is not None
    assert "offline" in view.queued_line
    desk.online()
    await desk.session.sender.send_ready()
    on_server = desk.on_server(chloe)
    assert on_server["stamps"] == 8
    assert [r["used_at"] is not None for r in on_server["rewards"]] == [True]
    assert desk.vm.view is not None
    assert desk.vm.view.shown_stamps == 8
    assert desk.vm.view.queued_line is None


async def test_two_offline_stamps_count_up_from_each_other(desk: Desk) -> None:
    arthur = desk.add("Arthur", stamps=2)
    await desk.scan(arthur)
    desk.offline()
    desk.vm.add_stamps(1)
    await desk.drain()
    desk.vm.done()
    await desk.scan(arthur)
    desk.clock.advance(60)  # past the repeat warning
    desk.vm.add_stamps(1)
    assert "Arthur:  3 → 4 of 10" in desk.screen.last_text
    assert "Offline: queued" in desk.screen.last_text


async def test_coming_back_online_never_shows_the_count_dip(desk: Desk) -> None:
    """The write that brings the station back online is in the screen's base before
    the online change re-renders: the count goes 3 → 4, never 4 → 3 → 4."""
    maya = desk.add("Maya", stamps=3)
    await desk.scan(maya)
    desk.offline()
    desk.vm.add_stamps(1)
    await desk.drain()
    assert desk.vm.online is False
    desk.online()
    shown_from = len(desk.screen.views)
    await desk.session.sender.send_ready()
    assert desk.vm.online is True
    counts = [v.shown_stamps for v in desk.screen.views[shown_from:] if v is not None]
    assert counts, "coming back online re-renders the member"
    assert counts == [4] * len(counts)
    assert desk.on_server(maya)["stamps"] == 4


async def test_a_reward_earned_by_a_held_stamp_can_be_redeemed_at_once(desk: Desk) -> None:
    nora = desk.add("Nora", stamps=4)
    await desk.scan(nora)
    desk.vm.add_stamps(1)  # 4 → 5 earns a Free cookie, held for undo
    cookie = desk.reward_named("Free cookie")
    assert cookie.id < 0  # provisional: the server has not issued it yet
    desk.vm.ask_redeem(cookie)
    desk.vm.confirm_prompt()
    assert desk.vm.ticket is None  # the redemption ended the stamp's undo window
    await desk.session.sender.send_ready()  # no clock advance needed: the hold is over
    assert desk.session.journal.open_count() == 0
    on_server = desk.on_server(nora)
    assert on_server["stamps"] == 5
    assert [r["used_at"] is not None for r in on_server["rewards"]] == [True]
    assert desk.vm.view is not None
    assert desk.vm.view.rewards == ()


async def test_a_refusal_later_is_told_in_words_without_ids(desk: Desk) -> None:
    nora = desk.add("Nora", stamps=5)
    await desk.scan(nora)
    reward_id = desk.reward_named("Free cookie").id
    desk.api.put(
        f"/loyalty/loyalty-cards/{desk.card['id']}/stats/{nora['id']}/rewards",
        json={"reward_ids": [reward_id]},
    )  # used at another till meanwhile
    desk.vm.ask_redeem(desk.reward_named("Free cookie"))
    desk.vm.confirm_prompt()
    await desk.session.sender.send_ready()
    notice, cue = desk.screen.notices[-1]
    assert notice.level is Level.ERROR
    assert cue is Cue.ERROR
    assert "Free cookie for Nora was refused" in notice.text
    assert "already been used" in notice.text
    assert str(reward_id) not in notice.text


async def test_name_search_works_offline_from_the_station_copy(desk: Desk) -> None:
    desk.add("Léa")
    assert await desk.vm.refresh_index_now()
    desk.offline()
    await desk.vm.search("léa")
    results = desk.screen.searches[-1]
    assert [m.first_name for m in results.members] == ["Léa"]
    assert results.note is not None
    assert "From this station's copy" in results.note


async def test_the_stepper_never_goes_past_the_daily_limit(
    desk: Desk, api: httpx.Client, card: dict[str, Any]
) -> None:
    nora = desk.add("Nora")
    view = await desk.scan(nora)
    assert view.max_stamps == 50
    limited = desk.session.card.model_copy(update={"daily_stamp_limit": 3})
    desk.session.card = limited
    desk.vm.add_stamps(1)
    assert desk.vm.view is not None
    assert desk.vm.view.max_stamps == 2


async def test_a_scan_is_taken_and_a_garbled_one_says_so(desk: Desk) -> None:
    assert desk.vm.scan("\x00\x01") is None
    assert desk.screen.scans_taken == 1
    assert desk.screen.notices[-1][0].level is Level.WARN


async def test_the_journal_state_after_a_confirmed_repeat_is_applied(desk: Desk) -> None:
    nora = desk.add("Nora")
    await desk.scan(nora)
    desk.vm.add_stamps(1)
    desk.vm.add_stamps(1)
    desk.vm.confirm_prompt()
    await desk.drain()
    states = [op.state for op in desk.session.journal.recent()]
    assert states == [OperationState.APPLIED, OperationState.APPLIED]


async def test_a_card_of_another_program_offers_to_switch_to_it(desk: Desk) -> None:
    other = desk.api.post("/loyalty/loyalty-cards/1/copy", json={"name": "Tea Room"}).json()
    guest = desk.api.post(
        f"/loyalty/loyalty-cards/{other['id']}/stats", json={"first_name": "Ines"}
    ).json()
    switched: list[tuple[Any, Any]] = []
    task = desk.vm.scan(guest["code"])
    assert task is not None
    await task
    prompt = desk.vm.prompts.current
    assert prompt is None  # no way to switch here: it says what to do instead
    assert "This card belongs to Tea Room" in desk.screen.last_text
    assert "Settings (F10)" in desk.screen.last_text
    desk.vm.switch_program = lambda card, member: switched.append((card, member))
    task = desk.vm.scan(guest["code"])
    assert task is not None
    await task
    prompt = desk.vm.prompts.current
    assert prompt is not None
    assert prompt.kind is PromptKind.SWITCH_PROGRAM
    assert "Switch this station to Tea Room?" in prompt.text
    desk.vm.confirm_prompt()
    assert [(card.id, member.id) for card, member in switched] == [(other["id"], guest["id"])]


async def test_a_card_that_is_not_this_programs_member_takes_the_member_before_away(
    desk: Desk,
) -> None:
    """Another program's card, or nobody's: the customer before is gone, and +1
    (Space) cannot stamp them while the question or the message is up."""
    other = desk.api.post("/loyalty/loyalty-cards/1/copy", json={"name": "Tea Room"}).json()
    guest = desk.api.post(
        f"/loyalty/loyalty-cards/{other['id']}/stats", json={"first_name": "Ines"}
    ).json()
    desk.vm.switch_program = lambda card, member: None
    nora = desk.add("Nora")
    for code in (guest["code"], "zzzzzzzzzzzzzzzzzzzzz"):
        await desk.scan(nora)
        assert desk.vm.view is not None
        task = desk.vm.scan(code)
        assert task is not None
        await task
        assert desk.vm.view is None
        assert desk.screen.views[-1] is None
        desk.vm.add_stamps(1)
        assert desk.session.journal.open_for_member(nora["id"]) == []
    assert "Scan a card first." in desk.screen.last_text


async def test_an_unknown_card_offers_to_sign_the_customer_up(desk: Desk) -> None:
    task = desk.vm.scan("zzzzzzzzzzzzzzzzzzzzz")
    assert task is not None
    await task
    notice, _cue = desk.screen.notices[-1]
    assert notice.offer is Offer.NEW_MEMBER
    assert desk.vm.view is None


async def test_a_refusal_reads_the_member_again(desk: Desk) -> None:
    nora = desk.add("Nora")
    await desk.scan(nora)
    desk.api.put(f"/loyalty/loyalty-cards/{desk.card['id']}/stats/{nora['id']}/void")
    desk.vm.add_stamps(1)  # the station does not know yet: voided at another till
    await desk.drain()
    assert "voided" in desk.screen.notices[-1][0].text
    for task in list(desk.vm._tasks):
        await task  # the read the refusal started
    assert desk.vm.view is not None
    assert desk.vm.view.blocked
    assert desk.vm.view.status_line is not None


async def test_a_stamp_in_its_undo_window_is_held_not_queued(desk: Desk) -> None:
    """Online, a stamp held for undo is not a queue: the status bar must not read as a
    stuck send. Offline, it is queued like the rest."""
    nora, jules = desk.add("Nora"), desk.add("Jules")
    await desk.scan(nora)
    desk.vm.add_stamps(1)
    status = desk.screen.statuses[-1]
    assert (status.pending, status.held, status.queued, status.undoable) == (1, 1, 0, True)
    desk.vm.done()  # the next customer: Ctrl+Z no longer takes Nora's stamp back
    status = desk.screen.statuses[-1]
    assert (status.pending, status.held, status.queued, status.undoable) == (1, 1, 0, False)
    await desk.drain()
    status = desk.screen.statuses[-1]
    assert (status.pending, status.held, status.queued) == (0, 0, 0)
    assert desk.on_server(nora)["stamps"] == 1

    await desk.scan(jules)
    desk.vm.add_stamps(1)
    desk.vm.undo()
    status = desk.screen.statuses[-1]
    assert (status.pending, status.held, status.queued, status.undoable) == (0, 0, 0, False)

    desk.offline()
    desk.vm.add_stamps(1)
    await desk.drain()  # the send fails: now it is really queued
    status = desk.screen.statuses[-1]
    assert status.online is False
    assert (status.pending, status.held, status.queued) == (1, 0, 1)
    desk.clock.advance(60)  # past the repeat warning
    desk.vm.add_stamps(1)  # held, but offline: it waits with the others
    status = desk.screen.statuses[-1]
    assert (status.pending, status.held, status.queued) == (2, 1, 2)


async def test_back_online_the_queued_stamps_sent_are_told_once(desk: Desk) -> None:
    ann, ben, cleo = desk.add("Ann"), desk.add("Ben"), desk.add("Cleo")
    assert await desk.vm.refresh_index_now()  # offline, cards are found in the copy
    desk.offline()
    for who in (ann, ben, cleo):
        await desk.scan(who)
        desk.vm.add_stamps(1)
        await desk.drain()
    assert desk.vm.online is False
    assert desk.vm.status().queued == 3
    assert not any("Back online" in n.text for n, _ in desk.screen.notices)
    desk.online()
    await desk.session.sender.send_ready()
    back = [n for n, _ in desk.screen.notices if "Back online" in n.text]
    assert [n.text for n in back] == ["Back online: 3 queued stamps sent."]
    assert back[0].level is Level.INFO
    assert [desk.on_server(who)["stamps"] for who in (ann, ben, cleo)] == [1, 1, 1]
    # Told once: the next stamp, sent online, says nothing of the kind.
    desk.clock.advance(60)
    desk.vm.add_stamps(1)
    await desk.drain()
    assert len([n for n, _ in desk.screen.notices if "Back online" in n.text]) == 1


async def test_back_online_a_stamp_given_after_the_return_is_not_counted_as_queued(
    desk: Desk,
) -> None:
    ann, ben = desk.add("Ann"), desk.add("Ben")
    assert await desk.vm.refresh_index_now()
    cleo = desk.add("Cleo")  # not in the station's copy: her card asks the server
    desk.offline()
    for who in (ann, ben):
        await desk.scan(who)
        desk.vm.add_stamps(1)
        await desk.drain()
    assert desk.vm.status().queued == 2
    desk.online()
    # The server answers the next scan: the station is back, its queue not yet out.
    await desk.scan(cleo)
    assert desk.vm.online is True
    assert desk.vm.status().queued == 2
    desk.vm.add_stamps(1)
    await desk.drain()
    back = [n.text for n, _ in desk.screen.notices if "Back online" in n.text]
    assert back == ["Back online: 2 queued stamps sent."]
    assert [desk.on_server(who)["stamps"] for who in (ann, ben, cleo)] == [1, 1, 1]


async def test_back_online_a_refused_queued_write_is_told_as_to_check(desk: Desk) -> None:
    ann, ben = desk.add("Ann", stamps=5), desk.add("Ben")
    assert await desk.vm.refresh_index_now()
    await desk.scan(ann)
    desk.offline()
    desk.vm.ask_redeem(desk.reward_named("Free cookie"))
    desk.vm.confirm_prompt()  # redeemed offline
    await desk.scan(ben)
    desk.vm.add_stamps(1)
    await desk.drain()
    assert desk.vm.status().queued == 2
    desk.online()
    reward_id = next(r["id"] for r in desk.on_server(ann)["rewards"])
    desk.api.put(
        f"/loyalty/loyalty-cards/{desk.card['id']}/stats/{ann['id']}/rewards",
        json={"reward_ids": [reward_id]},
    )  # used at another till meanwhile: the queued redemption is refused
    await desk.session.sender.send_ready()
    notice = desk.screen.notices[-1][0]
    assert notice.level is Level.WARN
    assert notice.text == (
        "Back online. Queued here: 1 sent, 1 to check (see 'to check' in the status bar)."
    )
    assert desk.on_server(ben)["stamps"] == 1


async def test_offline_for_a_moment_with_nothing_queued_says_nothing(desk: Desk) -> None:
    lea = desk.add("Léa")
    desk.offline()
    task = desk.vm.scan(lea["code"])
    assert task is not None
    await task
    assert desk.vm.online is False
    desk.online()
    await desk.scan(lea)
    desk.vm.add_stamps(1)
    await desk.drain()
    assert desk.vm.online is True
    assert not any("Back online" in n.text for n, _ in desk.screen.notices)
