"""Writes to check: refused by the server, or with a lost answer. Each says what, who,
when and where, and the server's answer in words; the member as the server has them
now is read to help decide. Anyone may look; resending or dismissing is a
manager's, with a reason that goes to the audit log."""

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from pos_loyalty.api import Member
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.review import ReviewItem, ReviewList
from pos_loyalty.station.staff import Permission
from pos_loyalty.station.staff_access import Approval
from pos_loyalty.ui.counter_dialog import CounterDialog
from pos_loyalty.ui.history_dialog import local_time
from pos_loyalty.ui.staff_gate import StaffGate
from pos_loyalty.ui.widgets import named

PREFERRED_SIZE = QSize(820, 600)


def _value(accessible: str) -> QLabel:
    label = named(QLabel(""), "Muted", accessible)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def server_words(member: Member) -> str:
    rewards = len([r for r in member.rewards if r.used_at is None])
    state = (
        translate("ReviewDialog", "voided")
        if member.voided_at is not None
        else translate("ReviewDialog", "active")
    )
    return translate("ReviewDialog", "{name}: {stamps}, {unused}, {state}.").format(
        name=member.display_name,
        stamps=translate("ReviewDialog", "%n stamps", None, member.stamps),
        unused=translate("ReviewDialog", "%n unused rewards", None, rewards),
        state=state,
    )


class ReviewDialog(CounterDialog):
    decided = Signal()  # a write was resent or dismissed

    def __init__(self, review: ReviewList, gate: StaffGate, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("ReviewDialog", "Writes to check"),
            parent,
            wedge=gate.wedge,
            preferred=PREFERRED_SIZE,
        )
        self.review, self.gate = review, gate
        intro = named(
            QLabel(
                translate(
                    "ReviewDialog",
                    "The server refused these, or its answer was lost. Look the member up if"
                    " in doubt; then resend or dismiss, saying why (kept in the audit log).",
                )
            ),
            "Hint",
        )
        intro.setWordWrap(True)
        self.items = QListWidget()
        self.items.setAccessibleName(translate("ReviewDialog", "Writes to check"))
        # A few lines, so the details and the reason fit under it on a small screen.
        self.items.setMinimumHeight(90)
        self.items.setMaximumHeight(150)
        details = QWidget()
        form = QFormLayout(details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.what = _value(translate("ReviewDialog", "What"))
        self.who = _value(translate("ReviewDialog", "Who, when and where"))
        self.answer = _value(translate("ReviewDialog", "The server's answer"))
        self.now_on_server = _value(translate("ReviewDialog", "The member on the server now"))
        self.resend_note = _value(translate("ReviewDialog", "What resending does"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("ReviewDialog", "Why (kept in the audit log)"))
        self.reason.setPlaceholderText(
            translate("ReviewDialog", "Why: a few words, kept in the audit log")
        )
        self.reason.setMaxLength(200)
        form.addRow(translate("ReviewDialog", "What"), self.what)
        form.addRow(translate("ReviewDialog", "Who"), self.who)
        form.addRow(translate("ReviewDialog", "Server said"), self.answer)
        form.addRow(translate("ReviewDialog", "Now"), self.now_on_server)
        form.addRow(translate("ReviewDialog", "Resend"), self.resend_note)
        form.addRow(translate("ReviewDialog", "Why"), self.reason)
        self.body_layout.addWidget(intro)
        self.body_layout.addWidget(self.items)
        self.body_layout.addWidget(details)
        self.body_layout.addStretch(1)
        self.resend_button = self.add_button(
            translate("ReviewDialog", "Resend"),
            translate("ReviewDialog", "Resend this write"),
            self.resend,
        )
        self.dismiss_button = self.add_button(
            translate("ReviewDialog", "Dismiss"),
            translate("ReviewDialog", "Dismiss this write"),
            self.dismiss,
        )
        self.add_close_button()
        self.items.currentRowChanged.connect(lambda _row: self._chosen())
        self.reason.textChanged.connect(lambda _text: self._enable())
        self.refresh()
        self.reason.setFocus()  # the list answers to Up and Down; the keys type the reason

    # What is shown

    def refresh(self) -> None:
        chosen = self.chosen
        self.items.clear()
        for item in self.review.items():
            state = (
                translate("ReviewDialog", "answer lost")
                if item.needs_review
                else translate("ReviewDialog", "refused")
            )
            row = QListWidgetItem(f"{item.what}  ·  {state}  ·  {local_time(item.when)}")
            row.setData(Qt.ItemDataRole.UserRole, item)
            self.items.addItem(row)
            if chosen is not None and chosen.id == item.id:
                self.items.setCurrentItem(row)
        if self.items.currentRow() < 0 and self.items.count():
            self.items.setCurrentRow(0)
        if not self.items.count():
            self.say("ok", translate("ReviewDialog", "Nothing to check."))
        self._chosen()

    @property
    def chosen(self) -> ReviewItem | None:
        row = self.items.currentItem()
        item = None if row is None else row.data(Qt.ItemDataRole.UserRole)
        return item if isinstance(item, ReviewItem) else None

    def _chosen(self) -> None:
        item = self.chosen
        if item is None:
            for label in (self.what, self.who, self.answer, self.now_on_server, self.resend_note):
                label.setText("")
        else:
            self.what.setText(item.what)
            self.who.setText(
                translate("ReviewDialog", "{who} at {where}, {time}").format(
                    who=item.who, where=item.where, time=local_time(item.when)
                )
            )
            self.answer.setText(item.answer)
            self.resend_note.setText(item.resend_note)
            self.now_on_server.setText(translate("ReviewDialog", "Asking the server…"))
            self.tasks.spawn(self._read_server(item), "reading the member")
        self._enable()

    async def _read_server(self, item: ReviewItem) -> None:
        current = await self.review.current(item)
        if self.chosen is None or self.chosen.id != item.id:
            return
        words = server_words(current) if isinstance(current, Member) else current
        self.now_on_server.setText(words)

    def _enable(self) -> None:
        item = self.chosen
        reason = bool(self.reason.text().strip())
        self.resend_button.setEnabled(item is not None and item.can_resend and reason)
        self.dismiss_button.setEnabled(item is not None and reason)

    # Deciding (a manager's)

    def resend(self) -> None:
        self._decide(
            lambda item, reason, ok: self.review.resend(item.id, reason, ok),
            translate("ReviewDialog", "Resent: {what}."),
        )

    def dismiss(self) -> None:
        self._decide(
            lambda item, reason, ok: self.review.dismiss(item.id, reason, ok),
            translate("ReviewDialog", "Dismissed: {what}."),
        )

    def _decide(self, act: Callable[[ReviewItem, str, Approval | None], object], done: str) -> None:
        item, reason = self.chosen, self.reason.text()
        if item is None:
            return
        if not reason.strip():
            self.say(
                "error",
                translate("ReviewDialog", "Say why (a few words): it is kept in the audit log."),
            )
            return

        def decide(approval: Approval | None) -> None:
            try:
                act(item, reason, approval)
            except StationError as refused:
                self.say("error", refused.message)
                return
            self.reason.clear()
            self.refresh()
            self.say("ok", done.format(what=item.what))
            self.decided.emit()

        self.gate.ask(Permission.REVIEW, self, decide)
