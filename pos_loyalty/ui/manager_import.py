"""The manager window's Import tab: a members file into the program, with a progress bar.

The same MemberImport as ``pos-loyalty members import``: cancelled or cut off, the
next run of the same file finishes it, and no member is added twice.
"""

import asyncio
import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.backoffice.import_plan import MAX_BATCH
from pos_loyalty.backoffice.import_record import ImportRecord
from pos_loyalty.backoffice.import_summary import ImportProgress, ImportSummary
from pos_loyalty.backoffice.member_csv import write_report
from pos_loyalty.backoffice.member_import import MemberImport
from pos_loyalty.backoffice.members_file import read_members_file
from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import describe
from pos_loyalty.ui.counter_dialog import TaskSet
from pos_loyalty.ui.widgets import named

if TYPE_CHECKING:
    from pos_loyalty.ui.manager_window import ManagerContext

RECORD_FILE = "imports.sqlite3"  # the same resume record as the command line's


def report_path(source: Path) -> Path:
    return source.with_name(f"{source.stem}-import-report.csv")


class ImportTab(QWidget):
    # The summary and the report's path, at the end of a run (dry or not).
    finished = Signal(object, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, context: "ManagerContext", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = TaskSet(self._fail)
        self.batch_size = MAX_BATCH
        self._running: asyncio.Task[None] | None = None
        self.path = named(
            QLineEdit(), "ImportFile", translate("ImportTab", "Members file to import")
        )
        self.path.setPlaceholderText(translate("ImportTab", "A CSV file of members"))
        self.choose = named(
            QPushButton(translate("ImportTab", "Choose…")),
            "ImportChoose",
            translate("ImportTab", "Choose the members file"),
        )
        self.choose.clicked.connect(self._choose)
        self.check = named(
            QPushButton(translate("ImportTab", "Check only (dry run)")),
            "ImportCheck",
            translate("ImportTab", "Check the file"),
        )
        self.check.clicked.connect(lambda: self.start(dry_run=True))
        self.run = named(
            QPushButton(translate("ImportTab", "Import")),
            "ImportRun",
            translate("ImportTab", "Import the members"),
        )
        self.run.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel = named(
            QPushButton(translate("ImportTab", "Cancel")),
            "ImportCancel",
            translate("ImportTab", "Cancel the import"),
        )
        self.cancel.clicked.connect(self.stop)
        self.cancel.setEnabled(False)
        self.progress = named(
            QProgressBar(), "ImportProgress", translate("ImportTab", "Import progress")
        )
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = named(QLabel(""), "ImportStatus", translate("ImportTab", "Import status"))
        self.status.setWordWrap(True)
        self.result = named(QLabel(""), "ImportResult", translate("ImportTab", "Import result"))
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(
            self.result.textInteractionFlags().TextSelectableByMouse
        )

        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ImportTab",
                "Members from a CSV file into {program}. Columns:"
                " first_name, last_name, email, phone, custom_1 … custom_8. Rows already in the"
                " program are skipped; a stopped import finishes when run again.",
            ).format(program=context.card.name or translate("ImportTab", "this program"))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        for button in (self.check, self.run, self.cancel):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def _choose(self) -> None:
        dialog = QFileDialog(
            self,
            translate("ImportTab", "Members file"),
            str(Path.home()),
            translate("ImportTab", "CSV files (*.csv);;All (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()  # not exec(): the asyncio tasks keep running

    def start(self, *, dry_run: bool) -> None:
        if self._running is not None and not self._running.done():
            return
        text = self.path.text().strip()
        if not text:
            self._fail(translate("ImportTab", "Choose the members file first."))
            return
        self._busy(True)
        self.result.clear()
        self.status.setText(translate("ImportTab", "Reading the file …"))
        self._running = self.tasks.spawn(self._import(Path(text), dry_run), "member import")
        self._running.add_done_callback(self._ended)

    def stop(self) -> None:
        if self._running is not None and not self._running.done():
            self._running.cancel()
        self.tasks.cancel()

    async def _import(self, path: Path, dry_run: bool) -> None:
        ctx = self.context
        try:
            # Off the loop: a 100,000-row file takes a moment to decode and check.
            source = await asyncio.to_thread(read_members_file, path)
            record = None if dry_run else ImportRecord(ctx.data / RECORD_FILE)
            try:
                runner = MemberImport(
                    ctx.client, ctx.card, backend=ctx.backend, record=record,
                    batch_size=self.batch_size, on_progress=self._progress,
                )  # fmt: skip
                summary = await runner.run(source, dry_run=dry_run)
            finally:
                if record is not None:
                    record.close()
            report = report_path(path)
            await asyncio.to_thread(write_report, summary, source, report)
        except Exception as exc:
            self._busy(False)
            self._fail(describe(exc))
            return
        self._busy(False)
        self._show(summary, report)

    def _ended(self, task: "asyncio.Task[None]") -> None:
        # Here rather than in the task: a task cancelled before its first step never runs.
        if task.cancelled():
            with contextlib.suppress(RuntimeError):  # the window may be gone already
                self._cancelled_words()

    def _cancelled_words(self) -> None:
        self._busy(False)
        self.status.setText(
            translate(
                "ImportTab",
                "Cancelled. Import the same file again to finish it: no member is added twice.",
            )
        )
        self.cancelled.emit()

    def _progress(self, progress: ImportProgress) -> None:
        if progress.phase == "reading":
            self.status.setText(
                translate("ImportTab", "Reading the program's members to find those already in …")
            )
        elif progress.phase == "sending":
            self.progress.setRange(0, max(progress.rows_total, 1))
            self.progress.setValue(progress.rows_done)
            self.status.setText(
                translate(
                    "ImportTab",
                    "Importing: {done} of %n members, batch {batch} of {batches}",
                    None,
                    progress.rows_total,
                ).format(
                    done=progress.rows_done,
                    batch=progress.batches_done,
                    batches=progress.batches_total,
                )
            )

    def _show(self, summary: ImportSummary, report: Path) -> None:
        if not summary.dry_run and not summary.stopped:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        words = summary.line().capitalize()
        if summary.already_done:
            words = (
                translate(
                    "ImportTab",
                    "This file was imported into this program before; nothing was sent again. ",
                )
                + words
            )
        if summary.stopped is not None:
            words += translate(
                "ImportTab", ". Stopped: {reason}. Import the same file again to finish it."
            ).format(reason=describe(summary.stopped).rstrip("."))
        self.status.setText(
            translate("ImportTab", "Checked.")
            if summary.dry_run
            else translate("ImportTab", "Done.")
        )
        self.result.setText(
            translate("ImportTab", "{summary}\nReport: {path}").format(summary=words, path=report)
        )
        self.finished.emit(summary, str(report))

    def _busy(self, busy: bool) -> None:
        for widget in (self.path, self.choose, self.check, self.run):
            widget.setEnabled(not busy)
        self.cancel.setEnabled(busy)

    def _fail(self, words: str) -> None:
        self.status.setText(words)
        self.failed.emit(words)
