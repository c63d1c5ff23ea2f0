"""The stamp card: one circle per stamp towards the goal, filled as earned."""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pos_loyalty.domain.i18n import translate
from pos_loyalty.ui.theme import Palette, current_palette

PER_ROW = 10


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

    def _rows(self) -> int:
        return (self._goal + PER_ROW - 1) // PER_ROW

    def sizeHint(self) -> QSize:
        return QSize(PER_ROW * 64, self._rows() * 64 + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(PER_ROW * 30, self._rows() * 30 + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        per_row = min(PER_ROW, self._goal)
        cell = min(64.0, self.width() / per_row, (self.height() - 8) / self._rows())
        radius = cell * 0.38
        stamp = QColor(self._palette.stamp)
        left = (self.width() - per_row * cell) / 2
        for i in range(self._goal):
            row, col = divmod(i, PER_ROW)
            centre = QPointF(left + (col + 0.5) * cell, 4 + (row + 0.5) * cell)
            filled = i < self._stamps
            pen = QPen(stamp, max(2.0, cell * 0.06))
            if (i + 1) in self._thresholds and not filled:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(stamp if filled else QColor(self._palette.surface))
            painter.drawEllipse(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            )
        painter.end()
