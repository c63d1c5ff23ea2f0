"""The counter app and its demo server as real processes, on a real X display.

Xvfb gives the display, and xdotool types the card code as a keyboard-wedge
scanner would: real key events through X, Qt, the wedge filter, the lookup, the
journal and the server. Needs Debian's xvfb and xdotool (`make test` installs
them when it can); without them these tests are skipped, saying so.
"""

from pathlib import Path

from tests.e2e.desktop import (
    App,
    focus,
    journal_rows,
    member_stamps,
    needs_x,
    read_only,
    scan_until,
    terminate,
)
from tests.support.waiting import wait_until

pytestmark = needs_x


def test_a_scan_typed_on_the_keyboard_stamps_the_card(app: App) -> None:
    with read_only(app.demo_db) as conn:
        code, before = conn.execute(
            "SELECT code, stamps FROM users WHERE card_id = 1 AND voided_at IS NULL"
            " AND stamps < 4 ORDER BY id LIMIT 1"
        ).fetchone()
    focus(app)
    scan_until(app, code, lambda: bool(journal_rows(app)))
    applied = [("add_stamps", "applied", "E2E", "Till 9")]
    # The app records `applied` only once it has read the server's answer: wait for
    # that, not for the stamp on the server, which comes first.
    wait_until(
        lambda: journal_rows(app) == applied, timeout=30, what="the stamp applied in the journal"
    )
    assert member_stamps(app, code) == before + 1


def test_closing_the_app_stops_its_demo_server(app: App) -> None:
    demo_db = str(app.demo_db)

    def server_running() -> bool:
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if demo_db.encode() in cmdline.read_bytes():
                    return True
            except OSError:  # the process ended while we looked
                continue
        return False

    assert server_running()  # the window shows only once the server answers
    assert terminate(app) == 0
    wait_until(lambda: not server_running(), timeout=10, what="the demo server to stop")
