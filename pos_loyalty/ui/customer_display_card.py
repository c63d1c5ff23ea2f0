"""The stamp card as the customer sees it: the counter's circles, as large as the
room allows (the counter's card stops at 64 px, too small across a shop), with a
soft halo the reward animation can pulse."""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pos_loyalty.domain.i18n import translate
from pos_loyalty.ui.theme import LIGHT, Palette

PER_ROW = 10
MAX_CELL = 140.0


class CustomerStampCard(QWidget):
    """One circle per stamp towards the goal, filled as earned, rungs dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stamps = 0
        self._goal = 10
        self._thresholds: frozenset[int] = frozenset()
        self._palette = LIGHT
        self._glow = 0.0  # 0 (none) to 1: the halo around the filled stamps
        # As tall as its circles are wide: the words around it keep their place, as a
        # group in the middle of the screen.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(translate("CustomerStampCard", "Stamp card"))
        self.setAccessibleDescription(
            translate(
                "CustomerStampCard", "One circle per stamp towards the reward, filled as earned"
            )
        )

    @property
    def stamps(self) -> int:
        return self._stamps

    @property
    def glow(self) -> float:
        return self._glow

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_stamps(self, stamps: int, goal: int, thresholds: frozenset[int]) -> None:
        self._goal = max(1, goal)
        self._stamps = max(0, min(stamps, self._goal))
        self._thresholds = thresholds
        self.setAccessibleName(
            translate("CustomerStampCard", "{stamps} of %n stamps", None, self._goal).format(
                stamps=self._stamps
            )
        )
        self.updateGeometry()
        self.update()

    def set_glow(self, value: float) -> None:
        self._glow = max(0.0, min(1.0, value))
        self.update()

    def _rows(self) -> int:
        return (self._goal + PER_ROW - 1) // PER_ROW

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        per_row = min(PER_ROW, self._goal)
        return int(self._rows() * min(MAX_CELL, width / per_row))

    def sizeHint(self) -> QSize:
        return QSize(PER_ROW * 110, self._rows() * 110)

    def minimumSizeHint(self) -> QSize:
        return QSize(PER_ROW * 24, self._rows() * 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        per_row = min(PER_ROW, self._goal)
        rows = self._rows()
        cell = min(MAX_CELL, self.width() / per_row, self.height() / rows)
        radius = cell * 0.40
        stamp = QColor(self._palette.stamp)
        halo = QColor(self._palette.accent)
        halo.setAlphaF(0.35 * self._glow)
        left = (self.width() - per_row * cell) / 2
        top = (self.height() - rows * cell) / 2
        for i in range(self._goal):
            row, col = divmod(i, PER_ROW)
            centre = QPointF(left + (col + 0.5) * cell, top + (row + 0.5) * cell)
            filled = i < self._stamps
            if filled and self._glow > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(halo)
                grown = radius * (1.0 + 0.22 * self._glow)
                painter.drawEllipse(centre, grown, grown)
            pen = QPen(stamp, max(3.0, cell * 0.06))
            if (i + 1) in self._thresholds and not filled:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(stamp if filled else QColor(self._palette.surface))
            painter.drawEllipse(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            )
        painter.end()
