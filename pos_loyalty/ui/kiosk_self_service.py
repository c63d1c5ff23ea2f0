"""The self-service kiosk's screen: "Scan your card here" with the camera, then the
customer's own card (first name and stamps), then back again.

Thin on purpose: the rules (what the customer may see, when a stamp is allowed,
when the screen goes back) are in ``pos_loyalty.station.self_service``. The
counter's controller still looks the card up (online, or from this station's
copy when offline); its words are for staff, so none of them is shown here.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.counter_view_model import Cue, StationStatus
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.member_view import Level, MemberView, Notice
from pos_loyalty.station.prompts import Prompt
from pos_loyalty.station.self_service import Phase, SelfService, SelfServiceCard, badge_code
from pos_loyalty.station.staff_access import StaffAccess
from pos_loyalty.ui.accessibility import announce
from pos_loyalty.ui.controller import CounterController
from pos_loyalty.ui.kiosk_camera import GuidedCameraView
from pos_loyalty.ui.pin_dialog import PinDialog
from pos_loyalty.ui.screen_fit import follow_wrapping
from pos_loyalty.ui.stamp_card import StampCard
from pos_loyalty.ui.theme import current_palette, scale_points
from pos_loyalty.ui.widgets import named

# How long a "could not be read" stays on the attract screen.
NOTE_MS = 8000
STYLE = """
#KioskAttract { font-size: 30pt; font-weight: 700; }
#KioskHello { font-size: 30pt; font-weight: 700; }
#KioskNote { font-size: 15pt; }
#KioskStaff {
    background: transparent; border: none; color: palette(mid); font-size: 11pt;
}
#KioskReward {
    font-size: 18pt; font-weight: 700; padding: 10px 18px; border-radius: 14px;
    border: 3px solid {ok}; color: {ok};
}
"""


class SelfServiceScreen(QWidget):
    """The kiosk window's whole content in the self-service flavour."""

    def __init__(
        self,
        model: SelfService,
        controller: CounterController,
        access: StaffAccess,
        open_dialog: Callable[[PinDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SelfService")
        # At the chosen text size, and in the theme's own "ok" colour: in high
        # contrast that is the one that reads at 7:1 on black.
        ok = current_palette().ok
        self.setStyleSheet(scale_points(STYLE.replace("{ok}", ok)))
        self.model = model
        self.controller = controller
        self.access = access
        self._open_dialog = open_dialog
        self.online: bool | None = None
        # A notice between a scan and its card is that scan's answer; any other (a
        # queued write, a refusal) is for staff.
        self._scanning = False
        # The staff PIN keypad while it is open: a staff badge closes it.
        self._dialog: PinDialog | None = None

        self.program = named(QLabel(controller.status().program), "ProgramName")
        # Quiet: it is for staff, and a customer has no reason to tap it.
        self.staff_button = named(
            QPushButton(translate("SelfServiceScreen", "Staff")),
            "KioskStaff",
            translate("SelfServiceScreen", "Staff only: leave kiosk mode"),
        )
        self.staff_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        top.addWidget(self.program, 1)
        top.addWidget(self.staff_button)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._attract_page())
        self.pages.addWidget(self._card_page())
        # Said on both pages: offline, or a card that could not be read.
        self.note = named(QLabel(""), "KioskNote", translate("SelfServiceScreen", "Message"))
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(top)
        # Large text on a short screen: the page scrolls instead of being cut.
        self.page_area = named(QScrollArea(), "Scroller")
        self.page_area.setWidget(self.pages)
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        follow_wrapping(self.page_area)
        # Their words wrap rather than widen the page past the screen.
        for label in (
            self.prompt, self.camera_hint, self.hello, self.count, self.next_hint,
            self.reward, self.reward_names,
        ):  # fmt: skip
            label.setWordWrap(True)
        layout.addWidget(self.page_area, 1)
        layout.addWidget(self.note)

        controller.scan_taken.connect(self._scan_taken)
        controller.member_changed.connect(self._member_changed)
        controller.noticed.connect(self._noticed)
        controller.prompt_changed.connect(self._prompt_changed)
        controller.status_changed.connect(self._status_changed)
        self.show_attract()

    def _attract_page(self) -> QWidget:
        page = QWidget()
        self.prompt = named(
            QLabel(translate("SelfServiceScreen", "Scan your card here")), "KioskAttract"
        )
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.camera = GuidedCameraView()
        self.camera_hint = named(
            QLabel(translate("SelfServiceScreen", "Hold the QR code of your card in the frame.")),
            "Hint",
        )
        self.camera_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.camera, 1)
        layout.addWidget(self.camera_hint)
        return page

    def _card_page(self) -> QWidget:
        page = named(QWidget(), "Surface")
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hello = named(QLabel(""), "KioskHello")
        self.hello.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stamp_card = StampCard()
        self.count = named(QLabel(""), "StampCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_hint = named(QLabel(""), "Hint")
        self.next_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reward = named(
            QLabel(translate("SelfServiceScreen", "Reward ready: ask at the counter")),
            "KioskReward",
        )
        self.reward.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reward_names = named(QLabel(""), "Hint")
        self.reward_names.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stamp_button = named(
            QPushButton(translate("SelfServiceScreen", "Add my stamp")),
            "Primary",
            translate("SelfServiceScreen", "Ask staff to confirm a stamp"),
        )
        self.stamp_button.clicked.connect(self.ask_stamp)
        self.done_button = named(
            QPushButton(translate("SelfServiceScreen", "Done")),
            "KioskDone",
            translate("SelfServiceScreen", "Done: back to the start"),
        )
        self.done_button.setMinimumWidth(160)
        self.done_button.clicked.connect(self.controller.done)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stamp_button, 2)
        buttons.addWidget(self.done_button, 1)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addStretch(1)
        layout.addWidget(self.hello)
        layout.addWidget(self.stamp_card)
        layout.addWidget(self.count)
        layout.addWidget(self.next_hint)
        layout.addWidget(self.reward, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.reward_names)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    # Pages

    def show_attract(self) -> None:
        self.model.reset()
        self.pages.setCurrentIndex(0)
        self._show_online_note()

    def show_card(self, card: SelfServiceCard) -> None:
        if card.first_name:
            hello = translate("SelfServiceScreen", "Hello, {name}!").format(name=card.first_name)
        else:
            hello = translate("SelfServiceScreen", "Hello!")
        self.hello.setText(hello)
        self.stamp_card.set_stamps(card.stamps, card.goal, set(card.thresholds))
        self.count.setText(
            translate("SelfServiceScreen", "%n of {goal} stamps", None, card.stamps).format(
                goal=card.goal
            )
        )
        self.next_hint.setText(card.next_hint)
        self.next_hint.setVisible(bool(card.next_hint))
        self.reward.setVisible(card.reward_ready)
        self.reward_names.setText(
            translate("SelfServiceScreen", "Your reward: {names}").format(
                names=", ".join(card.rewards)
            )
        )
        self.reward_names.setVisible(card.reward_ready and bool(card.rewards))
        chance = self.model.chance()
        self.stamp_button.setVisible(chance.offered)
        self.stamp_button.setEnabled(chance.allowed)
        if card.blocked:
            self.say(translate("SelfServiceScreen", "Please ask at the counter."))
        elif chance.offered and not chance.allowed:
            self.say(chance.reason)
        else:
            self._show_online_note()
        self.pages.setCurrentIndex(1)
        # Said aloud too: the customer may not see the screen well.
        spoken = [self.hello.text(), self.count.text()]
        if card.reward_ready:
            spoken.append(self.reward.text())
        sentences = (part if part.endswith(("!", ".", "?")) else f"{part}." for part in spoken)
        announce(self.stamp_card, " ".join(sentences))

    def say(self, text: str) -> None:
        self.note.setText(text)
        if text:
            announce(self.note, text)

    # Stamps: staff confirm with their PIN

    def ask_stamp(self) -> None:
        chance = self.model.ask_stamp()
        if not chance.allowed:
            self.say(chance.reason)
            return
        roster = self.access.roster
        staff = roster.members()
        if not staff:
            self.model.cancel_stamp()
            self.say(translate("SelfServiceScreen", "Please ask at the counter for your stamp."))
            return
        model = self.model
        dialog = PinDialog(
            translate("SelfServiceScreen", "Staff: confirm the stamp"),
            translate(
                "SelfServiceScreen",
                "A member of staff confirms this stamp with their PIN or staff badge."
                " Customers: please ask at the counter.",
            ),
            staff,
            lambda staff_id, pin: model.confirm_with_pin(roster, staff_id, pin),
            roster,
            self,
        )
        dialog.checked.connect(lambda _ticket: self._stamped())
        dialog.rejected.connect(self._stamp_cancelled)
        self._dialog = dialog
        self._open_dialog(dialog)

    def take_scan(self, text: str) -> bool:
        """A staff badge, scanned while a stamp waits for staff: True when it was one
        (then it is not a card to look up)."""
        if badge_code(text) is None:
            return False
        try:
            self.model.confirm_with_badge(text)
        except StationError as refused:
            self.say(refused.message)
            return True
        dialog = self._dialog
        if dialog is not None and dialog.isVisible():
            dialog.accept()  # the PIN is not needed any more
        self._stamped()
        return True

    def _stamped(self) -> None:
        card = self.model.card
        if card is None:
            return
        self.show_card(card)
        self.say(translate("SelfServiceScreen", "Stamp added. Thank you!"))

    def _stamp_cancelled(self) -> None:
        self.model.cancel_stamp()

    # The counter's controller

    def _scan_taken(self) -> None:
        self._scanning = True

    def _member_changed(self, view: MemberView | None) -> None:
        if view is None:
            # The card before goes; after a scan, the scan's own words follow.
            self.show_attract()
            return
        self._scanning = False
        self.show_card(self.model.show(view))

    def _noticed(self, notice: Notice, cue: Cue | None) -> None:
        # The counter's words name the member in full and speak to staff: the customer
        # gets a short, kind line instead.
        if not self._scanning or notice.level in (Level.OK, Level.INFO):
            return
        self._scanning = False
        if notice.level is Level.WARN:
            self._not_here(
                translate(
                    "SelfServiceScreen",
                    "That is not a loyalty card. Hold your loyalty card's QR code in the frame.",
                )
            )
        elif self.online is False:
            self._not_here(
                translate(
                    "SelfServiceScreen",
                    "We are offline and cannot find this card just now. Please ask at the counter.",
                )
            )
        else:
            self._not_here(
                translate(
                    "SelfServiceScreen",
                    "Sorry, this card could not be read here. Please ask at the counter.",
                )
            )

    def _prompt_changed(self, prompt: Prompt | None) -> None:
        # The counter's questions are for staff (a card of another program: switch?).
        # Nobody here may answer them: closed at once, and the customer is sent on.
        if prompt is None:
            return
        self.controller.cancel_prompt()
        if self._scanning:
            self._scanning = False
            self._not_here(
                translate(
                    "SelfServiceScreen",
                    "Sorry, this card could not be read here. Please ask at the counter.",
                )
            )

    def _not_here(self, text: str) -> None:
        """A scan that shows no card: the words stay a while on the attract screen."""
        QTimer.singleShot(NOTE_MS, self._clear_note)
        if self.model.phase is Phase.ATTRACT:
            self.say(text)
            return

        def instead_of_the_last_card() -> None:
            # Not the last customer's card under words about this one. Later, not
            # now: this runs inside the lookup that done() would cancel.
            self.controller.done()
            self.say(text)

        QTimer.singleShot(0, instead_of_the_last_card)

    def _clear_note(self) -> None:
        if self.model.phase is Phase.ATTRACT:
            self._show_online_note()

    def _status_changed(self, status: StationStatus) -> None:
        self.program.setText(status.program)
        was, self.online = self.online, status.online
        if was != self.online and self.model.phase is not Phase.CONFIRM:
            self._show_online_note()

    def _show_online_note(self) -> None:
        if self.online is False:
            self.say(
                translate(
                    "SelfServiceScreen",
                    "We are offline for a moment. Your card still works, and your stamps"
                    " are saved.",
                )
            )
        else:
            self.say("")
