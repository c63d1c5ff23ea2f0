"""Member search by name, email or phone; the results drop down under the box."""

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMoveEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.api import Member
from pos_loyalty.domain.i18n import translate
from pos_loyalty.ui.fitted_label import FittedLineEdit

MAX_ROWS = 6
POPUP_WIDTH = 520
_GAP = 4  # between the box and the list under it, and from the window's edges
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchBox(QWidget):
    """A search field whose results drop down over the page, under the field.

    The list floats over the window's other widgets instead of sitting in a layout,
    so results never stretch the header or grow the window. The keyboard stays in
    the field: Down and Up move the highlight, Enter picks the highlighted member,
    Esc closes the list. The first result is highlighted as it arrives, so what
    Enter would pick is always shown.
    """

    search_requested = Signal(str)
    member_picked = Signal(object)  # Member

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The longest wording that fits whole: large text on a tablet leaves the
        # header's field a few words wide, and "Sear…" would tell nothing.
        self.field = FittedLineEdit()
        self.field.set_placeholders(
            translate("SearchBox", "Search name, email or phone  (Ctrl+F)"),
            translate("SearchBox", "Search  (Ctrl+F)"),
            translate("SearchBox", "Search"),
        )
        self.field.setAccessibleName(translate("SearchBox", "Search members"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("SearchResults")
        self.results.setAccessibleName(translate("SearchBox", "Search results"))
        # The list never takes the focus: typing, arrows and Enter stay with the field.
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        # Wait for a pause in typing rather than querying on every key.
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._search_now)
        self.field.textEdited.connect(self._edited)
        self.field.installEventFilter(self)
        self.results.itemClicked.connect(self._picked)
        self._watched_window: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # Results

    def show_results(self, members: list[Member]) -> None:
        self.results.clear()
        if not self.field.text().strip():
            self.close_results()
            return
        if not members:
            note = QListWidgetItem(
                translate("SearchBox", "No member of this program matches. Check the spelling.")
            )
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(note)
        for member in members:
            details = " · ".join(x for x in (member.email, member.phone, member.city) if x)
            item = QListWidgetItem(f"{member.display_name}    {details}")
            item.setData(Qt.ItemDataRole.UserRole, member)
            item.setToolTip(item.text())
            self.results.addItem(item)
        if members:
            self.results.setCurrentRow(0)
        self._place()
        self.results.show()
        self.results.raise_()

    def close_results(self) -> None:
        self.results.hide()

    def reset(self) -> None:
        self._debounce.stop()
        self.field.clear()
        self.results.clear()
        self.results.hide()

    def highlighted(self) -> Member | None:
        item = self.results.currentItem()
        if item is None or not self.results.isVisible():
            return None
        member = item.data(Qt.ItemDataRole.UserRole)
        return member if isinstance(member, Member) else None

    def pick_highlighted(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._picked(item)

    def _pick_first(self) -> None:
        item = self.results.item(0)
        if item is not None:
            self._picked(item)

    def _picked(self, item: QListWidgetItem) -> None:
        member = item.data(Qt.ItemDataRole.UserRole)
        if member is not None:
            self.member_picked.emit(member)
            self.reset()
            if self.field.hasFocus():
                # The search is over: Space and the other counter keys work again.
                self.field.clearFocus()

    def _edited(self, _text: str) -> None:
        # What is listed is for the text before this key: Enter must not pick from it.
        self.results.setCurrentRow(-1)
        self._debounce.start()

    def _search_now(self) -> None:
        self._debounce.stop()
        self.search_requested.emit(self.field.text())

    # Keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field:
            if event.type() == QEvent.Type.ShortcutOverride:
                # Esc closes the open list before the window's own Esc acts.
                assert isinstance(event, QKeyEvent)
                if event.key() == Qt.Key.Key_Escape and self.results.isVisible():
                    event.accept()
                    return True
            elif event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                return self._key(event)
        elif (
            watched is self._watched_window
            and event.type() == QEvent.Type.Resize
            and self.results.isVisible()
        ):
            self._place()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        shown = self.results.isVisible()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not shown:
                if self.field.text().strip():
                    self._search_now()
                return True
            self._move(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in _ENTER and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if self._debounce.isActive() or (shown and self.results.currentItem() is None):
                self._search_now()  # the list is not for this text yet
            elif shown:
                self.pick_highlighted()
            return True
        if key == Qt.Key.Key_Escape and shown:
            self.close_results()
            return True
        return False

    def _move(self, step: int) -> None:
        rows = [
            n
            for n in range(self.results.count())
            if self.results.item(n).flags() & Qt.ItemFlag.ItemIsSelectable
        ]
        if not rows:
            return
        current = self.results.currentRow()
        if current not in rows:
            target = rows[0] if step > 0 else rows[-1]
        else:
            index = max(0, min(len(rows) - 1, rows.index(current) + step))
            target = rows[index]
        self.results.setCurrentRow(target)
        self.results.scrollToItem(self.results.item(target))

    # The list's place, over the window

    def _place(self) -> None:
        window = self.window()
        if window is self:
            return  # not in a window yet: the list stays a hidden child of the box
        if self.results.parentWidget() is not window:
            self.results.setParent(window)
            window.installEventFilter(self)
            self._watched_window = window
        field = QRect(self.field.mapTo(window, QPoint(0, 0)), self.field.size())
        area = window.rect().adjusted(_GAP, 0, -_GAP, -_GAP)
        width = min(max(field.width(), POPUP_WIDTH), area.width())
        rows = min(MAX_ROWS, max(1, self.results.count()))
        row = max(1, self.results.sizeHintForRow(0))
        height = rows * row + 2 * self.results.frameWidth()
        top = field.bottom() + 1 + _GAP
        height = max(row, min(height, area.bottom() - top))
        # Right edges line up: the box sits at the header's right, the list opens leftwards.
        left = max(area.left(), min(field.right() + 1 - width, area.right() + 1 - width))
        self.results.setGeometry(left, top, width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.results.isVisible():
            self._place()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self.results.isVisible():
            self._place()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # The cashier went elsewhere (a button, the scan field): the list goes too.
        if new is not None and new is not self.field and self.results.isVisible():
            self.close_results()
