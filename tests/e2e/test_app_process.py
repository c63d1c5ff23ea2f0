"""The counter app and its demo server as real processes, on a real X display.

Xvfb gives the display, and xdotool types the card code as a keyboard-wedge
scanner would: real key events through X, Qt, the wedge filter, the lookup, the
journal and the server. Needs Debian's xvfb and xdotool (`make test` installs
them when it can); without them these tests are skipped, saying so.
"""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.waiting import wait_until

NEEDED = ("Xvfb", "xdotool")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in NEEDED),
    reason="needs Xvfb and xdotool (Debian: apt-get install xvfb xdotool)",
)


@dataclass
class Display:
    name: str
    process: subprocess.Popen[bytes]


@pytest.fixture
def display() -> Iterator[Display]:
    read, write = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()  # Xvfb writes it once it accepts clients
    yield Display(f":{number}", process)
    process.terminate()
    process.wait(timeout=10)


@dataclass
class App:
    process: subprocess.Popen[str]
    data: Path
    env: dict[str, str]


@pytest.fixture
def app(display: Display, tmp_path: Path) -> Iterator[App]:
    config = tmp_path / "config" / "pos-loyalty"
    config.mkdir(parents=True)
    (config / "settings.toml").write_text(
        'station_mode = "scanner"\nundo_seconds = 0.0\nsounds = false\n'
        'operator = "E2E"\nstation_name = "Till 9"\n'
    )
    env = {
        **os.environ,
        "DISPLAY": display.name,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    with open(tmp_path / "app.out", "w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "pos_loyalty"], env=env, text=True,
            stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
        yield App(process, tmp_path / "data" / "pos-loyalty", env)
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()  # never leave a process behind, even after a failure
                process.wait()


def xdotool(app: App, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env=app.env, capture_output=True, text=True, timeout=60
    )
    return done.stdout.strip()


def member_stamps(db: Path, code: str) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT stamps FROM users WHERE code = ?", (code,)).fetchone()
    return int(row[0])


def test_a_scan_typed_on_the_keyboard_stamps_the_card(app: App) -> None:
    window = xdotool(app, "search", "--sync", "--onlyvisible", "--name", "pos-loyalty · Counter")
    assert window, "the counter window never appeared"
    db = app.data / "demo.sqlite3"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        code, before = conn.execute(
            "SELECT code, stamps FROM users WHERE card_id = 1 AND voided_at IS NULL"
            " AND stamps < 4 ORDER BY id LIMIT 1"
        ).fetchone()
    xdotool(app, "windowfocus", "--sync", window.splitlines()[0])
    # A scanner: the whole code a few milliseconds per key, then Enter, in one burst.
    xdotool(app, "type", "--delay", "4", "--args", "1", code, "key", "--delay", "4", "Return")
    after = wait_until(
        lambda: member_stamps(db, code) == before + 1 and before + 1,
        timeout=30,
        what="the stamp to reach the demo server",
    )
    assert after == before + 1
    journal = app.data / "station-demo.sqlite3"
    with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as conn:
        ops = conn.execute("SELECT kind, state, operator, station FROM operations").fetchall()
    assert ops == [("add_stamps", "applied", "E2E", "Till 9")]


def test_closing_the_app_stops_its_demo_server(app: App) -> None:
    xdotool(app, "search", "--sync", "--onlyvisible", "--name", "pos-loyalty · Counter")
    demo_db = str(app.data / "demo.sqlite3")

    def server_running() -> bool:
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if demo_db.encode() in cmdline.read_bytes():
                    return True
            except OSError:  # the process ended while we looked
                continue
        return False

    assert server_running()
    app.process.send_signal(signal.SIGTERM)
    assert app.process.wait(timeout=20) == 0
    wait_until(lambda: not server_running(), timeout=10, what="the demo server to stop")
