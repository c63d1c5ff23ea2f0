"""A small grouped bar chart drawn with QPainter, for the day's numbers.

Not QtCharts: it is not in PySide6-Essentials. Not pyqtgraph either, though it runs
on Essentials: it imports QtOpenGL and QtOpenGLWidgets as it loads, which the
bundle leaves out on purpose (packaging/pyinstaller), so the window would fail in
the installed app. A few bars need no library.
"""

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# One colour per series (operator), repeated past five; dark enough on white for text.
COLOURS = ("#6b4f2a", "#2a6b5f", "#8a3b2e", "#3b4f8a", "#7a6b1e")


class BarChart(QWidget):
    """Groups along the bottom (the numbers), one bar per series (the operators) in
    each, the value above each bar and a legend at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[str] = []
        self.series: list[tuple[str, list[int]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def set_data(self, groups: Sequence[str], series: Sequence[tuple[str, Sequence[int]]]) -> None:
        self.groups = list(groups)
        self.series = [(name, list(values)) for name, values in series]
        # What the chart shows, in words, for a screen reader.
        self.setAccessibleDescription(
            "; ".join(
                f"{name}: "
                + ", ".join(f"{g} {v}" for g, v in zip(self.groups, values, strict=True))
                for name, values in self.series
            )
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        legend_x = 8.0
        for i, (name, _values) in enumerate(self.series):
            colour = QColor(COLOURS[i % len(COLOURS)])
            painter.fillRect(QRectF(legend_x, 6, line * 0.8, line * 0.8), colour)
            painter.setPen(QColor("#1d1b16"))
            painter.drawText(QRectF(legend_x + line, 2, 400, line + 4), name)
            legend_x += line * 1.5 + metrics.horizontalAdvance(name) + 12
        top, bottom = line * 2.5, self.height() - line * 1.6
        height = max(bottom - top, 1.0)
        if not self.groups or not self.series:
            return
        peak = max(1, *(v for _n, values in self.series for v in values))
        slot = (self.width() - 16) / len(self.groups)
        bar = slot * 0.8 / len(self.series)
        painter.setPen(QColor("#8a857b"))
        painter.drawLine(8, int(bottom), self.width() - 8, int(bottom))
        for g, label in enumerate(self.groups):
            left = 8 + g * slot + slot * 0.1
            for i, (_name, values) in enumerate(self.series):
                value = values[g]
                tall = height * value / peak
                box = QRectF(left + i * bar, bottom - tall, bar * 0.9, tall)
                painter.fillRect(box, QColor(COLOURS[i % len(COLOURS)]))
                painter.setPen(QColor("#1d1b16"))
                painter.drawText(
                    QRectF(box.left() - 10, box.top() - line, box.width() + 20, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(value),
                )
            painter.setPen(QColor("#1d1b16"))
            painter.drawText(
                QRectF(8 + g * slot, bottom + 2, slot, line + 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot)),
            )
        painter.end()
