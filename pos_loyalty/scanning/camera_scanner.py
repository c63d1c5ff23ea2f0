"""Camera scanning without Qt: capture on one thread (newest frame only), decode on another.

A slow decoder never falls behind: frames that arrive while it works are
replaced, not queued. A read is believed when the ladder is sure of it or when
frames agree (``FrameVoter``), then reported once (``Debouncer``). A camera that
stops is reopened with backoff; a missing one is reported in words.
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from pos_loyalty.domain.i18n import translate
from pos_loyalty.scanning.codes import CodeParser, ScannedCode, ScanRejectedError
from pos_loyalty.scanning.debounce import Debouncer
from pos_loyalty.scanning.decoders import Detection, Image
from pos_loyalty.scanning.frames import FrameSource, SourceEnded, SourceError
from pos_loyalty.scanning.ladder import DecodingLadder
from pos_loyalty.scanning.voting import FrameVoter

log = logging.getLogger(__name__)


@dataclass
class ScannerStats:
    captured: int = 0
    decoded: int = 0
    replaced: int = 0  # frames dropped because a newer one arrived first
    reconnects: int = 0


class CameraStatus(str):
    """A status line of the camera, in the counter's language, with what it means, so
    that the screen never has to read the words: ``opened`` when the source has just
    opened, ``problem`` when it failed (missing, unplugged, unreadable)."""

    opened: bool
    problem: bool

    def __new__(cls, text: str, *, opened: bool = False, problem: bool = False) -> "CameraStatus":
        status = super().__new__(cls, text)
        status.opened = opened
        status.problem = problem
        return status


@dataclass
class CameraCallbacks:
    """Called from the scanner's threads; a Qt bridge turns them into signals."""

    code: Callable[[ScannedCode, Detection], None]
    frame: Callable[[Image, list[Detection]], None] | None = None
    status: Callable[[str], None] = field(default=lambda text: None)


class CameraScanner:
    def __init__(
        self,
        source: FrameSource,
        callbacks: CameraCallbacks,
        *,
        ladder: DecodingLadder | None = None,
        parser: CodeParser | None = None,
        debouncer: Debouncer | None = None,
        voter: FrameVoter | None = None,
        backoff_start: float = 0.5,
        backoff_max: float = 10.0,
    ) -> None:
        self.source = source
        self.callbacks = callbacks
        # A camera spreads the ladder's whole-frame passes over its frames.
        self.ladder = ladder or DecodingLadder(spread=True)
        self.parser = parser or CodeParser()
        self.debouncer = debouncer or Debouncer()
        self.voter = voter or FrameVoter()
        self.stats = ScannerStats()
        self._backoff = (backoff_start, backoff_max)
        self._stop = threading.Event()
        self._newest: Image | None = None
        self._frame_ready = threading.Condition()
        self._capture_done = False
        self._threads: list[threading.Thread] = []
        self.finished = threading.Event()

    def start(self) -> None:
        for target, name in (
            (self._capture_loop, "camera-capture"),
            (self._decode_loop, "camera-decode"),
        ):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        """Stop both threads and release the camera."""
        self._stop.set()
        with self._frame_ready:
            self._frame_ready.notify_all()
        for thread in self._threads:
            thread.join(timeout=5)
        self.source.close()

    # Capture

    def _capture_loop(self) -> None:
        delay = self._backoff[0]
        try:
            while not self._stop.is_set():
                try:
                    self.source.open()
                except SourceError as problem:
                    self.callbacks.status(CameraStatus(str(problem), problem=True))
                    if not self.source.reconnects or self._stop.wait(delay):
                        return
                    delay = min(delay * 2, self._backoff[1])
                    self.stats.reconnects += 1
                    continue
                delay = self._backoff[0]
                on = translate("CameraScanner", "Camera on: {camera}")
                self.callbacks.status(
                    CameraStatus(on.format(camera=self.source.description), opened=True)
                )
                if self._play():
                    return
                self.source.close()
                if not self.source.reconnects:
                    return
                self.callbacks.status(
                    translate("CameraScanner", "{camera} was lost; trying again…").format(
                        camera=self.source.description
                    )
                )
        finally:
            with self._frame_ready:
                self._capture_done = True
                self._frame_ready.notify_all()

    def _play(self) -> bool:
        """Read frames until stopped (True) or the source fails (False)."""
        pace = self.source.pace
        next_at = time.monotonic()
        while not self._stop.is_set():
            try:
                frame = self.source.read()
            except SourceEnded:
                self.callbacks.status(
                    translate("CameraScanner", "{camera} ended.").format(
                        camera=self.source.description
                    )
                )
                return True
            except SourceError as problem:
                self.callbacks.status(CameraStatus(str(problem), problem=True))
                return False
            self.stats.captured += 1
            with self._frame_ready:
                if self._newest is not None:
                    self.stats.replaced += 1
                self._newest = frame
                self._frame_ready.notify()
            if pace:
                next_at += 1 / pace
                if self._stop.wait(max(0.0, next_at - time.monotonic())):
                    return True
        return True

    # Decode

    def _decode_loop(self) -> None:
        try:
            while True:
                with self._frame_ready:
                    while (
                        self._newest is None and not self._capture_done and not self._stop.is_set()
                    ):
                        self._frame_ready.wait()
                    frame, self._newest = self._newest, None
                    if frame is None:
                        return
                self._decode(frame)
        finally:
            self.finished.set()

    def _decode(self, frame: Image) -> None:
        try:
            detections = self.ladder.decode(frame)
        except Exception:  # a bad frame must not end scanning
            log.exception("decoding a frame failed")
            return
        self.stats.decoded += 1
        if self.callbacks.frame is not None:
            self.callbacks.frame(frame, detections)
        for detection in self.voter.frame(detections):
            try:
                scanned = self.parser.parse(detection.text)
            except ScanRejectedError:
                continue  # a QR code that is not a loyalty card: nothing to say every frame
            if self.debouncer.accept(scanned.code):
                self.callbacks.code(scanned, detection)
