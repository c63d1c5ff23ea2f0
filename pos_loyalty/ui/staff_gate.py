"""Who may do a thing at the counter, asked before the thing's own dialog opens.

``StaffGate.ask(permission, parent, then)`` calls ``then(approval)`` at once when the
person signed in may do it (``approval`` None), or after a PIN: a manager's approval
for a manager's action, a sign-in for a cashier's. A station without a manager says
so and offers to add one. The PIN always comes before a destructive step's own
confirmation, so that confirmation stays a click.
"""

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.staff import (
    NEEDED_ROLE,
    NoManagerError,
    NotAllowedError,
    Permission,
    Role,
)
from pos_loyalty.station.staff_access import Approval, StaffAccess
from pos_loyalty.ui.counter_dialog import CounterDialog
from pos_loyalty.ui.pin_dialog import PinDialog
from pos_loyalty.ui.wedge_filter import WedgeFilter
from pos_loyalty.ui.widgets import named

Then = Callable[[Approval | None], object]
MESSAGE_SIZE = QSize(600, 300)


class StaffGate:
    def __init__(self, access: StaffAccess | None, wedge: WedgeFilter | None = None) -> None:
        self.access = access
        self.wedge = wedge
        # The dialog last opened (a PIN, or "no manager yet"): tests drive it.
        self.dialog: CounterDialog | None = None
        # Heard after the operator changed (the status bar shows the name).
        self.switched: Callable[[], object] = lambda: None

    def ask(self, permission: Permission, parent: QWidget, then: Then) -> None:
        access = self.access
        if access is None:
            then(None)
            return
        try:
            access.require(permission)
        except NoManagerError as missing:
            self._no_manager(missing.message, parent)
            return
        except NotAllowedError as refused:
            if NEEDED_ROLE[permission] is Role.MANAGER:
                self._approve(permission, refused.message, parent, then)
            else:
                self._sign_in(refused.message, parent, lambda: then(None))
            return
        then(None)

    def ask_settings(self, parent: QWidget, then: Callable[[], object]) -> None:
        """Settings are open to all until the station has staff; then a manager's."""
        if self.access is None or not self.access.guarded:
            then()
            return
        self.ask(Permission.SETTINGS, parent, lambda _approval: then())

    def ask_switch(self, parent: QWidget) -> None:
        """The quick operator switch: choose a name, type the PIN."""
        access = self.access
        if access is None or not access.guarded:
            self._no_manager(
                translate(
                    "StaffGate",
                    "This station has no staff yet: everyone works under the operator name in"
                    " Settings. Add a manager (a name and a PIN) to sign in by name.",
                ),
                parent,
            )
            return
        current = access.current
        who = (
            translate("StaffGate", "{name} is signed in.").format(name=current.name)
            if current
            else translate("StaffGate", "Nobody is signed in.")
        )
        self._sign_in(
            who + translate("StaffGate", " Choose your name and type your PIN."),
            parent,
            lambda: None,
        )

    # The dialogs

    def _approve(self, permission: Permission, why: str, parent: QWidget, then: Then) -> None:
        access = self.access
        assert access is not None
        managers = [m for m in access.roster.members() if m.can(permission)]
        dialog = PinDialog(
            permission.words,
            why,
            managers,
            lambda staff_id, pin: access.approve(permission, staff_id, pin),
            access.roster,
            parent,
            wedge=self.wedge,
        )
        dialog.checked.connect(then)
        self._open(dialog)

    def _sign_in(self, why: str, parent: QWidget, then: Callable[[], object]) -> None:
        access = self.access
        assert access is not None
        current = access.current
        dialog = PinDialog(
            translate("StaffGate", "Who is at the counter"),
            why,
            access.roster.members(),
            access.switch,
            access.roster,
            parent,
            wedge=self.wedge,
            chosen=current.id if current is not None else None,
        )
        if current is not None:
            dialog.add_button(
                translate("StaffGate", "Sign {name} out").format(name=current.name),
                translate("StaffGate", "Sign out"),
                lambda: self._out(dialog),
            )

        def signed_in(_member: object) -> None:
            self.switched()
            then()

        dialog.checked.connect(signed_in)
        self._open(dialog)

    def _out(self, dialog: PinDialog) -> None:
        assert self.access is not None
        self.access.sign_out()
        self.switched()
        dialog.accept()

    def _no_manager(self, why: str, parent: QWidget) -> None:
        dialog = CounterDialog(
            translate("StaffGate", "A manager is needed"),
            parent,
            wedge=self.wedge,
            preferred=MESSAGE_SIZE,
        )
        text = named(QLabel(why), "Hint")
        text.setWordWrap(True)
        dialog.body_layout.addWidget(text)
        dialog.body_layout.addStretch(1)
        dialog.add_button(
            translate("StaffGate", "Add a manager…"),
            translate("StaffGate", "Add a manager"),
            lambda: self._add_first(dialog),
        )
        dialog.add_close_button()
        self._open(dialog)

    def _add_first(self, dialog: CounterDialog) -> None:
        from pos_loyalty.ui.staff_page import StaffDialog  # the page uses this gate

        parent = dialog.parentWidget()
        dialog.accept()
        assert self.access is not None
        self._open(StaffDialog(self.access, self, parent))

    def _open(self, dialog: CounterDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # not exec(): a nested event loop would stall the asyncio tasks
