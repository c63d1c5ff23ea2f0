"""Windows open inside the screen they are on, whatever its size."""

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

# What a window manager adds around a window (title bar, borders) before it says how much.
FRAME_ALLOWANCE = QSize(16, 48)


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen not taken by panels and docks."""
    return window.screen().availableGeometry()


def open_within(window: QWidget, preferred: QSize, area: QRect | None = None) -> None:
    """Size ``window`` for its screen before it is shown.

    A screen with room for ``preferred`` and a frame gets the window at that size,
    centred. A smaller one (a 1366×768 laptop, a 7" tablet) gets it maximised: the
    window manager then fits it and its title bar inside the free area, which a fixed
    size cannot do.
    """
    area = area if area is not None else available_area(window)
    room = area.size() - FRAME_ALLOWANCE
    if preferred.width() <= room.width() and preferred.height() <= room.height():
        window.resize(preferred)
        window.move(area.center() - window.rect().center())
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        return
    window.resize(room.boundedTo(preferred).expandedTo(QSize(1, 1)))
    window.move(area.topLeft())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def dialog_size(dialog: QWidget, preferred: QSize, area: QRect | None = None) -> QSize:
    """``preferred``, or less where the screen (less a window frame) is smaller."""
    area = area if area is not None else available_area(dialog)
    return preferred.boundedTo(area.size() - FRAME_ALLOWANCE)
