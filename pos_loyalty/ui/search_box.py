"""Member search by name, email or phone, with a list of results."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pos_loyalty.api import Member


class SearchBox(QWidget):
    search_requested = Signal(str)
    member_picked = Signal(object)  # Member

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText("Search name, email or phone  (Ctrl+F)")
        self.field.setAccessibleName("Search members")
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName("Search results")
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        # Wait for a pause in typing rather than querying on every key.
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(lambda: self.search_requested.emit(self.field.text()))
        self.field.textEdited.connect(lambda _: self._debounce.start())
        self.field.returnPressed.connect(self._pick_first)
        self.results.itemActivated.connect(self._picked)
        self.results.itemClicked.connect(self._picked)

    def show_results(self, members: list[Member]) -> None:
        self.results.clear()
        if not self.field.text().strip():
            self.results.hide()
            return
        if not members:
            self.results.addItem(QListWidgetItem("No member matches. Check the spelling."))
        for member in members:
            details = " · ".join(x for x in (member.email, member.phone, member.city) if x)
            item = QListWidgetItem(f"{member.display_name}    {details}")
            item.setData(Qt.ItemDataRole.UserRole, member)
            self.results.addItem(item)
        self.results.setFixedHeight(min(6, max(1, len(members))) * 52 + 8)
        self.results.show()

    def reset(self) -> None:
        self.field.clear()
        self.results.clear()
        self.results.hide()

    def _pick_first(self) -> None:
        item = self.results.item(0)
        if item is not None:
            self._picked(item)

    def _picked(self, item: QListWidgetItem) -> None:
        member = item.data(Qt.ItemDataRole.UserRole)
        if member is not None:
            self.member_picked.emit(member)
            self.reset()
