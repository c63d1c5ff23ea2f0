"""Random counter sessions against the real server: scans, stamps, undos, redeems,
the network going and coming back, and the station restarting.

After the journal drains, what the counter shows for each member is what the
server has, and no reward was ever handed out twice.
"""

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from pos_loyalty.api import Card, LoyaltyClient, RetryPolicy
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import CounterSession, CounterSettings, Staff
from pos_loyalty.station.counter_view_model import CounterViewModel
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal, OperationKind, OperationState
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.sender import JournalSender
from tests.station.test_counter_view_model import FakeScreen
from tests.support.fault_proxy import FaultProxy

START_STAMPS = (4, 5, 9)
MEMBERS = len(START_STAMPS)


@dataclass
class World:
    proxy: FaultProxy
    api: httpx.Client
    card: dict[str, Any]
    db: Path
    members: list[dict[str, Any]] = field(default_factory=list)


class Station:
    """One run of the counter on the station file; a restart makes a new one."""

    def __init__(self, world: World, clock: ManualClock, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.conn = open_station_database(world.db)
        self.journal = OperationJournal(self.conn, clock)
        api = world.api
        self.client = LoyaltyClient(
            world.proxy.base_url,
            api.headers["x-api-key"],
            api.headers["x-api-secret"],
            retry=RetryPolicy(attempts=1),
        )
        # As the app starts offline: with the program it served last time.
        card = Card.model_validate(world.card)
        self.session = CounterSession(
            journal=self.journal,
            sender=JournalSender(self.journal, self.client),
            lookup=MemberLookup(self.client, MemberIndex(self.conn, card.id, clock=clock), card.id),
            audit=AuditLog(self.conn, clock),
            clock=clock,
            card=card,
            staff=Staff(operator="Alice", station="Till 1"),
            settings=CounterSettings(repeat_cooldown_seconds=30, undo_seconds=5),
        )
        self.screen = FakeScreen()
        self.vm = CounterViewModel(self.session, self.screen, demo=True)

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def close(self) -> None:
        self.run(self.vm.aclose())
        self.run(self.client.aclose())
        self.conn.close()


def make_machine(world: World) -> type[RuleBasedStateMachine]:
    class CounterMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.loop = asyncio.new_event_loop()
            # The view model starts its tasks on the current loop, as it does under qasync.
            asyncio.set_event_loop(self.loop)
            self.clock = ManualClock()
            world.proxy.accept()
            world.db.unlink(missing_ok=True)
            url = f"/loyalty/loyalty-cards/{world.card['id']}/stats"
            world.members = []
            # Near or past a reward, so that redeeming and earning come up often.
            for n, stamps in enumerate(START_STAMPS):
                member = world.api.post(url, json={"first_name": f"M{n}"}).json()
                world.api.post(f"{url}/{member['id']}", json={"amount": stamps})
                world.members.append(member)
            self.station = Station(world, self.clock, self.loop)
            self.offline = False

        # Actions

        @rule(n=st.integers(0, MEMBERS - 1))
        def scan(self, n: int) -> None:
            task = self.station.vm.scan(world.members[n]["code"])
            assert task is not None
            self.station.run(task)

        @precondition(lambda self: self.station.vm.view is not None)
        @rule(amount=st.sampled_from([1, 1, 1, 3]), confirm=st.booleans())
        def stamp(self, amount: int, confirm: bool) -> None:
            self.station.vm.add_stamps(amount)
            if confirm and self.station.vm.prompts.current is not None:
                self.station.vm.confirm_prompt()

        @precondition(lambda self: self.station.vm.ticket is not None)
        @rule()
        def undo(self) -> None:
            self.station.vm.undo()

        @precondition(lambda self: bool(self.station.vm.view and self.station.vm.view.rewards))
        @rule(data=st.data())
        def redeem(self, data: st.DataObject) -> None:
            view = self.station.vm.view
            assert view is not None
            choice = data.draw(st.sampled_from(view.rewards))
            self.station.vm.ask_redeem(choice.reward)
            self.station.vm.confirm_prompt()

        @rule(seconds=st.sampled_from([1, 5, 40]))
        def time_passes(self, seconds: int) -> None:
            self.clock.advance(seconds)
            self.station.run(self.station.session.sender.send_ready())

        @rule()
        def flip_network(self) -> None:
            if self.offline:
                world.proxy.accept()
            else:
                world.proxy.refuse()
            self.offline = not self.offline

        @rule()
        def done(self) -> None:
            self.station.vm.done()

        @rule()
        def restart(self) -> None:
            self.station.close()
            self.station = Station(world, self.clock, self.loop)

        # Checks

        @invariant()
        def nothing_refused(self) -> None:
            """The screen never offers what the member does not have: no refusals."""
            refused = self.station.journal.counts()[OperationState.REJECTED]
            assert refused == 0, [op.error for op in self.station.journal.recent(5)]

        def teardown(self) -> None:
            try:
                self._drain_and_compare()
            finally:
                self.station.close()
                asyncio.set_event_loop(None)
                self.loop.close()
                world.proxy.accept()

        def _drain_and_compare(self) -> None:
            world.proxy.accept()
            self.clock.advance(60)
            session = self.station.session
            self.station.run(session.sender.send_ready())
            assert session.journal.open_count() == 0
            applied_redeems = sum(
                len(op.payload["reward_ids"])
                for op in session.journal.recent(1000, OperationState.APPLIED)
                if op.kind is OperationKind.USE_REWARDS
            )
            used_on_server = 0
            for member in world.members:
                task = self.station.vm.scan(member["code"])
                assert task is not None
                self.station.run(task)
                # The server's own answer, as the lookup's background refresh brings it.
                fresh = self.station.run(self.station.session.members.refresh(member["id"]))
                self.station.vm.show_member(fresh)
                view = self.station.vm.view
                assert view is not None
                server = world.api.get(
                    f"/loyalty/loyalty-cards/{world.card['id']}/stats/{member['id']}"
                ).json()
                assert view.member.stamps == server["stamps"]
                shown = sorted((c.reward.name, c.count) for c in view.rewards)
                unused: dict[str, int] = {}
                for r in server["rewards"]:
                    if r["used_at"] is None:
                        unused[r["name"]] = unused.get(r["name"], 0) + 1
                assert shown == sorted(unused.items())
                used_on_server += sum(1 for r in server["rewards"] if r["used_at"] is not None)
            # Each reward the counter handed out was used once on the server, no more.
            assert used_on_server == applied_redeems

    return CounterMachine


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_random_counter_sessions_end_as_the_server_has_them(
    proxy: FaultProxy, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> None:
    world = World(proxy, api, card, tmp_path / "station.sqlite3")
    machine = make_machine(world)
    machine.TestCase.settings = settings(
        max_examples=80,
        derandomize=True,
        stateful_step_count=30,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    machine.TestCase().runTest()
