"""The banner, with one more button for an offer that goes with a message: "New
member" after a card nobody has, "Print card" after a sign-up. The offer goes
when the message does; the view model's questions (confirm/cancel) are untouched."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from pos_loyalty.domain.i18n import translate
from pos_loyalty.ui.banner import Banner


class OfferBanner(Banner):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.offer_button: QPushButton | None = None  # Banner.__init__ clears first
        super().__init__(parent)
        self._action: Callable[[], object] | None = None
        button = QPushButton()
        button.setAccessibleName(translate("OfferBanner", "Offer"))
        # Like the banner's own buttons: Enter (the end of every scan) never presses it.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.clicked.connect(self._taken)
        button.hide()
        self.button_row.addWidget(button)  # beside the question's buttons
        self.offer_button = button

    def offer(
        self,
        level: str,
        text: str,
        label: str,
        action: Callable[[], object],
        seconds: float | None = 10.0,
    ) -> None:
        """Say ``text`` with a button ``label`` that calls ``action``."""
        self.say(level, text, seconds=seconds)
        assert self.offer_button is not None
        self._action = action
        self.offer_button.setText(label)
        self.offer_button.setAccessibleName(label)
        self.offer_button.show()

    @property
    def offering(self) -> str | None:
        """The offer's label while one is shown."""
        button = self.offer_button
        return button.text() if button is not None and not button.isHidden() else None

    def say(self, level: str, text: str, seconds: float | None = 6.0) -> None:
        self._withdraw()
        super().say(level, text, seconds)

    def ask(self, level: str, text: str, confirm: str) -> None:
        self._withdraw()
        super().ask(level, text, confirm)

    def clear(self) -> None:
        self._withdraw()
        super().clear()

    def _withdraw(self) -> None:
        self._action = None
        if self.offer_button is not None:
            self.offer_button.hide()

    def _taken(self) -> None:
        action = self._action
        self.clear()
        if action is not None:
            action()
