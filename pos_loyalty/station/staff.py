"""Staff at the counter: names, roles and PINs, who is at the counter now, and what
needs a manager.

A PIN is kept only as a salted scrypt hash (memory-hard, in the standard library).
Five wrong PINs in a row lock that member of staff out; each lockout lasts twice
as long as the one before, until a right PIN. Every PIN tried, right or wrong, and
every lockout is written to the audit log (never the PIN itself).

``StaffRoster`` keeps the staff in the station database; ``StaffAccess``
(staff_access.py) knows who is at the counter and answers ``require(permission)``.
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import Clock
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.pins import PinHasher, pin_problem

MAX_FAILURES = 5
FIRST_LOCKOUT_SECONDS = 30.0
# Doubling stops here: a day is long enough to call someone who can reset the PIN.
MAX_LOCKOUT_SECONDS = 24 * 3600.0
MAX_NAME_LENGTH = 50


class Role(StrEnum):
    CASHIER = "cashier"
    MANAGER = "manager"

    @property
    def rank(self) -> int:
        return 1 if self is Role.MANAGER else 0


class Permission(StrEnum):
    """What a person at the counter may ask for; ``NEEDED_ROLE`` says who may."""

    ENROL = "enrol"
    PRINT_CARD = "print_card"
    HISTORY = "history"
    EDIT_MEMBER = "edit_member"
    VOID_MEMBER = "void_member"
    DELETE_MEMBER = "delete_member"
    REVIEW = "review"
    AUDIT_EXPORT = "audit_export"
    SETTINGS = "settings"
    MANAGE_STAFF = "manage_staff"

    @property
    def words(self) -> str:
        return _words(self)


NEEDED_ROLE: dict[Permission, Role] = {
    Permission.ENROL: Role.CASHIER,
    Permission.PRINT_CARD: Role.CASHIER,
    Permission.HISTORY: Role.CASHIER,
    Permission.EDIT_MEMBER: Role.MANAGER,
    Permission.VOID_MEMBER: Role.MANAGER,
    Permission.DELETE_MEMBER: Role.MANAGER,
    Permission.REVIEW: Role.MANAGER,
    Permission.AUDIT_EXPORT: Role.MANAGER,
    Permission.SETTINGS: Role.MANAGER,
    Permission.MANAGE_STAFF: Role.MANAGER,
}


def _words(permission: Permission) -> str:
    words = {
        Permission.ENROL: translate("Staff", "Signing up a member"),
        Permission.PRINT_CARD: translate("Staff", "Printing a card"),
        Permission.HISTORY: translate("Staff", "A member's history"),
        Permission.EDIT_MEMBER: translate("Staff", "Changing a member's details"),
        Permission.VOID_MEMBER: translate("Staff", "Voiding a card"),
        Permission.DELETE_MEMBER: translate("Staff", "Deleting a member"),
        Permission.REVIEW: translate("Staff", "Checking refused writes"),
        Permission.AUDIT_EXPORT: translate("Staff", "Exporting the audit log"),
        Permission.SETTINGS: translate("Staff", "Changing the settings"),
        Permission.MANAGE_STAFF: translate("Staff", "Managing staff and PINs"),
    }
    return words[permission]


class StaffError(StationError):
    pass


class UnknownStaffError(StaffError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Staff", "That member of staff is not on this station. Choose a name from the list."
            )
        )


class InvalidPinError(StaffError):
    """A new PIN that is not allowed (too short, all one digit …)."""


class InvalidStaffError(StaffError):
    """A name or role that cannot be used."""


class WrongPinError(StaffError):
    def __init__(self, name: str, attempts_left: int) -> None:
        super().__init__(
            translate(
                "Staff",
                "Wrong PIN for {name}. %n more tries before a lockout; type it again, or ask a"
                " manager.",
                None,
                attempts_left,
            ).format(name=name)
            if attempts_left != 1
            else translate(
                "Staff",
                "Wrong PIN for {name}. 1 more try before a lockout; type it again, or ask a"
                " manager.",
            ).format(name=name)
        )
        self.attempts_left = attempts_left


class LockedOutError(StaffError):
    def __init__(self, name: str, until: datetime, now: datetime) -> None:
        self.until = until
        self.seconds_left = max(0.0, (until - now).total_seconds())
        super().__init__(
            translate(
                "Staff",
                "Too many wrong PINs: {name} is locked out for {duration}."
                " Wait, or ask a manager to set a new PIN.",
            ).format(name=name, duration=_duration(self.seconds_left))
        )


class NotAllowedError(StaffError):
    def __init__(self, message: str, permission: Permission) -> None:
        super().__init__(message)
        self.permission = permission


class NoManagerError(NotAllowedError):
    """No manager is set up yet: nobody can approve what needs one."""


def _duration(seconds: float) -> str:
    seconds = max(1, round(seconds))
    if seconds < 120:
        return translate("Staff", "%n seconds", None, seconds)
    if seconds < 7200:
        return translate("Staff", "%n minutes", None, round(seconds / 60))
    return translate("Staff", "%n hours", None, round(seconds / 3600))


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: int
    name: str
    role: Role
    active: bool = True

    def can(self, permission: Permission) -> bool:
        return self.role.rank >= NEEDED_ROLE[permission].rank


class StaffRoster:
    """The station's staff, in the station database, and the PIN checks.

    ``station`` names this station in the audit log."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        clock: Clock,
        audit: AuditLog,
        *,
        station: str,
        hasher: PinHasher | None = None,
        max_failures: int = MAX_FAILURES,
        first_lockout_seconds: float = FIRST_LOCKOUT_SECONDS,
        max_lockout_seconds: float = MAX_LOCKOUT_SECONDS,
    ) -> None:
        self._conn = conn
        self.clock = clock
        self.audit = audit
        self.station = station
        self.hasher = hasher or PinHasher()
        self.max_failures = max_failures
        self.first_lockout_seconds = first_lockout_seconds
        self.max_lockout_seconds = max_lockout_seconds

    # Reading

    def members(self) -> list[StaffMember]:
        """Active staff, by name."""
        rows = self._conn.execute(
            "SELECT id, name, role, active FROM staff WHERE active = 1 ORDER BY name COLLATE NOCASE"
        )
        return [_member(r) for r in rows]

    def get(self, staff_id: int) -> StaffMember:
        row = self._conn.execute(
            "SELECT id, name, role, active FROM staff WHERE id = ? AND active = 1", (staff_id,)
        ).fetchone()
        if row is None:
            raise UnknownStaffError()
        return _member(row)

    def by_name(self, name: str) -> StaffMember:
        row = self._conn.execute(
            "SELECT id, name, role, active FROM staff WHERE name = ? COLLATE NOCASE AND active = 1",
            (name.strip(),),
        ).fetchone()
        if row is None:
            raise UnknownStaffError()
        return _member(row)

    def is_empty(self) -> bool:
        return self._conn.execute("SELECT 1 FROM staff WHERE active = 1").fetchone() is None

    def has_manager(self) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM staff WHERE active = 1 AND role = ?", (Role.MANAGER.value,)
        ).fetchone()
        return row is not None

    def locked_until(self, staff_id: int) -> datetime | None:
        """When the lockout of this member of staff ends; None when not locked out."""
        row = self._conn.execute(
            "SELECT locked_until FROM staff WHERE id = ?", (staff_id,)
        ).fetchone()
        if row is None or row[0] is None:
            return None
        until = datetime.fromisoformat(row[0])
        return until if until > self.clock.now() else None

    # Changing the staff (the caller has checked MANAGE_STAFF, see StaffAccess)

    def add(self, name: str, role: Role, pin: str, *, by: str) -> StaffMember:
        name = _checked_name(name)
        role = Role(role)
        problem = pin_problem(pin)
        if problem:
            raise InvalidPinError(problem)
        try:
            cursor = self._conn.execute(
                "INSERT INTO staff (name, role, pin_hash, created_at) VALUES (?, ?, ?, ?)",
                (name, role.value, self.hasher.hash(pin), self.clock.now().isoformat()),
            )
        except sqlite3.IntegrityError:
            raise InvalidStaffError(
                translate(
                    "Staff",
                    "There is already a {name} on this station. Use another name (add an initial).",
                ).format(name=name)
            ) from None
        assert cursor.lastrowid is not None
        member = self.get(cursor.lastrowid)
        self._record("staff_add", by, "added", after={"name": name, "role": role.value})
        return member

    def set_pin(self, staff_id: int, pin: str, *, by: str) -> None:
        """A new PIN; it also ends any lockout."""
        member = self.get(staff_id)
        problem = pin_problem(pin)
        if problem:
            raise InvalidPinError(problem)
        self._conn.execute(
            "UPDATE staff SET pin_hash = ?, failures = 0, lockouts = 0, locked_until = NULL"
            " WHERE id = ?",
            (self.hasher.hash(pin), staff_id),
        )
        self._record("staff_pin_set", by, "changed", detail=f"new PIN for {member.name}")

    def set_role(self, staff_id: int, role: Role, *, by: str) -> StaffMember:
        member = self.get(staff_id)
        role = Role(role)
        if member.role is Role.MANAGER and role is not Role.MANAGER:
            self._keep_a_manager(member)
        self._conn.execute("UPDATE staff SET role = ? WHERE id = ?", (role.value, staff_id))
        self._record(
            "staff_role",
            by,
            "changed",
            before={"name": member.name, "role": member.role.value},
            after={"name": member.name, "role": role.value},
        )
        return self.get(staff_id)

    def remove(self, staff_id: int, *, by: str) -> None:
        """Kept in the database, inactive: the audit log still names them."""
        member = self.get(staff_id)
        if member.role is Role.MANAGER:
            self._keep_a_manager(member)
        self._conn.execute("UPDATE staff SET active = 0 WHERE id = ?", (staff_id,))
        self._record("staff_remove", by, "removed", before={"name": member.name})

    def _keep_a_manager(self, member: StaffMember) -> None:
        others = self._conn.execute(
            "SELECT count(*) FROM staff WHERE active = 1 AND role = ? AND id != ?",
            (Role.MANAGER.value, member.id),
        ).fetchone()[0]
        if not others:
            raise InvalidStaffError(
                translate(
                    "Staff",
                    "{name} is the only manager: add another manager first, or nobody"
                    " could approve voids, deletes or settings.",
                ).format(name=member.name)
            )

    # PINs

    def check_pin(self, staff_id: int, pin: str, *, purpose: str) -> StaffMember:
        """The member of staff when ``pin`` is theirs. Raises WrongPinError, or
        LockedOutError (then the PIN is not even looked at). ``purpose`` says in the
        audit log what the PIN was typed for."""
        member = self.get(staff_id)
        now = self.clock.now()
        until = self.locked_until(staff_id)
        if until is not None:
            self._record("pin", member.name, "refused_locked_out", detail=purpose)
            raise LockedOutError(member.name, until, now)
        stored = self._conn.execute("SELECT pin_hash FROM staff WHERE id = ?", (staff_id,))
        if self.hasher.verify(pin, str(stored.fetchone()[0])):
            self._conn.execute(
                "UPDATE staff SET failures = 0, lockouts = 0, locked_until = NULL WHERE id = ?",
                (staff_id,),
            )
            self._record("pin", member.name, "ok", detail=purpose)
            return member
        failures, lockouts = self._conn.execute(
            "UPDATE staff SET failures = failures + 1 WHERE id = ? RETURNING failures, lockouts",
            (staff_id,),
        ).fetchone()
        self._record("pin", member.name, "wrong_pin", detail=f"{purpose}; wrong PIN {failures}")
        if failures < self.max_failures:
            raise WrongPinError(member.name, self.max_failures - failures)
        seconds = min(self.first_lockout_seconds * 2**lockouts, self.max_lockout_seconds)
        locked_until = now + timedelta(seconds=seconds)
        self._conn.execute(
            "UPDATE staff SET failures = 0, lockouts = lockouts + 1, locked_until = ? WHERE id = ?",
            (locked_until.isoformat(), staff_id),
        )
        self._record(
            "pin_lockout",
            member.name,
            "locked_out",
            after={"seconds": seconds, "until": locked_until.isoformat()},
            detail=f"{purpose}; lockout {lockouts + 1} after {failures} wrong PINs",
        )
        raise LockedOutError(member.name, locked_until, now)

    def _record(
        self,
        action: str,
        operator: str,
        outcome: str,
        *,
        before: object = None,
        after: object = None,
        detail: str | None = None,
    ) -> None:
        self.audit.record(
            action,
            operator=operator,
            station=self.station,
            outcome=outcome,
            before=before,
            after=after,
            detail=detail,
        )


def _member(row: sqlite3.Row) -> StaffMember:
    return StaffMember(int(row[0]), str(row[1]), Role(str(row[2])), bool(row[3]))


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidStaffError(translate("Staff", "A member of staff needs a name."))
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidStaffError(
            translate("Staff", "A name has at most {limit} characters.").format(
                limit=MAX_NAME_LENGTH
            )
        )
    return name
