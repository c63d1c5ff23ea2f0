"""The stamp card: one circle per stamp towards the goal, filled as earned."""

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from pos_loyalty.domain.i18n import translate
from pos_loyalty.ui.stamp_circles import (
    PER_ROW,
    CircleStyle,
    cell_size,
    paint_circles,
    rows_for,
)
from pos_loyalty.ui.theme import Palette, current_palette

# Circles up to 64 px: beside the member's name and rewards at arm's length.
STYLE = CircleStyle(max_cell=64.0, radius=0.38, min_pen=2.0)
# Room above and below the circles, for their outline.
MARGIN = 4


class StampCard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stamps = 0
        self._goal = 10
        self._thresholds: set[int] = set()
        self._palette = current_palette()  # the theme's, until told otherwise
        # Circles up to 64 px, smaller when the screen is short: a card of 20 or 30 must
        # not push the rewards off a 600 px screen.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(translate("StampCard", "Stamp card"))
        self.setAccessibleDescription(
            translate("StampCard", "One circle per stamp towards the reward, filled as earned")
        )

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_stamps(self, stamps: int, goal: int, thresholds: set[int] | None = None) -> None:
        self._stamps = max(0, stamps)
        self._goal = max(1, goal)
        self._thresholds = thresholds or set()
        text = translate("StampCard", "{stamps} of %n stamps", None, self._goal).format(
            stamps=min(self._stamps, self._goal)
        )
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(PER_ROW * 64, rows_for(self._goal) * 64 + 2 * MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(PER_ROW * 30, rows_for(self._goal) * 30 + 2 * MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        cell = cell_size(STYLE, self._goal, self.width(), self.height() - 2 * MARGIN)
        # At the top, when there is more height than the circles take.
        area = QRectF(0, MARGIN, self.width(), rows_for(self._goal) * cell)
        paint_circles(
            painter, area, STYLE, self._palette, self._stamps, self._goal, self._thresholds
        )
        painter.end()
