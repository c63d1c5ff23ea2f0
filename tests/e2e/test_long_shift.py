"""A shift's worth of scans, then the till is shut down: the app must end cleanly.

PySide6 6.12.0 lost a reference to True on every signal emit, and the counter
aborted (bool_dealloc, exit -6) at exit after a few dozen scans, or mid-shift
after more (docs/pyside6-bool-refcount.md). Here 200 scans go through real key
events, the wedge filter, the journal and the demo server, then SIGTERM.
"""

from functools import partial

import pytest

from tests.e2e.desktop import (
    App,
    focus,
    journal_states,
    needs_x,
    read_only,
    scan_until,
    terminate,
)
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
    return len(journal_states(app)) >= count


# About 10 s on an idle machine; minutes when other work starves it of CPU.
@pytest.mark.timeout(900)
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
        # The next scan would cancel a lookup still running: each waits for its row.
        scan_until(app, codes[n % len(codes)], partial(journaled, app, n), key_delay_ms=1)
    wait_until(
        lambda: set(journal_states(app)) == {"applied"},
        timeout=120,
        what="every stamp applied",
    )
    rows = len(journal_states(app))  # a scan typed again may have been taken twice
    assert rows >= SCANS
    assert stamp_events(app) == events_before + rows  # each once, none lost or doubled
    exit_code = terminate(app)
    assert "Fatal Python error" not in app.output.read_text()
    assert exit_code == 0
