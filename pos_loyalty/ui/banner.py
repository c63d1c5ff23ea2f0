"""A coloured message line, optionally with a confirm and a cancel button."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from pos_loyalty.domain.i18n import translate
from pos_loyalty.ui.accessibility import announce
from pos_loyalty.ui.fitted_label import FittedLabel

LEVELS = ("ok", "info", "warn", "error")


class Banner(QWidget):
    """Says what happened and what to do. A question shows two big buttons
    instead of a modal dialog, so a touch screen and a test can both answer it.

    The banner only shows the question: what a confirm does is the view model's
    business (its prompt belongs to one member). The buttons never take the
    keyboard focus, so neither Enter (the end of every scan) nor Space presses them.
    """

    confirm_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleDescription(
            translate("Banner", "What just happened at the counter, and what to do next")
        )
        # Two lines at most, elided past them: the banner's slot has one fixed height.
        self.text = FittedLabel(lines=2, shrink=0.8)
        self.confirm = QPushButton()
        self.cancel = QPushButton(translate("Banner", "Cancel"))
        self.confirm.setAccessibleName(translate("Banner", "Confirm"))
        self.cancel.setAccessibleName(translate("Banner", "Cancel"))
        for button in (self.confirm, self.cancel):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.cancel)
        self._asking = False
        self.confirm.clicked.connect(self._confirmed)
        self.cancel.clicked.connect(self._cancelled)
        self._expiry = QTimer(self, singleShot=True)
        self._expiry.timeout.connect(self.clear)
        self.clear()

    @property
    def level(self) -> str:
        return str(self.property("level") or "")

    @property
    def asking(self) -> bool:
        return self._asking

    def say(self, level: str, text: str, seconds: float | None = 6.0) -> None:
        self._set(level, text)
        self._asking = False
        self.confirm.hide()
        self.cancel.hide()
        if seconds:
            self._expiry.start(int(seconds * 1000))
        else:
            self._expiry.stop()

    def ask(self, level: str, text: str, confirm: str) -> None:
        self._set(level, text)
        self._asking = True
        self.confirm.setText(confirm)
        self.cancel.setText(translate("Banner", "Cancel  (Esc)"))
        self.confirm.show()
        self.cancel.show()
        self._expiry.stop()

    def clear(self) -> None:
        self._asking = False
        self._expiry.stop()
        self.text.clear()
        self.setAccessibleName(translate("Banner", "No message"))
        self.hide()

    def _set(self, level: str, text: str) -> None:
        assert level in LEVELS, level
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()
        # Said aloud at once: the cashier may be looking at the customer, not the screen.
        announce(self, text)

    def _confirmed(self) -> None:
        if self._asking:
            self.confirm_requested.emit()

    def _cancelled(self) -> None:
        if self._asking:
            self.cancel_requested.emit()
        self.clear()
