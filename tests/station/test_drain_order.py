"""Several members' writes go out together; each member's stay in order, once each,
through a network that fails now and then."""

from pathlib import Path
from typing import Any

import httpx

from pos_loyalty.api import LoyaltyClient, RetryPolicy
from pos_loyalty.station.clock import SystemClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import Operation, OperationJournal, OperationKind, OperationState
from pos_loyalty.station.sender import JournalSender
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.server import RunningServer

FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05)
MEMBERS = 6
ROUNDS = 4  # four stamps each: below the first reward (5), so a stamp only counts


def new_member(api: httpx.Client, card_id: int, name: str) -> int:
    created = api.post(f"/loyalty/loyalty-cards/{card_id}/stats", json={"first_name": name})
    assert created.status_code == 201, created.text
    member_id: int = created.json()["id"]
    return member_id


async def test_members_drain_together_and_each_members_writes_land_in_order_once(
    server: RunningServer,
    proxy: FaultProxy,
    api: httpx.Client,
    card: dict[str, Any],
    tmp_path: Path,
) -> None:
    journal = OperationJournal(open_station_database(tmp_path / "station.sqlite3"), SystemClock())
    members = [new_member(api, card["id"], f"Member {n}") for n in range(MEMBERS)]
    warm_up = new_member(api, card["id"], "Warm-up")

    def append(kind: OperationKind, member_id: int, payload: dict[str, Any]) -> None:
        journal.append(
            kind, card["id"], payload, operator="Alice", station="Till 1", member_id=member_id
        )

    on_wire: dict[int, int] = {}  # write id -> member id, while it is "sent"
    most_on_wire = 0
    overlaps: list[int] = []

    def watch(op: Operation) -> None:
        nonlocal most_on_wire
        if op.state is OperationState.SENT:
            assert op.member_id is not None
            if op.member_id in on_wire.values():
                overlaps.append(op.member_id)  # two of one member's writes out at once
            on_wire[op.id] = op.member_id
            most_on_wire = max(most_on_wire, len(on_wire))
        else:
            on_wire.pop(op.id, None)

    async with LoyaltyClient(proxy.base_url, server.key, server.secret, retry=FAST_RETRY) as client:
        sender = JournalSender(journal, client, concurrency=4)
        append(OperationKind.ADD_STAMPS, warm_up, {"amount": 1})
        assert await sender.send_ready() == 1  # learns that the server honours keys
        # A stamp, then a change of a field that names the round, for every member in
        # turn: each answer shows whether everything before it, and only that, was in.
        for round_ in range(1, ROUNDS + 1):
            for member_id in members:
                append(OperationKind.ADD_STAMPS, member_id, {"amount": 1})
                append(
                    OperationKind.UPDATE_MEMBER, member_id, {"fields": {"custom_1": str(round_)}}
                )
        sender.listeners.append(watch)
        # Lost answers (applied, then resent under their keys), 500s retried at once,
        # and twice-failed writes that make the queue wait for the next call.
        proxy.inject(
            Fault.DROP_ANSWER, Fault.PASS, Fault.FAIL_500, Fault.DROP_ANSWER, Fault.PASS,
            Fault.FAIL_500, Fault.FAIL_500, Fault.PASS, Fault.DROP_ANSWER, Fault.FAIL_500,
            Fault.FAIL_500, Fault.FAIL_500, Fault.DROP_ANSWER,
        )  # fmt: skip
        for _ in range(20):
            if journal.open_count() == 0:
                break
            await sender.send_ready()
    assert journal.open_count() == 0
    assert journal.counts()[OperationState.APPLIED] == 1 + MEMBERS * ROUNDS * 2
    assert overlaps == []
    assert most_on_wire > 1  # the members' writes did go out together

    for member_id in members:
        stamps, named = 0, None
        for op in reversed(journal.recent(1000)):
            if op.member_id != member_id:
                continue
            if op.kind is OperationKind.ADD_STAMPS:
                stamps += 1
            else:
                named = op.payload["fields"]["custom_1"]
            assert op.result is not None
            # The server's answer to this write saw exactly the writes before it.
            assert (op.result["stamps"], op.result["custom_1"]) == (stamps, named)
        final = api.get(f"/loyalty/loyalty-cards/{card['id']}/stats/{member_id}").json()
        assert (final["stamps"], final["custom_1"]) == (ROUNDS, str(ROUNDS))
