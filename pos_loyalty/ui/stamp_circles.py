"""The stamp circles, as both stamp cards paint them: the counter's and the
customer's (one circle per stamp towards the goal, ten to a row, filled as
earned; a reward's rung dashed until it is reached)."""

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from pos_loyalty.ui.theme import Palette

PER_ROW = 10


@dataclass(frozen=True, slots=True)
class CircleStyle:
    # A cell's largest side, in pixels: each circle sits in a square cell.
    max_cell: float
    # A circle's radius, as a share of its cell.
    radius: float
    # The outline's thinnest width, in pixels (it grows with the cell).
    min_pen: float


def rows_for(goal: int) -> int:
    return (max(1, goal) + PER_ROW - 1) // PER_ROW


def cell_size(style: CircleStyle, goal: int, width: float, height: float) -> float:
    """The side of one cell: as large as the area and the style allow."""
    return min(style.max_cell, width / min(PER_ROW, goal), height / rows_for(goal))


def paint_circles(
    painter: QPainter,
    area: QRectF,
    style: CircleStyle,
    palette: Palette,
    stamps: int,
    goal: int,
    rungs: Collection[int],
    glow: float = 0.0,
) -> None:
    """Paint the circles centred in ``area``; ``glow`` (0 to 1) haloes the filled ones."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    per_row = min(PER_ROW, goal)
    cell = cell_size(style, goal, area.width(), area.height())
    radius = cell * style.radius
    stamp = QColor(palette.stamp)
    halo = QColor(palette.accent)
    halo.setAlphaF(0.35 * glow)
    left = area.left() + (area.width() - per_row * cell) / 2
    top = area.top() + (area.height() - rows_for(goal) * cell) / 2
    for i in range(goal):
        row, col = divmod(i, PER_ROW)
        centre = QPointF(left + (col + 0.5) * cell, top + (row + 0.5) * cell)
        filled = i < stamps
        if filled and glow > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            grown = radius * (1.0 + 0.22 * glow)
            painter.drawEllipse(centre, grown, grown)
        pen = QPen(stamp, max(style.min_pen, cell * 0.06))
        if (i + 1) in rungs and not filled:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(stamp if filled else QColor(palette.surface))
        painter.drawEllipse(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        )
