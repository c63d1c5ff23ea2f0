"""The real app on a 7" tablet's screen and on a common laptop's: the window fits the
screen, a scan shows the member, Space stamps, and SIGTERM ends it with exit code 0."""

import pytest

from tests.e2e.desktop import (
    App,
    focus,
    journal_rows,
    member_stamps,
    needs_x,
    read_only,
    scan,
    terminate,
    xdotool,
)
from tests.support.waiting import wait_until

pytestmark = needs_x


@pytest.fixture(params=["1024x600", "1366x768"])
def screen_size(request: pytest.FixtureRequest) -> str:
    size: str = request.param
    return size


@pytest.fixture
def app_settings() -> str:
    return (
        'station_mode = "counter"\nundo_seconds = 0.0\nsounds = false\n'
        'operator = "E2E"\nstation_name = "Till 9"\n'
    )


def window_geometry(app: App) -> tuple[int, int, int, int]:
    shown = xdotool(app, "getwindowgeometry", "--shell", app.window)
    values = dict(line.split("=", 1) for line in shown.splitlines())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def test_the_window_fits_and_a_scan_and_a_stamp_work(app: App, screen_size: str) -> None:
    screen_width, screen_height = (int(n) for n in screen_size.split("x"))
    x, y, width, height = window_geometry(app)
    assert x >= 0
    assert y >= 0
    assert x + width <= screen_width
    assert y + height <= screen_height
    with read_only(app.demo_db) as conn:
        code, before = conn.execute(
            "SELECT code, stamps FROM users WHERE card_id = 1 AND voided_at IS NULL"
            " AND stamps < 4 ORDER BY id LIMIT 1"
        ).fetchone()
    focus(app)
    scan(app, code)
    press_space_once_the_member_is_shown(app)
    wait_until(
        lambda: journal_rows(app) == [("add_stamps", "applied", "E2E", "Till 9")],
        timeout=30,
        what="the stamp applied in the journal",
    )
    assert member_stamps(app, code) == before + 1
    assert window_geometry(app)[2:] == (width, height)  # nothing grew the window
    assert terminate(app) == 0


def press_space_once_the_member_is_shown(app: App) -> None:
    """Space does nothing until the lookup has put the member on screen. Press it, and
    press again only when no stamp came of it within a generous wait: a second Space
    while the first is on its way would ask "another stamp?" instead."""
    for _ in range(3):
        xdotool(app, "key", "space")
        try:
            wait_until(lambda: bool(journal_rows(app)), timeout=10, what="a stamp queued")
            return
        except AssertionError:
            continue
    raise AssertionError("Space after the scan never queued a stamp")
