"""Kiosk mode as a real process under a window manager (openbox on Xvfb).

The window fills the screen; Alt+F4 (openbox's own close key), Esc, Ctrl+Q,
Ctrl+W and a window manager's close leave the app running; a manager's PIN on the
keypad ends it with exit code 0, and so does SIGTERM (systemd's stop). The same
for the self-service flavour (``--kiosk self-service``), whose counter keys (F10,
F2, Space) do nothing either.
"""

import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.clock import SystemClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.staff import Role, StaffRoster
from tests.e2e.desktop import App, Display, focus, needs_x, xdotool
from tests.e2e.test_app_exits import (
    SETTINGS,
    assert_clean_exit,
    close_like_a_window_manager,
    launched,
)
from tests.support.waiting import wait_until

pytestmark = [
    needs_x,
    pytest.mark.skipif(shutil.which("openbox") is None, reason="needs openbox (Debian: openbox)"),
]
SCREEN = (1280, 800)  # the display fixture's screen_size
MANAGER_PIN = "4821"
PIN_TITLE = "Leave kiosk mode"


def window_manager_running(display: Display) -> bool:
    """An ICCCM window manager owns the WM_S0 selection once it manages the screen."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.name.encode())
    assert connection, "cannot open the X display"
    try:
        return bool(x11.XGetSelectionOwner(connection, x11.XInternAtom(connection, b"WM_S0", 0)))
    finally:
        x11.XCloseDisplay(connection)


@pytest.fixture
def window_manager(display: Display, tmp_path: Path) -> Iterator[None]:
    env = {**os.environ, "DISPLAY": display.name, "HOME": str(tmp_path)}
    process = subprocess.Popen(
        ["openbox", "--sm-disable"], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until(lambda: window_manager_running(display), timeout=30, what="openbox")
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)


def with_a_manager(tmp_path: Path) -> None:
    """The station file the demo counter opens, with a manager in it."""
    data = tmp_path / "data" / "pos-loyalty"
    data.mkdir(parents=True, exist_ok=True)
    conn = open_station_database(data / "station-demo.sqlite3")
    try:
        clock = SystemClock()
        roster = StaffRoster(conn, clock, AuditLog(conn, clock), station="Tablet 1")
        roster.add("Maria", Role.MANAGER, MANAGER_PIN, by="setup")
    finally:
        conn.close()


@pytest.fixture
def kiosk(display: Display, window_manager: None, tmp_path: Path) -> Iterator[App]:
    with_a_manager(tmp_path)
    with launched(display, tmp_path, "--kiosk", settings=SETTINGS.encode()) as app:
        yield app


def geometry(app: App) -> tuple[int, int, int, int]:
    values = dict(
        line.split("=") for line in xdotool(app, "getwindowgeometry", "--shell", app.window).split()
    )
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def full_screen(app: App) -> bool:
    app.assert_running()
    return geometry(app) == (0, 0, *SCREEN)


def pin_dialog(app: App) -> str:
    app.assert_running()
    return xdotool(app, "search", "--onlyvisible", "--name", PIN_TITLE)


def test_the_escape_keys_and_a_close_do_nothing_and_a_pin_leaves(kiosk: App) -> None:
    app = kiosk
    wait_until(lambda: full_screen(app), timeout=30, what="the window to fill the screen")
    for keys in ("alt+F4", "Escape", "ctrl+q", "ctrl+w"):
        focus(app)
        xdotool(app, "key", keys)
    close_like_a_window_manager(app)
    # A close or quit would have ended the process by now; the window still answers
    # (a key after the others is handled after them: the F12 keypad opens).
    focus(app)
    xdotool(app, "key", "F12")
    dialog = wait_until(lambda: pin_dialog(app), timeout=30, what="the PIN keypad").split()[0]
    app.assert_running()
    assert full_screen(app)
    xdotool(app, "windowfocus", "--sync", dialog)
    xdotool(app, "type", "--delay", "120", "1111")
    xdotool(app, "key", "Return")
    # A wrong PIN leaves the keypad open, and the app running.
    xdotool(app, "type", "--delay", "120", MANAGER_PIN)
    xdotool(app, "key", "Return")
    assert_clean_exit(app)


@pytest.fixture
def self_service(display: Display, window_manager: None, tmp_path: Path) -> Iterator[App]:
    """``--kiosk self-service`` on a station set up as a scanner station: the flavour
    must not let a scan stamp by itself."""
    with_a_manager(tmp_path)
    with launched(display, tmp_path, "--kiosk", "self-service", settings=SETTINGS.encode()) as app:
        yield app


def test_self_service_fills_the_screen_ignores_the_escape_keys_and_a_pin_leaves(
    self_service: App,
) -> None:
    app = self_service
    wait_until(lambda: full_screen(app), timeout=30, what="the window to fill the screen")
    for keys in ("alt+F4", "Escape", "ctrl+q", "ctrl+w", "F10", "F2", "space"):
        focus(app)
        xdotool(app, "key", keys)
    close_like_a_window_manager(app)
    focus(app)
    xdotool(app, "key", "F12")
    dialog = wait_until(lambda: pin_dialog(app), timeout=30, what="the PIN keypad").split()[0]
    app.assert_running()
    assert full_screen(app)
    xdotool(app, "windowfocus", "--sync", dialog)
    xdotool(app, "type", "--delay", "120", MANAGER_PIN)
    xdotool(app, "key", "Return")
    assert_clean_exit(app)


def test_sigterm_still_ends_it_cleanly(kiosk: App) -> None:
    app = kiosk
    wait_until(lambda: full_screen(app), timeout=30, what="the window to fill the screen")
    app.process.send_signal(signal.SIGTERM)
    assert_clean_exit(app)
