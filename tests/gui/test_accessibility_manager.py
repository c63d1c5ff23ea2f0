"""Screen readers in the manager window: every tab's controls have a spoken name."""

from PySide6.QtWidgets import QWidget

from pos_loyalty.ui.accessibility import needs_name, unnamed
from tests.gui.fit import settle
from tests.gui.test_manager_window import Desk, desk

__all__ = ["desk"]


async def test_every_control_of_the_manager_window_is_named(desk: Desk) -> None:
    window = desk.window
    problems = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        problems[window.tabs.tabText(index)] = unnamed(window)
    checked = {type(w).__name__ for w in window.findChildren(QWidget) if needs_name(w)}
    assert {"QPushButton", "QLineEdit", "QTableWidget", "QProgressBar"} <= checked
    assert {tab: found for tab, found in problems.items() if found} == {}
