"""The manager window's Programs tab: every program with its goal, rewards and members,
copying one under a new name (at most 50 characters, per the API), and, on the bundled
server only, changing its rules (manager_program_edit.py)."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.api import Card
from pos_loyalty.backoffice.programs import MAX_NAME, Program, list_programs, name_problem
from pos_loyalty.domain.i18n import translate, translate_noop
from pos_loyalty.station.errors import describe
from pos_loyalty.ui.counter_dialog import TaskSet
from pos_loyalty.ui.manager_program_edit import ProgramEditor
from pos_loyalty.ui.widgets import named

if TYPE_CHECKING:
    from pos_loyalty.ui.manager_window import ManagerContext

# Marked here, translated when the table is made.
COLUMNS = (
    translate_noop("ProgramsTab", "Program"),
    translate_noop("ProgramsTab", "Goal"),
    translate_noop("ProgramsTab", "Rewards"),
    translate_noop("ProgramsTab", "Members"),
    translate_noop("ProgramsTab", "Voided"),
)


class ProgramsTab(QWidget):
    loaded = Signal(list)  # list[Program]
    copied = Signal(object)  # the new Card
    edited = Signal(object)  # the Card with its new rules (bundled server only)
    failed = Signal(str)

    def __init__(self, context: "ManagerContext", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = TaskSet(self._fail)
        self.programs: list[Program] = []
        self.table = named(
            QTableWidget(0, len(COLUMNS)), "ProgramsTable", translate("ProgramsTab", "Programs")
        )
        self.table.setHorizontalHeaderLabels([translate("ProgramsTab", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        self.table.itemSelectionChanged.connect(self._selected)
        self.refresh_button = named(
            QPushButton(translate("ProgramsTab", "Refresh")),
            "ProgramsRefresh",
            translate("ProgramsTab", "Refresh programs"),
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.name = named(QLineEdit(), "CopyName", translate("ProgramsTab", "Name of the copy"))
        self.name.setPlaceholderText(translate("ProgramsTab", "Name of the copy"))
        self.name.textChanged.connect(self._check_name)
        self.name_count = named(
            QLabel(f"0 / {MAX_NAME}"), "CopyNameCount", translate("ProgramsTab", "Characters used")
        )
        self.copy_button = named(
            QPushButton(translate("ProgramsTab", "Copy")),
            "ProgramsCopy",
            translate("ProgramsTab", "Copy the chosen program"),
        )
        self.copy_button.clicked.connect(self.copy)
        self.copy_button.setEnabled(False)
        self.status = named(
            QLabel(""), "ProgramsStatus", translate("ProgramsTab", "Programs status")
        )
        self._name_problem = ""  # the name's problem on the status line, if any
        self.status.setWordWrap(True)
        self.editor = ProgramEditor(context.server_db)
        self.editor.edited.connect(self._edited)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refresh_button)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("ProgramsTab", "Copy the chosen program as")))
        row.addWidget(self.name, 1)
        row.addWidget(self.name_count)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.editor)
        self.refresh()

    def refresh(self) -> None:
        self.status.setText(translate("ProgramsTab", "Reading the programs …"))
        self.tasks.spawn(self._load(), "programs list")

    async def _load(self) -> None:
        try:
            programs = await list_programs(self.context.client)
        except Exception as exc:
            self._fail(describe(exc))
            return
        self._fill(programs)
        self.status.clear()
        self.loaded.emit(programs)

    def _fill(self, programs: list[Program]) -> None:
        chosen = self.chosen()
        self.programs = programs
        self.table.setRowCount(len(programs))
        for row, program in enumerate(programs):
            goal = "" if program.goal is None else str(program.goal)
            name = program.card.name or translate("ProgramsTab", "Program {id}").format(
                id=program.card.id
            )
            counts = (str(program.members), str(program.voided))
            cells = (name, goal, program.rewards_words(), *counts)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen is not None and program.card.id == chosen.card.id:
                self.table.selectRow(row)

    def chosen(self) -> Program | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.programs):
            return None
        return self.programs[rows[0].row()]

    def _selected(self) -> None:
        program = self.chosen()
        if program is not None and not self.name.text():
            copy = translate("ProgramsTab", "{name} (copy)").format(name=program.card.name)
            self.name.setText(copy[:MAX_NAME])
        self._check_name()
        # A refresh selects the same program again: the form (and its "Saved.") stays.
        shown = self.editor.card
        if program is None or shown is None or shown.id != program.card.id:
            self.editor.show_card(None if program is None else program.card)

    def _check_name(self) -> None:
        name = self.name.text()
        problem = name_problem(name)
        self.name_count.setText(f"{len(name)} / {MAX_NAME}")
        self.copy_button.setEnabled(problem is None and self.chosen() is not None)
        if problem and name:
            self.status.setText(problem)
            self._name_problem = problem
        elif self._name_problem and self.status.text() == self._name_problem:
            self.status.clear()
            self._name_problem = ""

    def copy(self) -> None:
        program = self.chosen()
        name = self.name.text()
        choose = translate("ProgramsTab", "Choose the program to copy.")
        problem = name_problem(name) or (None if program else choose)
        if problem or program is None:
            self._fail(problem or choose)
            return
        self.copy_button.setEnabled(False)
        self.status.setText(translate("ProgramsTab", "Copying …"))
        self.tasks.spawn(self._copy(program, name.strip()), "program copy")

    async def _copy(self, program: Program, name: str) -> None:
        try:
            card = await self.context.client.copy_card(program.card.id, name)
        except Exception as exc:
            self._fail(describe(exc))
            self._check_name()
            return
        copied = translate("ProgramsTab", "Copied as “{name}”.").format(name=card.name)
        self.status.setText(copied)
        self.copied.emit(card)
        await self._load()
        self.status.setText(copied)

    def _edited(self, card: Card) -> None:
        session = self.context.session
        if session is not None and session.card.id == card.id:
            # The counter counts with the new goal and rewards from the next member
            # shown, without a restart (the server already does).
            session.card = card
        self.edited.emit(card)
        self.tasks.spawn(self._load(), "programs list")

    def stop(self) -> None:
        self.tasks.cancel()
        self.editor.stop()

    def _fail(self, words: str) -> None:
        self.status.setText(words)
        self.failed.emit(words)
