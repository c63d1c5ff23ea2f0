"""The big buttons: +1 stamp, a stepper for more, undo, done; and the member's card
(print, QR) with the rest of a member's life behind "More"."""

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.i18n import translate, translate_noop
from pos_loyalty.ui.fitted_label import FittedButton
from pos_loyalty.ui.widgets import named

MAX_STEP = 50
# What "More" offers, by the name ``member_action`` carries. The labels are translated
# when the menu is built: this is evaluated at import, before a translator is installed.
MORE_ACTIONS = (
    ("history", translate_noop("ActionPanel", "History")),
    ("edit", translate_noop("ActionPanel", "Change details…")),
    ("void", translate_noop("ActionPanel", "Void card (lost) / new card…")),
    ("delete", translate_noop("ActionPanel", "Delete member…")),
)


class Stepper:
    """− [n] + with big buttons."""

    def __init__(self, value: int, low: int, high: int) -> None:
        self.low, self.high = low, high
        self._value = value
        self.minus = named(QPushButton("−"), "Step", translate("Stepper", "Fewer stamps"))
        self.plus = named(QPushButton("+"), "Step", translate("Stepper", "More stamps"))
        self.count = named(
            QLabel(str(value)), "StepCount", translate("Stepper", "Number of stamps")
        )
        self.count.setMinimumWidth(56)
        self.changed: Callable[[int], object] = lambda _: None
        self.minus.clicked.connect(lambda: self.set_value(self._value - 1))
        self.plus.clicked.connect(lambda: self.set_value(self._value + 1))

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        self._value = max(self.low, min(self.high, value))
        self.count.setText(str(self._value))
        # A screen reader says a label's name, not its text: the name carries the number.
        self.count.setAccessibleName(translate("Stepper", "%n stamps to add", None, self._value))
        self.changed(self._value)


class ActionPanel(QWidget):
    stamp_requested = Signal(int)
    undo_requested = Signal()
    done_requested = Signal()
    # "print", "qr", or one of MORE_ACTIONS: for the member on screen.
    member_action = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plus_one = named(
            QPushButton(translate("ActionPanel", "+1 stamp")),
            "Primary",
            translate("ActionPanel", "Add one stamp"),
        )
        self.plus_one.setToolTip(translate("ActionPanel", "Add one stamp (Space or F5)"))
        # The same +1, for the window to pin under the page while large text on a
        # short screen has scrolled this one out of sight (CounterWindow).
        self.pinned_plus_one = named(
            QPushButton(self.plus_one.text()), "Primary", self.plus_one.accessibleName()
        )
        self.pinned_plus_one.setToolTip(self.plus_one.toolTip())
        self.pinned_plus_one.hide()
        # A stepper of big buttons: a spin box's arrows are too small to touch.
        self.amount = Stepper(2, 2, MAX_STEP)
        self.add_many = QPushButton(translate("ActionPanel", "Add %n stamps", None, 2))
        self.add_many.setAccessibleName(translate("ActionPanel", "Add several stamps"))
        self.undo = QPushButton(translate("ActionPanel", "Undo"))
        self.undo.setAccessibleName(translate("ActionPanel", "Undo the last stamp"))
        self.undo.setToolTip(translate("ActionPanel", "Undo the last stamp (Ctrl+Z)"))
        self.undo.setEnabled(False)
        self.done = QPushButton(translate("ActionPanel", "Done  (Esc)"))
        self.done.setAccessibleName(translate("ActionPanel", "Done, next customer"))
        # Elided where the panel is narrow: the row never widens a small screen.
        self.print_card = FittedButton(translate("ActionPanel", "Print card"))
        self.print_card.setAccessibleName(translate("ActionPanel", "Print the member's card"))
        self.print_card.setToolTip(
            translate("ActionPanel", "Print the card, or save it as PDF or PNG (Ctrl+P)")
        )
        self.show_qr = FittedButton(translate("ActionPanel", "Show QR"))
        self.show_qr.setAccessibleName(translate("ActionPanel", "Show the card's QR code"))
        self.show_qr.setToolTip(
            translate("ActionPanel", "A large QR code the member scans to open their card page")
        )
        self.more = FittedButton(translate("ActionPanel", "More"))
        self.more.setAccessibleName(translate("ActionPanel", "More for this member"))
        self.more.setToolTip(translate("ActionPanel", "History, change details, void or delete"))
        self.more_menu = QMenu(self.more)
        self.more_menu.setAccessibleName(translate("ActionPanel", "More for this member"))
        for name, label in MORE_ACTIONS:
            action = self.more_menu.addAction(translate("ActionPanel", label))
            action.triggered.connect(lambda _=False, n=name: self.member_action.emit(n))
        self.more.setMenu(self.more_menu)
        # Touch-sized lines, on the surface colour, with a border: a menu over the page.
        self.more_menu.setStyleSheet(
            "QMenu { background: palette(base); border: 1px solid palette(mid); }"
            " QMenu::item { padding: 12px 28px; }"
            " QMenu::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        for button in (self.print_card, self.show_qr, self.more):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hint = named(
            QLabel(translate("ActionPanel", "Space: +1   Ctrl+Z: undo   Alt+1…6: redeem")), "Hint"
        )
        self.hint.setWordWrap(True)

        stepper = QHBoxLayout()
        stepper.addWidget(self.amount.minus)
        stepper.addWidget(self.amount.count)
        stepper.addWidget(self.amount.plus)
        stepper.addWidget(self.add_many, 1)
        # As tall as the − and + beside it: a fixed height would cap the row below
        # theirs (their font is larger) and squeeze them at a large text size.
        self.add_many.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        # Undo and Done share a row, so the member's card row fits a 1024×600 screen.
        undo_done = QHBoxLayout()
        undo_done.addWidget(self.undo, 1)
        undo_done.addWidget(self.done, 1)
        card_row = QHBoxLayout()
        card_row.addWidget(self.print_card, 1)
        card_row.addWidget(self.show_qr, 1)
        card_row.addWidget(self.more, 1)
        layout.addWidget(self.plus_one)
        layout.addLayout(stepper)
        layout.addLayout(undo_done)
        layout.addStretch(1)
        layout.addLayout(card_row)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignBottom)

        self.plus_one.clicked.connect(lambda: self.stamp_requested.emit(1))
        self.pinned_plus_one.clicked.connect(lambda: self.stamp_requested.emit(1))
        self.add_many.clicked.connect(lambda: self.stamp_requested.emit(self.amount.value()))
        self.amount.changed = lambda n: self.add_many.setText(
            translate("ActionPanel", "Add %n stamps", None, n)
        )
        self.undo.clicked.connect(self.undo_requested.emit)
        self.done.clicked.connect(self.done_requested.emit)
        self.print_card.clicked.connect(lambda: self.member_action.emit("print"))
        self.show_qr.clicked.connect(lambda: self.member_action.emit("qr"))
        self._undo_deadline = 0.0
        self._countdown = QTimer(self, interval=250)
        self._countdown.timeout.connect(self._tick)

    def offer_undo(self, seconds: float) -> None:
        self._undo_deadline = time.monotonic() + seconds
        self.undo.setEnabled(True)
        self._countdown.start()
        self._tick()

    def withdraw_undo(self) -> None:
        self._countdown.stop()
        self.undo.setEnabled(False)
        self.undo.setText(translate("ActionPanel", "Undo"))

    def _tick(self) -> None:
        left = self._undo_deadline - time.monotonic()
        if left <= 0:
            self.withdraw_undo()
            return
        self.undo.setText(
            translate("ActionPanel", "Undo  ({seconds} s)").format(seconds=math.ceil(left))
        )

    def reset_for_member(self) -> None:
        self.amount.set_value(self.amount.low)

    def set_limits(self, *, enabled: bool, max_stamps: int) -> None:
        """Blocked members get no buttons; the stepper never goes past the stamps the
        daily limit still allows (+1 stays, so a refusal is said in words)."""
        self.plus_one.setEnabled(enabled)
        self.pinned_plus_one.setEnabled(enabled)
        self.amount.high = max(self.amount.low, min(MAX_STEP, max_stamps))
        self.amount.set_value(self.amount.value())
        several = enabled and max_stamps >= self.amount.low
        for widget in (self.add_many, self.amount.minus, self.amount.plus):
            widget.setEnabled(several)
