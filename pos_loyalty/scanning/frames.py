"""Where frames come from: a camera, a video file, or a sequence of images.

Hardware sits behind this interface, so tests and demos play files instead.
"""

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from pos_loyalty.domain.i18n import translate
from pos_loyalty.scanning.decoders import Image

# OpenCV's own logging would print to the terminal on every failed camera probe. The
# variable is read at import, too late here, so the level is also set directly.
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


class SourceError(RuntimeError):
    """The source cannot give frames; the message says why, in words."""


class SourceEnded(Exception):  # noqa: N818 - an end, not an error
    """A file source played to its end."""


class FrameSource(Protocol):
    description: str
    # Whether read() can fail and come back (a camera unplugged and plugged in).
    reconnects: bool
    # Frames per second to pace a file at; None for live sources, which pace themselves.
    pace: float | None

    def open(self) -> None: ...

    def read(self) -> Image:
        """The next frame; raises SourceError (camera lost) or SourceEnded (file done)."""
        ...

    def close(self) -> None: ...


class _CaptureSource:
    """Reading and releasing an OpenCV capture; subclasses open it."""

    description = "capture"
    # What running out of frames means: a camera was lost, a file has ended.
    _at_end: type[Exception] = SourceError

    def __init__(self) -> None:
        self._capture: cv2.VideoCapture | None = None

    def read(self) -> Image:
        if self._capture is None:
            raise SourceError(f"{self.description} is not open")
        ok, frame = self._capture.read()
        if not ok or frame is None:
            if self._at_end is SourceEnded:
                raise SourceEnded(self.description)
            raise SourceError(f"{self.description} stopped sending pictures (unplugged?)")
        return np.asarray(frame, dtype=np.uint8)

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class CameraSource(_CaptureSource):
    """An OpenCV camera: MJPG when offered, at the resolution asked for."""

    reconnects = True
    pace: float | None = None

    def __init__(self, index: int, width: int = 1280, height: int = 720, fps: int = 30) -> None:
        super().__init__()
        self.index = index
        self.size = (width, height)
        self.fps = fps
        self.description = translate("Frames", "camera {index}").format(index=index)

    def open(self) -> None:
        backend = cv2.CAP_V4L2 if sys.platform == "linux" else cv2.CAP_ANY
        capture = cv2.VideoCapture(self.index, backend)
        if not capture.isOpened():
            capture.release()
            raise SourceError(
                translate(
                    "Frames",
                    "No camera found at {camera}. Check that it is plugged in, or"
                    " choose another camera in Settings.",
                ).format(camera=self.description)
            )
        capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.size[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.size[1])
        capture.set(cv2.CAP_PROP_FPS, self.fps)
        # Keep the driver's queue short: the newest frame matters, not the oldest.
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        self._capture = capture


class VideoFileSource(_CaptureSource):
    """A video file, paced at its own frame rate (as a camera would deliver it)."""

    reconnects = False
    _at_end = SourceEnded

    def __init__(self, path: Path, realtime: bool = True) -> None:
        super().__init__()
        self.path = path
        self.description = translate("Frames", "video {name}").format(name=path.name)
        self.realtime = realtime
        self.pace: float | None = None

    def open(self) -> None:
        if not self.path.is_file():
            raise SourceError(
                translate("Frames", "There is no video file {path}.").format(path=self.path)
            )
        capture = cv2.VideoCapture(str(self.path))
        if not capture.isOpened():
            capture.release()
            raise SourceError(f"{self.path} is not a video OpenCV can play.")
        fps = capture.get(cv2.CAP_PROP_FPS)
        self.pace = (fps if fps and fps > 0 else 30.0) if self.realtime else None
        self._capture = capture


class ImageSequenceSource:
    """Still images played as frames, in the order given."""

    reconnects = False

    def __init__(self, paths: Sequence[Path], fps: float | None = 30.0) -> None:
        self.paths = list(paths)
        self.pace = fps
        self.description = translate("Frames", "%n images", None, len(self.paths))
        self._next = 0

    def open(self) -> None:
        self._next = 0

    def read(self) -> Image:
        if self._next >= len(self.paths):
            raise SourceEnded(self.description)
        path = self.paths[self._next]
        self._next += 1
        frame = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if frame is None:
            raise SourceError(f"{path} is not an image OpenCV can read.")
        return np.asarray(frame, dtype=np.uint8)

    def close(self) -> None:
        self._next = len(self.paths)


def source_for(spec: str, size: tuple[int, int] = (1280, 720)) -> FrameSource:
    """``--camera SOURCE``: a device index, a video file, or a folder of images."""
    if spec.isdigit():
        return CameraSource(int(spec), width=size[0], height=size[1])
    path = Path(spec)
    if path.is_dir():
        images = sorted(p for p in path.iterdir() if p.suffix.lower() in {".png", ".jpg", ".jpeg"})
        return ImageSequenceSource(images)
    return VideoFileSource(path)
