"""A counter started for the first time, with no settings: the guide comes first,
and "Try the demo" ends at the counter, ready to scan, with the choice saved."""

import signal
from pathlib import Path

from tests.e2e.desktop import Display, needs_x, start_app, stop_app, wait_until_ready, xdotool
from tests.support.waiting import wait_until

pytestmark = needs_x
GUIDE_TITLE = "pos-loyalty · Set up this counter"


def test_the_first_start_guide_leads_to_the_demo_counter(display: Display, tmp_path: Path) -> None:
    app = start_app(display, tmp_path, settings=None)
    out = app.output
    process = app.process
    try:

        def guide() -> str:
            app.assert_running()
            return xdotool(app, "search", "--onlyvisible", "--name", GUIDE_TITLE)

        window = wait_until(guide, 60, "the first-start guide").splitlines()[0]
        assert not (tmp_path / "data" / "pos-loyalty" / "demo.sqlite3").exists()  # nothing yet
        xdotool(app, "windowfocus", "--sync", window)
        xdotool(app, "key", "space")  # the first choice has the focus: Try the demo
        wait_until_ready(app)
        wait_until(lambda: "ready to scan (demo" in out.read_text(), 60, "the demo counter")
        settings = tmp_path / "config" / "pos-loyalty" / "settings.toml"
        assert 'backend = "demo"' in settings.read_text()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        stop_app(app)
