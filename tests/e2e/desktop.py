"""The counter app as a real process on an Xvfb display, typed at with xdotool.

Every wait here polls the state it needs (a window, a signal handler, rows in a
database) bounded in time: a slow machine waits longer, never reads too early.
"""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.waiting import ConditionTimeoutError, wait_until

NEEDED = ("Xvfb", "xdotool")
needs_x = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in NEEDED),
    reason="needs Xvfb and xdotool (Debian: apt-get install xvfb xdotool)",
)
WINDOW_TITLE = "pos-loyalty · Counter"
# Start-up includes the demo server's start and seeding: generous on a busy machine.
START_SECONDS = 60


@dataclass
class Display:
    name: str
    process: subprocess.Popen[bytes]


@dataclass
class App:
    process: subprocess.Popen[str]
    data: Path
    env: dict[str, str]
    output: Path
    window: str = ""  # the X window id, once it is on screen

    @property
    def demo_db(self) -> Path:
        return self.data / "demo.sqlite3"

    @property
    def journal(self) -> Path:
        return self.data / "station-demo.sqlite3"

    def log_tail(self, lines: int = 30) -> str:
        log = self.data / "pos-loyalty.log"
        if not log.exists():
            return "(no log yet)"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])

    def assert_running(self) -> None:
        """Fails with the app's own output, so a crash says why."""
        if self.process.poll() is None:
            return
        raise AssertionError(
            f"the app ended with exit code {self.process.returncode}:\n{self.output.read_text()}"
        )


def start_app(display: Display, home: Path, *args: str, settings: bytes | None) -> App:
    """``python -m pos_loyalty ARGS`` on ``display`` with ``home`` as its user folders;
    ``settings`` is the settings file to start from (None: no file, a first start).
    The caller must end the process (see ``stop_app``)."""
    if settings is not None:
        config = home / "config" / "pos-loyalty"
        config.mkdir(parents=True, exist_ok=True)
        (config / "settings.toml").write_bytes(settings)
    env = {
        **os.environ,
        "DISPLAY": display.name,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    out = home / "app.out"
    with open(out, "w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "pos_loyalty", *args], env=env, text=True,
            stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    return App(process, home / "data" / "pos-loyalty", env, out)


def stop_app(app: App, sig: signal.Signals = signal.SIGKILL) -> None:
    """Never leave a process behind, even after a failure."""
    if app.process.poll() is not None:
        return
    app.process.send_signal(sig)
    try:
        app.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        app.process.kill()
        app.process.wait()


def xdotool(app: App, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env=app.env, capture_output=True, text=True, timeout=60
    )
    return done.stdout.strip()


def catches(pid: int, number: signal.Signals) -> bool:
    """Whether the process has a handler for the signal (the SigCgt mask in /proc)."""
    status = Path(f"/proc/{pid}/status").read_text()
    mask = next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(mask, 16) >> (number - 1) & 1)


def wait_until_ready(app: App) -> None:
    """The counter window is on screen and SIGTERM closes it.

    The app installs its SIGTERM handler just after showing the window: a SIGTERM
    sent between the two would kill it with the default action instead.
    """

    def window() -> str:
        app.assert_running()
        return xdotool(app, "search", "--onlyvisible", "--name", WINDOW_TITLE)

    def handler() -> bool:
        app.assert_running()
        return catches(app.process.pid, signal.SIGTERM)

    try:
        app.window = wait_until(window, START_SECONDS, "the counter window").splitlines()[0]
        wait_until(handler, START_SECONDS, "the app's SIGTERM handler")
    except ConditionTimeoutError as late:
        raise ConditionTimeoutError(f"{late}; the app's log ends:\n{app.log_tail()}") from None


def read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)


def journal_rows(app: App) -> list[tuple[str, str, str, str]]:
    with read_only(app.journal) as conn:
        rows = conn.execute("SELECT kind, state, operator, station FROM operations ORDER BY id")
        return [tuple(row) for row in rows.fetchall()]


def journal_states(app: App) -> list[str]:
    return [state for _kind, state, _operator, _station in journal_rows(app)]


def member_stamps(app: App, code: str) -> int:
    with read_only(app.demo_db) as conn:
        row = conn.execute("SELECT stamps FROM users WHERE code = ?", (code,)).fetchone()
    return int(row[0])


def scan(app: App, code: str, key_delay_ms: int = 4) -> None:
    """A wedge scanner: the whole code a few milliseconds per key, then Enter, in one burst."""
    delay = str(key_delay_ms)
    xdotool(app, "type", "--delay", delay, "--args", "1", code, "key", "--delay", delay, "Return")


def scan_until(
    app: App,
    code: str,
    taken: Callable[[], bool],
    *,
    key_delay_ms: int = 4,
    patience: float = 10,
    tries: int = 3,
) -> None:
    """Scan, and scan again if the app shows no sign of it (``taken``) in time.

    The wedge tells a scanner from a person by real time: on a starved machine a
    burst can reach the app with a long pause inside, be taken for typing or cut
    short, and the scan is lost. A cashier scans again; so does this, a few times.
    """
    for _ in range(tries):
        app.assert_running()
        scan(app, code, key_delay_ms)
        try:
            wait_until(taken, timeout=patience, what="the scan taken", interval=0.005)
            return
        except ConditionTimeoutError:
            continue
    raise AssertionError(f"the app took none of {tries} scans of {code}")


def terminate(app: App, timeout: float = 20) -> int:
    app.process.send_signal(signal.SIGTERM)
    return app.process.wait(timeout=timeout)


def focus(app: App) -> None:
    xdotool(app, "windowfocus", "--sync", app.window)
