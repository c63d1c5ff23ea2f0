"""The stamp card as the customer sees it: the counter's circles, as large as the
room allows (the counter's card stops at 64 px, too small across a shop), with a
soft halo the reward animation can pulse."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from pos_loyalty.domain.i18n import translate
from pos_loyalty.ui.stamp_circles import PER_ROW, CircleStyle, cell_size, paint_circles, rows_for
from pos_loyalty.ui.theme import LIGHT, Palette

STYLE = CircleStyle(max_cell=140.0, radius=0.40, min_pen=3.0)


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

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = rows_for(self._goal)
        return int(rows * cell_size(STYLE, self._goal, width, rows * STYLE.max_cell))

    def sizeHint(self) -> QSize:
        return QSize(PER_ROW * 110, rows_for(self._goal) * 110)

    def minimumSizeHint(self) -> QSize:
        return QSize(PER_ROW * 24, rows_for(self._goal) * 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = QRectF(0, 0, self.width(), self.height())
        paint_circles(
            painter,
            area,
            STYLE,
            self._palette,
            self._stamps,
            self._goal,
            self._thresholds,
            glow=self._glow,
        )
        painter.end()
