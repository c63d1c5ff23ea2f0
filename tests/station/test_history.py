"""A member's history and a shift's totals from this station's journal and audit log."""

import csv
import io
from datetime import timedelta

from pos_loyalty.api import Member
from pos_loyalty.station.history import StationHistory, write_history_csv, write_shift_csv
from pos_loyalty.station.members import Enrolment
from pos_loyalty.station.reissue import reissue
from pos_loyalty.station.staff import Permission
from tests.station.test_members import Rig, rig, staff_up

__all__ = ["rig"]  # the fixture, shared with test_members


async def test_a_members_stamps_and_redemptions_with_who_when_and_how_they_ended(
    rig: Rig,
) -> None:
    maria, _ = staff_up(rig)
    history = StationHistory(rig.session.journal, rig.session.audit)
    start = rig.clock.now()
    enrolment: Enrolment = rig.desk.enroll({"first_name": "Hana", "email": "hana@example.com"})
    rig.session.add_stamps(enrolment.member, 4)  # Carl, on the provisional card
    await rig.drain()
    member = rig.desk.enrolment(enrolment.operation_id).member
    rig.clock.advance(60)
    ticket = rig.session.add_stamps(member, 1, confirmed=True)
    rig.session.undo(ticket)
    rig.access.switch(maria, "4821")
    rig.clock.advance(60)
    rig.session.add_stamps(member, 1, confirmed=True)
    await rig.drain()
    shown = Member.model_validate(rig.on_server(member.id))
    rig.session.redeem(shown, shown.rewards[0])
    await rig.drain()
    lines = history.member(member.id)
    assert [
        (line.what, line.outcome, line.operator, line.stamps, line.rewards) for line in lines
    ] == [
        ("Signing up Hana", "done", "Carl", 0, ()),
        ("4 stamps for Hana", "done", "Carl", 4, ()),
        ("1 stamp for Hana", "undone", "Carl", 0, ()),
        ("1 stamp for Hana", "done", "Maria", 1, ()),
        ("Redeeming Free cookie for Hana", "done", "Maria", 0, ("Free cookie",)),
    ]
    assert {line.station for line in lines} == {"Till 1"}
    assert lines[2].at == start + timedelta(seconds=65)

    totals = history.shift(start)
    assert [
        (t.operator, t.stamps, t.rewards_redeemed, t.sign_ups, t.undone) for t in totals.by_operator
    ] == [
        ("Carl", 4, 0, 1, 1),
        ("Maria", 1, 1, 0, 0),
    ]
    assert (totals.total.stamps, totals.total.rewards_redeemed) == (5, 1)

    out = io.StringIO()
    assert write_history_csv(lines, out) == 5
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[1]["what"] == "4 stamps for Hana"
    assert rows[1]["operator"] == "Carl"
    assert rows[4]["rewards"] == "Free cookie"
    assert rows[0]["member_code"] == member.code
    shift_csv = io.StringIO()
    write_shift_csv(totals, shift_csv)
    shift_rows = list(csv.DictReader(io.StringIO(shift_csv.getvalue())))
    assert [(r["operator"], r["stamps"]) for r in shift_rows] == [
        ("Carl", "4"),
        ("Maria", "1"),
        ("all", "5"),
    ]


async def test_a_reissue_and_a_refusal_show_in_the_history(rig: Rig) -> None:
    maria, _ = staff_up(rig)
    history = StationHistory(rig.session.journal, rig.session.audit)
    old = rig.add_on_server(first_name="Ola")
    rig.api.put(f"/loyalty/loyalty-cards/{rig.card['id']}/stats/{old.id}/void")
    rig.session.add_stamps(old, 2)
    await rig.drain()
    old = Member.model_validate(rig.on_server(old.id))
    reissue(rig.desk, old, rig.access.approve(Permission.VOID_MEMBER, maria, "4821"))
    lines = history.member(old.id)
    assert lines[0].outcome.startswith("refused: The stamp for Ola was refused")
    assert lines[0].stamps == 0
    assert lines[-1].what == "Card re-issued: 0 stamps moved to the new card"
    assert lines[-1].operator == "Maria"
