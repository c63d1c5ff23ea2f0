"""Push messages on the real server: ``pos-loyalty push`` as a process, and the composer's
model sending through the station's journal; each member's card page shows what they got."""

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos_loyalty.api import Card, LoyaltyClient, Member
from pos_loyalty.backoffice.push import (
    MAX_MESSAGE,
    PushComposer,
    PushError,
    Recipients,
    check_message,
)
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import CounterSession, Staff
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.history import StationHistory
from pos_loyalty.station.journal import OperationJournal, OperationState
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.review import describe_write
from pos_loyalty.station.sender import JournalSender
from tests.backoffice.conftest import Cli
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.server import RunningServer

MANAGER = Staff(operator="Maria (manager)", station="Back office")


def _add(api: httpx.Client, card: dict[str, Any], *names: str) -> list[dict[str, Any]]:
    made = api.post(
        f"/loyalty/loyalty-cards/{card['id']}/stats/bulk",
        json=[{"first_name": n, "email": f"{n.lower()}@example.com"} for n in names],
    )
    assert made.status_code == 201, made.text
    members: list[dict[str, Any]] = made.json()
    return members


def _page(server: RunningServer, card: dict[str, Any], member: dict[str, Any]) -> str:
    page = httpx.get(f"{server.root_url}/c/{card['code']}/{member['code']}")
    assert page.status_code == 200
    return page.text


# The command line


def test_push_to_a_selection_reaches_those_members_once(
    cli: Cli, server: RunningServer, api: httpx.Client, card: dict[str, Any]
) -> None:
    ann, bob, cy = _add(api, card, "Ann", "Bob", "Cy")
    text = "Double stamps on Friday <b>only</b> & all day"
    args = ("push", "--card", str(card["id"]), "--message", text)

    said = cli.ok(*args, "--to", ann["code"], bob["code"])
    again = cli.ok(*args, "--to", bob["code"], ann["code"])  # the same members, another order

    assert said.strip() == "sent to 2 members of Test copy"
    assert again.strip().startswith("already sent today to 2 members of Test copy: not sent again")
    shown = "Double stamps on Friday &lt;b&gt;only&lt;/b&gt; &amp; all day"
    assert _page(server, card, ann).count(shown) == 1
    assert _page(server, card, bob).count(shown) == 1
    assert shown not in _page(server, card, cy)


def test_push_to_everyone_leaves_voided_cards_out(
    cli: Cli, api: httpx.Client, card: dict[str, Any]
) -> None:
    members = _add(api, card, "Dee", "Eve", "Fay")
    voided = api.put(f"/loyalty/loyalty-cards/{card['id']}/stats/{members[0]['id']}/void")
    assert voided.status_code == 200

    said = cli.ok("push", "--card", str(card["id"]), "--message", "Hello, members")

    assert said.strip() == "sent to 2 members of Test copy"


def test_push_refuses_what_it_cannot_send_in_one_line(
    cli: Cli, api: httpx.Client, card: dict[str, Any]
) -> None:
    (gus,) = _add(api, card, "Gus")
    base = ("push", "--card", str(card["id"]), "--message")
    unknown = cli.fails(1, *base, "Hi", "--to", gus["code"], "nosuchcode")
    assert unknown.stderr.strip() == (
        "error: no member has the code nosuchcode in Test copy; nothing was sent."
    )
    long = cli.fails(2, *base, "x" * (MAX_MESSAGE + 1))
    assert "the message has 501 characters; at most 500" in long.stderr
    blank = cli.fails(2, *base, "   ")
    assert "the message is empty" in blank.stderr
    for result in (unknown, long, blank):
        assert len(result.stderr.strip().splitlines()) == 1


# The composer, through the journal


@dataclass
class Desk:
    composer: PushComposer
    sender: JournalSender
    journal: OperationJournal
    card: Card
    client: LoyaltyClient


@pytest.fixture
async def desk(
    proxy: FaultProxy, server: RunningServer, card: dict[str, Any], tmp_path: Path
) -> AsyncIterator[Desk]:
    conn = open_station_database(tmp_path / "station.sqlite3")
    clock = ManualClock()
    journal = OperationJournal(conn, clock)
    async with LoyaltyClient(proxy.base_url, server.key, server.secret) as client:
        program = next(c for c in await client.list_cards() if c.id == card["id"])
        sender = JournalSender(journal, client, backend_id="test")
        composer = PushComposer(client, program, journal, sender, MANAGER, AuditLog(conn, clock))
        yield Desk(composer, sender, journal, program, client)
    conn.close()


async def _members(desk: Desk, *names: str) -> list[Member]:
    # Written through the desk's client, which so learns that the server honours keys.
    return await desk.client.create_users(
        desk.card.id, [{"first_name": n, "last_name": "Park"} for n in names]
    )


async def test_the_composer_previews_each_kind_of_recipients(desk: Desk, api: httpx.Client) -> None:
    ann, bob, cy, dan = await _members(desk, "Ann", "Bob", "Cy", "Dan")
    stamped = api.post(f"/loyalty/loyalty-cards/{desk.card.id}/stats/{cy.id}", json={"amount": 5})
    assert stamped.status_code == 200
    api.put(f"/loyalty/loyalty-cards/{desk.card.id}/stats/{dan.id}/void")
    dan = (await desk.client.list_users(desk.card.id, keyword=dan.code, strict=True,
                                         include_voided=True)).members[0]  # fmt: skip

    everyone = await desk.composer.preview(Recipients.everyone())
    search = await desk.composer.preview(Recipients.search("bo"))
    chosen = await desk.composer.preview(Recipients.selection([ann, dan, ann]))
    rewarded = await desk.composer.preview(Recipients.with_unused_reward())

    assert (everyone.count, everyone.member_ids) == (3, None)
    assert set(everyone.names) == {"Ann Park", "Bob Park", "Cy Park"}
    assert (search.count, search.member_ids) == (1, (bob.id,))
    assert (chosen.count, chosen.member_ids) == (1, (ann.id,))  # once, and not the voided card
    assert (rewarded.count, rewarded.names) == (1, ("Cy Park",))
    assert chosen.words() == "To 1 member: Ann Park."


def test_the_message_is_counted_as_it_is_typed() -> None:
    assert check_message("").problem == "Write the message first."
    assert check_message("Hi").left == MAX_MESSAGE - 2
    assert check_message("x" * MAX_MESSAGE).ok
    too_long = check_message("x" * (MAX_MESSAGE + 3))
    assert (too_long.ok, too_long.left) == (False, -3)


async def test_a_push_to_a_selection_goes_out_once_through_a_lost_answer(
    desk: Desk, proxy: FaultProxy, server: RunningServer, card: dict[str, Any]
) -> None:
    ann, bob, cy = await _members(desk, "Ann", "Bob", "Cy")
    preview = await desk.composer.preview(Recipients.selection([ann, cy]))
    (op,) = desk.composer.send("Your card is ready", preview)
    # The server gets the push and applies it, and its answer is lost on the way back:
    # the journal resends under the same key, and the server answers it once.
    proxy.inject(Fault.DROP_ANSWER)

    await desk.sender.send_ready()

    outcome = desk.composer.outcome([op])
    assert (outcome.sent, outcome.waiting, outcome.total_recipients) == (True, False, 2)
    assert desk.journal.get(op.id).state is OperationState.APPLIED
    pages = {m.code: _page(server, card, {"code": m.code}) for m in (ann, bob, cy)}
    assert pages[ann.code].count("Your card is ready") == 1
    assert pages[cy.code].count("Your card is ready") == 1
    assert "Your card is ready" not in pages[bob.code]
    assert describe_write(desk.journal.get(op.id)) == "Message “Your card is ready” to 2 members"


async def test_nothing_is_queued_for_nobody_or_for_a_bad_message(desk: Desk) -> None:
    (ann,) = await _members(desk, "Ann")
    nobody = await desk.composer.preview(Recipients.search("zzz-no-such-member"))
    with pytest.raises(PushError, match="Nobody to send to"):
        desk.composer.send("Hello", nobody)
    someone = await desk.composer.preview(Recipients.selection([ann]))
    with pytest.raises(PushError, match="at most 500"):
        desk.composer.send("x" * 501, someone)
    assert desk.journal.recent() == []


async def test_a_push_beside_the_counter_leaves_its_index_and_shift_totals_alone(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    conn = desk.journal._conn
    clock = ManualClock()
    audit = AuditLog(conn, clock)
    session = CounterSession(
        journal=desk.journal,
        sender=desk.sender,
        lookup=MemberLookup(desk.client, MemberIndex(), desk.card.id),
        audit=audit,
        clock=clock,
        card=desk.card,
        staff=MANAGER,
    )
    (ann,) = await _members(desk, "Ann")
    (op,) = desk.composer.send("Hi", await desk.composer.preview(Recipients.selection([ann])))

    with caplog.at_level(logging.ERROR):
        await desk.sender.send_ready()

    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert desk.journal.get(op.id).result == {"message": "Hi", "total_recipients": 1}
    assert len(session.index) == 0  # a push's answer is not a member
    day = clock.now().replace(hour=0)
    shift = StationHistory(desk.journal, audit).shift(day, day + timedelta(days=1))
    assert shift.total.stamps == 0
    assert [e.action for e in audit.entries()][-1] == "push"
