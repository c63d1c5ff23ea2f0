"""A label, a button, a check box and a field that keep their text to the room they get, so a
long text (or large text) never grows the window or moves the layout."""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStyleOptionFrame,
    QStylePainter,
    QToolButton,
    QWidget,
)


def fitted_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` wrapped at words into ``width`` pixels; past ``max_lines`` the last line
    ends in an ellipsis."""
    if width <= 0 or not text:
        return [text] if text else []
    metrics = QFontMetrics(font)
    layout = QTextLayout(text.replace("\n", " "), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    flat = layout.text()
    lines = [flat[start : start + length].rstrip() for start, length in spans]
    if len(lines) <= max_lines:
        return lines
    last_start = spans[max_lines - 1][0]
    rest = flat[last_start:]
    elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [*lines[: max_lines - 1], elided]


class FittedLabel(QLabel):
    """Wraps its text to at most ``lines`` lines and ends it in … when it needs more.

    With ``shrink`` below 1 a text too long for its room is first set smaller, down to
    that share of the font size, and only elided past that. ``text()`` and the tooltip
    keep the whole text. A word-wrapped QLabel instead asks for as many lines as the
    text needs, and an unwrapped one for the whole text's width: either way a long
    name or message grows the window.
    """

    def __init__(
        self,
        text: str = "",
        lines: int = 1,
        shrink: float = 1.0,
        parent: QWidget | None = None,
        *,
        min_chars: int = 6,
    ) -> None:
        super().__init__(text, parent)
        self._min_chars = max(1, min_chars)
        self._lines = max(1, lines)
        self._shrink = min(1.0, max(0.5, shrink))
        self.setToolTip(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text if text else "")
        self.updateGeometry()

    def lines_needed(self, width: int) -> int:
        """The lines the whole text takes at ``width``, at its own font size."""
        inner = width - self._margins().width()
        return max(1, len(fitted_lines(self.text(), self.font(), inner, 1000)))

    def is_elided(self) -> bool:
        """Whether the text shows only in part, ending in …, at the label's size."""
        area = self.contentsRect()
        _font, lines = self.fitted(area.width(), area.height())
        return bool(lines) and lines[-1].endswith("…") and not self.text().endswith("…")

    def _margins(self) -> QSize:
        whole = self.rect().size() - self.contentsRect().size()
        return QSize(max(0, whole.width()), max(0, whole.height()))

    def _lines_at(self, width: int) -> int:
        inner = width - self._margins().width()
        return max(1, len(fitted_lines(self.text(), self.font(), inner, self._lines)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        spacing = self.fontMetrics().lineSpacing()
        return self._lines_at(width) * spacing + self._margins().height()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self._margins()
        width = metrics.horizontalAdvance(self.text()) + 2 + margins.width()
        return QSize(width, metrics.lineSpacing() + margins.height())

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self._margins()
        # A few characters wide: the rest of the text is elided, never pushed outwards.
        width = min(metrics.horizontalAdvance("M") * self._min_chars, self.sizeHint().width())
        return QSize(width + margins.width(), metrics.lineSpacing() + margins.height())

    def fitted(self, width: int, height: int) -> tuple[QFont, list[str]]:
        """The font and the lines the text is drawn with in ``width`` × ``height``."""
        text, base = self.text(), self.font()
        scale = 1.0
        while True:
            font = QFont(base)
            if scale < 1.0:
                if base.pointSizeF() > 0:
                    font.setPointSizeF(base.pointSizeF() * scale)
                else:
                    font.setPixelSize(max(1, round(base.pixelSize() * scale)))
            # As many lines as the height allows, at least the lines asked for.
            room = max(1, height // max(1, QFontMetrics(font).lineSpacing()))
            lines = fitted_lines(text, font, width, room + 1)
            if len(lines) <= room or scale - 0.05 < self._shrink - 1e-9:
                return font, fitted_lines(text, font, width, room)
            scale -= 0.05

    def paintEvent(self, event: QPaintEvent) -> None:
        area = self.contentsRect()
        font, lines = self.fitted(area.width(), area.height())
        metrics = QFontMetrics(font)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(font)
        spacing = metrics.lineSpacing()
        align = self.alignment()
        top = area.top()
        if align & Qt.AlignmentFlag.AlignVCenter:
            top += (area.height() - len(lines) * spacing) // 2
        elif align & Qt.AlignmentFlag.AlignBottom:
            top += area.height() - len(lines) * spacing
        for n, line in enumerate(lines):
            advance = metrics.horizontalAdvance(line)
            left = float(area.left())
            if align & Qt.AlignmentFlag.AlignHCenter:
                left += (area.width() - advance) / 2
            elif align & Qt.AlignmentFlag.AlignRight:
                left += area.width() - advance
            painter.drawText(QPointF(left, top + n * spacing + metrics.ascent()), line)
        painter.end()


class FittedButton(QPushButton):
    """A push button whose text ends in … where the button is narrower than it.

    A QPushButton asks for its whole text's width and is cut off when it gets less;
    this one asks for a few characters and shows as much as fits. ``text()`` and the
    tooltip keep the whole text.
    """

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, shorter: tuple[str, ...] = ()
    ) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        # Shorter wordings, shown whole where the whole text would be elided (a reward
        # without its "until" date rather than "until …").
        self._shorter = tuple(t for t in shorter if t)
        # A push button's own policy never lets a layout give it less than its text.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())

    def _room(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return max(0, room.width())

    def shown_text(self) -> str:
        """The text as drawn: the whole text, a shorter wording, or elided."""
        metrics, room = self.fontMetrics(), self._room()
        wordings = (self.text(), *self._shorter)
        whole = first_whole(metrics, wordings, room)
        if whole is not None:
            return whole
        return metrics.elidedText(wordings[-1], Qt.TextElideMode.ElideRight, room)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        whole = metrics.horizontalAdvance(self.text())
        few = metrics.horizontalAdvance("M") * 8
        return QSize(hint.width() - max(0, whole - few), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class WrappingCheckBox(QCheckBox):
    """A check box whose text wraps to the width it gets, under large text too.

    A QCheckBox keeps its text on one line and asks for all of it: at 200 % text a
    sentence beside a box is wider than a tablet, and the page scrolls sideways. This
    one asks for a few words' width and grows taller instead. A click anywhere on it
    toggles it, as on a QCheckBox's text.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indicator(self) -> tuple[int, int, int]:
        """Width and height of the box, and the gap before the text."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        return (
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self),
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, self),
            style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self),
        )

    def _lines(self, width: int) -> list[str]:
        box, _height, gap = self._indicator()
        return fitted_lines(self.text(), self.font(), max(1, width - box - gap - 4), 1000)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        _box, box_height, _gap = self._indicator()
        lines = max(1, len(self._lines(width)))
        return max(box_height, lines * self.fontMetrics().lineSpacing()) + 4

    def sizeHint(self) -> QSize:
        box, box_height, gap = self._indicator()
        metrics = self.fontMetrics()
        width = box + gap + metrics.horizontalAdvance(self.text()) + 6
        return QSize(width, max(box_height, metrics.lineSpacing()) + 4)

    def minimumSizeHint(self) -> QSize:
        box, box_height, gap = self._indicator()
        metrics = self.fontMetrics()
        few = min(metrics.horizontalAdvance("M") * 8, metrics.horizontalAdvance(self.text()))
        return QSize(box + gap + few + 6, max(box_height, metrics.lineSpacing()) + 4)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        box, box_height, gap = self._indicator()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        lines = self._lines(self.width())
        spacing = metrics.lineSpacing()
        painter = QStylePainter(self)
        # The box beside the first line, as a QCheckBox draws it.
        option.rect = QRect(0, 2 + max(0, (spacing - box_height) // 2), box, box_height)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option)
        painter.setPen(self.palette().color(self.foregroundRole()))
        left = box + gap
        for n, line in enumerate(lines):
            painter.drawText(QPointF(left, 2 + n * spacing + metrics.ascent()), line)
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = QRect(left - 2, 0, self.width() - left, len(lines) * spacing + 4)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
        painter.end()


def first_whole(metrics: QFontMetrics, wordings: Sequence[str], room: int) -> str | None:
    """The first of ``wordings`` (the longest first) that fits ``room`` pixels whole."""
    return next((w for w in wordings if metrics.horizontalAdvance(w) <= room), None)


# Pixels a field's border may grow by, both sides together, while it has the focus.
FOCUS_BORDER = 6


class FittedLineEdit(QLineEdit):
    """A field whose placeholder is the longest of its wordings that fits it whole.

    A QLineEdit elides a placeholder too long for it ("Sear…"): under large text a
    field in a crowded row says nothing. This one is given wordings from the longest
    to the shortest, shows the longest that fits, and asks for at least the shortest's
    width. The longest is its tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholders: list[str] = []

    def set_placeholders(self, *texts: str) -> None:
        self._placeholders = [t for t in texts if t]
        self.setToolTip(self._placeholders[0] if self._placeholders else "")
        self._choose()
        self.updateGeometry()

    def text_room(self, width: int | None = None) -> int:
        """The pixels a placeholder has in the field at ``width`` (its own by default)."""
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        if width is not None:
            option.rect = QRect(0, 0, width, self.height())
        room = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        # QLineEdit keeps 2 px each side of its text, and room for a clear button shown.
        buttons = [b for b in self.findChildren(QToolButton) if b.isVisibleTo(self)]
        beside = sum(b.width() + 4 for b in buttons)
        return room.width() - margins.left() - margins.right() - 4 - beside

    def _choose(self) -> None:
        if not self._placeholders:
            return
        whole = first_whole(self.fontMetrics(), self._placeholders, self.text_room())
        self.setPlaceholderText(whole if whole is not None else self._placeholders[-1])

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self._placeholders:
            return hint
        shortest = min(self.fontMetrics().horizontalAdvance(t) for t in self._placeholders)
        chrome = 1000 - self.text_room(1000)  # borders, padding, a clear button
        # And the thicker border a theme may give the field while it has the focus.
        return QSize(max(hint.width(), shortest + chrome + FOCUS_BORDER), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose()
        if self.width() < self.minimumSizeHint().width():
            # Laid out by a size from before the theme's padding or font: ask again.
            self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A theme or a text size: the style sheet's padding comes with the polish.
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Polish,
            QEvent.Type.FocusIn,  # a focused field's border may be thicker
            QEvent.Type.FocusOut,
        ):
            self._choose()
            self.updateGeometry()
            # And once the new font and padding are all in: the layout's cached sizes go.
            QTimer.singleShot(0, self, self.updateGeometry)
        return handled
