"""Enrolment, duplicates, edit, void and delete through the journal, on the real server
(behind a proxy that can go offline)."""

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos_loyalty.api import LoyaltyClient, Member, RetryPolicy
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.counter import CounterSession, CounterSettings, Staff
from pos_loyalty.station.counter_view_model import CounterViewModel
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal, OperationKind, OperationState
from pos_loyalty.station.lookup import MemberLookup
from pos_loyalty.station.member_fields import InvalidMemberError, field_problem
from pos_loyalty.station.member_index import MemberIndex
from pos_loyalty.station.members import (
    ConfirmationError,
    DuplicateMemberError,
    MemberDesk,
    NothingToChangeError,
    is_provisional_member,
)
from pos_loyalty.station.sender import JournalSender
from pos_loyalty.station.staff import NotAllowedError, Permission, Role, StaffRoster
from pos_loyalty.station.staff_access import StaffAccess, sign_writes
from tests.station.test_counter_view_model import FakeScreen
from tests.support.fault_proxy import FaultProxy


@dataclass
class Rig:
    desk: MemberDesk
    session: CounterSession
    access: StaffAccess
    clock: ManualClock
    proxy: FaultProxy
    api: httpx.Client
    card: dict[str, Any]
    path: Path

    def on_server(self, member_id: int) -> dict[str, Any]:
        url = f"/loyalty/loyalty-cards/{self.card['id']}/stats/{member_id}"
        answer: dict[str, Any] = self.api.get(url).json()
        return answer

    def add_on_server(self, **fields: Any) -> Member:
        url = f"/loyalty/loyalty-cards/{self.card['id']}/stats"
        created = self.api.post(url, json=fields).json()
        return Member.model_validate(created)

    async def drain(self) -> None:
        self.clock.advance(self.session.settings.undo_seconds)
        await self.session.sender.send_ready()


async def make_session(
    client: LoyaltyClient, conn: Any, clock: ManualClock, card_id: int
) -> CounterSession:
    journal = OperationJournal(conn, clock)
    program = next(c for c in await client.list_cards() if c.id == card_id)
    return CounterSession(
        journal=journal,
        sender=JournalSender(journal, client),
        lookup=MemberLookup(client, MemberIndex(conn, program.id, clock=clock), program.id),
        audit=AuditLog(conn, clock),
        clock=clock,
        card=program,
        staff=Staff(operator="Alice", station="Till 1"),
        settings=CounterSettings(repeat_cooldown_seconds=30, undo_seconds=5),
    )


@pytest.fixture
async def rig(
    proxy: FaultProxy, api: httpx.Client, card: dict[str, Any], tmp_path: Path
) -> AsyncIterator[Rig]:
    clock = ManualClock()
    path = tmp_path / "station.sqlite3"
    conn = open_station_database(path)
    retry = RetryPolicy(attempts=1)
    async with LoyaltyClient(
        proxy.base_url, api.headers["x-api-key"], api.headers["x-api-secret"], retry=retry
    ) as client:
        session = await make_session(client, conn, clock, card["id"])
        access = StaffAccess(StaffRoster(conn, clock, session.audit, station="Till 1"))
        sign_writes(access, session)
        yield Rig(MemberDesk(session, access), session, access, clock, proxy, api, card, path)


def staff_up(rig: Rig) -> tuple[int, int]:
    """A manager (Maria, 4821) and a cashier (Carl, 7350, signed in)."""
    maria = rig.access.add_staff("Maria", Role.MANAGER, "4821")
    rig.access.switch(maria.id, "4821")
    carl = rig.access.add_staff("Carl", Role.CASHIER, "7350")
    rig.access.switch(carl.id, "7350")
    return maria.id, carl.id


JANE = {
    "first_name": "Jane",
    "last_name": "Roe",
    "email": "jane@example.com",
    "phone": "+44 20 7946 0001",
}


def test_fields_are_checked_as_they_are_typed() -> None:
    assert field_problem("email", "jane@", complete=False) is None
    assert field_problem("email", "jane@") is not None
    assert "one @" in (field_problem("email", "ja ne@", complete=False) or "")
    assert field_problem("email", "jane@example.com") is None
    assert "at most 254" in (field_problem("email", "a@b.c" + "x" * 250) or "")
    assert "digits, spaces" in (field_problem("phone", "+44 20 79x6", complete=False) or "")
    assert field_problem("phone", "+44 20", complete=False) is None
    assert "at least 6 digits" in (field_problem("phone", "+44 20") or "")
    assert "at most 15 digits" in (field_problem("phone", "1" * 16) or "")
    assert "at most 50" in (field_problem("first_name", "J" * 51) or "")
    assert field_problem("first_name", "J" * 50) is None
    assert field_problem("city", "C" * 100) is None
    assert field_problem("zip", "Z" * 21) is not None
    assert field_problem("custom_8", "x" * 255) is None
    assert field_problem("nickname", "x") is not None


async def test_an_enrolment_is_sent_once_and_the_server_code_replaces_the_provisional(
    rig: Rig,
) -> None:
    enrolment = rig.desk.enroll(JANE, consent="I agree to the loyalty terms.")
    assert is_provisional_member(enrolment.member)
    assert enrolment.member.display_name == "Jane Roe"
    assert [e.operation_id for e in rig.desk.pending_enrolments()] == [enrolment.operation_id]
    await rig.session.sender.send_ready()
    await rig.session.sender.send_ready()  # nothing is sent twice
    done = rig.desk.enrolment(enrolment.operation_id)
    assert not done.provisional
    assert len(done.member.code) == 21
    assert rig.desk.pending_enrolments() == []
    listed = rig.api.get(
        f"/loyalty/loyalty-cards/{rig.card['id']}/stats", params={"keyword": "jane@example.com"}
    ).json()
    assert [m["id"] for m in listed] == [done.member.id]
    consent = [e for e in rig.session.audit.entries() if e.action == "consent"]
    assert consent[0].after == {"wording": "I agree to the loyalty terms."}


async def test_enrol_offline_stamp_at_once_then_online_the_real_member_takes_over(
    rig: Rig,
) -> None:
    screen = FakeScreen()
    vm = CounterViewModel(rig.session, screen, demo=False)
    rig.proxy.refuse()
    enrolment = rig.desk.enroll(JANE)
    vm.show_member(enrolment.member)
    vm.add_stamps(1)  # the first stamp, on the provisional card
    assert vm.view is not None
    assert vm.view.member.stamps == 1
    await rig.drain()  # offline: nothing can be sent
    assert rig.session.journal.open_count() == 2
    assert is_provisional_member(vm.view.member)
    rig.proxy.accept()
    await rig.session.sender.send_ready()
    await rig.session.sender.send_ready()
    assert vm.view is not None
    real = vm.view.member
    assert not is_provisional_member(real)
    assert len(real.code) == 21
    assert rig.on_server(real.id)["stamps"] == 1
    assert rig.session.journal.open_count() == 0
    # Both writes now belong to the real member.
    states = rig.session.journal.counts()
    assert states[OperationState.APPLIED] == 2
    assert states[OperationState.REJECTED] == 0
    await vm.aclose()


async def test_a_crash_after_the_create_applied_is_finished_at_the_next_start(
    rig: Rig, api: httpx.Client
) -> None:
    rig.proxy.refuse()
    enrolment = rig.desk.enroll(JANE)
    rig.session.add_stamps(enrolment.member, 2)
    rig.clock.advance(5)
    rig.proxy.accept()
    # The create goes through, but the station "crashes" before it hears back:
    # nothing re-pointed the stamp to the real member.
    rig.session.sender.listeners.clear()
    op = rig.session.journal.next_ready()
    assert op is not None
    assert op.kind is OperationKind.CREATE_MEMBER
    assert await rig.session.sender.send_one(op)
    conn = open_station_database(rig.path)
    async with LoyaltyClient(
        rig.proxy.base_url, api.headers["x-api-key"], api.headers["x-api-secret"]
    ) as client:
        restarted = await make_session(client, conn, ManualClock(rig.clock.now()), rig.card["id"])
        desk = MemberDesk(restarted)
        await restarted.sender.send_ready()
        real = desk.enrolment(enrolment.operation_id).member
        assert rig.on_server(real.id)["stamps"] == 2


async def test_a_refused_sign_up_takes_its_queued_stamp_with_it(rig: Rig) -> None:
    rig.proxy.refuse()
    enrolment = rig.desk.enroll(JANE)
    stamp = rig.session.add_stamps(enrolment.member, 1)
    # Make the server refuse the create: an e-mail it cannot take.
    rig.session.journal._conn.execute(
        "UPDATE operations SET payload = ? WHERE id = ?",
        ('{"fields": {"email": "' + "x" * 300 + '@example.com"}}', enrolment.operation_id),
    )
    rig.proxy.accept()
    await rig.drain()
    assert rig.session.journal.get(enrolment.operation_id).state is OperationState.REJECTED
    refused = rig.session.journal.get(stamp.operation.id)
    assert refused.state is OperationState.REJECTED
    assert refused.error is not None
    assert "Sign the member up again" in refused.error


async def test_a_duplicate_email_or_phone_is_found_here_and_on_the_server(rig: Rig) -> None:
    existing = rig.add_on_server(first_name="Old", email="Jane@Example.com", phone="+442079460001")
    check = await rig.desk.duplicates(JANE)
    assert check.server_checked
    assert {(d.member.id, d.matched, d.source) for d in check.matches} >= {
        (existing.id, "email", "server")
    }
    assert "Old" in check.matches[0].words
    # The station's copy knows the member once looked up: offline it still warns,
    # and a phone written another way matches by its digits.
    await rig.session.lookup(existing.code)
    rig.proxy.refuse()
    offline = await rig.desk.duplicates({"phone": "+44 20 7946 0001"})
    assert not offline.server_checked
    assert [(d.member.id, d.matched) for d in offline.matches] == [(existing.id, "phone")]
    with pytest.raises(DuplicateMemberError, match=r"Old .* already has this"):
        rig.desk.enroll(JANE)
    # A second sign-up of the same person while the first is queued is caught too.
    other = {"first_name": "Ann", "email": "ann@example.com"}
    rig.desk.enroll(other)
    with pytest.raises(DuplicateMemberError, match="on its way"):
        rig.desk.enroll(other)
    enrolment = rig.desk.enroll(JANE, allow_duplicate=True)
    assert is_provisional_member(enrolment.member)


async def test_invalid_details_are_refused_before_anything_is_queued(rig: Rig) -> None:
    with pytest.raises(InvalidMemberError) as invalid:
        rig.desk.enroll({"email": "jane@", "phone": "12"})
    assert set(invalid.value.problems) == {"email", "phone", "first_name"}
    assert "2 more to fix" in invalid.value.message
    assert rig.session.journal.open_count() == 0


async def test_edit_void_and_delete_need_a_manager_and_warn_of_losses(rig: Rig) -> None:
    maria, _ = staff_up(rig)
    member = rig.add_on_server(first_name="Vic", email="vic@example.com")
    rig.api.post(f"/loyalty/loyalty-cards/{rig.card['id']}/stats/{member.id}", json={"amount": 7})
    member = Member.model_validate(rig.on_server(member.id))
    # Carl, a cashier, is at the counter.
    with pytest.raises(NotAllowedError):
        rig.desk.delete(member, "DELETE")
    with pytest.raises(NotAllowedError):
        rig.desk.void(member)
    with pytest.raises(NotAllowedError):
        rig.desk.edit(member, {"city": "Leeds"})
    assert rig.session.journal.open_count() == 0
    assert rig.desk.delete_warning(member) == (
        "This member still has 7 stamps and 1 unused reward (Free cookie). Deleting loses"
        " them for good."
    )
    assert "Voiding blocks them" in (rig.desk.void_warning(member) or "")
    with pytest.raises(NothingToChangeError):
        rig.desk.edit(member, {"first_name": "Vic"})
    edit = rig.access.approve(Permission.EDIT_MEMBER, maria, "4821")
    rig.desk.edit(member, {"city": "Leeds", "email": ""}, edit)
    await rig.drain()
    assert rig.on_server(member.id)["city"] == "Leeds"
    assert rig.on_server(member.id)["email"] is None
    with pytest.raises(ConfirmationError, match="Type DELETE"):
        rig.desk.delete(
            member, "delete Vic", rig.access.approve(Permission.DELETE_MEMBER, maria, "4821")
        )
    rig.desk.delete(member, " delete ", rig.access.approve(Permission.DELETE_MEMBER, maria, "4821"))
    await rig.drain()
    assert (
        rig.api.get(f"/loyalty/loyalty-cards/{rig.card['id']}/stats/{member.id}").status_code == 404
    )
