"""The Programs tab's editor: a program's stamp goal, rewards (with their validity) and
daily limit, on the bundled server only.

The API has no call for a program's rules, so the change goes straight to the bundled
server's database file, through the same code as ``pos-loyalty cards edit --db``
(``pos_loyalty.backoffice.program_rules``). Against any other backend the editor stays
disabled and says why.
"""

import asyncio
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
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
from pos_loyalty.backoffice.program_rules import (
    ProgramEditError,
    ProgramRules,
    RuleField,
    edit_program,
)
from pos_loyalty.domain.i18n import translate
from pos_loyalty.domain.stamp_rules import RewardRule
from pos_loyalty.ui.counter_dialog import TaskSet, problem_label
from pos_loyalty.ui.widgets import named

THRESHOLD, NAME, DAYS = range(3)


class ProgramEditor(QGroupBox):
    """Edits the chosen program; ``edited`` carries the program as it now is."""

    edited = Signal(object)  # the api Card, with its new rules
    refused = Signal(str)  # the server's rules refused a field; its note says why
    failed = Signal(str)

    def __init__(self, server_db: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(translate("ProgramEditor", "Rules of the chosen program"), parent)
        self.setAccessibleName(translate("ProgramEditor", "Rules of the chosen program"))
        self.server_db = server_db
        self.tasks = TaskSet(self._fail)
        self.card: Card | None = None

        self.why = named(QLabel(), "ProgramEditNote")
        self.why.setWordWrap(True)
        self.goal = named(QLineEdit(), "ProgramGoal", translate("ProgramEditor", "Stamp goal"))
        self.goal_problem = problem_label()
        self.goal_problem.setAccessibleName(translate("ProgramEditor", "Problem with the goal"))
        self.rewards = named(
            QTableWidget(0, 3), "ProgramRewards", translate("ProgramEditor", "Rewards")
        )
        self.rewards.setHorizontalHeaderLabels(
            (
                translate("ProgramEditor", "At stamps"),
                translate("ProgramEditor", "Reward"),
                translate("ProgramEditor", "Valid (days)"),
            )
        )
        days = self.rewards.horizontalHeaderItem(DAYS)
        if days is not None:
            days.setToolTip(
                translate("ProgramEditor", "Days a reward stays usable; empty: it never expires")
            )
        self.rewards.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rewards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.rewards.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.rewards.setMinimumHeight(110)
        self.add_reward = named(
            QPushButton(translate("ProgramEditor", "Add reward")),
            "ProgramAddReward",
            translate("ProgramEditor", "Add a reward"),
        )
        self.add_reward.clicked.connect(self._add_reward_row)
        self.remove_reward = named(
            QPushButton(translate("ProgramEditor", "Remove reward")),
            "ProgramRemoveReward",
            translate("ProgramEditor", "Remove the chosen reward"),
        )
        self.remove_reward.clicked.connect(self._remove_reward_row)
        self.rewards_problem = problem_label()
        self.rewards_problem.setAccessibleName(
            translate("ProgramEditor", "Problem with the rewards")
        )
        self.limit = named(
            QLineEdit(), "ProgramDailyLimit", translate("ProgramEditor", "Daily stamp limit")
        )
        self.limit.setPlaceholderText(translate("ProgramEditor", "empty: no limit"))
        self.limit_problem = problem_label()
        self.limit_problem.setAccessibleName(
            translate("ProgramEditor", "Problem with the daily limit")
        )
        self.save = named(
            QPushButton(translate("ProgramEditor", "Save rules")),
            "ProgramSave",
            translate("ProgramEditor", "Save the program's rules"),
        )
        self.save.clicked.connect(self.submit)
        self.status = named(
            QLabel(""), "ProgramEditStatus", translate("ProgramEditor", "Program rules status")
        )
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("ProgramEditor", "Stamp goal"), self.goal)
        form.addRow("", self.goal_problem)
        form.addRow(translate("ProgramEditor", "Rewards"), self.rewards)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_reward)
        buttons.addWidget(self.remove_reward)
        buttons.addStretch(1)
        form.addRow("", buttons)
        form.addRow("", self.rewards_problem)
        form.addRow(translate("ProgramEditor", "Daily stamp limit"), self.limit)
        form.addRow("", self.limit_problem)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.save)
        layout.addWidget(self.status)
        self.controls = (self.goal, self.rewards, self.add_reward, self.remove_reward, self.limit)
        self.show_card(None)

    # What is shown

    @property
    def available(self) -> bool:
        return self.server_db is not None

    def show_card(self, card: Card | None) -> None:
        """Fill the form with ``card``'s rules (None: nothing chosen)."""
        self.card = card
        self._clear_problems()
        self.status.clear()
        if not self.available:
            self.why.setText(
                translate(
                    "ProgramEditor",
                    "A program's goal, rewards and daily limit can be changed here only on"
                    " the bundled (demo) server. This station uses another backend: change"
                    " them where that backend is managed.",
                )
            )
        elif card is None:
            self.why.setText(translate("ProgramEditor", "Choose a program in the list above."))
        else:
            self.why.setText(
                translate("ProgramEditor", "Changes apply to {name} at once.").format(
                    name=card.name or card.id
                )
            )
        enabled = self.available and card is not None
        for control in self.controls:
            control.setEnabled(enabled)
        self.save.setEnabled(enabled)
        if card is None:
            self.goal.clear()
            self.limit.clear()
            self.rewards.setRowCount(0)
            return
        self.goal.setText("" if card.stamps_required is None else str(card.stamps_required))
        self.limit.setText("" if card.daily_stamp_limit is None else str(card.daily_stamp_limit))
        self.rewards.setRowCount(0)
        for rule in card.rewards:
            self._add_reward_row(rule.threshold, rule.name, rule.validity_days)

    def _add_reward_row(
        self, threshold: int | None = None, name: str = "", days: int | None = None
    ) -> None:
        row = self.rewards.rowCount()
        self.rewards.insertRow(row)
        cells = (
            "" if threshold is None else str(threshold),
            name,
            "" if days is None else str(days),
        )
        for column, text in enumerate(cells):
            self.rewards.setItem(row, column, QTableWidgetItem(text))
        if threshold is None:  # a new row: the cashier types into it next
            self.rewards.setCurrentCell(row, THRESHOLD)

    def _remove_reward_row(self) -> None:
        row = self.rewards.currentRow()
        if row >= 0:
            self.rewards.removeRow(row)

    # Saving

    def submit(self) -> None:
        card = self.card
        if card is None or self.server_db is None:
            return
        self._clear_problems()
        rules = self._read_form()
        if rules is None:
            return
        self.save.setEnabled(False)
        self.status.setText(translate("ProgramEditor", "Saving …"))
        self.tasks.spawn(self._save(self.server_db, card.id, rules), "program edit")

    async def _save(self, db: Path, card_id: int, rules: ProgramRules) -> None:
        try:
            payload = await asyncio.to_thread(edit_program, db, card_id, rules)
        except ProgramEditError as problem:
            self.save.setEnabled(True)
            self._show_problem(problem)
            return
        card = Card.model_validate(payload)
        self.show_card(card)
        self.status.setText(translate("ProgramEditor", "Saved."))
        self.edited.emit(card)

    def _read_form(self) -> ProgramRules | None:
        """The form as rules, or None with each unreadable field's problem shown."""
        ok = True
        goal = _whole(self.goal.text())
        if goal is None:
            ok = False
            self._say(
                self.goal_problem,
                translate("ProgramEditor", "Type the stamp goal as a whole number, e.g. 10."),
            )
        rewards: list[RewardRule] = []
        for row in range(self.rewards.rowCount()):
            threshold = _whole(self._cell(row, THRESHOLD))
            days_text = self._cell(row, DAYS)
            days = _whole(days_text) if days_text else None
            if threshold is None or (days_text and days is None):
                ok = False
                self._say(
                    self.rewards_problem,
                    translate(
                        "ProgramEditor",
                        "Reward {row}: type the stamps, and the days it stays valid (or"
                        " nothing), as whole numbers.",
                    ).format(row=row + 1),
                )
                self.rewards.setCurrentCell(row, THRESHOLD if threshold is None else DAYS)
                break
            rewards.append(RewardRule(threshold, self._cell(row, NAME), days))
        limit_text = self.limit.text().strip()
        limit = _whole(limit_text) if limit_text else None
        if limit_text and limit is None:
            ok = False
            self._say(
                self.limit_problem,
                translate(
                    "ProgramEditor",
                    "Type the daily limit as a whole number, or leave it empty for no limit.",
                ),
            )
        if not ok or goal is None:
            return None
        return ProgramRules(goal, tuple(rewards), limit)

    def _cell(self, row: int, column: int) -> str:
        item = self.rewards.item(row, column)
        return "" if item is None else item.text().strip()

    def _show_problem(self, problem: ProgramEditError) -> None:
        label = (
            {
                RuleField.GOAL: self.goal_problem,
                RuleField.REWARDS: self.rewards_problem,
                RuleField.DAILY_LIMIT: self.limit_problem,
            }.get(problem.field)
            if problem.field is not None
            else None
        )
        if label is None:
            self.status.setText(problem.message)
            self.failed.emit(problem.message)
            return
        self.status.setText(translate("ProgramEditor", "Not saved: see the note above."))
        if problem.field is RuleField.REWARDS and problem.row is not None:
            self._say(
                label,
                translate("ProgramEditor", "Reward {row}: {reason}").format(
                    row=problem.row + 1, reason=problem.message
                ),
            )
            self.rewards.setCurrentCell(problem.row, THRESHOLD)
        else:
            self._say(label, problem.message)
        self.refused.emit(problem.message)

    @staticmethod
    def _say(label: QLabel, words: str) -> None:
        label.setText(words)
        label.setVisible(True)

    def _clear_problems(self) -> None:
        for label in (self.goal_problem, self.rewards_problem, self.limit_problem):
            label.clear()
            label.setVisible(False)

    def stop(self) -> None:
        self.tasks.cancel()

    def _fail(self, words: str) -> None:
        self.save.setEnabled(self.available and self.card is not None)
        self.status.setText(words)
        self.failed.emit(words)


def _whole(text: str) -> int | None:
    """``text`` as a whole number, or None when it is not one."""
    try:
        return int(text.strip())
    except ValueError:
        return None
