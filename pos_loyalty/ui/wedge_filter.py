"""The keyboard-wedge scanner, heard wherever the focus is (ARCHITECTURE.md)."""

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit
from shiboken6 import isValid

from pos_loyalty.scanning.wedge import Burst, WedgeDetector

_ENDS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}


class WedgeFilter(QObject):
    """An application event filter. Qt hands each key to the QWindow and then to
    widgets, so only the QWindow's copy is counted. A scan's Enter is swallowed and
    its characters are taken back out of the text field that had the focus.

    While something has captured the scanner (the settings' scanner test page),
    scans are measured for it and go nowhere else: ``scanned`` stays silent, so a
    test scan opens no member and stamps no card behind the dialog."""

    scanned = Signal(str)
    burst_measured = Signal(object)  # Burst, for the scanner test page

    def __init__(
        self,
        detector: WedgeDetector | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.detector = detector or WedgeDetector()
        self._clock = clock
        self._captors: list[QObject] = []

    def capture(self, owner: QObject) -> None:
        """Keep scans for ``owner`` (which hears ``burst_measured``) until it releases them."""
        if not any(c is owner for c in self._captors):
            self._captors.append(owner)
            owner.destroyed.connect(self._forget_deleted)

    def release(self, owner: QObject) -> None:
        self._captors = [c for c in self._captors if c is not owner]

    @property
    def captured(self) -> bool:
        self._forget_deleted()
        return bool(self._captors)

    def _forget_deleted(self) -> None:
        # An owner deleted without releasing (its window closed) lets go all the same.
        self._captors = [c for c in self._captors if isValid(c)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QKeyEvent)
        now = self._clock()
        if event.key() in _ENDS:
            burst = self.detector.end(now)
            if burst is None:
                return False
            self.burst_measured.emit(burst)
            if not burst.is_scan:
                return False
            _take_back(burst)
            if not self.captured:
                self.scanned.emit(burst.text)
            return True
        text = event.text()
        if text and text.isprintable():
            self.detector.key(text, now)
        return False


def _take_back(burst: Burst) -> None:
    """The scanner typed into a text field before its Enter told us it was a scan."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit):
        if widget.text().endswith(burst.text):
            widget.setText(widget.text()[: -len(burst.text)])
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        text = widget.toPlainText()
        if text.endswith(burst.text):
            widget.setPlainText(text[: -len(burst.text)])
