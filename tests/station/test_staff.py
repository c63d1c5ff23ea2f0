"""Staff, PINs, lockouts and what needs a manager, on a real station database."""

import io

import pytest

from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.audit_export import export_audit
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.journal import OperationJournal
from pos_loyalty.station.pins import PinHasher, pin_problem
from pos_loyalty.station.staff import (
    InvalidPinError,
    InvalidStaffError,
    LockedOutError,
    NoManagerError,
    NotAllowedError,
    Permission,
    Role,
    StaffMember,
    StaffRoster,
    WrongPinError,
)
from pos_loyalty.station.staff_access import APPROVAL_SECONDS, StaffAccess


@pytest.fixture
def roster(journal: OperationJournal, audit: AuditLog, clock: ManualClock) -> StaffRoster:
    return StaffRoster(journal._conn, clock, audit, station="Till 1")


@pytest.fixture
def access(roster: StaffRoster) -> StaffAccess:
    return StaffAccess(roster)


@pytest.fixture
def staffed(access: StaffAccess) -> tuple[StaffMember, StaffMember]:
    """A manager (Maria, 4821) and a cashier (Carl, 7350), nobody signed in."""
    maria = access.add_staff("Maria", Role.MANAGER, "4821")
    access.switch(maria.id, "4821")
    carl = access.add_staff("Carl", Role.CASHIER, "7350")
    access.sign_out()
    return maria, carl


def test_a_pin_is_kept_only_as_a_salted_scrypt_hash(
    roster: StaffRoster, access: StaffAccess
) -> None:
    maria = access.add_staff("Maria", Role.MANAGER, "4821")
    access.switch(maria.id, "4821")
    access.add_staff("Mark", Role.MANAGER, "4821")
    hashes = [r[0] for r in roster._conn.execute("SELECT pin_hash FROM staff ORDER BY id")]
    assert len(set(hashes)) == 2  # the same PIN, a different salt each
    for stored in hashes:
        assert stored.startswith("scrypt$16384$8$1$")
        assert "4821" not in stored
        assert PinHasher.verify("4821", stored)
        assert not PinHasher.verify("4822", stored)
    assert not PinHasher.verify("4821", "scrypt$garbage")


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("12a4", "digits only"),
        ("482", "4 to 12 digits"),
        ("4" * 13, "4 to 12 digits"),
        ("7777", "one digit repeated"),
        ("1234", "in a row"),
        ("98765", "in a row"),
        ("٤٨٢١", "digits only"),  # Arabic-Indic digits are not on a PIN pad
    ],
)
def test_weak_or_malformed_pins_are_refused_in_words(pin: str, problem: str) -> None:
    refused = pin_problem(pin)
    assert refused is not None
    assert problem in refused
    assert pin_problem("4821") is None


def test_the_first_member_of_staff_must_be_a_manager(access: StaffAccess) -> None:
    assert not access.guarded
    with pytest.raises(NoManagerError, match="first member of staff must be a manager"):
        access.add_staff("Carl", Role.CASHIER, "7350")
    maria = access.add_staff("Maria", Role.MANAGER, "4821")
    assert access.guarded
    # From now on adding staff is a manager's action.
    with pytest.raises(NotAllowedError, match="needs a manager"):
        access.add_staff("Carl", Role.CASHIER, "7350")
    access.switch(maria.id, "4821")
    with pytest.raises(InvalidPinError):
        access.add_staff("Carl", Role.CASHIER, "1111")
    assert [m.name for m in access.roster.members()] == ["Maria"]


def test_names_are_unique_and_the_last_manager_stays(
    access: StaffAccess, staffed: tuple[StaffMember, StaffMember]
) -> None:
    maria, _ = staffed
    access.switch(maria.id, "4821")
    with pytest.raises(InvalidStaffError, match="already a CARL"):
        access.add_staff("CARL", Role.CASHIER, "5093")
    with pytest.raises(InvalidStaffError, match="only manager"):
        access.remove_staff(maria.id)
    with pytest.raises(InvalidStaffError, match="only manager"):
        access.set_role(maria.id, Role.CASHIER)


def test_the_operator_switch_checks_the_pin_and_tells_listeners(
    access: StaffAccess, staffed: tuple[StaffMember, StaffMember]
) -> None:
    _, carl = staffed
    heard: list[StaffMember | None] = []
    access.listeners.append(heard.append)
    with pytest.raises(WrongPinError) as wrong:
        access.switch(carl.id, "0000")
    assert wrong.value.attempts_left == 4
    assert "4 more tries" in wrong.value.message
    assert access.current is None
    assert access.switch(carl.id, "7350") == carl
    assert access.operator_name == "Carl"
    access.sign_out()
    assert heard == [carl, None]


def test_five_wrong_pins_lock_out_and_each_lockout_doubles(
    access: StaffAccess,
    roster: StaffRoster,
    staffed: tuple[StaffMember, StaffMember],
    clock: ManualClock,
) -> None:
    _, carl = staffed

    def five_wrong() -> LockedOutError:
        for left in (4, 3, 2, 1):
            with pytest.raises(WrongPinError) as wrong:
                access.switch(carl.id, "0000")
            assert wrong.value.attempts_left == left
        with pytest.raises(LockedOutError) as locked:
            access.switch(carl.id, "0000")
        return locked.value

    first = five_wrong()
    assert first.seconds_left == 30
    assert "30 seconds" in first.message
    # While locked out, even the right PIN is refused.
    clock.advance(29)
    with pytest.raises(LockedOutError):
        access.switch(carl.id, "7350")
    clock.advance(1)
    assert roster.locked_until(carl.id) is None
    assert five_wrong().seconds_left == 60
    clock.advance(60)
    assert five_wrong().seconds_left == 120
    clock.advance(120)
    # A right PIN ends the doubling: the next lockout is short again.
    access.switch(carl.id, "7350")
    assert five_wrong().seconds_left == 30


def test_a_manager_sets_a_new_pin_which_ends_a_lockout(
    access: StaffAccess, staffed: tuple[StaffMember, StaffMember]
) -> None:
    maria, carl = staffed
    for _ in range(4):
        with pytest.raises(WrongPinError):
            access.switch(carl.id, "1357")
    with pytest.raises(LockedOutError):
        access.switch(carl.id, "1357")
    approval = access.approve(Permission.MANAGE_STAFF, maria.id, "4821")
    access.set_pin(carl.id, "2468", approval)
    assert access.switch(carl.id, "2468") == carl
    with pytest.raises(WrongPinError):
        access.change_own_pin(carl.id, "7350", "9150")
    access.change_own_pin(carl.id, "2468", "9150")
    access.switch(carl.id, "9150")


def test_every_pin_and_lockout_is_in_the_audit_log_without_the_pin(
    access: StaffAccess,
    audit: AuditLog,
    staffed: tuple[StaffMember, StaffMember],
) -> None:
    _, carl = staffed
    access.switch(carl.id, "7350")
    for _ in range(5):
        with pytest.raises((WrongPinError, LockedOutError)):
            access.switch(carl.id, "9999")
    with pytest.raises(LockedOutError):
        access.switch(carl.id, "7350")
    pins = [(e.action, e.operator, e.outcome) for e in audit.entries() if "pin" in e.action]
    assert pins[-8:] == [
        ("pin", "Carl", "ok"),
        *[("pin", "Carl", "wrong_pin")] * 5,
        ("pin_lockout", "Carl", "locked_out"),
        ("pin", "Carl", "refused_locked_out"),
    ]
    out = io.StringIO()
    audit.export_csv(out)
    assert "9999" not in out.getvalue()
    assert "7350" not in out.getvalue()


def test_a_cashier_cannot_delete_void_review_export_or_change_settings(
    access: StaffAccess, staffed: tuple[StaffMember, StaffMember]
) -> None:
    _, carl = staffed
    access.switch(carl.id, "7350")
    assert access.require(Permission.ENROL) == carl
    for permission in (
        Permission.DELETE_MEMBER,
        Permission.VOID_MEMBER,
        Permission.EDIT_MEMBER,
        Permission.REVIEW,
        Permission.AUDIT_EXPORT,
        Permission.SETTINGS,
    ):
        with pytest.raises(NotAllowedError, match="needs a manager: ask a manager"):
            access.require(permission)
    # Nor can a cashier approve for themselves.
    with pytest.raises(NotAllowedError, match="Carl is a cashier"):
        access.approve(Permission.DELETE_MEMBER, carl.id, "7350")


def test_a_managers_approval_is_good_once_for_its_action_and_briefly(
    access: StaffAccess, staffed: tuple[StaffMember, StaffMember], clock: ManualClock
) -> None:
    maria, carl = staffed
    access.switch(carl.id, "7350")
    approval = access.approve(Permission.DELETE_MEMBER, maria.id, "4821")
    with pytest.raises(NotAllowedError):
        access.require(Permission.VOID_MEMBER, approval)  # another action
    assert access.require(Permission.DELETE_MEMBER, approval) == maria
    with pytest.raises(NotAllowedError):
        access.require(Permission.DELETE_MEMBER, approval)  # used already
    late = access.approve(Permission.VOID_MEMBER, maria.id, "4821")
    clock.advance(APPROVAL_SECONDS + 1)
    with pytest.raises(NotAllowedError):
        access.require(Permission.VOID_MEMBER, late)
    with pytest.raises(WrongPinError):
        access.approve(Permission.VOID_MEMBER, maria.id, "4822")


def test_who_may_do_what_before_and_after_staff_are_set_up(
    access: StaffAccess, clock: ManualClock
) -> None:
    # No staff yet: the counter works as before for a cashier's actions …
    assert access.require(Permission.ENROL) is None
    # … but nothing a manager must approve can happen.
    with pytest.raises(NoManagerError, match="has none yet"):
        access.require(Permission.DELETE_MEMBER)
    maria = access.add_staff("Maria", Role.MANAGER, "4821")
    with pytest.raises(NotAllowedError, match="Nobody is signed in"):
        access.require(Permission.ENROL)
    access.switch(maria.id, "4821")
    assert access.signed_in_at == clock.now()
    assert access.require(Permission.DELETE_MEMBER) == maria
    assert access.require(Permission.ENROL) == maria


def test_the_audit_export_needs_a_manager_and_records_who_took_it(
    access: StaffAccess, audit: AuditLog, staffed: tuple[StaffMember, StaffMember]
) -> None:
    maria, carl = staffed
    access.switch(carl.id, "7350")
    with pytest.raises(NotAllowedError):
        export_audit(audit, io.StringIO(), access=access, station="Till 1", operator="Carl")
    out = io.StringIO()
    approval = access.approve(Permission.AUDIT_EXPORT, maria.id, "4821")
    count = export_audit(
        audit, out, access=access, station="Till 1", operator="Carl", approval=approval
    )
    last = out.getvalue().strip().splitlines()[-1]
    assert count == len(audit.entries())
    assert ",Maria,Till 1,audit_export," in last
