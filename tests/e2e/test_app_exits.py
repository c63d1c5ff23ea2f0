"""Every way out ends the counter cleanly: exit code 0, no crash, the demo server gone.

SIGINT, Ctrl+Q and closing the window (as a window manager asks it to: a
WM_DELETE_WINDOW message) after a session of a scan and a stamp, with the camera
off and on (a video file plays the camera). SIGTERM has its own tests in
test_app_process.py. And a way in: damaged files at start still give a counter.
"""

import ctypes
import ctypes.util
import signal
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.desktop import (
    App,
    Display,
    focus,
    journal_states,
    needs_x,
    read_only,
    scan,
    scan_until,
    start_app,
    stop_app,
    wait_until_ready,
    xdotool,
)
from tests.support.waiting import wait_until

pytestmark = needs_x

SETTINGS = (
    'station_mode = "scanner"\nundo_seconds = 0.0\nsounds = false\n'
    'operator = "E2E"\nstation_name = "Till 9"\n'
)


@contextmanager
def launched(
    display: Display, tmp_path: Path, *args: str, settings: bytes = SETTINGS.encode()
) -> Iterator[App]:
    """The app with ``args`` on ``display``; never left running after the test."""
    app = start_app(display, tmp_path, *args, settings=settings)
    try:
        wait_until_ready(app)
        yield app
    finally:
        stop_app(app)


def a_session(app: App) -> None:
    """A scan that stamps (scanner-station mode), through to the server."""
    with read_only(app.demo_db) as conn:
        (code,) = conn.execute(
            "SELECT code FROM users WHERE card_id = 1 AND voided_at IS NULL ORDER BY id LIMIT 1"
        ).fetchone()
    focus(app)
    scan_until(app, code, lambda: bool(journal_states(app)))
    # Generous: the machine may be busy with other work.
    wait_until(
        lambda: journal_states(app) == ["applied"], timeout=60, what="the stamp to be applied"
    )


def demo_server_running(app: App) -> bool:
    needle = str(app.demo_db).encode()
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if needle in cmdline.read_bytes():
                return True
        except OSError:  # the process ended while we looked
            continue
    return False


def assert_clean_exit(app: App) -> None:
    try:
        code = app.process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the app did not end:\n{app.output.read_text()}")
    output = app.output.read_text()
    assert code == 0, output
    assert "Fatal Python error" not in output
    assert "Traceback" not in output
    wait_until(lambda: not demo_server_running(app), timeout=10, what="the demo server to stop")


def close_like_a_window_manager(app: App) -> None:
    """Send WM_DELETE_WINDOW, as a window manager's close button does (Xvfb has none)."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p,
    ]  # fmt: skip
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]

    class ClientMessage(ctypes.Structure):
        _fields_ = [
            ("type", ctypes.c_int),
            ("serial", ctypes.c_ulong),
            ("send_event", ctypes.c_int),
            ("display", ctypes.c_void_p),
            ("window", ctypes.c_ulong),
            ("message_type", ctypes.c_ulong),
            ("format", ctypes.c_int),
            ("data", ctypes.c_long * 5),
            ("pad", ctypes.c_long * 24),  # XEvent is a union of 24 longs
        ]

    display = x11.XOpenDisplay(app.env["DISPLAY"].encode())
    assert display, "cannot open the X display"
    try:
        event = ClientMessage()
        event.type = 33  # ClientMessage
        event.window = int(app.window)
        event.message_type = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
        event.format = 32
        event.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
        assert x11.XSendEvent(display, int(app.window), 0, 0, ctypes.byref(event))
        x11.XFlush(display)
    finally:
        x11.XCloseDisplay(display)


def sigint(app: App) -> None:
    app.process.send_signal(signal.SIGINT)


def ctrl_q(app: App) -> None:
    focus(app)
    xdotool(app, "key", "ctrl+q")


EXITS: dict[str, Callable[[App], None]] = {
    "SIGINT": sigint,
    "Ctrl+Q": ctrl_q,
    "window closed": close_like_a_window_manager,
}


@pytest.fixture
def video(tmp_path: Path) -> Path:
    """A minute of plain frames: the camera is still playing when the app is told to quit."""
    import cv2
    import numpy as np

    path = tmp_path / "camera.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 10, (320, 240))
    frame = np.full((240, 320, 3), 200, np.uint8)
    for _ in range(600):
        writer.write(frame)
    writer.release()
    return path


@pytest.mark.parametrize("way_out", list(EXITS))
def test_each_way_out_ends_cleanly_after_a_session(
    display: Display, tmp_path: Path, way_out: str
) -> None:
    with launched(display, tmp_path) as app:
        a_session(app)
        EXITS[way_out](app)
        assert_clean_exit(app)


@pytest.mark.parametrize("way_out", list(EXITS))
def test_each_way_out_ends_cleanly_with_the_camera_on(
    display: Display, tmp_path: Path, video: Path, way_out: str
) -> None:
    with launched(display, tmp_path, "--camera", str(video)) as app:
        a_session(app)
        EXITS[way_out](app)
        assert_clean_exit(app)


def test_garbage_settings_and_station_files_still_give_a_counter(
    display: Display, tmp_path: Path
) -> None:
    data = tmp_path / "data" / "pos-loyalty"
    data.mkdir(parents=True)
    (data / "station-demo.sqlite3").write_bytes(b"\x00garbage\xff" * 1000)
    with launched(display, tmp_path, settings=b"\xff\xfe = [[[ garbage") as app:
        # Default settings: a scan shows the member, and Space stamps once it is shown.
        with read_only(app.demo_db) as conn:
            (code,) = conn.execute(
                "SELECT code FROM users WHERE card_id = 1 AND voided_at IS NULL ORDER BY id LIMIT 1"
            ).fetchone()
        focus(app)
        scan(app, code)

        def stamped_with_space() -> bool:
            xdotool(app, "key", "space")
            return bool(journal_states(app))

        wait_until(stamped_with_space, timeout=30, what="a stamp taken with Space", interval=0.5)
        # Held for the 5 s undo window, then sent; a starved machine may also see the
        # first try time out and the sender back off before it lands.
        wait_until(
            lambda: journal_states(app) == ["applied"], timeout=90, what="the stamp to be applied"
        )
        log = (app.data / "pos-loyalty.log").read_text()
        assert "settings file could not be read" in log
        assert "station file was damaged" in log
        assert len(list(data.glob("station-demo.sqlite3.damaged-*"))) == 1
        assert len(list((tmp_path / "config" / "pos-loyalty").glob("*.damaged-*"))) == 1
        app.process.send_signal(signal.SIGTERM)
        assert_clean_exit(app)
