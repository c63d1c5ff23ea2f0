"""A member's life at the counter: enrol, duplicates, edit, void, delete.

Every change goes through the journal (``CounterSession``), so each is sent
exactly once, in order, and a new member can be signed up offline: they get a
provisional card at once (see provisional.py), ready for the first stamp, and
the real member replaces it when the server has created them. Re-issuing a lost
card is in reissue.py.
"""

import logging
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pos_loyalty.api import ApiConnectionError, Member
from pos_loyalty.domain.i18n import translate, translate_noop
from pos_loyalty.station import provisional
from pos_loyalty.station.counter import CounterSession
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.journal import OPEN_STATES, Operation, OperationKind, OperationState
from pos_loyalty.station.member_fields import (
    FIELDS,
    InvalidMemberError,
    check_changes,
    check_new_member,
    phone_digits,
)
from pos_loyalty.station.member_index import fold
from pos_loyalty.station.staff import Permission, StaffMember
from pos_loyalty.station.staff_access import Approval, StaffAccess

log = logging.getLogger(__name__)
DELETE_WORD = "DELETE"
DUPLICATES_SHOWN = 5
_PHONE_TAIL = 4
_CANDIDATES = 200


class DuplicateMemberError(StationError):
    def __init__(self, matches: "list[Duplicate]") -> None:
        self.matches = matches
        super().__init__(
            matches[0].words + " " + translate("Members", "Open that member, or sign up anyway.")
        )


class ConfirmationError(StationError):
    pass


class NothingToChangeError(StationError):
    def __init__(self) -> None:
        super().__init__(translate("Members", "Nothing was changed: the details are as they were."))


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A member who already has the e-mail address or phone number typed."""

    member: Member
    matched: str  # "email" or "phone"
    # "server", "station copy", or "queued" (signed up here, not yet on the server)
    source: str

    @property
    def words(self) -> str:
        if self.member.code:
            card = translate("Members", "card …{digits}").format(digits=self.member.code[-4:])
        else:
            card = translate("Members", "card on its way")
        if self.matched == "email":
            text = translate("Members", "{name} ({card}) already has this e-mail address.")
        else:
            text = translate("Members", "{name} ({card}) already has this phone number.")
        return text.format(name=self.member.display_name, card=card)


@dataclass(frozen=True, slots=True)
class DuplicateCheck:
    matches: list[Duplicate]
    # False when the server could not be asked (offline): only this station was checked.
    server_checked: bool


@dataclass(frozen=True, slots=True)
class Enrolment:
    """A sign-up: its queued create and the member to show meanwhile."""

    operation_id: int
    member: Member  # provisional until the server has created the member

    @property
    def provisional(self) -> bool:
        return is_provisional_member(self.member)


@dataclass(frozen=True, slots=True)
class Losses:
    """What a member's card still holds, as shown at the counter."""

    stamps: int
    rewards: list[str]

    @property
    def anything(self) -> bool:
        return bool(self.stamps or self.rewards)

    def words(self) -> str:
        parts = []
        if self.stamps:
            parts.append(translate("Members", "%n stamp(s)", None, self.stamps))
        if self.rewards:
            n = len(self.rewards)
            unused = translate("Members", "%n unused reward(s) ({names})", None, n)
            parts.append(unused.format(names=", ".join(self.rewards)))
        return translate("Members", " and ").join(parts)


def is_provisional_member(member: Member) -> bool:
    """Signed up at this station and not yet created by the server: no code yet."""
    return provisional.is_provisional_id(member.id)


class MemberDesk:
    """Member changes for one counter session (build a new one when the program
    changes). It hears the session's sender first, before the screen does, so a
    provisional member's queued writes already belong to the real member when the
    screen swaps one for the other. Build it before the sender runs: it settles
    what a crash may have left half done."""

    def __init__(self, session: CounterSession, access: StaffAccess | None = None) -> None:
        self.session = session
        self.access = access
        # The station file; the journal's own connection, shared by every part of it.
        self._conn = session.journal._conn
        session.sender.listeners.insert(0, self._settled)
        self.reconcile()

    # Enrolment

    def enroll(
        self,
        fields: Mapping[str, Any],
        *,
        consent: str | None = None,
        allow_duplicate: bool = False,
        approval: Approval | None = None,
    ) -> Enrolment:
        """Queue a new member and return them, provisional, at once. Raises
        InvalidMemberError, DuplicateMemberError (against this station's copy and
        its queued sign-ups; ``allow_duplicate`` goes ahead), NotAllowedError.
        ``consent`` is the wording the member agreed to, kept in the audit log."""
        sending = check_new_member(fields)
        who = self.require(Permission.ENROL, approval)
        if not allow_duplicate:
            found = self.local_duplicates(sending)
            if found:
                raise DuplicateMemberError(found)
        with one_commit(self._conn):
            enrolment = self.queue_enrolment(sending)
            if consent is not None:
                self._record("consent", enrolment, after={"wording": consent}, by=who)
        return enrolment

    def queue_enrolment(self, sending: Mapping[str, str]) -> Enrolment:
        """Queue a create for fields already checked, with its provisional member."""
        with one_commit(self._conn):
            op = self.session.enroll(sending)
            member_id = provisional.mark_provisional(self._conn, op.id)
        return Enrolment(op.id, self._provisional(member_id, sending))

    def enrolment(self, operation_id: int) -> Enrolment:
        """A sign-up as it stands: the real member once the server has created them."""
        op = self.session.journal.get(operation_id)
        if op.state is OperationState.APPLIED and op.result is not None:
            return Enrolment(op.id, Member.model_validate(op.result))
        fields = op.payload.get("fields", {})
        return Enrolment(op.id, self._provisional(provisional.provisional_id(op.id), fields))

    def pending_enrolments(self) -> list[Enrolment]:
        """Sign-ups the server has not created yet (queued, or waiting for a check)."""
        waiting = provisional.creates(self._conn, *OPEN_STATES, OperationState.NEEDS_REVIEW)
        return [
            Enrolment(op.id, self._provisional(op.member_id or 0, op.payload.get("fields", {})))
            for op in waiting
        ]

    def _provisional(self, member_id: int, fields: Mapping[str, Any]) -> Member:
        known = {k: v for k, v in fields.items() if k in FIELDS}
        return Member(id=member_id, created_at=self.session.clock.now(), **known)

    # Duplicates

    def local_duplicates(self, fields: Mapping[str, Any]) -> list[Duplicate]:
        """Members of this station's copy, and sign-ups queued here, with the same
        e-mail address or phone number: no round trip, works offline."""
        email, phone = _contact(fields)
        found: list[Duplicate] = []
        # A phone is matched by its digits, however it was written: the copy is
        # searched for the last few, which most ways of writing keep together.
        keywords = (email, phone_digits(phone)[-_PHONE_TAIL:])
        for keyword in keywords:
            if keyword:
                for member in self.session.index.search(keyword, _CANDIDATES):
                    found += _matching(member, email, phone, "station copy")
        for enrolment in self.pending_enrolments():
            found += _matching(enrolment.member, email, phone, "queued")
        return _unique(found)

    async def duplicates(self, fields: Mapping[str, Any]) -> DuplicateCheck:
        """The station's check plus the server's exact search (offline: the station's
        alone, and ``server_checked`` says so)."""
        email, phone = _contact(fields)
        found = self.local_duplicates(fields)
        checked = True
        client, card_id = self.session.members.client, self.session.card.id
        for keyword in (email, phone):
            if not keyword:
                continue
            try:
                page = await client.list_users(card_id, keyword=keyword, strict=True, limit=10)
            except ApiConnectionError:
                checked = False
                break
            for member in page.members:
                found += _matching(member, email, phone, "server")
        return DuplicateCheck(_unique(found)[:DUPLICATES_SHOWN], checked)

    # Edit, void, delete (a manager's)

    def edit(
        self, member: Member, changes: Mapping[str, Any], approval: Approval | None = None
    ) -> Operation:
        """Queue the fields that differ; a field given empty is cleared."""
        sending = check_changes(changes)
        changed = {k: v for k, v in sending.items() if getattr(member, k, None) != v}
        if not changed:
            raise NothingToChangeError()
        self.require(Permission.EDIT_MEMBER, approval)
        self.refuse_provisional(member, translate("Members", "changed"))
        return self.session.update_member(member, changed)

    def losses(self, member: Member) -> Losses:
        """What voiding or deleting would leave behind: the stamps and unused rewards
        as the counter shows them (this station's queued writes included)."""
        shown = self.session.project(member).member
        now = self.session.clock.now()
        return Losses(shown.stamps, sorted(r.name for r in shown.usable_rewards(now)))

    def void_warning(self, member: Member) -> str | None:
        losses = self.losses(member)
        if not losses.anything:
            return None
        return translate(
            "Members",
            "This card still has {losses}. Voiding blocks them: issue a new card"
            " to move the stamps over (unused rewards stay on the voided card).",
        ).format(losses=losses.words())

    def delete_warning(self, member: Member) -> str | None:
        losses = self.losses(member)
        if not losses.anything:
            return None
        return translate(
            "Members", "This member still has {losses}. Deleting loses them for good."
        ).format(losses=losses.words())

    def void(self, member: Member, approval: Approval | None = None) -> Operation:
        """Queue voiding the card: the member is kept, the card blocked."""
        self.require(Permission.VOID_MEMBER, approval)
        self.refuse_provisional(member, translate("Members", "voided"))
        if member.voided_at is not None:
            raise ConfirmationError(translate("Members", "This card is voided already."))
        return self.session.void_member(member)

    def delete(self, member: Member, typed: str, approval: Approval | None = None) -> Operation:
        """Queue deleting the member; ``typed`` must be the word DELETE."""
        if typed.strip().upper() != DELETE_WORD:
            raise ConfirmationError(
                translate("Members", "Type {word} to delete {name}; nothing was deleted.").format(
                    word=DELETE_WORD, name=member.display_name
                )
            )
        self.require(Permission.DELETE_MEMBER, approval)
        self.refuse_provisional(member, translate("Members", "deleted"))
        return self.session.delete_member(member)

    # The journal's news

    def _settled(self, op: Operation) -> None:
        if op.kind is not OperationKind.CREATE_MEMBER or not provisional.is_provisional_id(
            op.member_id
        ):
            return
        assert op.member_id is not None
        self._follow(op, op.member_id)

    def reconcile(self) -> None:
        """Finish what a crash may have interrupted: creates applied, refused or
        left for a check whose queued writes still carry the provisional id."""
        settled = (OperationState.APPLIED, OperationState.REJECTED, OperationState.NEEDS_REVIEW)
        for op in provisional.creates(self._conn, *settled):
            assert op.member_id is not None
            self._follow(op, op.member_id)

    def _follow(self, create: Operation, member_id: int) -> None:
        """The provisional member's other writes go where their create went."""
        journal = self.session.journal
        if create.state is OperationState.APPLIED and create.result is not None:
            provisional.adopt(self._conn, member_id, Member.model_validate(create.result))
        elif create.state is OperationState.REJECTED:
            name = create.member_name or translate("Members", "the new member")
            for op in provisional.dependents(self._conn, member_id, *OPEN_STATES):
                journal.mark_rejected(
                    op.id,
                    translate(
                        "Members",
                        "Not sent: signing up {name} was refused, so there is no card to put it"
                        " on. Sign the member up again, then add it.",
                    ).format(name=name),
                )
        elif create.state is OperationState.NEEDS_REVIEW:
            for op in provisional.dependents(self._conn, member_id, *OPEN_STATES):
                journal.mark_needs_review(
                    op.id,
                    # Kept in English: the check list knows it by its words (review.py).
                    translate_noop(
                        "Members", "Waits for the sign-up before it to be checked (see 'to check')."
                    ),
                )

    # Helpers

    def require(self, permission: Permission, approval: Approval | None) -> StaffMember | None:
        """Who answers for the action (see StaffAccess.require); None without staff checks."""
        if self.access is None:
            return None
        return self.access.require(permission, approval)

    @staticmethod
    def refuse_provisional(member: Member, what: str) -> None:
        if is_provisional_member(member):
            raise ConfirmationError(
                translate(
                    "Members",
                    "This member is still being created on the server and cannot be {what}"
                    " yet. Try again when the card has its code.",
                ).format(what=what)
            )

    def _record(
        self,
        action: str,
        enrolment: Enrolment,
        *,
        after: Any,
        by: StaffMember | None,
    ) -> None:
        self.session.audit.record(
            action,
            operator=by.name if by is not None else self.session.staff.operator,
            station=self.session.staff.station,
            member_id=enrolment.member.id,
            after=after,
            outcome="given",
            detail=f"operation {enrolment.operation_id}",
        )


@contextmanager
def one_commit(conn: sqlite3.Connection) -> Iterator[None]:
    """Several writes to the station file in one transaction: one fsync instead of one
    each, and a crash keeps all or none (a create is never left without its
    provisional id). Nests inside a transaction someone else holds."""
    conn.execute("SAVEPOINT member_desk")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO member_desk")
        conn.execute("RELEASE member_desk")
        raise
    conn.execute("RELEASE member_desk")


def _contact(fields: Mapping[str, Any]) -> tuple[str, str]:
    return str(fields.get("email") or "").strip(), str(fields.get("phone") or "").strip()


def _matching(member: Member, email: str, phone: str, source: str) -> list[Duplicate]:
    found = []
    if email and member.email and fold(member.email) == fold(email):
        found.append(Duplicate(member, "email", source))
    digits = phone_digits(phone)
    if digits and phone_digits(member.phone) == digits:
        found.append(Duplicate(member, "phone", source))
    return found


def _unique(found: list[Duplicate]) -> list[Duplicate]:
    """One entry per member and field; the server's word first, then the copy's."""
    rank = {"server": 0, "station copy": 1, "queued": 2}
    seen: set[tuple[int, str]] = set()
    out = []
    for match in sorted(found, key=lambda d: rank.get(d.source, 3)):
        key = (match.member.id, match.matched)
        if key not in seen:
            seen.add(key)
            out.append(match)
    return out


__all__ = [
    "DELETE_WORD",
    "ConfirmationError",
    "Duplicate",
    "DuplicateCheck",
    "DuplicateMemberError",
    "Enrolment",
    "InvalidMemberError",
    "Losses",
    "MemberDesk",
    "NothingToChangeError",
    "is_provisional_member",
]
