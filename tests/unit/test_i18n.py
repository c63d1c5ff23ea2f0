"""The Qt-free side of the four languages: the choice, English plurals, dates, the setting."""

import threading
from datetime import datetime
from pathlib import Path

import pytest

from pos_loyalty.domain import i18n
from pos_loyalty.domain.i18n import choose_language, format_moment, translate
from pos_loyalty.scanning.camera_scanner import CameraCallbacks, CameraScanner, CameraStatus
from pos_loyalty.station.settings import SettingsStore, StationSettings
from tests.unit.test_camera_decoding import CODE, LockstepSource, frames_of, ladder


@pytest.mark.parametrize(
    ("setting", "system", "chosen"),
    [
        ("system", ["nl-BE", "nl", "en"], "nl"),
        ("system", ["de_DE"], "de"),
        ("system", ["es-ES", "fr-FR"], "fr"),  # the first the counter speaks
        ("system", ["es-ES", "pt"], "en"),  # none: English
        ("system", [], "en"),
        ("fr", ["nl-NL"], "fr"),  # the setting wins
        ("en", ["de-DE"], "en"),
    ],
)
def test_the_language_is_the_setting_else_the_system_s(
    setting: str, system: list[str], chosen: str
) -> None:
    assert choose_language(setting, system) == chosen


def test_english_without_a_catalogue_counts_right() -> None:
    assert translate("T", "%n stamp(s)", None, 1) == "1 stamp"
    assert translate("T", "%n stamp(s)", None, 0) == "0 stamps"
    assert translate("T", "%n stamp(s)", None, 12) == "12 stamps"
    assert translate("T", "Welcome, {name}") == "Welcome, {name}"


def test_dates_are_english_until_a_language_installs_its_own() -> None:
    moment = datetime(2026, 3, 4, 14, 2)
    assert format_moment(moment, "time") == "14:02"
    assert format_moment(moment, "date") == "04 Mar 2026"
    assert format_moment(moment, "day") == "04 Mar"
    assert format_moment(moment, "day_time") == "4 Mar 14:02"
    i18n.install_dates(lambda m, style: f"{style}:{m:%Y}")
    try:
        assert format_moment(moment, "date") == "date:2026"
    finally:
        i18n.install_dates(None)
    assert format_moment(moment, "date") == "04 Mar 2026"


def test_the_language_setting_is_kept_and_a_bad_one_falls_back(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    assert store.load().language == "system"
    store.save(StationSettings(language="de"))
    assert store.load().language == "de"
    (tmp_path / "settings.toml").write_text('language = "klingon"\n', encoding="utf-8")
    assert store.load().language == "system"
    assert any("language" in problem for problem in store.problems)


def test_the_camera_says_what_its_status_means_in_any_language() -> None:
    """The screen tells an opened camera from a missing one by the status's flags, not
    its words, which are translated."""
    source = LockstepSource(frames_of(CODE), fail_opens=1)
    source.reconnects = True
    statuses: list[str] = []
    opened = threading.Event()

    def status(text: str) -> None:
        statuses.append(text)
        if isinstance(text, CameraStatus) and text.opened:
            opened.set()

    def frame_done(frame: object, found: object) -> None:
        source.decoded.release()

    i18n.install(lambda context, source, disambiguation, n: "¿" + source)  # not English
    try:
        callbacks = CameraCallbacks(code=lambda *_: None, frame=frame_done, status=status)
        scanner = CameraScanner(source, callbacks, ladder=ladder, backoff_start=0.01)
        scanner.start()
        assert opened.wait(timeout=30)
        scanner.stop()
    finally:
        i18n.install(None)
    missing, on = statuses[0], next(s for s in statuses if getattr(s, "opened", False))
    assert isinstance(missing, CameraStatus)
    assert missing.problem
    assert not missing.opened
    assert isinstance(on, CameraStatus)
    assert on.startswith("¿Camera on")
