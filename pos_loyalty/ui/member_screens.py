"""The member screens of one counter session: sign-up, the card in hand (print, QR),
history, review, edit/void/delete behind a manager's PIN, and the operator switch.

The counter window only says what was asked (its signals); this answers with the
dialogs, each opened with ``open()`` so the counter's asyncio tasks keep running.
What each does is the station's (MemberDesk, reissue, ReviewList, StationHistory,
StaffAccess); this is the glue to the screen.
"""

import asyncio
import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject

from pos_loyalty.api import Member
from pos_loyalty.cards import CardFace, card_face
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.counter import CounterSession
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.history import StationHistory
from pos_loyalty.station.members import Enrolment, MemberDesk
from pos_loyalty.station.reissue import Reissue
from pos_loyalty.station.review import ReviewList
from pos_loyalty.station.staff import Permission, StaffRoster
from pos_loyalty.station.staff_access import Approval, StaffAccess, sign_writes
from pos_loyalty.ui.card_dialogs import CardDialog, QrDialog
from pos_loyalty.ui.controller import CounterController
from pos_loyalty.ui.counter_dialog import CounterDialog, TaskSet
from pos_loyalty.ui.counter_window import CounterWindow
from pos_loyalty.ui.enrol_dialog import EnrolDialog
from pos_loyalty.ui.history_dialog import HistoryDialog
from pos_loyalty.ui.member_dialogs import DeleteDialog, EditDialog, VoidDialog
from pos_loyalty.ui.member_form import custom_fields_in_use
from pos_loyalty.ui.review_dialog import ReviewDialog
from pos_loyalty.ui.staff_gate import StaffGate
from pos_loyalty.ui.wedge_filter import WedgeFilter

log = logging.getLogger(__name__)
# Learning the program's custom fields must not hold the form up for long.
CUSTOM_FIELDS_SECONDS = 5.0


def member_desk(
    session: CounterSession, conn: sqlite3.Connection, *, carry: StaffAccess | None = None
) -> tuple[StaffAccess, MemberDesk]:
    """Staff and the member desk for ``session``; build them before its sender runs.

    ``carry`` is the access of the session before a program switch: whoever was
    signed in stays signed in (a switch of program is not a change of person)."""
    roster = StaffRoster(conn, session.clock, session.audit, station=session.staff.station)
    access = StaffAccess(roster)
    if carry is not None and carry.current is not None:
        access.current, access.signed_in_at = carry.current, carry.signed_in_at
    sign_writes(access, session)
    return access, MemberDesk(session, access)


def follow_settings(access: StaffAccess, session: CounterSession) -> None:
    """New settings reset the session's operator and station names: put the signed-in
    name back on the writes, and the station's new name on the staff's audit entries."""
    access.roster.station = session.staff.station
    access.listeners.clear()
    sign_writes(access, session)


class MemberScreens(QObject):
    def __init__(
        self,
        window: CounterWindow,
        controller: CounterController,
        desk: MemberDesk,
        access: StaffAccess | None,
        *,
        consent: Callable[[], str],
        wedge: WedgeFilter | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.controller, self.desk, self.access = window, controller, desk, access
        self.consent = consent
        self.wedge = wedge
        session = controller.session
        self.review = ReviewList(session, access)
        self.history = StationHistory(session.journal, session.audit)
        self.gate = StaffGate(access, wedge)
        self.gate.switched = controller.publish_status
        # None until learnt from the server (then the form offers them).
        self.custom_fields: list[str] | None = None
        # The dialog last opened here (tests drive it).
        self.dialog: CounterDialog | None = None
        self.tasks = TaskSet(lambda text: window.banner.say("error", text, seconds=None))
        window.new_member_requested.connect(self.new_member)
        window.member_action_requested.connect(self.member_action)
        window.status.review_requested.connect(self.open_review)
        window.status.operator_requested.connect(lambda: self.gate.ask_switch(window))
        window.status.review_count = self.review.count

    @property
    def session(self) -> CounterSession:
        return self.controller.session

    def start(self) -> "asyncio.Task[None]":
        """Learn the program's custom fields in the background (for the forms)."""
        return self.tasks.spawn(self._learn_custom_fields(), "custom fields")

    async def _learn_custom_fields(self) -> None:
        client, card_id = self.session.members.client, self.session.card.id
        try:
            found = await asyncio.wait_for(
                custom_fields_in_use(client, card_id), CUSTOM_FIELDS_SECONDS
            )
        except TimeoutError:
            return
        self.custom_fields = found

    async def aclose(self) -> None:
        """Close what is open: a dialog of this session must not outlive it (a sign-up
        form of the program switched away from)."""
        self.tasks.cancel()
        for dialog in self.window.findChildren(CounterDialog):
            if dialog.isVisible():
                dialog.reject()

    # Sign-up

    def new_member(self) -> None:
        self.gate.ask(Permission.ENROL, self.window, lambda _approval: self._open_enrol())

    def _open_enrol(self) -> None:
        dialog = EnrolDialog(
            self.desk,
            self.consent(),
            self.window,
            wedge=self.wedge,
            custom_fields=self.custom_fields or (),
        )
        dialog.enrolled.connect(
            lambda enrolment: self._enrolled(enrolment, offline=dialog.server_reached is False)
        )
        dialog.open_requested.connect(self.controller.pick)
        self._open(dialog)

    def _enrolled(self, enrolment: Enrolment, *, offline: bool = False) -> None:
        self.controller.pick(enrolment.member)
        name = enrolment.member.display_name
        if enrolment.provisional and (offline or self.controller.vm.online is False):
            words = translate(
                "MemberScreens",
                "Signed up: {name}, ready for the first stamp. Offline: the card gets its"
                " code when the server is back; print it then.",
            ).format(name=name)
        else:
            words = translate(
                "MemberScreens", "Signed up: {name}, ready for the first stamp."
            ).format(name=name)
        op_id = enrolment.operation_id
        self.window.banner.offer(
            "ok",
            words,
            translate("MemberScreens", "Print card"),
            lambda: self.print_card(self.desk.enrolment(op_id).member),
            seconds=15,
        )
        self.controller.publish_status()

    # The member on screen

    def member_action(self, name: str) -> None:
        member = self.controller.vm.member
        if member is None:
            return
        actions: dict[str, Callable[[Member], None]] = {
            "print": self.print_card,
            "qr": self.show_qr,
            "history": self.show_history,
            "edit": self.edit,
            "void": self.void,
            "delete": self.delete,
        }
        actions[name](member)

    def _face(self, member: Member) -> CardFace | None:
        try:
            return card_face(member, self.session.card)
        except StationError as not_ready:
            self.window.banner.say("warn", not_ready.message, seconds=10)
            return None

    def print_card(self, member: Member) -> None:
        face = self._face(member)
        if face is not None:
            self.gate.ask(
                Permission.PRINT_CARD,
                self.window,
                lambda _approval: self._open(CardDialog(face, self.window, wedge=self.wedge)),
            )

    def show_qr(self, member: Member) -> None:
        face = self._face(member)
        if face is not None:
            self._open(QrDialog(face, self.window, wedge=self.wedge))

    def show_history(self, member: Member | None) -> None:
        def open_history(_approval: Approval | None) -> None:
            access = self.access
            signed_in = None
            if access is not None and access.current is not None and access.signed_in_at:
                signed_in = (access.current.name, access.signed_in_at)
            dialog = HistoryDialog(
                self.history,
                self.session.clock.now,
                member,
                self.window,
                wedge=self.wedge,
                signed_in=signed_in,
            )
            self._open(dialog)

        self.gate.ask(Permission.HISTORY, self.window, open_history)

    def edit(self, member: Member) -> None:
        def open_edit(approval: Approval | None) -> None:
            dialog = EditDialog(
                self.desk,
                member,
                approval,
                self.window,
                wedge=self.wedge,
                custom_fields=self.custom_fields or (),
            )
            dialog.saved.connect(
                lambda _op: self._said(
                    translate("MemberScreens", "Changes to {name} are on their way.").format(
                        name=member.display_name
                    )
                )
            )
            self._open(dialog)

        self.gate.ask(Permission.EDIT_MEMBER, self.window, open_edit)

    def void(self, member: Member) -> None:
        def open_void(approval: Approval | None) -> None:
            dialog = VoidDialog(self.desk, member, approval, self.window, wedge=self.wedge)
            dialog.voided.connect(lambda _op: self._voided(member))
            dialog.reissued.connect(self._reissued)
            self._open(dialog)

        self.gate.ask(Permission.VOID_MEMBER, self.window, open_void)

    def _voided(self, member: Member) -> None:
        self._said(
            translate(
                "MemberScreens", "The card of {name} is voided (on its way to the server)."
            ).format(name=member.display_name)
        )

    def _reissued(self, result: Reissue) -> None:
        self.controller.pick(result.new.member)
        self.window.banner.offer(
            "ok",
            result.words(),
            translate("MemberScreens", "Print card"),
            lambda: self.print_card(self.desk.enrolment(result.new.operation_id).member),
            seconds=15,
        )
        self.controller.publish_status()

    def delete(self, member: Member) -> None:
        def open_delete(approval: Approval | None) -> None:
            dialog = DeleteDialog(self.desk, member, approval, self.window, wedge=self.wedge)
            dialog.deleted.connect(lambda _op: self._deleted(member))
            self._open(dialog)

        self.gate.ask(Permission.DELETE_MEMBER, self.window, open_delete)

    def _deleted(self, member: Member) -> None:
        self.controller.done()
        self._said(
            translate(
                "MemberScreens", "{name} is being deleted (on its way to the server)."
            ).format(name=member.display_name)
        )

    # Review

    def open_review(self) -> None:
        dialog = ReviewDialog(self.review, self.gate, self.window)
        dialog.decided.connect(self.controller.publish_status)
        self._open(dialog)

    # Helpers

    def _said(self, text: str) -> None:
        self.window.banner.say("info", text)
        self.controller.publish_status()

    def _open(self, dialog: CounterDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # not exec(): a nested event loop would stall the asyncio tasks
