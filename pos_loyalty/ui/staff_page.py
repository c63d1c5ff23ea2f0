"""Settings → Staff: who works at this station, their roles and PINs, and the audit
log's export. Changes apply at once (they are not part of the settings file).

Each change is a manager's (a PIN unless a manager is signed in), except the very
first member of staff: on a station with none, whoever sets it up adds themselves
as its manager."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.audit_export import export_audit
from pos_loyalty.station.errors import StationError
from pos_loyalty.station.pins import PIN_LENGTHS
from pos_loyalty.station.staff import Permission, Role, StaffMember
from pos_loyalty.station.staff_access import Approval, StaffAccess
from pos_loyalty.ui.counter_dialog import CounterDialog, choose_save_path
from pos_loyalty.ui.pin_dialog import role_name
from pos_loyalty.ui.screen_fit import ReflowLayout
from pos_loyalty.ui.staff_gate import StaffGate
from pos_loyalty.ui.widgets import named

Action = Callable[[Approval | None], object]


def pin_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_LENGTHS[1])
    field.setAccessibleName(accessible)
    field.setPlaceholderText(
        translate("StaffPage", "{low}–{high} digits").format(
            low=PIN_LENGTHS[0], high=PIN_LENGTHS[1]
        )
    )
    return field


def _button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


class StaffPage(QWidget):
    def __init__(self, access: StaffAccess, gate: StaffGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.gate = gate
        self.intro = named(QLabel(), "Hint")
        self.intro.setWordWrap(True)
        self.people = QListWidget()
        self.people.setAccessibleName(translate("StaffPage", "Staff of this station"))
        self.people.setMinimumHeight(100)
        self.people.setWordWrap(True)  # a long name or large text wraps, never cut
        self.people.setMaximumHeight(180)
        self.make_manager = _button(
            translate("StaffPage", "Make manager"),
            translate("StaffPage", "Make the chosen person a manager"),
        )
        self.make_cashier = _button(
            translate("StaffPage", "Make cashier"),
            translate("StaffPage", "Make the chosen person a cashier"),
        )
        # Removed staff stay in the database, inactive: the audit log keeps their name.
        self.remove = _button(
            translate("StaffPage", "Remove"), translate("StaffPage", "Remove the chosen person")
        )
        self.new_pin = pin_field(translate("StaffPage", "New PIN for the chosen person"))
        self.set_pin = _button(
            translate("StaffPage", "Set new PIN"), translate("StaffPage", "Set the new PIN")
        )
        # What is done to the person chosen in the list (hidden while there is nobody).
        self.chosen_box = QWidget()
        chosen_layout = QVBoxLayout(self.chosen_box)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        chosen_layout.addWidget(self.people)
        # A column when large text makes the three buttons wider than the screen.
        chosen_row = ReflowLayout(whole_text=True)
        for button in (self.make_manager, self.make_cashier, self.remove):
            chosen_row.addWidget(button)
        chosen_layout.addLayout(chosen_row)
        pin_row = QHBoxLayout()
        pin_row.addWidget(QLabel(translate("StaffPage", "New PIN")))
        pin_row.addWidget(self.new_pin, 1)
        pin_row.addWidget(self.set_pin)
        chosen_layout.addLayout(pin_row)

        self.name = QLineEdit()
        self.name.setAccessibleName(translate("StaffPage", "Name of the new member of staff"))
        self.name.setMaxLength(50)
        self.role = QComboBox()
        self.role.setAccessibleName(translate("StaffPage", "Role of the new member of staff"))
        # As narrow as the screen needs; its open list still shows each whole item.
        self.role.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role.setMinimumContentsLength(14)
        self.role.addItem(
            translate("StaffPage", "Cashier: stamps, rewards, sign-ups, cards"), Role.CASHIER.value
        )
        self.role.addItem(
            translate("StaffPage", "Manager: also edit, void, delete, review, settings"),
            Role.MANAGER.value,
        )
        self.pin = pin_field(translate("StaffPage", "PIN of the new member of staff"))
        self.pin_again = pin_field(translate("StaffPage", "The same PIN again"))
        self.add = _button(
            translate("StaffPage", "Add"), translate("StaffPage", "Add this member of staff")
        )
        self.adding = adding = QGroupBox(translate("StaffPage", "Add a member of staff"))
        form = QFormLayout(adding)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("StaffPage", "Name"), self.name)
        form.addRow(translate("StaffPage", "Role"), self.role)
        form.addRow(translate("StaffPage", "PIN"), self.pin)
        form.addRow(translate("StaffPage", "PIN again"), self.pin_again)
        form.addRow("", self.add)

        self.export = _button(
            translate("StaffPage", "Export the audit log (CSV)…"),
            translate("StaffPage", "Export the audit log"),
        )
        self.file_dialog: QWidget | None = None  # the last "save as" (a test picks the file)
        self.message = named(QLabel(""), "Hint", translate("StaffPage", "Staff message"))
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        # Near the top: what a change did is seen without scrolling.
        layout.addWidget(self.message)
        layout.addWidget(self.chosen_box)
        layout.addWidget(adding)
        layout.addWidget(self.export)
        layout.addStretch(1)

        self.people.currentRowChanged.connect(lambda _row: self._chosen_changed())
        self.make_manager.clicked.connect(lambda: self._set_role(Role.MANAGER))
        self.make_cashier.clicked.connect(lambda: self._set_role(Role.CASHIER))
        self.remove.clicked.connect(self._remove)
        self.set_pin.clicked.connect(self._set_pin)
        self.add.clicked.connect(self._add)
        self.export.clicked.connect(self._export)
        self.refresh()

    # What is shown

    def refresh(self) -> None:
        chosen = self.chosen
        self.people.clear()
        roster = self.access.roster
        for member in roster.members():
            locked = roster.locked_until(member.id)
            note = translate("StaffPage", "  ·  locked out") if locked is not None else ""
            signed_in = (
                translate("StaffPage", "  ·  at the counter") if self._is_current(member) else ""
            )
            person = translate("StaffPage", "{name}  ·  {role}").format(
                name=member.name, role=role_name(member.role)
            )
            item = QListWidgetItem(person + note + signed_in)
            item.setData(Qt.ItemDataRole.UserRole, member)
            self.people.addItem(item)
            if chosen is not None and chosen.id == member.id:
                self.people.setCurrentItem(item)
        self.chosen_box.setVisible(self.people.count() > 0)
        if not roster.has_manager():
            self.adding.setTitle(translate("StaffPage", "Add the first manager"))
            self.intro.setText(
                translate(
                    "StaffPage",
                    "No staff yet: everyone works under the operator name in Settings → Counter,"
                    " and voids, deletes and reviews wait for a manager. Add yourself as the"
                    " first manager; then add the cashiers.",
                )
            )
            self.role.setCurrentIndex(self.role.findData(Role.MANAGER.value))
            self.role.setEnabled(False)
        else:
            self.intro.setText(
                translate(
                    "StaffPage",
                    "Cashiers sign in with their PIN (click the name in the status bar). A"
                    " manager's PIN is asked for voids, deletes, reviews, settings and staff."
                    " Changes here apply at once.",
                )
            )
            self.role.setEnabled(True)
            self.adding.setTitle(translate("StaffPage", "Add a member of staff"))
        self._chosen_changed()

    def choose(self, staff_id: int) -> None:
        for row in range(self.people.count()):
            member = self.people.item(row).data(Qt.ItemDataRole.UserRole)
            if isinstance(member, StaffMember) and member.id == staff_id:
                self.people.setCurrentRow(row)

    def _is_current(self, member: StaffMember) -> bool:
        return self.access.current is not None and self.access.current.id == member.id

    @property
    def chosen(self) -> StaffMember | None:
        item = self.people.currentItem()
        if item is None:
            return None
        member = item.data(Qt.ItemDataRole.UserRole)
        return member if isinstance(member, StaffMember) else None

    def _chosen_changed(self) -> None:
        member = self.chosen
        for button in (self.remove, self.set_pin, self.new_pin):
            button.setEnabled(member is not None)
        self.make_manager.setEnabled(member is not None and member.role is Role.CASHIER)
        self.make_cashier.setEnabled(member is not None and member.role is Role.MANAGER)

    def say(self, level: str, text: str) -> None:
        self.message.setObjectName({"error": "Offline", "ok": "Online"}.get(level, "Hint"))
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        # The page scrolls on a short screen: bring the words into sight.
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self.message)

    # Changes (each behind a manager's PIN, but the first manager)

    def _add(self) -> None:
        name, pin = self.name.text(), self.pin.text()
        if pin != self.pin_again.text():
            self.say(
                "error", translate("StaffPage", "The two PINs differ: type the same PIN twice.")
            )
            return
        role = Role(self.role.currentData())

        def add(approval: Approval | None) -> None:
            member = self.access.add_staff(name, role, pin, approval)
            for field in (self.name, self.pin, self.pin_again):
                field.clear()
            self.role.setCurrentIndex(self.role.findData(Role.CASHIER.value))
            self.refresh()
            self.choose(member.id)
            self.say(
                "ok",
                translate("StaffPage", "{name} was added as {role}.").format(
                    name=member.name, role=role_name(member.role)
                ),
            )

        if not self.access.roster.has_manager():
            self._run(add, None)  # the station's first manager needs nobody's approval
        else:
            self._gated(add)

    def _set_pin(self) -> None:
        member, pin = self.chosen, self.new_pin.text()
        if member is None:
            return

        def set_pin(approval: Approval | None) -> None:
            self.access.set_pin(member.id, pin, approval)
            self.new_pin.clear()
            self.refresh()
            self.say(
                "ok",
                translate("StaffPage", "{name} has a new PIN (a lockout, if any, is over).").format(
                    name=member.name
                ),
            )

        self._gated(set_pin)

    def _set_role(self, role: Role) -> None:
        member = self.chosen
        if member is None:
            return

        def set_role(approval: Approval | None) -> None:
            changed = self.access.set_role(member.id, role, approval)
            self.refresh()
            self.say(
                "ok",
                translate("StaffPage", "{name} is now a {role}.").format(
                    name=changed.name, role=role_name(changed.role)
                ),
            )

        self._gated(set_role)

    def _remove(self) -> None:
        member = self.chosen
        if member is None:
            return

        def remove(approval: Approval | None) -> None:
            self.access.remove_staff(member.id, approval)
            self.refresh()
            self.gate.switched()
            self.say(
                "ok",
                translate("StaffPage", "{name} was removed (the audit log keeps the name).").format(
                    name=member.name
                ),
            )

        self._gated(remove)

    def _export(self) -> None:
        def export(approval: Approval | None) -> None:
            self.file_dialog = choose_save_path(
                self,
                translate("StaffPage", "Export the audit log"),
                "pos-loyalty-audit.csv",
                translate("StaffPage", "CSV files (*.csv)"),
                lambda path: self._run(lambda a: self.export_to(path, a), approval),
            )

        self.gate.ask(Permission.AUDIT_EXPORT, self, export)

    def export_to(self, path: Path, approval: Approval | None) -> int:
        """Write the audit log to ``path`` (the export itself is recorded first)."""
        roster = self.access.roster
        current = self.access.current
        try:
            with path.open("w", newline="", encoding="utf-8") as out:
                count = export_audit(
                    roster.audit,
                    out,
                    access=self.access,
                    station=roster.station,
                    operator=current.name if current is not None else "",
                    approval=approval,
                )
        except OSError as exc:
            self.say(
                "error",
                translate(
                    "StaffPage", "The audit log could not be written to {path}: {reason}."
                ).format(path=path, reason=exc.strerror),
            )
            return 0
        self.say(
            "ok",
            translate(
                "StaffPage", "%n entries of the audit log written to {path}.", None, count
            ).format(path=path),
        )
        return count

    # Helpers

    def _gated(self, action: Action) -> None:
        self.gate.ask(Permission.MANAGE_STAFF, self, lambda approval: self._run(action, approval))

    def _run(self, action: Action, approval: Approval | None) -> None:
        try:
            action(approval)
        except StationError as refused:
            self.say("error", refused.message)


class StaffDialog(CounterDialog):
    """The staff page on its own, for a station that needs its first manager now."""

    def __init__(self, access: StaffAccess, gate: StaffGate, parent: QWidget | None = None) -> None:
        super().__init__(translate("StaffDialog", "Staff"), parent, wedge=gate.wedge)
        self.page = StaffPage(access, gate)
        self.body_layout.addWidget(self.page)
        self.add_close_button()
