"""Emitting a signal must not cost True, False or None a reference.

PySide6 6.12.0 drops one reference to True on every emit, whatever the signal
carries; CPython 3.11 then frees True and aborts (bool_dealloc) after a few
hundred emits, mid-shift or at exit. pyproject.toml keeps that release out;
docs/pyside6-bool-refcount.md has the reproduction and the versions measured.

Each test emits 10,000 signals of one shape the app uses and looks at the three
counts after every batch of 10, so a faulty release fails on the first batch
with the numbers, long before the interpreter would abort.
"""

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage

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
            f"after {done} emits these lost references: {fallen} (before {before}, now {now})"
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
