"""Emitting a signal, or Qt calling into Python, must not cost True, False or None a reference.

PySide6 6.12.0 drops one reference to True on every emit, whatever the signal
carries, and one to None on every timer event, posted event and asyncio step
of the qasync loop. CPython 3.11 then frees True or None and aborts
(bool_dealloc, none_dealloc) mid-shift or at exit. pyproject.toml keeps that
release out; docs/pyside6-bool-refcount.md has the reproduction and the
versions measured.

Each test makes 10,000 calls of one shape the app uses and looks at the three
counts after every batch of 10, so a faulty release fails on the first batch
with the numbers, long before the interpreter would abort.
"""

import asyncio
import gc
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QTimerEvent, Signal
from PySide6.QtGui import QImage

import qasync  # isort: skip  (after PySide6)

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="True, False and None are immortal from Python 3.12 (PEP 683): their reference"
    " counts never move, so a lost reference cannot be seen",
)

EMITS = 10_000
BATCH = 10


class Shapes(QObject):
    """One signal of each shape the counter's widgets, controllers and camera bridge use."""

    bare = Signal()
    text = Signal(str)
    flag = Signal(bool)
    number = Signal(int)
    thing = Signal(object)
    image = Signal(QImage)
    items = Signal(list)
    two_texts = Signal(str, str)
    thing_and_number = Signal(object, int)
    confirmation = Signal(object, object, list)


@dataclass(frozen=True)
class Ticket:
    """Stands in for the app's own objects (Member, Operation) carried as `object`."""

    code: str


IMAGE = QImage(8, 8, QImage.Format.Format_RGB888)

SHAPES: dict[str, tuple[str, tuple[Any, ...]]] = {
    "no argument": ("bare", ()),
    "str": ("text", ("ABC123",)),
    "bool True": ("flag", (True,)),
    "bool False": ("flag", (False,)),
    "int": ("number", (3,)),
    "object": ("thing", (Ticket("ABC123"),)),
    "object None": ("thing", (None,)),
    "QImage": ("image", (IMAGE,)),
    "list": ("items", ([Ticket("ABC123")],)),
    "str, str": ("two_texts", ("info", "Stamp added")),
    "object, int": ("thing_and_number", (Ticket("ABC123"), 2)),
    "object, object, list": ("confirmation", (Ticket("A"), Ticket("B"), ["Free coffee"])),
}
FROM_A_THREAD = ["no argument", "str", "bool True", "object", "QImage"]


def counts() -> dict[str, int]:
    return {
        "True": sys.getrefcount(True),
        "False": sys.getrefcount(False),
        "None": sys.getrefcount(None),
    }


@pytest.fixture
def no_collection() -> Iterator[None]:
    """A collection during the loop could free old garbage that held None or a bool,
    and look like a lost reference."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()


@dataclass
class Receiver:
    heard: int = 0

    def __call__(self, *args: object) -> None:
        self.heard += 1  # keeps no argument: a kept True would hide a lost one


def check_batches(emit_batch: Callable[[], None]) -> None:
    emit_batch()  # the first emit of a shape may fill caches: not counted
    before = counts()
    for done in range(BATCH, EMITS + 1, BATCH):
        emit_batch()
        now = counts()
        fallen = {name: before[name] - now[name] for name in now if now[name] < before[name]}
        assert not fallen, (
            f"after {done} calls these lost references: {fallen} (before {before}, now {now})"
        )


@pytest.mark.usefixtures("no_collection")
@pytest.mark.parametrize("shape", SHAPES)
def test_emitting_on_the_gui_thread_keeps_every_reference(shape: str) -> None:
    name, args = SHAPES[shape]
    shapes = Shapes()
    receiver = Receiver()
    signal = getattr(shapes, name)
    signal.connect(receiver)

    def emit_batch() -> None:
        for _ in range(BATCH):
            signal.emit(*args)

    check_batches(emit_batch)
    assert receiver.heard == EMITS + BATCH


@pytest.mark.usefixtures("no_collection")
@pytest.mark.parametrize("shape", FROM_A_THREAD)
def test_emitting_from_a_worker_thread_keeps_every_reference(
    qapp: QCoreApplication, shape: str
) -> None:
    """As the camera bridge does: emitted on a scanner thread, queued to the GUI thread."""
    name, args = SHAPES[shape]
    shapes = Shapes()  # lives on the GUI thread, so a worker's emits are queued
    receiver = Receiver()
    signal = getattr(shapes, name)
    signal.connect(receiver)
    sent = 0

    def emit_batch() -> None:
        nonlocal sent

        def worker() -> None:
            for _ in range(BATCH):
                signal.emit(*args)

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert receiver.heard == sent  # nothing ran on the worker: the calls wait in a queue
        sent += BATCH
        # The worker has ended, so every call is queued: deliver them all now.
        QCoreApplication.sendPostedEvents()
        assert receiver.heard == sent

    check_batches(emit_batch)
    assert receiver.heard == EMITS + BATCH


# Qt calling into Python: the app's event filters, timers and the qasync loop.


class Listener(QObject):
    """Counts what Qt delivers to Python overrides, keeping nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.timer_events = 0
        self.events = 0
        self.filtered = 0

    def timerEvent(self, event: QTimerEvent) -> None:
        self.timer_events += 1

    def customEvent(self, event: QEvent) -> None:
        self.events += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.filtered += 1
        return False


def process_until(
    app: QCoreApplication, condition: Callable[[], bool], seconds: float = 10
) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "Qt did not deliver the calls in time"
        app.processEvents()


@pytest.mark.usefixtures("no_collection")
def test_timer_events_keep_every_reference(qapp: QCoreApplication) -> None:
    """qasync runs every asyncio callback from a Python timerEvent."""
    listener = Listener()

    def batch() -> None:
        target = listener.timer_events + BATCH
        timer = listener.startTimer(0)
        process_until(qapp, lambda: listener.timer_events >= target)
        listener.killTimer(timer)

    check_batches(batch)


@pytest.mark.usefixtures("no_collection")
def test_single_shot_callables_keep_every_reference(qapp: QCoreApplication) -> None:
    calls = Receiver()

    def batch() -> None:
        target = calls.heard + BATCH
        for _ in range(BATCH):
            QTimer.singleShot(0, calls)
        process_until(qapp, lambda: calls.heard == target)

    check_batches(batch)


@pytest.mark.usefixtures("no_collection")
def test_posted_events_keep_every_reference(qapp: QCoreApplication) -> None:
    listener = Listener()

    def batch() -> None:
        target = listener.events + BATCH
        for _ in range(BATCH):
            QCoreApplication.postEvent(listener, QEvent(QEvent.Type.User))
        QCoreApplication.sendPostedEvents(listener)
        assert listener.events == target

    check_batches(batch)


@pytest.mark.usefixtures("no_collection")
def test_event_filters_keep_every_reference(qapp: QCoreApplication) -> None:
    """The wedge filter sees every event of the app."""
    listener = Listener()
    watched = QObject()
    watched.installEventFilter(listener)

    def batch() -> None:
        for _ in range(BATCH):
            QCoreApplication.sendEvent(watched, QEvent(QEvent.Type.User))

    check_batches(batch)
    assert listener.filtered == EMITS + BATCH


@pytest.mark.usefixtures("no_collection")
def test_the_qasync_loop_keeps_every_reference(qapp: QCoreApplication) -> None:
    """The app's asyncio tasks, each step a callback of the Qt event loop."""
    loop = qasync.QEventLoop(qapp)

    async def steps() -> None:
        async def batch() -> None:
            for _ in range(BATCH):
                await asyncio.sleep(0)

        await batch()  # the loop's first steps may fill caches: not counted
        before = counts()
        for done in range(BATCH, EMITS + 1, BATCH):
            await batch()
            now = counts()
            fallen = {name: before[name] - now[name] for name in now if now[name] < before[name]}
            assert not fallen, (
                f"after {done} steps these lost references: {fallen} (before {before}, now {now})"
            )

    try:
        loop.run_until_complete(steps())
    finally:
        loop.close()
