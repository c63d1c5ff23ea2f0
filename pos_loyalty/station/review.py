"""Writes for a manager to check: those whose outcome is unknown (needs review) and
those the server refused. Each is told in words (what, who, when, where, and the
server's answer); a manager resends or dismisses it, with a reason that goes to
the audit log.

A write that needs review is resent under its own key (the server, if it did
apply it, answers from its record and nothing is doubled). A refused write is
sent again as a new write with a key of its own: the refusal was final for the
old one. Rewards are never sent again: a refused reward was used or expired.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pos_loyalty.api import ApiError, Member
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station import provisional
from pos_loyalty.station.counter import CounterSession
from pos_loyalty.station.errors import StationError, describe
from pos_loyalty.station.journal import Operation, OperationKind, OperationState
from pos_loyalty.station.member_fields import FIELDS, field_label
from pos_loyalty.station.staff import Permission, StaffMember
from pos_loyalty.station.staff_access import Approval, StaffAccess

SHOWN = 200


def _unknown() -> str:
    return translate(
        "Review",
        "The loyalty server's answer was lost, so it is not known whether this went through."
        " Look the member up: if the change is there, dismiss this; if not, resend it.",
    )


class ReviewError(StationError):
    pass


@dataclass(frozen=True, slots=True)
class ReviewItem:
    operation: Operation
    what: str
    who: str
    where: str
    when: datetime
    # The server's answer, in words.
    answer: str
    needs_review: bool  # False: refused
    can_resend: bool
    # Why it cannot be resent, or what resending does.
    resend_note: str

    @property
    def id(self) -> int:
        return self.operation.id


def describe_write(op: Operation) -> str:
    """What a write does, in a cashier's words."""
    if op.member_name:
        name = op.member_name
    elif op.member_code:
        name = translate("Review", "card …{digits}").format(digits=op.member_code[-4:])
    else:
        name = translate("Review", "a member")
    payload = op.payload
    if op.kind is OperationKind.ADD_STAMPS:
        n = int(payload.get("amount", 0))
        return translate("Review", "%n stamp(s) for {name}", None, n).format(name=name)
    if op.kind is OperationKind.USE_REWARDS:
        names = ", ".join(payload.get("reward_names") or []) or translate("Review", "a reward")
        return translate("Review", "Redeeming {rewards} for {name}").format(
            rewards=names, name=name
        )
    if op.kind is OperationKind.CREATE_MEMBER:
        return translate("Review", "Signing up {name}").format(name=name)
    if op.kind is OperationKind.UPDATE_MEMBER:
        fields = ", ".join(
            field_label(k) if k in FIELDS else k.replace("_", " ")
            for k in payload.get("fields", {})
        )
        if not fields:
            return translate("Review", "Changing the details of {name}").format(name=name)
        return translate("Review", "Changing {fields} of {name}").format(fields=fields, name=name)
    if op.kind is OperationKind.VOID_MEMBER:
        return translate("Review", "Voiding the card of {name}").format(name=name)
    if op.kind is OperationKind.PUSH:
        text = str(payload.get("message", ""))
        shown = text if len(text) <= 40 else text[:39] + "…"
        return translate("Review", "Message “{text}” to {recipients}").format(
            text=shown, recipients=_push_recipients(payload)
        )
    return translate("Review", "Deleting {name}").format(name=name)


def _push_recipients(payload: dict[str, Any]) -> str:
    count = payload.get("expected")
    if payload.get("recipient_ids") is None:
        return translate("Review", "every member")
    if count == 1:
        return translate("Review", "1 member")
    return translate("Review", "{count} members").format(count=count)


class ReviewList:
    """The station's writes to check, for every program it served."""

    def __init__(self, session: CounterSession, access: StaffAccess | None = None) -> None:
        self.session = session
        self.access = access
        self._conn = session.journal._conn  # the station file, shared with the journal

    _WAITING = (
        "FROM operations WHERE state = 'needs_review' OR (state = 'rejected'"
        " AND id NOT IN (SELECT operation_id FROM review_decisions))"
    )

    def count(self) -> int:
        """How many are waiting (the status bar's "to check")."""
        return int(self._conn.execute(f"SELECT count(*) {self._WAITING}").fetchone()[0])

    def items(self, limit: int = SHOWN) -> list[ReviewItem]:
        """Newest first."""
        rows = self._conn.execute(f"SELECT * {self._WAITING} ORDER BY id DESC LIMIT ?", (limit,))
        return [self._item(Operation.from_row(r)) for r in rows]

    def item(self, op_id: int) -> ReviewItem:
        op = self.session.journal.get(op_id)
        if op.state not in (OperationState.NEEDS_REVIEW, OperationState.REJECTED) or (
            op.state is OperationState.REJECTED and self._decided(op_id)
        ):
            raise ReviewError(
                translate("Review", "This write is not waiting for a check any more.")
            )
        return self._item(op)

    async def current(self, item: ReviewItem) -> Member | str:
        """The member as the server has them now, to decide; or why that cannot be read."""
        member_id = item.operation.member_id
        if member_id is None or provisional.is_provisional_id(member_id):
            return translate("Review", "This member is not on the server yet.")
        try:
            return await self.session.members.client.get_user(item.operation.card_id, member_id)
        except (ApiError, StationError) as exc:
            return describe(exc)

    def resend(self, op_id: int, reason: str, approval: Approval | None = None) -> Operation:
        """Send it again; returns the write that will be sent."""
        item = self.item(op_id)
        reason = _reason(reason)
        if not item.can_resend:
            raise ReviewError(item.resend_note)
        who = self._require(approval)
        op = item.operation
        journal = self.session.journal
        if op.state is OperationState.NEEDS_REVIEW:
            journal.resend_reviewed(op.id)
            for dependent in self._dependents(op, OperationState.NEEDS_REVIEW):
                journal.resend_reviewed(dependent.id)
            sent = journal.get(op.id)
        else:
            sent = journal.append(
                op.kind,
                op.card_id,
                op.payload,
                operator=who.name if who is not None else self.session.staff.operator,
                station=self.session.staff.station,
                member_id=op.member_id,
                member_code=op.member_code,
                member_name=op.member_name,
            )
            if op.kind is OperationKind.CREATE_MEMBER:
                provisional.mark_provisional(self._conn, sent.id)
                sent = journal.get(sent.id)
        self._decide(op, "resent", reason, who, sent.id if sent.id != op.id else None)
        self.session.sender.wake()
        return sent

    def dismiss(self, op_id: int, reason: str, approval: Approval | None = None) -> None:
        """Take it off the list; nothing is sent."""
        item = self.item(op_id)
        reason = _reason(reason)
        who = self._require(approval)
        op = item.operation
        if op.state is OperationState.NEEDS_REVIEW:
            self.session.journal.dismiss_reviewed(op.id)
            for dependent in self._dependents(op, OperationState.NEEDS_REVIEW):
                self.session.journal.dismiss_reviewed(dependent.id)
        self._decide(op, "dismissed", reason, who, None)

    # Helpers

    def _item(self, op: Operation) -> ReviewItem:
        needs_review = op.state is OperationState.NEEDS_REVIEW
        if needs_review:
            # The journal keeps this one in English (members.py): shown in today's language.
            answer = (
                translate(
                    "Members", "Waits for the sign-up before it to be checked (see 'to check')."
                )
                if op.error and op.error.startswith("Waits for")
                else _unknown()
            )
        else:
            answer = op.error or translate("Review", "The server refused it.")
        can, note = self._resendable(op)
        return ReviewItem(
            op, describe_write(op), op.operator, op.station, op.created_at, answer,
            needs_review, can, note,
        )  # fmt: skip

    @staticmethod
    def _resendable(op: Operation) -> tuple[bool, str]:
        if op.state is OperationState.NEEDS_REVIEW:
            if op.error and op.error.startswith("Waits for"):
                return False, translate(
                    "Review", "Resend the sign-up before it: this one follows it."
                )
            return True, translate(
                "Review", "Resent under its own key: if it did go through, nothing is doubled."
            )
        if op.kind is OperationKind.USE_REWARDS:
            return False, translate(
                "Review",
                "A refused reward is never sent again: it was used or has expired. Look the"
                " member up to see what is left.",
            )
        if provisional.is_provisional_id(op.member_id) and op.kind is not (
            OperationKind.CREATE_MEMBER
        ):
            return False, translate(
                "Review", "The sign-up it belonged to was refused: sign the member up again."
            )
        return True, translate(
            "Review", "Sent again as a new write; the server may refuse it again."
        )

    def _dependents(self, op: Operation, state: OperationState) -> list[Operation]:
        if op.kind is not OperationKind.CREATE_MEMBER or not provisional.is_provisional_id(
            op.member_id
        ):
            return []
        assert op.member_id is not None
        return provisional.dependents(self._conn, op.member_id, state)

    def _decided(self, op_id: int) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM review_decisions WHERE operation_id = ?", (op_id,)
        ).fetchone()
        return row is not None

    def _decide(
        self,
        op: Operation,
        decision: str,
        reason: str,
        who: StaffMember | None,
        new_op_id: int | None,
    ) -> None:
        name = who.name if who is not None else self.session.staff.operator
        now = self.session.clock.now()
        self._conn.execute(
            "INSERT OR REPLACE INTO review_decisions (operation_id, decision, reason,"
            " decided_by, decided_at, new_operation_id) VALUES (?, ?, ?, ?, ?, ?)",
            (op.id, decision, reason, name, now.isoformat(), new_op_id),
        )
        after: dict[str, Any] = {"decision": decision, "reason": reason}
        if new_op_id is not None:
            after["new_operation"] = new_op_id
        self.session.audit.record(
            f"review_{decision}",
            operator=name,
            station=self.session.staff.station,
            member_id=op.member_id,
            member_code=op.member_code,
            before={"what": describe_write(op), "state": op.state.value, "answer": op.error},
            after=after,
            outcome=decision,
            detail=f"operation {op.id}: {reason}",
        )

    def _require(self, approval: Approval | None) -> StaffMember | None:
        if self.access is None:
            return None
        return self.access.require(Permission.REVIEW, approval)


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise ReviewError(
            translate("Review", "Say why (a few words): it is kept in the audit log.")
        )
    return reason
