"""Typing through the window, as a scanner or a person does, on the test's clock."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import FakeMonotonic

SCANNER_GAP = 0.004  # a wedge scanner: a character every few milliseconds
PERSON_GAP = 0.180  # a quick typist


def type_into_window(
    widget: QWidget, text: str, clock: FakeMonotonic, gap: float, enter: bool = True
) -> None:
    handle = widget.window().windowHandle()
    for char in text:
        clock.now += gap
        QTest.keyClick(handle, Qt.Key(ord(char.upper())))
    if enter:
        clock.now += gap
        QTest.keyClick(handle, Qt.Key.Key_Return)
