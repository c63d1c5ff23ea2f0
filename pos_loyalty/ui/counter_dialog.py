"""What every dialog of the member screens shares: it fits a small screen (the body
scrolls, the buttons stay in sight), Enter confirms nothing, scans stay inside it
while it is open, and its background work ends when it closes."""

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.i18n import translate
from pos_loyalty.station.errors import describe
from pos_loyalty.ui.fitted_label import FittedButton
from pos_loyalty.ui.screen_fit import (
    ReflowLayout,
    dialog_size,
    follow_wrapping,
    widen_to_content,
)
from pos_loyalty.ui.wedge_filter import WedgeFilter
from pos_loyalty.ui.widgets import named

log = logging.getLogger(__name__)
PREFERRED_SIZE = QSize(680, 540)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# The status bar's colours for trouble and for good news, reused for a dialog's note.
NOTE_STYLE = {"error": "Offline", "warn": "Offline", "ok": "Online", "info": "Hint"}


def problem_label() -> QLabel:
    """A line under a field saying what is wrong with it (hidden while nothing is)."""
    label = named(QLabel(), "Offline")
    label.setWordWrap(True)
    label.hide()
    return label


def _current_task() -> "asyncio.Task[Any] | None":
    try:
        return asyncio.current_task()
    except RuntimeError:  # no loop running (a dialog closed at shutdown)
        return None


class TaskSet:
    """Background work of a dialog: kept referenced, cancelled when it closes. A task
    that fails is logged and told in words through ``on_error``."""

    def __init__(self, on_error: Callable[[str], None]) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_error = on_error

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> "asyncio.Task[Any]":
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(lambda done: self._finished(done, name))
        return task

    def _finished(self, task: "asyncio.Task[Any]", name: str) -> None:
        self._tasks.discard(task)
        if task.cancelled() or task.exception() is None:
            return
        error = task.exception()
        log.error("%s failed", name, exc_info=error)
        # The dialog may be gone already (RuntimeError from Qt): the log has it.
        with contextlib.suppress(RuntimeError):
            self._on_error(describe(error) if error is not None else name)

    def cancel(self) -> None:
        # Not the task asking: it is finishing (a sign-up that closes its dialog).
        running = _current_task()
        for task in list(self._tasks):
            if task is not running:
                task.cancel()

    async def wait(self) -> None:
        """Until the work running now has ended (its errors are told, not raised)."""
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def __len__(self) -> int:
        return len(self._tasks)


class CounterDialog(QDialog):
    """A dialog of the counter. Put fields in ``body`` (it scrolls on a short screen),
    buttons with ``add_button``, words for the person with ``say``.

    Open it with ``open()``, never ``exec()``: a nested event loop would stall the
    counter's asyncio tasks (the sender, lookups)."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        wedge: WedgeFilter | None = None,
        preferred: QSize = PREFERRED_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._wedge = wedge
        self.tasks = TaskSet(lambda text: self.say("error", text))
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(4, 4, 12, 4)
        self.scroller = named(QScrollArea(), "Scroller")
        self.scroller.setWidget(self.body)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        follow_wrapping(self.scroller)  # wrapped text scrolls, never cut
        self.note = named(QLabel(""), "Hint", translate("CounterDialog", "Message"))
        self.note.setWordWrap(True)
        self.note.hide()
        # A column when large text makes the buttons wider than the screen.
        self.button_row = ReflowLayout(whole_text=True)
        self.button_row.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.note)
        layout.addLayout(self.button_row)
        self.resize(dialog_size(self, preferred))

    # Building

    def add_button(
        self, text: str, accessible: str, slot: Callable[[], object], *, stretch: int = 1
    ) -> QPushButton:
        """A button in the row at the bottom; it never becomes the default (Enter)."""
        button = FittedButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.setDefault(False)
        button.clicked.connect(lambda _=False: slot())
        self.button_row.addWidget(button, stretch)
        return button

    def add_close_button(self, text: str | None = None) -> QPushButton:
        # Translated when the button is made: a default argument is evaluated at import.
        text = translate("CounterDialog", "Close") if text is None else text
        return self.add_button(
            translate("CounterDialog", "{text}  (Esc)").format(text=text), text, self.reject
        )

    # Words

    def say(self, level: str, text: str) -> None:
        """A line above the buttons: what happened and what to do (empty: hidden)."""
        self.note.setObjectName(NOTE_STYLE.get(level, "Hint"))
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)

    # Behaviour

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter confirms nothing here: every scan ends with Enter, and a destructive
        # action takes a click (or Tab to it and Space).
        if event.key() in _ENTER:
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # Scans belong to the dialog while it is open: none opens a member or adds a
        # stamp on the counter behind it.
        if self._wedge is not None:
            self._wedge.capture(self)
        super().showEvent(event)
        widen_to_content(self)  # large text: as wide as the screen allows, if it needs it
        for button in self.findChildren(QPushButton):
            button.setDefault(False)
        # Opened from another dialog as it closes: the keys (Esc) come here, not to
        # the counter behind, which the window manager may have given the focus.
        self.activateWindow()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._wedge is not None:
            self._wedge.release(self)
        super().hideEvent(event)

    def done(self, result: int) -> None:
        self.tasks.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.cancel()
        super().closeEvent(event)


def choose_save_path(
    parent: QWidget, title: str, file_name: str, kinds: str, chosen: Callable[[Path], object]
) -> QFileDialog:
    """A "save as" dialog, opened with ``open()`` (no nested loop); ``chosen`` hears the
    path. Returned so a test can pick the file."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dialog = QFileDialog(parent, title, str(Path(folder or Path.home()) / file_name), kinds)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAccessibleName(title)
    suffix = Path(file_name).suffix.lstrip(".")
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
