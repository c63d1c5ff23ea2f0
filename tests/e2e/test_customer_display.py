"""The customer display with the real app on Xvfb: ``--customer-display`` opens a
second window beside the counter (one screen), or fills the second screen (two
monitors on one Xvfb screen, as RandR 1.5 describes a desk with two displays).
The counter keeps the keyboard, and closing the counter's window ends both."""

import ctypes
import ctypes.util
from pathlib import Path

import pytest

from tests.e2e.desktop import App, Display, needs_x, xdotool
from tests.e2e.test_app_exits import (
    a_session,
    assert_clean_exit,
    close_like_a_window_manager,
    launched,
)
from tests.e2e.test_kiosk import geometry
from tests.support.waiting import wait_until

pytestmark = needs_x
CUSTOMER_TITLE = "pos-loyalty · Customer display"
COUNTER_MONITOR = (0, 0, 1366, 768)
CUSTOMER_MONITOR = (1366, 0, 1024, 600)


@pytest.fixture
def screen_size() -> str:
    """Room for both monitors side by side."""
    return "2390x768"


class _MonitorInfo(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_ulong), ("primary", ctypes.c_int), ("automatic", ctypes.c_int),
        ("noutput", ctypes.c_int), ("x", ctypes.c_int), ("y", ctypes.c_int),
        ("width", ctypes.c_int), ("height", ctypes.c_int), ("mwidth", ctypes.c_int),
        ("mheight", ctypes.c_int), ("outputs", ctypes.c_void_p),
    ]  # fmt: skip


def add_monitors(display: Display, *monitors: tuple[str, tuple[int, int, int, int]]) -> None:
    """Split the X screen into monitors (RandR 1.5 ``setmonitor``); the first is primary."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    xrandr = ctypes.CDLL(ctypes.util.find_library("Xrandr") or "libXrandr.so.2")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xrandr.XRRSetMonitor.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_MonitorInfo),
    ]  # fmt: skip
    connection = x11.XOpenDisplay(display.name.encode())
    assert connection, "cannot open the X display"
    try:
        root = x11.XDefaultRootWindow(connection)
        for n, (name, (x, y, width, height)) in enumerate(monitors):
            atom = x11.XInternAtom(connection, name.encode(), 0)
            millimetres = (width * 254 // 960, height * 254 // 960)  # at 96 dpi
            info = _MonitorInfo(atom, int(n == 0), 0, 0, x, y, width, height, *millimetres, None)
            xrandr.XRRSetMonitor(connection, root, ctypes.byref(info))
        x11.XSync(connection, 0)
    finally:
        x11.XCloseDisplay(connection)


def customer_window(app: App) -> str:
    app.assert_running()
    found = xdotool(app, "search", "--onlyvisible", "--name", CUSTOMER_TITLE)
    return found.split()[0] if found else ""


def test_a_second_window_on_one_screen_and_the_counter_closes_both(
    display: Display, tmp_path: Path
) -> None:
    with launched(display, tmp_path, "--customer-display") as app:
        customer = wait_until(lambda: customer_window(app), 30, "the customer display")
        assert customer != app.window
        # A scan and a stamp with the display open: the keys still reach the counter.
        a_session(app)
        assert customer_window(app) == customer
        close_like_a_window_manager(app)  # the counter's window
        assert_clean_exit(app)


def test_it_fills_the_second_screen_and_ends_with_sigterm(display: Display, tmp_path: Path) -> None:
    add_monitors(display, ("COUNTER", COUNTER_MONITOR), ("CUSTOMER", CUSTOMER_MONITOR))
    with launched(display, tmp_path, "--customer-display", "customer") as app:
        customer = wait_until(lambda: customer_window(app), 30, "the customer display")
        on_its_screen = wait_until(
            lambda: geometry_of(app, customer) == CUSTOMER_MONITOR,
            30,
            "the customer display to fill its screen",
        )
        assert on_its_screen
        x, _y, _width, _height = geometry(app)
        assert x < COUNTER_MONITOR[2]  # the counter stays on its own screen
        app.process.terminate()
        assert_clean_exit(app)


def geometry_of(app: App, window: str) -> tuple[int, int, int, int]:
    app.assert_running()
    shell = xdotool(app, "getwindowgeometry", "--shell", window)
    values = dict(line.split("=") for line in shell.split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])
