"""A shift's worth of scans, then the till is shut down: the app must end cleanly.

PySide6 6.12.0 lost a reference to True on every signal emit, and the counter
aborted (bool_dealloc, exit -6) at exit after a few dozen scans, or mid-shift
after more (docs/pyside6-bool-refcount.md). Here 200 scans go through real key
events, the wedge filter, the journal and the demo server, then SIGTERM.
"""

from functools import partial

import pytest

from tests.e2e.desktop import App, focus, journal_states, needs_x, read_only, scan, terminate
from tests.support.waiting import wait_until

pytestmark = needs_x

SCANS = 200


@pytest.fixture
def app_settings() -> str:
    # Every scan stamps, and the same card may come back at once: no repeat guard.
    return (
        'station_mode = "scanner"\nundo_seconds = 0.0\nsounds = false\n'
        "repeat_cooldown_seconds = 0.0\n"
    )


def stamp_events(app: App) -> int:
    with read_only(app.demo_db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM stamp_events").fetchone()[0])


def journaled(app: App, count: int) -> bool:
    app.assert_running()  # an app that died mid-shift fails at once, with its output
    return len(journal_states(app)) == count


def test_two_hundred_scans_then_sigterm_ends_with_exit_code_0(app: App) -> None:
    with read_only(app.demo_db) as conn:
        codes = [
            code
            for (code,) in conn.execute(
                "SELECT code FROM users WHERE card_id = 1 AND voided_at IS NULL ORDER BY id"
            )
        ]
    events_before = stamp_events(app)
    focus(app)
    for n in range(1, SCANS + 1):
        scan(app, codes[n % len(codes)], key_delay_ms=1)
        # The next scan would cancel a lookup still running: wait until this one is
        # journaled. Polled often: this is most of the test's time.
        wait_until(
            partial(journaled, app, n),
            timeout=30,
            what=f"scan {n} of {SCANS} in the journal",
            interval=0.005,
        )
    wait_until(
        lambda: journal_states(app) == ["applied"] * SCANS,
        timeout=120,
        what=f"all {SCANS} stamps applied",
    )
    assert stamp_events(app) == events_before + SCANS  # each once, none lost or doubled
    exit_code = terminate(app)
    assert "Fatal Python error" not in app.output.read_text()
    assert exit_code == 0
