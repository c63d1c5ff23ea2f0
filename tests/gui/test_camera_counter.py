"""A video file played through the counter ends with the member on screen."""

import asyncio
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PySide6.QtWidgets import QApplication

from pos_loyalty.scanning.frames import VideoFileSource
from pos_loyalty.ui.camera_bridge import CameraBridge
from tests.gui.conftest import Counter
from tests.support.barcode_art import Distortion, empty_frame, place, qr_image


def write_video(path: Path, member_url: str) -> None:
    rng = np.random.default_rng(8)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), 30, (640, 480))
    assert writer.isOpened()
    for n in range(45):
        if 15 <= n < 40:  # the phone is held up for under a second
            gray = place(qr_image(member_url, 4), (640, 480), rng, Distortion(angle=10 + n))
        else:
            gray = empty_frame((640, 480), rng)
        writer.write(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR))
    writer.release()


async def until(condition: Any, qapp: QApplication, seconds: float = 30) -> None:
    """Run Qt (queued signals from the camera threads) and asyncio until it holds."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        qapp.processEvents()
        await asyncio.sleep(0.01)


async def test_a_video_played_through_the_counter_shows_the_member(
    counter: Counter, qapp: QApplication, member: dict[str, Any], tmp_path: Path
) -> None:
    video = tmp_path / "phone.mp4"
    write_video(video, member["download_url"])
    bridge = CameraBridge(VideoFileSource(video, realtime=True))
    bridge.code_scanned.connect(counter.controller.scan)
    counter.window.attach_camera(bridge)
    scans: list[str] = []
    bridge.code_scanned.connect(scans.append)
    bridge.start()
    try:
        await until(lambda: counter.window.panel.name.text() == "John Doe", qapp)
        await until(lambda: bridge.scanner.finished.is_set(), qapp)
        # Both threads have emitted their last signal; deliver every queued one now
        # (processEvents() promises only "some" pending events).
        qapp.sendPostedEvents()
    finally:
        bridge.stop()
    assert scans == [member["code"]]  # 25 frames with the code, one scan
    assert counter.window.pages.currentIndex() == 1
    assert counter.window.idle.camera.frames_shown > 0
    assert counter.window.idle.camera.status.text() == "phone.mp4 ended.".replace(
        "phone", "video phone"
    )
