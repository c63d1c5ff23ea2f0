"""Who is at the counter now, and whether they may do a thing (see staff.py)."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.counter import CounterSession, Staff
from pos_loyalty.station.staff import (
    NEEDED_ROLE,
    NoManagerError,
    NotAllowedError,
    Permission,
    Role,
    StaffMember,
    StaffRoster,
)

# A manager's PIN typed for one action is good for that action, this soon.
APPROVAL_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class Approval:
    """A manager's PIN, typed for one action; ``StaffAccess.require`` takes it once."""

    permission: Permission
    staff: StaffMember
    at: datetime
    token: str = field(default_factory=lambda: uuid.uuid4().hex)


SwitchListener = Callable[[StaffMember | None], None]


class StaffAccess:
    """Who is at the counter now, and whether they may do a thing.

    - ``switch(staff_id, pin)``: the quick operator switch; listeners hear the change
      (the counter puts the name on its writes: ``CounterSession.staff``).
    - ``require(permission, approval=None)``: the member of staff answerable for an
      action, or NotAllowedError in words. A cashier's action needs someone signed
      in (anyone, while the station has no staff at all); a manager's action needs
      a manager signed in, or an ``approval`` from ``approve``.
    - ``approve(permission, staff_id, pin)``: a manager types their PIN for one
      action without taking over the counter.
    """

    def __init__(self, roster: StaffRoster) -> None:
        self.roster = roster
        self.current: StaffMember | None = None
        self.signed_in_at: datetime | None = None
        self.listeners: list[SwitchListener] = []
        self._taken: set[str] = set()

    @property
    def guarded(self) -> bool:
        """False until the first member of staff is added: then every action is open."""
        return not self.roster.is_empty()

    @property
    def operator_name(self) -> str | None:
        return None if self.current is None else self.current.name

    def switch(self, staff_id: int, pin: str) -> StaffMember:
        member = self.roster.check_pin(staff_id, pin, purpose="operator switch")
        before = self.operator_name
        self.current = member
        self.signed_in_at = self.roster.clock.now()
        self.roster.audit.record(
            "operator_switch",
            operator=member.name,
            station=self.roster.station,
            outcome="signed_in",
            before=before,
            after=member.name,
        )
        self._tell(member)
        return member

    def sign_out(self) -> None:
        if self.current is None:
            return
        self.roster.audit.record(
            "operator_switch",
            operator=self.current.name,
            station=self.roster.station,
            outcome="signed_out",
            before=self.current.name,
        )
        self.current = None
        self.signed_in_at = None
        self._tell(None)

    def approve(self, permission: Permission, staff_id: int, pin: str) -> Approval:
        """A manager's PIN for one action. Raises WrongPinError, LockedOutError, or
        NotAllowedError when that member of staff may not do it either."""
        member = self.roster.check_pin(staff_id, pin, purpose=f"approve {permission.value}")
        if not member.can(permission):
            raise NotAllowedError(
                f"{permission.words} needs a manager; {member.name} is a {member.role.value}.",
                permission,
            )
        return Approval(permission, member, self.roster.clock.now())

    def require(
        self, permission: Permission, approval: Approval | None = None
    ) -> StaffMember | None:
        """Who answers for this action (None only on a station with no staff yet, for
        a cashier's action). Raises NotAllowedError (NoManagerError when the station
        has no manager to ask)."""
        needed = NEEDED_ROLE[permission]
        if approval is not None and self._take(approval, permission):
            return approval.staff
        current = self.current
        if current is not None and current.can(permission):
            return current
        if needed is Role.CASHIER and not self.guarded:
            return None
        if needed is Role.CASHIER:
            raise NotAllowedError(
                translate(
                    "StaffAccess",
                    "Nobody is signed in at the counter: choose your name and type your PIN.",
                ),
                permission,
            )
        if not self.roster.has_manager():
            raise NoManagerError(
                translate(
                    "StaffAccess",
                    "{action} needs a manager, and this station has none yet. Add a"
                    " manager (a name and a PIN) first.",
                ).format(action=permission.words),
                permission,
            )
        raise NotAllowedError(
            translate(
                "StaffAccess", "{action} needs a manager: ask a manager to type their PIN."
            ).format(action=permission.words),
            permission,
        )

    # Managing staff (a manager's action, except the very first manager)

    def add_staff(
        self, name: str, role: Role, pin: str, approval: Approval | None = None
    ) -> StaffMember:
        """Add a member of staff. On a station with no manager the first one added
        must be a manager, and needs nobody's approval: that is how a station starts."""
        if self.roster.has_manager():
            by = self._manager_name(Permission.MANAGE_STAFF, approval)
        elif Role(role) is not Role.MANAGER:
            raise NoManagerError(
                translate(
                    "StaffAccess",
                    "The first member of staff must be a manager: add yourself as manager,"
                    " then the cashiers.",
                ),
                Permission.MANAGE_STAFF,
            )
        else:
            by = " ".join(name.split())
        return self.roster.add(name, role, pin, by=by)

    def set_pin(self, staff_id: int, pin: str, approval: Approval | None = None) -> None:
        """A manager sets someone's new PIN (it also ends a lockout)."""
        self.roster.set_pin(staff_id, pin, by=self._manager_name(Permission.MANAGE_STAFF, approval))

    def change_own_pin(self, staff_id: int, old_pin: str, new_pin: str) -> None:
        member = self.roster.check_pin(staff_id, old_pin, purpose="change own PIN")
        self.roster.set_pin(staff_id, new_pin, by=member.name)

    def set_role(self, staff_id: int, role: Role, approval: Approval | None = None) -> StaffMember:
        changed = self.roster.set_role(
            staff_id, role, by=self._manager_name(Permission.MANAGE_STAFF, approval)
        )
        if self.current is not None and self.current.id == staff_id:
            self.current = changed
        return changed

    def remove_staff(self, staff_id: int, approval: Approval | None = None) -> None:
        self.roster.remove(staff_id, by=self._manager_name(Permission.MANAGE_STAFF, approval))
        if self.current is not None and self.current.id == staff_id:
            self.current = None
            self.signed_in_at = None
            self._tell(None)

    def _manager_name(self, permission: Permission, approval: Approval | None) -> str:
        who = self.require(permission, approval)
        assert who is not None  # a manager's action always has someone answerable
        return who.name

    def _take(self, approval: Approval, permission: Permission) -> bool:
        fresh = self.roster.clock.now() - approval.at <= timedelta(seconds=APPROVAL_SECONDS)
        usable = (
            approval.permission is permission
            and approval.token not in self._taken
            and fresh
            and approval.staff.can(permission)
        )
        if usable:
            self._taken.add(approval.token)
        return usable

    def _tell(self, member: StaffMember | None) -> None:
        for listener in self.listeners:
            listener(member)


def sign_writes(access: StaffAccess, session: CounterSession) -> None:
    """Put the name of whoever is at the counter on the session's writes and audit
    entries, now and at every switch (call again for a new session)."""
    station = session.staff.station
    default = session.staff.operator

    def follow(member: StaffMember | None) -> None:
        session.staff = Staff(operator=member.name if member else default, station=station)

    access.listeners.append(follow)
    if access.current is not None:
        follow(access.current)
