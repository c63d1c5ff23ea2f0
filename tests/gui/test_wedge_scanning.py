"""A scanner burst is a scan wherever the focus is; a person typing is typing."""

from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.gui.conftest import FakeMonotonic
from tests.gui.keys import PERSON_GAP, SCANNER_GAP, type_into_window


def focused_field(qtbot: QtBot) -> tuple[QWidget, QLineEdit]:
    window = QWidget()
    field = QLineEdit(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    return window, field  # the caller keeps the window alive


def test_a_burst_into_a_focused_line_edit_is_a_scan(
    qtbot: QtBot, wedge: WedgeFilter, key_clock: FakeMonotonic
) -> None:
    _window, field = focused_field(qtbot)
    field.setText("note: ")
    entered: list[str] = []
    field.returnPressed.connect(lambda: entered.append(field.text()))
    with qtbot.waitSignal(wedge.scanned) as scan:
        type_into_window(field, "wvjeykseaswlquco6uta8", key_clock, SCANNER_GAP)
    assert scan.args == ["wvjeykseaswlquco6uta8"]
    assert field.text() == "note: "  # the scan's characters were taken back out
    assert entered == []  # and its Enter never reached the field


def test_slow_typing_is_typing(qtbot: QtBot, wedge: WedgeFilter, key_clock: FakeMonotonic) -> None:
    _window, field = focused_field(qtbot)
    entered: list[str] = []
    field.returnPressed.connect(lambda: entered.append(field.text()))
    measured: list[object] = []
    wedge.burst_measured.connect(measured.append)
    with qtbot.assertNotEmitted(wedge.scanned):
        type_into_window(field, "hello123", key_clock, PERSON_GAP)
    assert field.text() == "hello123"
    assert entered == ["hello123"]
    assert len(measured) == 1
