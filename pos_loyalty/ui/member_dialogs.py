"""A manager's changes to a member: edit the details, void a lost card (and issue a
new one that carries the balance over), delete. Each opens after the manager's PIN
(staff_gate.py) with that approval; void and delete say first what would be lost,
and delete takes the typed word DELETE and a click, never Enter."""

from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pos_loyalty.api import Member
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.member_fields import FIELDS, InvalidMemberError
from pos_loyalty.station.members import DELETE_WORD, MemberDesk, NothingToChangeError
from pos_loyalty.station.reissue import reissue
from pos_loyalty.station.staff_access import Approval
from pos_loyalty.ui.counter_dialog import CounterDialog
from pos_loyalty.ui.member_form import ADDRESS, BASIC, CUSTOM, MemberForm
from pos_loyalty.ui.wedge_filter import WedgeFilter
from pos_loyalty.ui.widgets import named

# Void and delete say a few lines: no room left empty on a large screen.
SHORT = QSize(680, 400)


def _card_words(member: Member) -> str:
    if member.code:
        return translate("MemberDialogs", "card …{last}").format(last=member.code[-4:])
    return translate("MemberDialogs", "a card on its way")


def _text(text: str, style: str = "Hint") -> QLabel:
    label = named(QLabel(text), style)
    label.setWordWrap(True)
    return label


class EditDialog(CounterDialog):
    """The member's details; only what changed is sent. A field emptied is cleared."""

    saved = Signal(object)  # the queued Operation

    def __init__(
        self,
        desk: MemberDesk,
        member: Member,
        approval: Approval | None,
        parent: QWidget | None = None,
        *,
        wedge: WedgeFilter | None = None,
        custom_fields: Sequence[str] = (),
    ) -> None:
        super().__init__(
            translate("EditDialog", "Change {name}").format(name=member.display_name),
            parent,
            wedge=wedge,
        )
        self.desk, self.member, self.approval = desk, member, approval
        custom = [n for n in CUSTOM if n in custom_fields or getattr(member, n, None)]
        names = [*BASIC, *ADDRESS, *custom]
        values = {n: getattr(member, n, None) for n in names}
        self.form = MemberForm(names, values)
        self.body_layout.addWidget(
            _text(
                translate("EditDialog", "{name}, {card}.").format(
                    name=member.display_name, card=_card_words(member)
                )
            )
        )
        self.body_layout.addWidget(self.form)
        self.body_layout.addStretch(1)
        self.save_button = self.add_button(
            translate("EditDialog", "Save changes"),
            translate("EditDialog", "Save the changes"),
            self.save,
        )
        self.add_close_button(translate("EditDialog", "Cancel"))
        self.form.focus_first()

    def save(self) -> bool:
        if self.form.problems(new_member=False):
            self.say(
                "error", translate("EditDialog", "Some details need fixing: see the lines in red.")
            )
            return False
        try:
            op = self.desk.edit(self.member, self.form.values(), self.approval)
        except NothingToChangeError as same:
            self.say("info", same.message)
            return False
        except InvalidMemberError as invalid:
            for name, problem in invalid.problems.items():
                if name in FIELDS and name in self.form.fields:
                    self.form.show_problem(name, problem)
            self.say("error", invalid.message)
            return False
        except StationError as refused:
            self.say("error", refused.message)
            return False
        self.saved.emit(op)
        self.accept()
        return True


class VoidDialog(CounterDialog):
    """A lost card: void it (the member is kept, the card blocked), and best issue a
    new card at once, which carries the stamps over."""

    voided = Signal(object)  # the queued Operation
    reissued = Signal(object)  # a Reissue

    def __init__(
        self,
        desk: MemberDesk,
        member: Member,
        approval: Approval | None,
        parent: QWidget | None = None,
        *,
        wedge: WedgeFilter | None = None,
    ) -> None:
        super().__init__(
            translate("VoidDialog", "Void the card of {name}").format(name=member.display_name),
            parent,
            wedge=wedge,
            preferred=SHORT,
        )
        self.desk, self.member, self.approval = desk, member, approval
        already = member.voided_at is not None
        if already:
            intro = translate(
                "VoidDialog",
                "The card of {name} ({card}) is voided"
                " already. Issue a new card to serve them again; the stamps move over.",
            ).format(name=member.display_name, card=_card_words(member))
        else:
            intro = translate(
                "VoidDialog",
                "Voiding blocks {name}'s {card}: it cannot"
                " get stamps or rewards any more. The member is kept.",
            ).format(name=member.display_name, card=_card_words(member))
        self.body_layout.addWidget(_text(intro))
        warning = desk.void_warning(member)
        self.warning = _text(warning or "", "Offline")
        self.warning.setAccessibleName(translate("VoidDialog", "What would be lost"))
        self.warning.setVisible(bool(warning))
        self.body_layout.addWidget(self.warning)
        self.body_layout.addStretch(1)
        self.reissue_button = self.add_button(
            translate("VoidDialog", "Issue a new card")
            if already
            else translate("VoidDialog", "Void + new card"),
            translate("VoidDialog", "Void the card and issue a new one"),
            self.void_and_reissue,
        )
        self.void_button = self.add_button(
            translate("VoidDialog", "Void only"),
            translate("VoidDialog", "Void the card only"),
            self.void,
        )
        self.void_button.setVisible(not already)
        self.add_close_button(translate("VoidDialog", "Cancel"))

    def void(self) -> bool:
        try:
            op = self.desk.void(self.member, self.approval)
        except StationError as refused:
            self.say("error", refused.message)
            return False
        self.voided.emit(op)
        self.accept()
        return True

    def void_and_reissue(self) -> bool:
        try:
            result = reissue(self.desk, self.member, self.approval)
        except StationError as refused:
            self.say("error", refused.message)
            return False
        self.reissued.emit(result)
        self.accept()
        return True


class DeleteDialog(CounterDialog):
    """Deleting is for good: the word DELETE typed, then a click."""

    deleted = Signal(object)  # the queued Operation

    def __init__(
        self,
        desk: MemberDesk,
        member: Member,
        approval: Approval | None,
        parent: QWidget | None = None,
        *,
        wedge: WedgeFilter | None = None,
    ) -> None:
        super().__init__(
            translate("DeleteDialog", "Delete {name}").format(name=member.display_name),
            parent,
            wedge=wedge,
            preferred=SHORT,
        )
        self.desk, self.member, self.approval = desk, member, approval
        self.body_layout.addWidget(
            _text(
                translate(
                    "DeleteDialog",
                    "Delete {name} ({card}) from the program? The"
                    " member, their card and their history on the server are gone for good."
                    " A lost card is better voided.",
                ).format(name=member.display_name, card=_card_words(member))
            )
        )
        warning = desk.delete_warning(member)
        self.warning = _text(warning or "", "Offline")
        self.warning.setAccessibleName(translate("DeleteDialog", "What would be lost"))
        self.warning.setVisible(bool(warning))
        self.body_layout.addWidget(self.warning)
        # The word itself stays as it is: the station checks what is typed against it.
        self.body_layout.addWidget(
            _text(
                translate("DeleteDialog", "Type {word} to confirm:").format(word=DELETE_WORD),
                "MemberCode",
            )
        )
        self.typed = QLineEdit()
        self.typed.setAccessibleName(
            translate("DeleteDialog", "Type {word} to confirm").format(word=DELETE_WORD)
        )
        self.typed.setPlaceholderText(DELETE_WORD)
        self.typed.setMaxLength(20)
        self.body_layout.addWidget(self.typed)
        self.body_layout.addStretch(1)
        self.delete_button = self.add_button(
            translate("DeleteDialog", "Delete"),
            translate("DeleteDialog", "Delete the member"),
            self.delete,
        )
        self.delete_button.setEnabled(False)
        self.add_close_button(translate("DeleteDialog", "Cancel"))
        self.typed.textChanged.connect(self._typed)
        self.typed.setFocus()

    def _typed(self, text: str) -> None:
        self.delete_button.setEnabled(text.strip().upper() == DELETE_WORD)

    def delete(self) -> bool:
        try:
            op = self.desk.delete(self.member, self.typed.text(), self.approval)
        except StationError as refused:
            self.say("error", refused.message)
            return False
        self.deleted.emit(op)
        self.accept()
        return True
