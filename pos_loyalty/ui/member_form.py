"""A member's details as a form, checked as they are typed (member_fields.py): what
more typing cannot fix is said at once, what is merely unfinished when the field is
left."""

import logging
from collections.abc import Iterable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from pos_loyalty.api import ApiError, LoyaltyClient
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.member_fields import FIELDS, field_label, field_problem, problems
from pos_loyalty.ui.counter_dialog import problem_label

log = logging.getLogger(__name__)
CONTACT = ("email", "phone")
BASIC = ("first_name", "last_name", "email", "phone")
ADDRESS = ("address", "zip", "city")
CUSTOM = tuple(f"custom_{n}" for n in range(1, 9))
# Members looked at to tell which custom fields a program uses.
CUSTOM_SAMPLE = 100


async def custom_fields_in_use(client: LoyaltyClient, card_id: int) -> list[str]:
    """The custom fields the program's newest members have filled in: those the
    program uses. The API has no list of them; offline, none are offered."""
    try:
        page = await client.list_users(card_id, limit=CUSTOM_SAMPLE)
    except ApiError as exc:
        log.info("custom fields not known: %s", exc)
        return []
    return [name for name in CUSTOM if any(getattr(m, name, None) for m in page.members)]


class MemberForm(QWidget):
    """One line per field, its problem under it. ``edited`` tells that something
    changed; ``contact_edited`` that the e-mail or phone did (look for duplicates)."""

    edited = Signal()
    contact_edited = Signal()

    def __init__(
        self,
        names: Iterable[str],
        values: Mapping[str, str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {}
        self.problem_labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        values = values or {}
        for name in names:
            limit = FIELDS[name][1]
            label = field_label(name)
            field = QLineEdit(values.get(name) or "")
            field.setAccessibleName(label)
            # A little over the limit, so the form can say "at most 50 (51 now)"
            # instead of the text silently stopping.
            field.setMaxLength(limit + 20)
            if name == "email":
                field.setPlaceholderText("jane@example.com")
            elif name == "phone":
                field.setPlaceholderText("+44 20 7946 0001")
            problem = problem_label()
            problem.setAccessibleName(
                translate("MemberForm", "Problem with {field}").format(field=label)
            )
            form.addRow(label, field)
            form.addRow("", problem)
            self.fields[name] = field
            self.problem_labels[name] = problem
            field.textEdited.connect(lambda _text, n=name: self._typed(n))
            field.editingFinished.connect(lambda n=name: self.check(n, complete=True))

    def values(self) -> dict[str, str]:
        return {name: field.text() for name, field in self.fields.items()}

    def focus_first(self) -> None:
        next(iter(self.fields.values())).setFocus()

    def _typed(self, name: str) -> None:
        self.check(name, complete=False)
        self.edited.emit()
        if name in CONTACT:
            self.contact_edited.emit()

    def check(self, name: str, *, complete: bool) -> str | None:
        problem = field_problem(name, self.fields[name].text(), complete=complete)
        self.show_problem(name, problem)
        return problem

    def show_problem(self, name: str, problem: str | None) -> None:
        label = self.problem_labels[name]
        label.setText(problem or "")
        label.setVisible(bool(problem))

    def problems(self, *, new_member: bool) -> dict[str, str]:
        """Every problem of the form as it stands (shown under its field)."""
        found = problems(self.values(), new_member=new_member)
        for name in self.fields:
            self.show_problem(name, found.get(name))
        return found
