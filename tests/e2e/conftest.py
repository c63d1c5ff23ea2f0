"""An Xvfb display and the counter app started on it with its demo server."""

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import App, Display, start_app, stop_app, wait_until_ready


@pytest.fixture
def screen_size() -> str:
    """The virtual screen's size; a test module overrides this fixture for others."""
    return "1280x800"


@pytest.fixture
def display(screen_size: str) -> Iterator[Display]:
    read, write = os.pipe()
    # -noreset: by default Xvfb resets each time its last client leaves, and a client
    # connecting meanwhile is refused. xdotool polling for the window while the app
    # starts made the app fail with "could not connect to display" now and then.
    screen = f"{screen_size}x24"
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()  # Xvfb writes it once it accepts clients
    yield Display(f":{number}", process)
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def app_settings() -> str:
    """The station's settings.toml; a test module overrides this fixture for others."""
    return (
        'station_mode = "scanner"\nundo_seconds = 0.0\nsounds = false\n'
        'operator = "E2E"\nstation_name = "Till 9"\n'
    )


@pytest.fixture
def app(display: Display, tmp_path: Path, app_settings: str) -> Iterator[App]:
    """The app with its window on screen, ready to scan and to be sent SIGTERM."""
    running = start_app(display, tmp_path, settings=app_settings.encode())
    try:
        wait_until_ready(running)
        yield running
    finally:
        stop_app(running, signal.SIGTERM)
