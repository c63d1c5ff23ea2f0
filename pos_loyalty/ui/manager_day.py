"""The manager window's Day's numbers tab: per shift, per operator and the day, as a
table and a small bar chart (manager_chart.py says why it is drawn by hand),
exported to CSV."""

from dataclasses import fields
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
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

from pos_loyalty.backoffice.day_numbers import (
    DayNumbers,
    Numbers,
    day_numbers,
    write_day_csv,
)
from pos_loyalty.backoffice.member_csv import write_atomically
from pos_loyalty.domain.i18n import translate, translate_noop
from pos_loyalty.station.errors import describe
from pos_loyalty.ui.manager_chart import BarChart
from pos_loyalty.ui.widgets import named

if TYPE_CHECKING:
    from pos_loyalty.ui.manager_window import ManagerContext

# Translated where shown (labels() and columns()): these are built at import, before
# a translator is installed.
LABELS = {
    "stamps": translate_noop("DayTab", "Stamps"),
    "rewards_redeemed": translate_noop("DayTab", "Rewards"),
    "members_enrolled": translate_noop("DayTab", "Enrolled"),
    "undone": translate_noop("DayTab", "Undone"),
    "repeats_overridden": translate_noop("DayTab", "Repeats"),
}
COLUMNS = (translate_noop("DayTab", "Scope"), translate_noop("DayTab", "Who"), *LABELS.values())


def labels() -> dict[str, str]:
    return {name: translate("DayTab", label) for name, label in LABELS.items()}


def columns() -> list[str]:
    return [translate("DayTab", column) for column in COLUMNS]


def local_tz() -> tzinfo:
    tz = datetime.now().astimezone().tzinfo
    assert tz is not None
    return tz


class DayTab(QWidget):
    shown = Signal(object)  # DayNumbers
    exported = Signal(str, int)  # the file and its rows
    failed = Signal(str)

    def __init__(
        self, context: "ManagerContext", parent: QWidget | None = None, tz: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tz = tz or local_tz()
        self.numbers: DayNumbers | None = None
        self.day = named(QDateEdit(), "DayDate", translate("DayTab", "Day"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = datetime.now(self.tz).date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button = named(
            QPushButton(translate("DayTab", "Refresh")),
            "DayRefresh",
            translate("DayTab", "Refresh the numbers"),
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.table = named(
            QTableWidget(0, len(COLUMNS)), "DayTable", translate("DayTab", "The day's numbers")
        )
        self.table.setHorizontalHeaderLabels(columns())
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(140)
        self.chart = named(
            BarChart(), "DayChart", translate("DayTab", "Chart of the day's numbers per operator")
        )
        self.out = named(QLineEdit(), "DayCsvPath", translate("DayTab", "CSV file to export to"))
        self.out.setPlaceholderText(translate("DayTab", "Where to save the CSV"))
        self.choose = named(
            QPushButton(translate("DayTab", "Choose…")),
            "DayChoose",
            translate("DayTab", "Choose where to save the CSV"),
        )
        self.choose.clicked.connect(self._choose)
        self.export_button = named(
            QPushButton(translate("DayTab", "Export CSV")),
            "DayExport",
            translate("DayTab", "Export to CSV"),
        )
        self.export_button.clicked.connect(self.export)
        self.status = named(QLabel(""), "DayStatus", translate("DayTab", "Day's numbers status"))
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("DayTab", "Day")))
        top.addWidget(self.day)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.out, 1)
        row.addWidget(self.choose)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.refresh()

    def chosen_day(self) -> date:
        q = self.day.date()
        return date(q.year(), q.month(), q.day())

    def refresh(self) -> None:
        """Read from the station file: a few local queries, quick enough for the GUI."""
        try:
            numbers = day_numbers(
                self.context.conn, self.chosen_day(), self.tz, card_id=self.context.card.id,
                repeat_cooldown_seconds=self.context.repeat_cooldown_seconds,
            )  # fmt: skip
        except Exception as exc:
            self._fail(describe(exc))
            return
        self.numbers = numbers
        self._fill(numbers)
        self._draw(numbers)
        if not self.out.text():
            self.out.setText(str(Path.home() / f"day-{numbers.day.isoformat()}.csv"))
        self.shown.emit(numbers)

    def _fill(self, numbers: DayNumbers) -> None:
        rows: list[tuple[str, str, Numbers]] = []
        for s in numbers.shifts:
            # The words of day_numbers.NO_SIGN_IN (kept in English in the CSV).
            who = (
                s.operator
                if s.signed_in
                else translate("DayTab", "{operator} (no sign-in)").format(operator=s.operator)
            )
            start = s.start.astimezone(self.tz).strftime("%H:%M")
            end = (
                translate("DayTab", "now")
                if s.end is None
                else s.end.astimezone(self.tz).strftime("%H:%M")
            )
            rows.append(
                (
                    translate("DayTab", "Shift {start}–{end}").format(start=start, end=end),
                    translate("DayTab", "{who} at {station}").format(who=who, station=s.station),
                    s.numbers,
                )
            )
        operator = translate("DayTab", "Operator")
        rows += [(operator, name, n) for name, n in numbers.operators.items()]
        rows.append((translate("DayTab", "Day"), translate("DayTab", "everyone"), numbers.total))
        self.table.setRowCount(len(rows))
        for r, (scope, who, n) in enumerate(rows):
            values = [str(getattr(n, f.name)) for f in fields(Numbers)]
            for c, text in enumerate((scope, who, *values)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _draw(self, numbers: DayNumbers) -> None:
        """Grouped bars: one group per number, one bar per operator."""
        names = [f.name for f in fields(Numbers)]
        operators = list(numbers.operators.items()) or [
            (translate("DayTab", "nobody yet"), Numbers())
        ]
        shown = labels()
        self.chart.set_data(
            [shown[name] for name in names],
            [(operator, [getattr(n, name) for name in names]) for operator, n in operators],
        )

    def _choose(self) -> None:
        dialog = QFileDialog(
            self,
            translate("DayTab", "Save the day's numbers"),
            self.out.text(),
            translate("DayTab", "CSV files (*.csv)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(self.out.setText)
        dialog.open()  # not exec(): the asyncio tasks keep running

    def export(self) -> None:
        if self.numbers is None:
            self.refresh()
        numbers = self.numbers
        text = self.out.text().strip()
        if numbers is None or not text:
            self._fail(translate("DayTab", "Choose where to save the CSV first."))
            return
        path = Path(text).expanduser()
        if not path.parent.is_dir():
            self._fail(
                translate("DayTab", "The folder {folder} does not exist.").format(
                    folder=path.parent
                )
            )
            return
        rows = 0

        def write(out):  # type: ignore[no-untyped-def]
            nonlocal rows
            rows = write_day_csv(numbers, out, self.tz)

        try:
            write_atomically(path, write)
        except OSError as exc:
            self._fail(
                translate("DayTab", "Cannot write {path}: {reason}.").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return
        self.status.setText(
            translate("DayTab", "Saved %n rows to {path}.", None, rows).format(path=path)
        )
        self.exported.emit(str(path), rows)

    def stop(self) -> None:
        pass  # nothing runs in the background: the numbers are read at once

    def _fail(self, words: str) -> None:
        self.status.setText(words)
        self.failed.emit(words)
