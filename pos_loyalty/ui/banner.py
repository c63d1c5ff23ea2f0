"""A coloured message line, optionally with a confirm and a cancel button."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

LEVELS = ("ok", "info", "warn", "error")


class Banner(QWidget):
    """Says what happened and what to do. A question shows two big buttons
    instead of a modal dialog, so a touch screen and a test can both answer it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.confirm = QPushButton()
        self.cancel = QPushButton("Cancel")
        self.confirm.setAccessibleName("Confirm")
        self.cancel.setAccessibleName("Cancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 12, 12)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.cancel)
        self._on_confirm: Callable[[], None] | None = None
        self.confirm.clicked.connect(self._confirmed)
        self.cancel.clicked.connect(self.clear)
        self._expiry = QTimer(self, singleShot=True)
        self._expiry.timeout.connect(self.clear)
        self.clear()

    @property
    def level(self) -> str:
        return str(self.property("level") or "")

    @property
    def asking(self) -> bool:
        return self._on_confirm is not None

    def say(self, level: str, text: str, seconds: float | None = 6.0) -> None:
        self._set(level, text)
        self._on_confirm = None
        self.confirm.hide()
        self.cancel.hide()
        if seconds:
            self._expiry.start(int(seconds * 1000))
        else:
            self._expiry.stop()

    def ask(self, level: str, text: str, confirm: str, on_confirm: Callable[[], None]) -> None:
        self._set(level, text)
        self._on_confirm = on_confirm
        self.confirm.setText(confirm)
        self.confirm.show()
        self.cancel.show()
        self._expiry.stop()
        self.confirm.setFocus()

    def clear(self) -> None:
        self._on_confirm = None
        self._expiry.stop()
        self.text.clear()
        self.hide()

    def _set(self, level: str, text: str) -> None:
        assert level in LEVELS, level
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def _confirmed(self) -> None:
        action = self._on_confirm
        self.clear()
        if action is not None:
            action()
