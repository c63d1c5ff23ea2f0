"""The manager window's Push tab: write a message, pick who gets it, preview, send.

Sending appends the push to the station's journal (PushComposer), so it goes out
exactly once even across a crash; the tab follows the journal until the server's
answer says how many members got it (``total_recipients``).
"""

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.api import Member
from pos_loyalty.backoffice.push import (
    MAX_MESSAGE,
    Audience,
    PushComposer,
    PushError,
    PushOutcome,
    PushPreview,
    Recipients,
    check_message,
)
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import describe
from pos_loyalty.station.journal import Operation
from pos_loyalty.ui.counter_dialog import TaskSet
from pos_loyalty.ui.widgets import named

if TYPE_CHECKING:
    from pos_loyalty.ui.manager_window import ManagerContext


class PushTab(QWidget):
    previewed = Signal(object)  # PushPreview
    sent = Signal(object)  # PushOutcome, once the server answered every part
    failed = Signal(str)

    def __init__(self, context: "ManagerContext", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = TaskSet(self._fail)
        self.composer = PushComposer(
            context.client, context.card, context.journal, context.sender, context.staff,
            context.audit,
        )  # fmt: skip
        self._preview: PushPreview | None = None
        self._ops: list[Operation] = []
        self._listening = False

        self.message = named(
            QPlainTextEdit(), "PushMessage", translate("PushTab", "Message to send")
        )
        self.message.setPlaceholderText(
            translate("PushTab", "What the members will read on their card page")
        )
        self.message.setMaximumHeight(110)
        self.message.textChanged.connect(self._count)
        self.count = named(
            QLabel(translate("PushTab", "{used} / {most}").format(used=0, most=MAX_MESSAGE)),
            "PushCount",
            translate("PushTab", "Characters used"),
        )

        self.audiences = QButtonGroup(self)
        self.everyone = named(
            QRadioButton(translate("PushTab", "Every member")),
            "PushAll",
            translate("PushTab", "Send to every member"),
        )
        self.search = named(
            QRadioButton(translate("PushTab", "Members matching")),
            "PushSearch",
            translate("PushTab", "Send to a search"),
        )
        self.keyword = named(
            QLineEdit(), "PushKeyword", translate("PushTab", "Search for recipients")
        )
        self.keyword.setPlaceholderText(translate("PushTab", "a name, an e-mail or a phone number"))
        self.selection = named(
            QRadioButton(translate("PushTab", "These cards")),
            "PushSelection",
            translate("PushTab", "Send to the cards listed"),
        )
        self.codes = named(
            QLineEdit(), "PushCodes", translate("PushTab", "Card codes of the recipients")
        )
        self.codes.setPlaceholderText(
            translate("PushTab", "card codes, separated by spaces or commas")
        )
        self.unused = named(
            QRadioButton(translate("PushTab", "Members with an unused reward")),
            "PushUnused",
            translate("PushTab", "Send to unused rewards"),
        )
        self.everyone.setChecked(True)
        for button in (self.everyone, self.search, self.selection, self.unused):
            self.audiences.addButton(button)
            button.toggled.connect(self._forget_preview)
        self.keyword.textEdited.connect(lambda _t: self.search.setChecked(True))
        self.codes.textEdited.connect(lambda _t: self.selection.setChecked(True))
        self.keyword.textChanged.connect(self._forget_preview)
        self.codes.textChanged.connect(self._forget_preview)

        self.preview_button = named(
            QPushButton(translate("PushTab", "Preview")),
            "PushPreview",
            translate("PushTab", "Preview recipients"),
        )
        self.preview_button.clicked.connect(self.ask_preview)
        self.send_button = named(
            QPushButton(translate("PushTab", "Send")),
            "PushSend",
            translate("PushTab", "Send the message"),
        )
        self.send_button.clicked.connect(self.send)
        self.send_button.setEnabled(False)
        self.preview_text = named(
            QLabel(""), "PushPreviewText", translate("PushTab", "Who gets the message")
        )
        self.preview_text.setWordWrap(True)
        self.status = named(QLabel(""), "PushStatus", translate("PushTab", "Push status"))
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("PushTab", "Message")))
        layout.addWidget(self.message)
        layout.addWidget(self.count)
        grid = QGridLayout()
        grid.addWidget(self.everyone, 0, 0)
        grid.addWidget(self.search, 1, 0)
        grid.addWidget(self.keyword, 1, 1)
        grid.addWidget(self.selection, 2, 0)
        grid.addWidget(self.codes, 2, 1)
        grid.addWidget(self.unused, 3, 0)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        buttons = QGridLayout()
        buttons.addWidget(self.preview_button, 0, 0)
        buttons.addWidget(self.send_button, 0, 1)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_text)
        layout.addWidget(self.status)
        layout.addStretch(1)

    # The message

    def _count(self) -> None:
        check = check_message(self.message.toPlainText())
        words = translate("PushTab", "{used} / {most}").format(used=check.length, most=MAX_MESSAGE)
        if check.problem and check.length:
            words += translate("PushTab", " — {problem}").format(problem=check.problem)
        self.count.setText(words)

    # Recipients and the preview

    def _forget_preview(self, *_: object) -> None:
        self._preview = None
        self.send_button.setEnabled(False)
        self.preview_text.clear()

    def ask_preview(self) -> None:
        self._forget_preview()
        self.status.setText(translate("PushTab", "Looking up the recipients …"))
        self.tasks.spawn(self._make_preview(), "push preview")

    async def _make_preview(self) -> None:
        try:
            recipients = await self._recipients()
            preview = await self.composer.preview(recipients)
        except Exception as exc:
            self._fail(describe(exc))
            return
        self._preview = preview
        self.preview_text.setText(preview.words())
        self.status.clear()
        self.send_button.setEnabled(preview.count > 0)
        self.previewed.emit(preview)

    async def _recipients(self) -> Recipients:
        if self.search.isChecked():
            return Recipients.search(self.keyword.text())
        if self.unused.isChecked():
            return Recipients.with_unused_reward()
        if not self.selection.isChecked():
            return Recipients.everyone()
        codes = list(dict.fromkeys(c for c in re.split(r"[\s,;]+", self.codes.text()) if c))
        if not codes:
            raise PushError(translate("PushTab", "Type the card codes of the members to send to."))
        members: list[Member] = []
        for code in codes:
            member = await self.context.client.find_user_by_code(self.context.card.id, code)
            if member is None:
                raise PushError(
                    translate("PushTab", "No member has the card {code} in this program.").format(
                        code=code
                    )
                )
            members.append(member)
        return Recipients.selection(members)

    # Sending

    def send(self) -> None:
        preview = self._preview
        if preview is None:
            self._fail(translate("PushTab", "Preview the recipients first."))
            return
        try:
            self._ops = self.composer.send(self.message.toPlainText(), preview)
        except PushError as exc:
            self._fail(exc.message)
            return
        self._forget_preview()
        self.send_button.setEnabled(False)
        self.status.setText(translate("PushTab", "Sending …"))
        if not self._listening:
            self.context.sender.listeners.append(self._settled)
            self._listening = True
        self._settled(None)  # it may have been answered already

    def _settled(self, _op: Operation | None) -> None:
        if not self._ops:
            return
        outcome: PushOutcome = self.composer.outcome(self._ops)
        if outcome.waiting:
            return
        self._ops = []
        if outcome.sent:
            self.status.setText(
                translate("PushTab", "Sent to %n members.", None, outcome.total_recipients)
            )
            self.sent.emit(outcome)
        else:
            self._fail(
                " ".join(outcome.problems) or translate("PushTab", "The message was not sent.")
            )

    def stop(self) -> None:
        self.tasks.cancel()
        if self._listening:
            self.context.sender.listeners.remove(self._settled)
            self._listening = False

    def _fail(self, words: str) -> None:
        self.status.setText(words)
        self.failed.emit(words)


__all__ = ["Audience", "PushTab"]
