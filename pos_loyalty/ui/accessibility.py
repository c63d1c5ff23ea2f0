"""Screen-reader support: spoken announcements, and the checks that every control is named.

An announcement is posted as Qt's ``QAccessibleAnnouncementEvent`` (Qt 6.8 and later),
which screen readers speak without moving the focus. Older Qt (the project allows
PySide6 6.7) has no such event: there the widget's accessible name becomes the sentence
and a NameChanged event is posted, which Orca and NVDA read for the focused window.

PySide6 does not expose ``QAccessible::installUpdateHandler``, so the events cannot be
watched from Python: every announcement also goes to the ``listeners`` here, the
observable hook the tests (and a log, if wanted) use.
"""

from collections.abc import Callable, Iterator

from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollBar,
    QSizeGrip,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

Listener = Callable[[QObject, str], None]
listeners: list[Listener] = []
# None on Qt before 6.8.
_ANNOUNCEMENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)

# What a person works with the keyboard, mouse or finger.
INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
    QTabBar,
)
# Qt's own inner parts of a control: the control's name covers them.
_INNER_PARTS_OF: tuple[type[QWidget], ...] = (
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QTabBar,
    QScrollBar,
)


def announce(widget: QObject, text: str) -> None:
    """Have screen readers say ``text``, as about ``widget``, without moving the focus."""
    for listener in list(listeners):
        listener(widget, text)
    if _ANNOUNCEMENT is not None:
        event = _ANNOUNCEMENT(widget, text)
        QAccessible.updateAccessibility(event)
        return
    if isinstance(widget, QWidget):  # Qt < 6.8: the name carries the sentence
        widget.setAccessibleName(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``: its accessible name, or what Qt
    derives (a button's text, a label's text, a form field's label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name).strip()


def _inner_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _INNER_PARTS_OF):
            return True
        # A scroll area's scroll bars and corner are Qt's; what it shows is not.
        if (
            isinstance(parent, QAbstractScrollArea)
            and widget is not parent.viewport()
            and widget.objectName().startswith("qt_")
        ):
            return True
        parent = parent.parentWidget()
    # A table's headers are read as the table's column and row names; a size grip is
    # a mouse-only corner of the window frame.
    if isinstance(widget, QScrollBar | QSizeGrip | QHeaderView):
        return True
    return widget.objectName().startswith("qt_scrollarea")


def _custom_painted(widget: QWidget) -> bool:
    """One of ours that draws its information itself (the stamp card, a chart)."""
    for kind in type(widget).__mro__:
        if not kind.__module__.startswith("pos_loyalty."):
            continue
        if "paintEvent" in vars(kind) and not isinstance(widget, QLabel | QAbstractButton):
            return True
    return False


def information_bearing(widget: QWidget) -> bool:
    """A widget that tells the person something: it needs a name a screen reader can say."""
    if isinstance(widget, QLabel):
        # A picture without text says nothing to a screen reader unless named.
        return widget.pixmap() is not None and not widget.pixmap().isNull()
    if isinstance(widget, QProgressBar):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QStatusBar):
        return True
    return _custom_painted(widget) or widget.objectName() in {"MemberPanel", "Banner"}


def needs_name(widget: QWidget) -> bool:
    if _inner_part(widget):
        return False
    return isinstance(widget, INTERACTIVE) or information_bearing(widget)


def walk(top: QWidget) -> Iterator[QWidget]:
    """``top`` and every widget inside it, shown or not (a hidden tab still gets read)."""
    yield top
    yield from top.findChildren(QWidget)


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel | QLineEdit) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}".strip()


def unnamed(top: QWidget) -> list[str]:
    """Every control or information-bearing widget in ``top`` without a spoken name."""
    return [describe(w) for w in walk(top) if needs_name(w) and not spoken_name(w)]


def undescribed(top: QWidget, kinds: tuple[type[QWidget], ...]) -> list[str]:
    """Every widget of ``kinds`` in ``top`` without an accessible description."""
    return [
        describe(w)
        for w in walk(top)
        if isinstance(w, kinds) and not _inner_part(w) and not w.accessibleDescription()
    ]
