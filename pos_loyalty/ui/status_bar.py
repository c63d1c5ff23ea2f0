"""The status bar: online or offline, writes waiting, program, station and operator."""

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from pos_loyalty.station.counter_view_model import StationStatus
from pos_loyalty.ui.fitted_label import FittedLabel
from pos_loyalty.ui.widgets import named


class StationStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.connection = named(QLabel("Connecting…"), "Muted", "Connection")
        self.pending = named(QLabel(""), "Muted", "Queued writes")
        # Names come from the settings and the server: elided, so a long one cannot
        # widen the window past a small screen.
        self.program = named(FittedLabel(""), "Muted", "Program")
        self.who = named(FittedLabel(""), "Muted", "Station and operator")
        self.addWidget(self.connection)
        self.addWidget(self.pending)
        self.addPermanentWidget(self.program)
        self.addPermanentWidget(self.who)

    def show_status(self, status: StationStatus) -> None:
        if status.online is False:
            self._set(self.connection, "Offline", "● Offline: stamps are queued")
        elif status.online is True:
            self._set(self.connection, "Online", "● Online")
        else:
            self._set(self.connection, "Muted", "● Connecting…")
        waiting = f"{status.pending} waiting to send" if status.pending else "Nothing waiting"
        if status.needs_review:
            waiting += f" · {status.needs_review} to check"
        self.pending.setText(waiting)
        self.program.setText(f"Program: {status.program}")
        self.who.setText(f"{status.station} · {status.operator}")

    def _set(self, label: QLabel, name: str, text: str) -> None:
        label.setObjectName(name)
        label.setText(text)
        label.style().unpolish(label)
        label.style().polish(label)
