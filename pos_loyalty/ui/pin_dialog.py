"""A member of staff says who they are and types their PIN: on an on-screen keypad
big enough for a finger, or on the keyboard.

The dialog does not decide anything itself: ``check(staff_id, pin)`` does (an
approval, an operator switch). Wrong PINs and lockouts are said in words, a lockout
with the seconds left, counted down."""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRegularExpression, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.pins import PIN_LENGTHS
from pos_loyalty.station.staff import LockedOutError, Role, StaffMember, StaffRoster
from pos_loyalty.ui.counter_dialog import CounterDialog
from pos_loyalty.ui.wedge_filter import WedgeFilter
from pos_loyalty.ui.widgets import named

PREFERRED_SIZE = QSize(640, 560)
KEY_SIZE = QSize(72, 48)


def role_name(role: Role) -> str:
    """A role as the screens word it (the role's value is a stored key)."""
    if role is Role.MANAGER:
        return translate("StaffPage", "manager")
    return translate("StaffPage", "cashier")


def seconds_words(seconds: float) -> str:
    seconds = max(1, round(seconds))
    if seconds < 120:
        return translate("PinDialog", "%n seconds", None, seconds)
    minutes = round(seconds / 60)
    if minutes < 120:
        return translate("PinDialog", "%n minutes", None, minutes)
    return translate("PinDialog", "%n hours", None, round(minutes / 60))


def lockout_words(name: str, seconds_left: float) -> str:
    return translate(
        "PinDialog",
        "Too many wrong PINs: {name} is locked out, {time} left."
        " Wait, or ask a manager to set a new PIN.",
    ).format(name=name, time=seconds_words(seconds_left))


class PinPad(QWidget):
    """1–9, Clear, 0, ⌫ as big buttons typing into ``field``. The keys never take the
    focus: the keyboard stays in the field."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "⌫"]
        # The keys stay "Clear", "0"…: the words on them are translated.
        shown = {"Clear": translate("PinPad", "Clear")}
        names = {
            "Clear": translate("PinPad", "Clear the PIN"),
            "⌫": translate("PinPad", "Delete the last digit"),
        }
        for n, label in enumerate(labels):
            accessible = names.get(label) or translate("PinPad", "Digit {digit}").format(
                digit=label
            )
            key = named(QPushButton(shown.get(label, label)), "PinKey", accessible)
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key.setAutoDefault(False)
            key.setMinimumSize(KEY_SIZE)
            key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            key.clicked.connect(lambda _=False, text=label: self._press(text))
            grid.addWidget(key, n // 3, n % 3)
            self.keys[label] = key

    def _press(self, label: str) -> None:
        if label == "Clear":
            self.field.clear()
        elif label == "⌫":
            self.field.backspace()
        elif len(self.field.text()) < PIN_LENGTHS[1]:
            self.field.insert(label)
        self.field.setFocus()


class PinDialog(CounterDialog):
    """Choose a name, type the PIN, OK (or Enter in the PIN field: a PIN is asked
    before any destructive step, never as its confirmation)."""

    checked = Signal(object)  # what ``check`` returned

    def __init__(
        self,
        title: str,
        explanation: str,
        staff: list[StaffMember],
        check: Callable[[int, str], object],
        roster: StaffRoster,
        parent: QWidget | None = None,
        *,
        wedge: WedgeFilter | None = None,
        chosen: int | None = None,
    ) -> None:
        super().__init__(title, parent, wedge=wedge, preferred=PREFERRED_SIZE)
        self._check = check
        self._roster = roster
        self._locked_until: datetime | None = None
        self._locked_name = ""
        why = named(QLabel(explanation), "Hint")
        why.setWordWrap(True)
        self.people = QListWidget()
        self.people.setAccessibleName(translate("PinDialog", "Who you are"))
        for member in staff:
            # The name is read back before the separator (a lockout names the person).
            item = QListWidgetItem(f"{member.name}  ·  {role_name(member.role)}")
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.people.addItem(item)
            if member.id == chosen:
                self.people.setCurrentItem(item)
        if self.people.currentRow() < 0 and self.people.count():
            self.people.setCurrentRow(0)
        self.people.setMinimumWidth(180)
        self.people.setWordWrap(True)  # a long name or large text wraps, never cut
        self.pin = QLineEdit()
        self.pin.setAccessibleName(translate("PinDialog", "PIN"))
        self.pin.setPlaceholderText(translate("PinDialog", "PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_LENGTHS[1])
        self.pin.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{PIN_LENGTHS[1]}}}"))
        )
        self.pad = PinPad(self.pin)
        right = QWidget()
        right_layout = QGridLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pin, 0, 0)
        right_layout.addWidget(self.pad, 1, 0)
        row = QHBoxLayout()
        row.addWidget(self.people, 1)
        row.addWidget(right, 1)
        self.body_layout.addWidget(why)
        self.body_layout.addLayout(row, 1)
        self.ok = self.add_button(
            translate("PinDialog", "OK"), translate("PinDialog", "Check the PIN"), self.try_pin
        )
        self.cancel = self.add_close_button(translate("PinDialog", "Cancel"))
        self.pin.returnPressed.connect(self.try_pin)
        self.people.currentRowChanged.connect(lambda _row: self._chosen())
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self.refresh_lockout)
        self._chosen()

    @property
    def staff_id(self) -> int | None:
        item = self.people.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, staff_id: int) -> None:
        for row in range(self.people.count()):
            if self.people.item(row).data(Qt.ItemDataRole.UserRole) == staff_id:
                self.people.setCurrentRow(row)

    def enter(self, pin: str) -> None:
        """Type ``pin`` and check it, as the keypad and OK do."""
        self.pin.setText(pin)
        self.try_pin()

    def try_pin(self) -> None:
        staff_id = self.staff_id
        if staff_id is None:
            self.say("error", translate("PinDialog", "Choose your name first."))
            return
        if self._locked_until is not None:
            self.refresh_lockout()
            return
        pin = self.pin.text()
        if not pin:
            self.say("error", translate("PinDialog", "Type your PIN."))
            self.pin.setFocus()
            return
        self.pin.clear()
        try:
            result = self._check(staff_id, pin)
        except LockedOutError as locked:
            self._lock(locked.until)
            return
        except StationError as refused:
            self.say("error", refused.message)
            self.pin.setFocus()
            return
        # Closed first: what opens next (the action's own dialog) takes the focus.
        self.accept()
        self.checked.emit(result)

    def _chosen(self) -> None:
        self.say("", "")
        self._unlock()
        staff_id = self.staff_id
        if staff_id is not None:
            until = self._roster.locked_until(staff_id)
            if until is not None:
                self._lock(until)
                return
        self.pin.setFocus()

    def _lock(self, until: datetime) -> None:
        item = self.people.currentItem()
        self._locked_name = item.text().split("  ·  ")[0] if item is not None else ""
        self._locked_until = until
        self.pin.setEnabled(False)
        self.pad.setEnabled(False)
        self.ok.setEnabled(False)
        self._countdown.start()
        self.refresh_lockout()
        self.people.setFocus()  # another person can still be chosen

    def _unlock(self) -> None:
        self._locked_until = None
        self._countdown.stop()
        self.pin.setEnabled(True)
        self.pad.setEnabled(True)
        self.ok.setEnabled(True)

    def refresh_lockout(self) -> None:
        """The seconds left, said again (every second while locked out)."""
        until = self._locked_until
        if until is None:
            return
        left = (until - self._roster.clock.now()).total_seconds()
        if left <= 0:
            self._unlock()
            self.say(
                "info",
                translate("PinDialog", "{name} can type the PIN again.").format(
                    name=self._locked_name
                ),
            )
            self.pin.setFocus()
            return
        self.say("error", lockout_words(self._locked_name, left))
