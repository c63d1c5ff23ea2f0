"""Windows open inside the screen they are on, whatever its size, and the check that
no text is cut off in them (at any text scale)."""

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

from pos_loyalty.ui.fitted_label import FittedButton, FittedLabel

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


def _label_problem(label: QLabel) -> str | None:
    room = label.contentsRect()
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or ("<" in text and ">" in text):
        return None  # rich text lays itself out in a document: QLabel wraps or clips it
    metrics = label.fontMetrics()
    if isinstance(label, FittedLabel):
        # It shrinks, then elides: ending in … is text the person cannot read.
        _font, lines = label.fitted(room.width(), room.height())
        if lines and lines[-1].endswith("…") and not text.endswith("…"):
            return f"elided to {' / '.join(lines)!r}"
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height():
            return f"needs {need} px of height, has {label.height()}"
        return None
    lines = text.split("\n")
    wide = max(metrics.horizontalAdvance(line) for line in lines)
    tall = len(lines) * metrics.height()
    if wide > room.width() + 1 or tall > room.height() + 1:
        return f"needs {wide}×{tall} px, has {room.width()}×{room.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "&")
    if not text:
        return None
    if isinstance(button, FittedButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        # The whole text or a shorter wording, whole; or elided: text the person cannot read.
        if button.shown_text().endswith("…") and not text.endswith("…"):
            wide = button.fontMetrics().horizontalAdvance(text)
            return f"elided: needs {wide} px, has {room.width()}"
        return None
    if button.hasHeightForWidth():  # it wraps its text: it needs the height for it
        need_height = button.heightForWidth(button.width())
        if button.height() < need_height:
            return f"needs {need_height} px of height, has {button.height()}"
        return None
    need = button.sizeHint()
    if button.width() < need.width() or button.height() < need.height():
        return f"needs {need.width()}×{need.height()} px, has {button.width()}×{button.height()}"
    return None


def clipped_texts(top: QWidget) -> list[str]:
    """Every shown label, button, field and tab in ``top`` whose text does not fit it.

    A widget inside a scroll area may lie past the visible part (the person scrolls
    to it); its text must still fit the widget itself.
    """
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox):
            need = widget.fontMetrics().height()
            if widget.contentsRect().height() < need:
                problem = f"{need} px text in {widget.contentsRect().height()} px of height"
        elif isinstance(widget, QListWidget) and not widget.wordWrap():
            room = widget.viewport().width()
            for index in range(widget.count()):
                item = widget.item(index)
                wide = QFontMetrics(item.font()).horizontalAdvance(item.text()) + 20
                if wide > room:
                    problem = f"item {item.text()!r} needs {wide} px, has {room}"
                    break
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                wide = widget.fontMetrics().horizontalAdvance(widget.tabText(index))
                if wide > widget.tabRect(index).width():
                    problem = f"tab {widget.tabText(index)!r} needs {wide} px"
        if problem:
            text = getattr(widget, "text", lambda: "")()
            name = widget.objectName() or widget.accessibleName()
            problems.append(f"{type(widget).__name__} {name!r} {text[:30]!r}: {problem}")
    return problems


class ReflowLayout(QBoxLayout):
    """Its widgets side by side where the width allows, one above the other where not.

    Large text (a 200 % text scale on a 1024×600 tablet) makes a row of buttons or
    panels wider than the screen: instead of growing the window past it, the row turns
    into a column (and the page around it scrolls, if it is then too tall).
    """

    # True when the row has just turned into a column, False when back to a row: what
    # is in it may then take a shape that suits the column (a compact member panel).
    stacked_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, whole_text: bool = False) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)
        # Buttons that elide (FittedButton) would fit a row by their few characters:
        # with whole_text the row must show every button's whole text.
        self._whole_text = whole_text

    def _items(self) -> list[QLayoutItem]:
        items = [self.itemAt(n) for n in range(self.count())]
        return [i for i in items if i is not None and not i.isEmpty() and i.widget() is not None]

    def row_width(self) -> int:
        """The least width the widgets need side by side."""
        items = self._items()
        margins = self.contentsMargins()
        widths = sum(self._least_width(i) for i in items)
        gaps = max(0, len(items) - 1) * max(0, self.spacing())
        return widths + gaps + margins.left() + margins.right()

    def _least_width(self, item: QLayoutItem) -> int:
        """What ``item`` needs in the row: its whole text, with ``whole_text``, unless it
        is a label that shrinks and elides by design."""
        whole = self._whole_text and not isinstance(item.widget(), FittedLabel)
        return max(item.minimumSize().width(), item.sizeHint().width() if whole else 0)

    def minimumSize(self) -> QSize:
        # As narrow as a column: the row may always fall back to one.
        size = super().minimumSize()
        margins = self.contentsMargins()
        column = max((i.minimumSize().width() for i in self._items()), default=0)
        return QSize(column + margins.left() + margins.right(), size.height())

    def setGeometry(self, rect: QRect) -> None:
        fits = rect.width() >= self.row_width()
        wanted = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if wanted != self.direction():
            self.setDirection(wanted)  # asks for a new layout pass with the new minimum
            self.stacked_changed.emit(not fits)
        if fits and self._whole_text:
            self._share_row(rect)
            return
        super().setGeometry(rect)

    def _share_row(self, rect: QRect) -> None:
        """Each widget its whole text's width, and the rest shared by stretch factor: an
        even share (what QBoxLayout gives buttons of equal stretch) would cut the longest."""
        QLayout.setGeometry(self, rect)
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        shown = [
            (n, item)
            for n in range(self.count())
            if (item := self.itemAt(n)) is not None and not item.isEmpty()
        ]
        widths = [self._least_width(item) for _n, item in shown]
        gaps = max(0, len(shown) - 1) * max(0, self.spacing())
        spare = max(0, inner.width() - sum(widths) - gaps)
        stretches = [self.stretch(n) for n, _item in shown]
        total = sum(stretches)
        left = inner.left()
        for (n, item), width in zip(shown, widths, strict=True):
            share = self.stretch(n) / total if total else 1 / len(shown)
            extra = int(spare * share)
            item.setGeometry(QRect(left, inner.top(), width + extra, inner.height()))
            left += width + extra + max(0, self.spacing())

    @property
    def stacked(self) -> bool:
        return self.direction() == QBoxLayout.Direction.TopToBottom


def widen_to_content(window: QWidget, area: QRect | None = None) -> None:
    """Wider, up to the screen, where the window's content asks for more than it has
    (large text in a dialog sized for the usual text); never narrower."""
    area = area if area is not None else available_area(window)
    room = area.size() - FRAME_ALLOWANCE
    layout = window.layout()
    wanted = layout.sizeHint().width() if layout is not None else window.sizeHint().width()
    # A page that scrolls sideways: the window as wide as the page needs, if it can be.
    areas = [a for a in window.findChildren(QScrollArea) if a.widget() is not None]
    shown = [a for a in areas if a.isVisible()]
    if shown:
        around = window.width() - min(a.viewport().width() for a in shown)
        page = max(w.minimumSizeHint().width() for a in areas if (w := a.widget()) is not None)
        wanted = max(wanted, page + around)
    width = min(room.width(), max(window.width(), wanted))
    if width > window.width():
        window.resize(width, window.height())


class _WrappedHeight(QObject):
    """Keeps a scroll area's page as tall as its wrapped text needs at the page's width."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.fit()
        return False

    def fit(self) -> None:
        page = self._area.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None or not layout.hasHeightForWidth():
            return
        need = _height_at(layout, self._area.viewport().width())
        if need != page.minimumHeight():
            page.setMinimumHeight(need)


def _height_at(layout: QLayout, width: int) -> int:
    """The height ``layout`` needs at ``width``: each item's wrapped height, and at least
    its minimum (Qt's own height-for-width counts a picture that may shrink as nothing)."""
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    ):
        return max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    heights = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():
            continue
        height = item.minimumSize().height()
        if item.hasHeightForWidth():
            height = max(height, item.heightForWidth(inner))
        heights.append(height)
    gaps = max(0, len(heights) - 1) * max(0, layout.spacing())
    return sum(heights) + gaps + margins.top() + margins.bottom()


def follow_wrapping(area: QScrollArea) -> None:
    """Let ``area`` scroll to the end of wrapped text.

    A resizable scroll area sizes its page by the height the page needs at its
    *preferred* width, where a long wrapped label is one line: at the narrower real
    width the label gets too little height and is cut. Large text makes that common.
    """
    keeper = _WrappedHeight(area)
    area.viewport().installEventFilter(keeper)
    page = area.widget()
    if page is not None:
        page.installEventFilter(keeper)
