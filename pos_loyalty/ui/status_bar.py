"""The status bar: online or offline, writes waiting, program, station and operator.

Two parts are buttons: "N to check" opens the writes to check, and the operator's
name opens the quick operator switch."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.counter_view_model import StationStatus
from pos_loyalty.ui.fitted_label import FittedButton, FittedLabel
from pos_loyalty.ui.widgets import named

# A button that looks like the bar's text, underlined: the bar keeps its height. Its
# border is always there (transparent until focused), so focus never elides the text;
# with the padding it is as tall as the bar's labels.
LINK_STYLE = """
QPushButton {
    border: 1px solid transparent; background: transparent; min-height: 0;
    padding: 1px 9px; text-decoration: underline;
}
QPushButton:focus { border-color: palette(highlight); }
"""


def link_button(button: QPushButton, accessible: str) -> QPushButton:
    button.setAccessibleName(accessible)
    button.setStyleSheet(LINK_STYLE)
    button.setAutoDefault(False)
    return button


class StationStatusBar(QStatusBar):
    review_requested = Signal()
    operator_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        # Set smaller, then elided, only where large text leaves the bar no room (a
        # kiosk's bar has two more buttons): the window never grows past the screen.
        self.connection = named(
            FittedLabel(translate("StationStatusBar", "Connecting…"), shrink=0.7),
            "Muted",
            translate("StationStatusBar", "Connection"),
        )
        self.pending = named(
            FittedLabel("", shrink=0.7), "Muted", translate("StationStatusBar", "Queued writes")
        )
        self._waiting = 0
        self._to_check_wanted = False
        self.to_check = link_button(
            QPushButton(""), translate("StationStatusBar", "Writes to check")
        )
        self.to_check.setToolTip(
            translate(
                "StationStatusBar", "Writes the server refused or whose answer was lost: check them"
            )
        )
        self.to_check.hide()
        # Names come from the settings and the server: elided, so a long one cannot
        # widen the window past a small screen.
        self.program = named(
            FittedLabel("", shrink=0.6), "Muted", translate("StationStatusBar", "Program")
        )
        self.who = link_button(
            FittedButton(""), translate("StationStatusBar", "Station and operator: switch operator")
        )
        self.who.setToolTip(translate("StationStatusBar", "Who is at the counter: click to switch"))
        # Writes to check, counted by the member screens (refused ones too); without
        # them, the journal's count from the status.
        self.review_count: Callable[[], int] | None = None
        self.addWidget(self.connection)
        self.addWidget(self.pending)
        self.addWidget(self.to_check)
        self.addPermanentWidget(self.program)
        self.addPermanentWidget(self.who)
        self.to_check.clicked.connect(self.review_requested.emit)
        self.who.clicked.connect(self.operator_requested.emit)
        self.messageChanged.connect(self._message_changed)
        self.setAccessibleName(translate("StationStatusBar", "Station status"))
        self.setAccessibleDescription(
            translate("StationStatusBar", "Connection, writes waiting, program and operator")
        )
        self.connection.setAccessibleDescription(
            translate("StationStatusBar", "Whether this station reaches the loyalty server")
        )
        self.pending.setAccessibleDescription(
            translate("StationStatusBar", "Stamps and changes kept here until the server has them")
        )
        self.to_check.setAccessibleDescription(
            translate("StationStatusBar", "Opens the writes the server refused or did not answer")
        )
        self.program.setAccessibleDescription(
            translate("StationStatusBar", "The loyalty program this counter stamps")
        )
        self.who.setAccessibleDescription(
            translate("StationStatusBar", "Opens the operator switch")
        )

    def show_status(self, status: StationStatus) -> None:
        if status.online is False:
            self._set(
                self.connection,
                "Offline",
                translate("StationStatusBar", "● Offline: stamps are queued"),
            )
        elif status.online is True:
            self._set(self.connection, "Online", translate("StationStatusBar", "● Online"))
        else:
            self._set(self.connection, "Muted", translate("StationStatusBar", "● Connecting…"))
        waiting = self._waiting_words(status)
        self.pending.setText(waiting)
        self._waiting = status.pending
        # The name carries the value: a screen reader says the name, not the label's text.
        self.pending.setAccessibleName(waiting)
        self.connection.setAccessibleName(self.connection.text().lstrip("● "))
        to_check = self.review_count() if self.review_count is not None else status.needs_review
        self.to_check.setText(translate("StationStatusBar", "%n to check", None, to_check))
        self._to_check_wanted = to_check > 0
        if not self.currentMessage():
            self.to_check.setVisible(self._to_check_wanted)
        self.program.setText(
            translate("StationStatusBar", "Program: {program}").format(program=status.program)
        )
        self.program.setAccessibleName(self.program.text())
        self.who.setText(f"{status.station} · {status.operator}")
        self.who.setToolTip(
            translate(
                "StationStatusBar", "{operator} is at the counter: click to switch operator"
            ).format(operator=status.operator)
        )
        self._make_room()

    @staticmethod
    def _waiting_words(status: StationStatus) -> str:
        """A stamp in its undo window, or on the wire, is not stuck: "1 waiting to send"
        is kept for writes that are really queued (offline, or failing)."""
        if status.queued:
            return translate("StationStatusBar", "%n waiting to send", None, status.queued)
        if status.held and status.undoable:
            return translate("StationStatusBar", "Sending in a moment (Ctrl+Z undoes)")
        if status.held:
            return translate("StationStatusBar", "Sending in a moment")
        if status.sending:
            return translate("StationStatusBar", "Sending…")
        return translate("StationStatusBar", "Nothing waiting")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._make_room()

    def _make_room(self) -> None:
        """Where large text leaves the bar no room for everything, what says least goes
        first: the program's name (the header shows it too), then "Nothing waiting"."""
        if self.currentMessage():
            # A message (the demo server restarting) covers the normal widgets: showing
            # one now would print it over the message. Done again when it goes.
            return
        screen = self.screen()
        width = min(self.width(), screen.availableGeometry().width() if screen else self.width())
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        optional = (self.program, self.pending)
        needed = [
            w
            for w in self.findChildren(QWidget, options=direct)
            if not w.isHidden() and w not in optional
        ]
        room = width - sum(w.sizeHint().width() + 24 for w in needed)
        nothing_waiting = self._waiting == 0
        pending = self.pending.sizeHint().width() + 24
        show_pending = not nothing_waiting or room >= pending
        self.pending.setVisible(show_pending)
        room -= pending if show_pending else 0
        self.program.setVisible(room >= self.program.sizeHint().width() * 0.6)

    def _message_changed(self, message: str) -> None:
        if not message:
            self.to_check.setVisible(self._to_check_wanted)
            self._make_room()

    def _set(self, label: QLabel, name: str, text: str) -> None:
        label.setObjectName(name)
        label.setText(text)
        label.style().unpolish(label)
        label.style().polish(label)
