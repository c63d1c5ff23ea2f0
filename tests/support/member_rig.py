"""The member screens on a test counter, wired as app.py wires them."""

from dataclasses import dataclass

from pos_loyalty.station.counter import CounterSession
from pos_loyalty.station.members import MemberDesk
from pos_loyalty.station.staff import Role
from pos_loyalty.station.staff_access import StaffAccess
from pos_loyalty.ui.controller import CounterController
from pos_loyalty.ui.counter_window import CounterWindow
from pos_loyalty.ui.member_screens import MemberScreens, member_desk
from pos_loyalty.ui.wedge_filter import WedgeFilter

CONSENT = "The member agrees to join the Coffee Club and to be e-mailed about it."
MARIA_PIN = "4821"
CARL_PIN = "7350"


@dataclass
class MemberRig:
    screens: MemberScreens
    access: StaffAccess
    desk: MemberDesk


def attach_member_screens(
    window: CounterWindow,
    controller: CounterController,
    session: CounterSession,
    wedge: WedgeFilter | None = None,
) -> MemberRig:
    access, desk = member_desk(session, session.journal._conn)
    screens = MemberScreens(window, controller, desk, access, consent=lambda: CONSENT, wedge=wedge)
    return MemberRig(screens, access, desk)


def staff_up(access: StaffAccess) -> tuple[int, int]:
    """A manager (Maria) and a cashier (Carl, signed in at the counter)."""
    maria = access.add_staff("Maria", Role.MANAGER, MARIA_PIN)
    access.switch(maria.id, MARIA_PIN)
    carl = access.add_staff("Carl", Role.CASHIER, CARL_PIN)
    access.switch(carl.id, CARL_PIN)
    return maria.id, carl.id
