"""The camera scanner's threads, heard on the GUI thread through signals."""

import time

import cv2
import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from pos_loyalty.scanning.camera_scanner import CameraCallbacks, CameraScanner, CameraStatus
from pos_loyalty.scanning.codes import CodeParser, ScannedCode
from pos_loyalty.scanning.debounce import Debouncer
from pos_loyalty.scanning.decode_files import second_backend
from pos_loyalty.scanning.decoders import Detection, Image
from pos_loyalty.scanning.frames import FrameSource
from pos_loyalty.scanning.ladder import DecodingLadder

PREVIEW_WIDTH = 480
PREVIEW_INTERVAL = 1 / 15  # seconds: a preview needs no more than 15 pictures a second


class CameraBridge(QObject):
    """Signals are emitted from the scanner's threads; Qt queues them to the GUI
    thread, which only paints a small picture that is ready to show."""

    code_scanned = Signal(str)
    frame_shown = Signal(QImage)
    status_changed = Signal(str)
    # A camera that is missing, unplugged or unreadable, in words for the counter.
    problem_said = Signal(str)
    # True when pictures flow again, False when the camera is lost or missing: the
    # kiosk says "unplugged, reconnecting" and recovers by itself.
    live_changed = Signal(bool)

    def __init__(
        self,
        source: FrameSource,
        repeat_seconds: float = 3.0,
        parent: QObject | None = None,
        *,
        parser: CodeParser | None = None,
    ) -> None:
        super().__init__(parent)
        self.preview = False
        self._last_preview = 0.0
        self.live = False
        # Between "Camera on" and the next problem: a frame decoded after a problem was
        # captured before it, and must not say the camera is back.
        self._opened = False
        callbacks = CameraCallbacks(code=self._code, frame=self._frame, status=self._status)
        ladder = DecodingLadder(secondary=second_backend(), spread=True)
        self.scanner = CameraScanner(
            source, callbacks, ladder=ladder, parser=parser, debouncer=Debouncer(repeat_seconds)
        )

    def start(self) -> None:
        self.scanner.start()

    def stop(self) -> None:
        self.scanner.stop()

    def _code(self, scanned: ScannedCode, detection: Detection) -> None:
        self.code_scanned.emit(scanned.code)

    def _status(self, text: str) -> None:
        # The scanner says when the source opened (CameraStatus.opened); anything else
        # it says (lost, missing, ended) means no picture for now, and it retries by
        # itself. Its words are translated, so they are never matched here.
        self._opened = isinstance(text, CameraStatus) and text.opened
        if not self._opened:
            self.live = False
            self.live_changed.emit(False)
        self.status_changed.emit(text)
        if isinstance(text, CameraStatus) and text.problem:
            self.problem_said.emit(str(text))

    def _frame(self, frame: Image, found: list[Detection]) -> None:
        if self._opened and not self.live:
            self.live = True
            self.live_changed.emit(True)
        now = time.monotonic()
        if not self.preview or now - self._last_preview < PREVIEW_INTERVAL:
            return
        self._last_preview = now
        self.frame_shown.emit(preview_image(frame, found))


def preview_image(frame: Image, found: list[Detection]) -> QImage:
    """A small colour copy of the frame with each code outlined in green."""
    colour = frame if frame.ndim == 3 else cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    scale = min(1.0, PREVIEW_WIDTH / colour.shape[1])
    small = cv2.resize(colour, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    for detection in found:
        points = np.array([[x * scale, y * scale] for x, y in detection.corners], np.int32)
        if len(points) >= 3:
            cv2.polylines(small, [points], isClosed=True, color=(60, 200, 60), thickness=3)
    rgb = np.ascontiguousarray(cv2.cvtColor(small, cv2.COLOR_BGR2RGB))
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
