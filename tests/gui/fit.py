"""What "fits the screen" means, checked widget by widget."""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget

TABLET = QSize(1024, 600)  # a 7" counter tablet
LAPTOP = QSize(1366, 768)
SCREENS = [TABLET, LAPTOP]


def settle(rounds: int = 4) -> None:
    """Let Qt run the layout requests a change posted (no time passes)."""
    for _ in range(rounds):
        QApplication.processEvents()


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area, a widget may lie past the visible part by design."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _laid_out(widget: QWidget) -> bool:
    """Placed by a layout (the parts a QLineEdit or a QComboBox draw inside themselves are not)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    return layout is not None and layout.indexOf(widget) >= 0


def box(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def fit_problems(top: QWidget, also: tuple[QWidget, ...] = ()) -> list[str]:
    """Every visible widget a layout placed (and ``also``) lies inside ``top`` and got at
    least the size it needs to show itself whole."""
    problems = []
    inside = top.rect()
    for widget in [*top.findChildren(QWidget), *also]:
        if not widget.isVisible() or widget.isWindow():
            continue
        if not (_laid_out(widget) or widget in also):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        where = box(widget, top)
        if not _scrolled(widget, top) and not inside.contains(where):
            problems.append(f"{name} at {where.getRect()} is outside {inside.getRect()}")
        need = widget.minimumSize()
        hint = widget.minimumSizeHint()
        need = QSize(need.width() or hint.width(), need.height() or hint.height())
        if widget.width() < need.width() or widget.height() < need.height():
            problems.append(f"{name} squeezed to {widget.size().toTuple()}, needs {need.toTuple()}")
        problems += _cut_by(widget, name)
    return problems


def _cut_by(area: QWidget, name: str) -> list[str]:
    """A scroll area that cannot scroll one way must not hide part of its page that way."""
    inner = area.widget() if isinstance(area, QScrollArea) else None
    if not isinstance(area, QScrollArea) or inner is None:
        return []
    page, view = inner.size(), area.viewport().size()
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    cut = []
    if area.horizontalScrollBarPolicy() == off and page.width() > view.width():
        cut.append(f"{name} cuts its page's right side: {page.width()} > {view.width()}")
    if area.verticalScrollBarPolicy() == off and page.height() > view.height():
        cut.append(f"{name} cuts its page's bottom: {page.height()} > {view.height()}")
    return cut
