"""Behind a manager's PIN, at the counter on the real server: the lockout after 5 wrong
PINs, void then a new card that takes the balance, the writes to check resolved
with a reason in the audit log, a cashier who cannot delete, the operator switch."""

from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_loyalty.api import Member
from pos_loyalty.station.journal import OperationKind, OperationState
from pos_loyalty.station.members import is_provisional_member
from pos_loyalty.ui.member_dialogs import DeleteDialog, VoidDialog
from pos_loyalty.ui.pin_dialog import PinDialog
from pos_loyalty.ui.review_dialog import ReviewDialog
from pos_loyalty.ui.staff_gate import StaffGate
from tests.gui.signals import expect
from tests.gui.test_member_enrolment import Desk, desk, user_url
from tests.support.member_rig import MARIA_PIN, staff_up

__all__ = ["desk"]  # the fixture, shared with test_member_enrolment


def pin_dialog(gate: StaffGate) -> PinDialog:
    dialog = gate.dialog
    assert isinstance(dialog, PinDialog), dialog
    assert dialog.isVisible()
    return dialog


async def show(desk: Desk, member: dict[str, Any]) -> Member:
    shown = expect(desk.counter.controller.member_changed, lambda view: view is not None)
    desk.counter.controller.scan(member["code"])
    (view,) = await shown.wait()
    member_shown: Member = view.member
    return member_shown


def names(dialog: PinDialog) -> list[str]:
    return [dialog.people.item(n).text() for n in range(dialog.people.count())]


async def test_five_wrong_pins_lock_out_and_the_seconds_left_are_counted_down(
    desk: Desk, member: dict[str, Any]
) -> None:
    staff_up(desk.rig.access)
    await show(desk, member)
    desk.window.member_action_requested.emit("delete")  # Carl, a cashier, is at the counter
    dialog = pin_dialog(desk.rig.screens.gate)
    assert names(dialog) == ["Maria  ·  manager"]  # only someone who may approve
    assert "needs a manager" in dialog.findChildren(type(dialog.note))[0].text()
    for attempt in range(1, 5):
        for digit in "1357":  # on the keypad, as a finger does
            dialog.pad.keys[digit].click()
        dialog.ok.click()
        assert f"{5 - attempt} more tr" in dialog.note.text()
        assert dialog.pin.text() == ""
    QTest.keyClicks(dialog.pin, "2468")
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)  # Enter checks a PIN (nothing is deleted yet)
    assert dialog.isVisible()
    assert dialog.note.text().startswith("Too many wrong PINs: Maria is locked out, 30 seconds")
    assert not dialog.pin.isEnabled()
    assert not dialog.ok.isEnabled()
    desk.counter.clock.advance(12)
    dialog.refresh_lockout()  # the dialog's one-second tick
    assert "18 seconds left" in dialog.note.text()
    desk.counter.clock.advance(18)
    dialog.refresh_lockout()
    assert dialog.note.text() == "Maria can type the PIN again."
    assert dialog.pin.isEnabled()
    dialog.enter(MARIA_PIN)
    assert not dialog.isVisible()
    delete = desk.rig.screens.dialog
    assert isinstance(delete, DeleteDialog)
    delete.reject()
    audit = [(e.action, e.operator, e.outcome) for e in desk.counter.session.audit.entries()]
    assert ("pin_lockout", "Maria", "locked_out") in audit
    assert audit[-1] == ("pin", "Maria", "ok")
    assert desk.counter.session.journal.open_count() == 0


async def test_a_cashier_cannot_delete_and_enter_never_does(
    desk: Desk, member: dict[str, Any], api: httpx.Client, card: dict[str, Any]
) -> None:
    staff_up(desk.rig.access)
    shown = await show(desk, member)
    assert desk.rig.access.current is not None
    assert desk.rig.access.current.name == "Carl"
    desk.window.member_action_requested.emit("delete")
    asked = pin_dialog(desk.rig.screens.gate)
    assert "Carl" not in " ".join(names(asked))  # a cashier's PIN approves nothing
    asked.reject()
    assert desk.rig.screens.dialog is None  # no delete dialog behind the refusal
    assert desk.counter.session.journal.open_count() == 0

    desk.window.member_action_requested.emit("delete")
    pin_dialog(desk.rig.screens.gate).enter(MARIA_PIN)
    delete = desk.rig.screens.dialog
    assert isinstance(delete, DeleteDialog)
    assert not delete.delete_button.isEnabled()
    QTest.keyClicks(delete.typed, "delete")
    assert delete.delete_button.isEnabled()
    QTest.keyClick(delete.typed, Qt.Key.Key_Return)
    QTest.keyClick(delete, Qt.Key.Key_Enter)
    assert delete.isVisible()  # Enter never confirms a destructive action
    assert desk.counter.session.journal.open_count() == 0
    delete.delete_button.click()
    assert not delete.isVisible()
    assert desk.window.pages.currentIndex() == 0  # back to the scan prompt
    await desk.drain()
    assert api.get(user_url(card, shown.id)).status_code == 404
    [op] = desk.counter.session.journal.recent(1)
    assert (op.kind, op.operator, op.state) == (
        OperationKind.DELETE_MEMBER,
        "Carl",
        OperationState.APPLIED,
    )


async def test_void_then_a_new_card_moves_the_balance(
    desk: Desk, member: dict[str, Any], api: httpx.Client, card: dict[str, Any]
) -> None:
    staff_up(desk.rig.access)
    api.post(user_url(card, member["id"]), json={"amount": 7})  # and a Free cookie at 5
    await show(desk, member)
    desk.window.member_action_requested.emit("void")
    pin_dialog(desk.rig.screens.gate).enter(MARIA_PIN)
    void = desk.rig.screens.dialog
    assert isinstance(void, VoidDialog)
    assert void.warning.isVisible()
    assert "7 stamps and 1 unused reward (Free cookie)" in void.warning.text()
    new_shown = expect(desk.counter.controller.member_changed, lambda v: v is not None)
    void.reissue_button.click()
    (view,) = await new_shown.wait()
    assert is_provisional_member(view.member)
    assert view.member.display_name == "John Doe"
    assert desk.window.panel.count.text() == "7 of 10"  # at once, before the server
    assert "7 stamps moved" in desk.window.banner.text.text()
    real = expect(
        desk.counter.controller.member_changed,
        lambda v: v is not None and not is_provisional_member(v.member),
    )
    for _ in range(4):
        await desk.drain()
    (now,) = await real.wait()
    old = api.get(user_url(card, member["id"])).json()
    new = api.get(user_url(card, now.member.id)).json()
    assert old["voided_at"] is not None
    assert new["stamps"] == 7
    assert [r["name"] for r in new["rewards"] if r["used_at"] is None] == ["Free cookie"]
    reissues = [e for e in desk.counter.session.audit.entries() if e.action == "reissue"]
    assert reissues[0].operator == "Maria"


async def test_the_to_check_count_opens_the_review_which_resolves_a_refused_write(
    desk: Desk, member: dict[str, Any], api: httpx.Client, card: dict[str, Any]
) -> None:
    staff_up(desk.rig.access)
    await show(desk, member)
    desk.window.action_panel.plus_one.click()
    desk.counter.controller.add_stamps(3)
    desk.counter.controller.confirm_prompt()  # the repeat warning: yes, add
    api.put(f"{user_url(card, member['id'])}/void")  # meanwhile voided elsewhere
    await desk.drain()
    await desk.drain()
    desk.counter.controller.publish_status()
    status = desk.window.status
    assert status.to_check.text() == "2 to check"
    assert not status.to_check.isHidden()
    status.to_check.click()
    review = desk.rig.screens.dialog
    assert isinstance(review, ReviewDialog)
    assert review.items.count() == 2
    assert review.what.text() == "3 stamps for John Doe"  # the newest first
    assert review.answer.text().startswith("The stamp for John Doe was refused")
    assert not review.dismiss_button.isEnabled()  # not without a reason
    QTest.keyClicks(review.reason, "card reported lost")
    review.dismiss_button.click()
    pin_dialog(desk.rig.screens.gate).enter(MARIA_PIN)
    assert review.items.count() == 1
    assert review.note.text() == "Dismissed: 3 stamps for John Doe."
    QTest.keyClicks(review.reason, "sent again to see the answer")
    review.resend_button.click()
    pin_dialog(desk.rig.screens.gate).enter(MARIA_PIN)
    assert review.items.count() == 0
    assert status.to_check.isHidden()
    decisions = [
        (e.action, e.operator, e.after["reason"])
        for e in desk.counter.session.audit.entries()
        if e.action.startswith("review_")
    ]
    assert decisions == [
        ("review_dismissed", "Maria", "card reported lost"),
        ("review_resent", "Maria", "sent again to see the answer"),
    ]


async def test_the_operator_switch_from_the_status_bar(desk: Desk) -> None:
    maria, _ = staff_up(desk.rig.access)
    status = desk.window.status
    desk.counter.controller.publish_status()
    assert status.who.text() == "Till 1 · Carl"
    status.who.click()
    dialog = pin_dialog(desk.rig.screens.gate)
    assert names(dialog) == ["Carl  ·  cashier", "Maria  ·  manager"]
    assert dialog.people.currentItem().text() == "Carl  ·  cashier"
    dialog.choose(maria)
    dialog.enter("0000")
    assert "Wrong PIN for Maria" in dialog.note.text()
    dialog.enter(MARIA_PIN)
    assert not dialog.isVisible()
    assert status.who.text() == "Till 1 · Maria"
    assert desk.counter.session.staff.operator == "Maria"
    status.who.click()
    again = pin_dialog(desk.rig.screens.gate)
    [sign_out] = [b for b in again.findChildren(type(again.ok)) if b.text() == "Sign Maria out"]
    sign_out.click()
    assert status.who.text() == "Till 1 · Alice"  # the station's operator name again
    assert desk.rig.access.current is None
