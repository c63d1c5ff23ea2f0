"""Sign a new member up at the counter: a short form, checked as it is typed, a
warning when the e-mail or phone already belongs to a member (with "Open that
member"), and the member's consent in the station's words.

The sign-up goes through the journal (MemberDesk.enroll): it works offline, with a
provisional card, and the member is on screen at once for the first stamp."""

import asyncio
from collections.abc import Sequence

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_loyalty.domain.i18n import translate, translate_noop
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.member_fields import InvalidMemberError, field_problem
from pos_loyalty.station.members import Duplicate, DuplicateMemberError, MemberDesk
from pos_loyalty.ui.counter_dialog import CounterDialog
from pos_loyalty.ui.member_form import BASIC, CONTACT, MemberForm
from pos_loyalty.ui.wedge_filter import WedgeFilter
from pos_loyalty.ui.widgets import named

PREFERRED_SIZE = QSize(700, 620)
# Offline, the server's duplicate check gives up after this; the station's copy answers.
DUPLICATE_CHECK_SECONDS = 3.0
# Translated where shown: this is built at import, before a translator is installed.
_SOURCE = {
    "server": "",
    "station copy": translate_noop("EnrolDialog", " (from this station's copy)"),
    "queued": translate_noop("EnrolDialog", " (signed up here, on its way to the server)"),
}


class EnrolDialog(CounterDialog):
    enrolled = Signal(object)  # Enrolment
    open_requested = Signal(object)  # Member: open that member instead

    def __init__(
        self,
        desk: MemberDesk,
        consent_wording: str,
        parent: QWidget | None = None,
        *,
        wedge: WedgeFilter | None = None,
        custom_fields: Sequence[str] = (),
    ) -> None:
        super().__init__(
            translate("EnrolDialog", "New member"), parent, wedge=wedge, preferred=PREFERRED_SIZE
        )
        self.desk = desk
        self.consent_wording = consent_wording
        self.form = MemberForm([*BASIC, *custom_fields])
        self.duplicates_box = QWidget()
        self.duplicates_box.setAccessibleName(
            translate("EnrolDialog", "Members with the same e-mail or phone")
        )
        self.duplicates_layout = QVBoxLayout(self.duplicates_box)
        self.duplicates_layout.setContentsMargins(0, 0, 0, 0)
        self.duplicates_box.hide()
        wording = named(
            QLabel(translate("EnrolDialog", "“{wording}”").format(wording=consent_wording)),
            "Hint",
            translate("EnrolDialog", "Consent wording"),
        )
        wording.setWordWrap(True)
        self.consent = QCheckBox(translate("EnrolDialog", "The member agrees to this"))
        self.consent.setAccessibleName(translate("EnrolDialog", "The member agrees"))
        self.consent.setAccessibleDescription(consent_wording)
        # A box a finger can hit.
        self.consent.setStyleSheet("QCheckBox::indicator { width: 28px; height: 28px; }")
        self.body_layout.addWidget(self.form)
        self.body_layout.addWidget(self.duplicates_box)
        self.body_layout.addWidget(wording)
        self.body_layout.addWidget(self.consent)
        self.body_layout.addStretch(1)
        self.sign_up_button = self.add_button(
            translate("EnrolDialog", "Sign up"),
            translate("EnrolDialog", "Sign the member up"),
            self.sign_up,
        )
        self.add_close_button(translate("EnrolDialog", "Cancel"))
        # What the duplicate warning was about: "Sign up anyway" holds for those values.
        self._warned_for: tuple[str, ...] | None = None
        self._checked_for: tuple[str, ...] | None = None
        self._check: asyncio.Task[None] | None = None
        self._signing_up = False
        # Whether the duplicate check reached the server (None: not asked).
        self.server_reached: bool | None = None
        self._pause = QTimer(self, singleShot=True, interval=400)
        self._pause.timeout.connect(self.check_duplicates)
        self.form.edited.connect(self._edited)
        self.form.contact_edited.connect(self._pause.start)
        self.consent.toggled.connect(lambda _on: self._edited())
        self._edited()
        self.form.focus_first()

    # As it is typed

    def _contact(self) -> tuple[str, ...]:
        values = self.form.values()
        return tuple(values.get(name, "").strip().casefold() for name in CONTACT)

    def _edited(self) -> None:
        if self._warned_for is not None and self._warned_for != self._contact():
            self._warned_for = None
        anyway = self._warned_for is not None
        self.sign_up_button.setText(
            translate("EnrolDialog", "Sign up anyway")
            if anyway
            else translate("EnrolDialog", "Sign up")
        )
        self.sign_up_button.setAccessibleName(
            translate("EnrolDialog", "Sign the member up anyway")
            if anyway
            else translate("EnrolDialog", "Sign the member up")
        )
        self.sign_up_button.setEnabled(self.consent.isChecked() and not self._signing_up)

    def check_duplicates(self) -> "asyncio.Task[None] | None":
        """Look for members with the e-mail or phone typed (here and on the server)."""
        contact = self._contact()
        if self.isHidden():  # closed while the pause in typing ran out
            return None
        if not any(contact) or contact == self._checked_for:
            return self._check
        if self._check is not None:
            self._check.cancel()
        self._check = self.tasks.spawn(self._look(contact), "duplicate check")
        return self._check

    async def _look(self, contact: tuple[str, ...]) -> None:
        fields = {k: v for k, v in self.form.values().items() if k in CONTACT}
        # Only what can be matched: an unfinished address finds nobody anyway.
        fields = {k: v for k, v in fields.items() if not field_problem(k, v)}
        if not any(fields.values()):
            self._show_duplicates([], server_checked=True)
            self._checked_for = contact
            return
        try:
            found = await asyncio.wait_for(self.desk.duplicates(fields), DUPLICATE_CHECK_SECONDS)
            matches, checked = found.matches, found.server_checked
        except TimeoutError:
            matches, checked = self.desk.local_duplicates(fields), False
        self._checked_for = contact
        self.server_reached = checked
        self._show_duplicates(matches, server_checked=checked)

    def _show_duplicates(self, matches: Sequence[Duplicate], *, server_checked: bool) -> None:
        while self.duplicates_layout.count():
            item = self.duplicates_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.duplicates_box.setVisible(bool(matches))
        if not matches:
            self._warned_for = None
            self._edited()
            return
        for match in matches:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            source = _SOURCE.get(match.source, "")
            where = translate("EnrolDialog", source) if source else ""
            words = named(QLabel(match.words + where), "Offline")
            words.setWordWrap(True)
            open_it = QPushButton(translate("EnrolDialog", "Open that member"))
            open_it.setAccessibleName(
                translate("EnrolDialog", "Open {name}").format(name=match.member.display_name)
            )
            open_it.setAutoDefault(False)
            open_it.clicked.connect(lambda _=False, m=match.member: self._open(m))
            # The words wrap; the button keeps its whole label.
            line.addWidget(words, 1)
            line.addWidget(open_it, 0)
            self.duplicates_layout.addWidget(row)
        if not server_checked:
            offline = named(
                QLabel(
                    translate(
                        "EnrolDialog",
                        "The server cannot be reached: only this station's members were checked.",
                    )
                ),
                "Hint",
            )
            offline.setWordWrap(True)
            self.duplicates_layout.addWidget(offline)
        self._warned_for = self._contact()
        self._edited()
        self.scroller.ensureWidgetVisible(self.duplicates_box)

    def _open(self, member: object) -> None:
        self.open_requested.emit(member)
        self.accept()

    def done(self, result: int) -> None:
        self._pause.stop()
        super().done(result)

    # Signing up

    def sign_up(self) -> "asyncio.Task[None] | None":
        """Check the form, look for duplicates if not done yet, then sign up."""
        if self.form.problems(new_member=True):
            self.say(
                "error", translate("EnrolDialog", "Some details need fixing: see the lines in red.")
            )
            return None
        if not self.consent.isChecked():
            self.say(
                "error",
                translate("EnrolDialog", "Read the consent to the member and tick the box first."),
            )
            return None
        self._signing_up = True
        self._edited()
        return self.tasks.spawn(self._sign_up(), "sign-up")

    async def _sign_up(self) -> None:
        try:
            anyway = self._warned_for is not None
            if not anyway and any(self._contact()):
                self.say(
                    "info",
                    translate("EnrolDialog", "Looking for a member with the same e-mail or phone…"),
                )
                check = self.check_duplicates()
                if check is not None:
                    await asyncio.shield(check)
                if self._warned_for is not None:
                    self.say(
                        "warn",
                        translate(
                            "EnrolDialog",
                            "This may be a member already: open them, or sign up anyway.",
                        ),
                    )
                    return
            self._enrol(allow_duplicate=anyway)
        finally:
            self._signing_up = False
            self._edited()

    def _enrol(self, *, allow_duplicate: bool) -> None:
        try:
            enrolment = self.desk.enroll(
                self.form.values(),
                consent=self.consent_wording,
                allow_duplicate=allow_duplicate,
            )
        except DuplicateMemberError as duplicate:
            self._show_duplicates(duplicate.matches, server_checked=True)
            self.say("warn", duplicate.message)
            return
        except InvalidMemberError as invalid:
            for name, problem in invalid.problems.items():
                if name in self.form.fields:
                    self.form.show_problem(name, problem)
            self.say("error", invalid.message)
            return
        except StationError as refused:
            self.say("error", refused.message)
            return
        self.enrolled.emit(enrolment)
        self.accept()
