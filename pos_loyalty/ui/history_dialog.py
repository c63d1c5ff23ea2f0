"""History at this station: a member's stamps, redemptions and re-issues with who,
when, where and how each ended; a shift's totals by operator; both as CSV."""

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.api import Member
from pos_loyalty.domain.i18n import format_moment, translate, translate_noop
from pos_loyalty.station.history import (
    HistoryLine,
    ShiftTotals,
    StationHistory,
    Totals,
    write_history_csv,
    write_shift_csv,
)
from pos_loyalty.ui.counter_dialog import CounterDialog, choose_save_path
from pos_loyalty.ui.wedge_filter import WedgeFilter
from pos_loyalty.ui.widgets import named

PREFERRED_SIZE = QSize(900, 600)
# The headers and row labels are translated where shown: these are built at import,
# before a translator is installed.
LINE_COLUMNS = (
    translate_noop("HistoryDialog", "When"),
    translate_noop("HistoryDialog", "What"),
    translate_noop("HistoryDialog", "How it ended"),
    translate_noop("HistoryDialog", "Who"),
    translate_noop("HistoryDialog", "Where"),
)
# One row each, one column per operator then everyone: narrow screens keep it whole.
TOTAL_ROWS = {
    "stamps": translate_noop("HistoryDialog", "Stamps"),
    "rewards_redeemed": translate_noop("HistoryDialog", "Rewards"),
    "sign_ups": translate_noop("HistoryDialog", "Sign-ups"),
    "voids": translate_noop("HistoryDialog", "Voids"),
    "deletes": translate_noop("HistoryDialog", "Deletes"),
    "changes": translate_noop("HistoryDialog", "Changes"),
    "undone": translate_noop("HistoryDialog", "Undone"),
    "refused": translate_noop("HistoryDialog", "Refused"),
    "to_check": translate_noop("HistoryDialog", "To check"),
}


def local_time(at: datetime) -> str:
    """In the counter's language: 4 Mar 14:02, 4 mrt 14:02, 4. März 14:02 …"""
    return format_moment(at.astimezone(), "day_time")


def table(columns: Sequence[str], accessible: str) -> QTableWidget:
    view = QTableWidget(0, len(columns))
    view.setAccessibleName(accessible)
    view.setHorizontalHeaderLabels(list(columns))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(160)
    return view


def fill(view: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    view.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            item.setToolTip(str(value))
            view.setItem(r, c, item)


class HistoryDialog(CounterDialog):
    def __init__(
        self,
        history: StationHistory,
        now: Callable[[], datetime],
        member: Member | None,
        parent: QWidget | None = None,
        *,
        wedge: WedgeFilter | None = None,
        signed_in: tuple[str, datetime] | None = None,
    ) -> None:
        title = (
            translate("HistoryDialog", "History of {name}").format(name=member.display_name)
            if member
            else translate("HistoryDialog", "History of this station")
        )
        super().__init__(title, parent, wedge=wedge, preferred=PREFERRED_SIZE)
        self.history, self.now, self.member = history, now, member
        self.lines: list[HistoryLine] = []
        self.totals: ShiftTotals | None = None
        self.file_dialog: QWidget | None = None  # the last "save as" (a test picks the file)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("HistoryDialog", "History"))
        self.member_table = table(
            [translate("HistoryDialog", column) for column in LINE_COLUMNS],
            translate("HistoryDialog", "The member's history at this station"),
        )
        if member is not None:
            page = QWidget()
            layout = QVBoxLayout(page)
            note = named(
                QLabel(
                    translate(
                        "HistoryDialog",
                        "What this station did for the member; the server has the rest.",
                    )
                ),
                "Hint",
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addWidget(self.member_table, 1)
            self.tabs.addTab(page, translate("HistoryDialog", "Member"))
        self.period = QComboBox()
        self.period.setAccessibleName(translate("HistoryDialog", "Period of the totals"))
        today = now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        if signed_in is not None:
            name, since = signed_in
            self.period.addItem(
                translate("HistoryDialog", "Since {name} signed in ({time})").format(
                    name=name, time=local_time(since)
                ),
                since,
            )
        self.period.addItem(translate("HistoryDialog", "Today"), today)
        self.period.addItem(
            translate("HistoryDialog", "The last 7 days"), today - timedelta(days=6)
        )
        self.totals_table = table(
            [translate("HistoryDialog", "What")], translate("HistoryDialog", "Totals by operator")
        )
        shift = QWidget()
        shift_layout = QVBoxLayout(shift)
        shift_layout.addWidget(self.period)
        shift_layout.addWidget(self.totals_table, 1)
        self.tabs.addTab(shift, translate("HistoryDialog", "Shift totals"))
        self.body_layout.addWidget(self.tabs, 1)
        self.export_member = self.add_button(
            translate("HistoryDialog", "Export history…"),
            translate("HistoryDialog", "Export the member's history as CSV"),
            self.ask_member,
        )
        self.export_member.setVisible(member is not None)
        self.export_shift = self.add_button(
            translate("HistoryDialog", "Export totals…"),
            translate("HistoryDialog", "Export the shift totals as CSV"),
            self.ask_shift,
        )
        self.add_close_button()
        self.period.currentIndexChanged.connect(lambda _i: self.show_totals())
        # Writes settle while the dialog is open: each look at a tab reads them again.
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        if self.member is not None:
            self.lines = self.history.member(self.member.id)
            fill(
                self.member_table,
                [
                    (local_time(line.at), line.what, line.outcome, line.operator, line.station)
                    for line in self.lines
                ],
            )
        self.show_totals()

    def show_totals(self) -> None:
        start = self.period.currentData()
        if not isinstance(start, datetime):
            return
        self.totals = self.history.shift(start, self.now())
        people: list[Totals] = [*self.totals.by_operator, self.totals.total]
        heads = [
            translate("HistoryDialog", "What"),
            *(t.operator for t in self.totals.by_operator),
            translate("HistoryDialog", "Everyone"),
        ]
        self.totals_table.setColumnCount(len(heads))
        self.totals_table.setHorizontalHeaderLabels(heads)
        fill(
            self.totals_table,
            [
                [translate("HistoryDialog", label), *(getattr(t, name) for t in people)]
                for name, label in TOTAL_ROWS.items()
            ],
        )

    # CSV

    def ask_member(self) -> None:
        code = self.member.code if self.member and self.member.code else "member"
        self.file_dialog = choose_save_path(
            self,
            translate("HistoryDialog", "Export the history"),
            f"history-{code}.csv",
            translate("HistoryDialog", "CSV files (*.csv)"),
            self.save_member,
        )

    def ask_shift(self) -> None:
        self.file_dialog = choose_save_path(
            self,
            translate("HistoryDialog", "Export the totals"),
            "shift-totals.csv",
            translate("HistoryDialog", "CSV files (*.csv)"),
            self.save_shift,
        )

    def save_member(self, path: Path) -> int | None:
        return self._write(
            path,
            lambda out: write_history_csv(self.lines, out),
            lambda n: translate("HistoryDialog", "%n lines written to {path}.", None, n),
        )

    def save_shift(self, path: Path) -> int | None:
        totals = self.totals
        if totals is None:
            return None
        return self._write(
            path,
            lambda out: write_shift_csv(totals, out),
            lambda n: translate("HistoryDialog", "%n operators written to {path}.", None, n),
        )

    def _write(
        self, path: Path, write: Callable[..., int], written: Callable[[int], str]
    ) -> int | None:
        """``written(count)`` words what was written, with ``{path}`` still to fill."""
        try:
            with path.open("w", newline="", encoding="utf-8") as out:
                count = write(out)
        except OSError as exc:
            self.say(
                "error",
                translate(
                    "HistoryDialog", "The file could not be written to {path}: {reason}."
                ).format(path=path, reason=exc.strerror),
            )
            return None
        self.say("ok", written(count).format(path=path))
        return count
