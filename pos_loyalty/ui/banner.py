"""A coloured message line, optionally with a confirm and a cancel button."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from pos_loyalty.domain.i18n import translate
from pos_loyalty.ui.accessibility import announce
from pos_loyalty.ui.fitted_label import FittedLabel
from pos_loyalty.ui.screen_fit import ReflowLayout
from pos_loyalty.ui.widgets import named

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
    # A tap on a message cut short shows all of it, a second tap shortens it again:
    # the window gives the banner the height for it.
    expanded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleDescription(
            translate("Banner", "What just happened at the counter, and what to do next")
        )
        # Two lines at most, elided past them: the banner's slot has one fixed height.
        # At least some words wide: past that, the buttons go under it.
        self.text = FittedLabel(lines=2, shrink=0.8, min_chars=16)
        self.confirm = QPushButton()
        self.cancel = QPushButton(translate("Banner", "Cancel"))
        self.confirm.setAccessibleName(translate("Banner", "Confirm"))
        self.cancel.setAccessibleName(translate("Banner", "Cancel"))
        for button in (self.confirm, self.cancel):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
        # The buttons beside the text, or under it where large text leaves no room.
        self.button_box = named(QWidget(), "BannerActions")
        self.button_box.setStyleSheet("#BannerActions { background: transparent; }")
        self.button_row = QHBoxLayout(self.button_box)
        self.button_row.setContentsMargins(0, 0, 0, 0)
        self.button_row.addWidget(self.confirm)
        self.button_row.addWidget(self.cancel)
        layout = ReflowLayout(self, whole_text=True)
        layout.setContentsMargins(16, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button_box)
        self._asking = False
        self._expanded = False
        self.confirm.clicked.connect(self._confirmed)
        self.cancel.clicked.connect(self._cancelled)
        self._expiry = QTimer(self, singleShot=True)
        self._expiry.timeout.connect(self.clear)
        self.clear()

    def stacks_at(self, width: int) -> bool:
        """Whether a question's buttons go under its text in a banner ``width`` wide."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        buttons = self.button_box.findChildren(QPushButton)
        need: int = sum(b.sizeHint().width() for b in buttons)
        need += max(0, len(buttons) - 1) * max(0, self.button_row.spacing())
        need += self.text.minimumSizeHint().width() + max(0, layout.spacing())
        return need + margins.left() + margins.right() > width

    @property
    def expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        if expanded != self._expanded:
            self._expanded = expanded
            self.expanded_changed.emit(expanded)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The banner keeps to two lines: the rest of a long message is a tap away
        # (the tooltip and the screen reader have it whole too).
        if event.button() == Qt.MouseButton.LeftButton and (
            self._expanded or self.text.is_elided()
        ):
            self.set_expanded(not self._expanded)
            event.accept()
            return
        super().mousePressEvent(event)

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
        self.set_expanded(False)
        self._asking = False
        self._expiry.stop()
        self.text.clear()
        self.setAccessibleName(translate("Banner", "No message"))
        self.hide()

    def _set(self, level: str, text: str) -> None:
        assert level in LEVELS, level
        self.set_expanded(False)  # a new message starts short again
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
