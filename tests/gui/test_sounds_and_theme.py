"""Sound cues that differ by ear, a silent mode that is silent, and a high-contrast
theme whose every text colour reaches WCAG AAA (7:1) on its background."""

import itertools
import struct
import wave
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from pos_loyalty.station.settings import SettingsStore
from pos_loyalty.ui.sounds import RATE, TONES, SoundPlayer, samples, sound_of, write_tone
from pos_loyalty.ui.theme import (
    HIGH_CONTRAST,
    THEMES,
    apply_theme,
    contrast_ratio,
    current_palette,
    scale_points,
    stylesheet,
    text_pairs,
)
from tests.gui.conftest import Counter
from tests.gui.signals import expect

REST = 100  # silent samples in a row: a rest between notes
CUES = ("success", "warning", "error")


def pitches(data: bytes) -> list[float]:
    """The pitch (Hz, by rising zero crossings) of each sounding stretch of 16-bit mono
    PCM; a stretch ends at a rest (a run of silent samples)."""
    values = [v for (v,) in struct.iter_unpack("<h", data)]
    stretches: list[list[int]] = [[]]
    quiet = 0
    for value in values:
        quiet = quiet + 1 if value == 0 else 0
        if quiet == REST and stretches[-1]:
            stretches.append([])
        elif quiet < REST:
            stretches[-1].append(value)
    return [
        round(sum(1 for a, b in itertools.pairwise(s) if a < 0 <= b) * RATE / len(s), -1)
        for s in stretches
        if len(s) > REST
    ]


def test_success_warning_and_error_differ_in_pitch_and_pattern() -> None:
    heard = {cue: pitches(samples(TONES[cue])) for cue in CUES}
    assert len({samples(TONES[cue]) for cue in CUES}) == 3
    # Success rises, error falls and is lowest, warning repeats one note.
    success, warning, error = heard["success"], heard["warning"], heard["error"]
    assert len(success) == len(warning) == len(error) == 2
    assert success[0] < success[1]
    assert abs(warning[0] - warning[1]) < 0.1 * warning[0]  # one note, twice
    assert error[0] > error[1]
    assert max(error) < min(warning) < min(success)
    # What the counter's messages call their cues.
    assert [sound_of(c) for c in ("stamp", "reward", "warning", "error")] == [
        "success", "reward", "warning", "error",
    ]  # fmt: skip


def test_a_tone_file_is_a_wav_of_those_samples(tmp_path: Path) -> None:
    path = tmp_path / "warning.wav"
    write_tone(path, TONES["warning"])
    with wave.open(str(path), "rb") as read:
        assert (read.getnchannels(), read.getsampwidth(), read.getframerate()) == (1, 2, RATE)
        assert read.readframes(read.getnframes()) == samples(TONES["warning"])


def test_silent_mode_plays_nothing(tmp_path: Path, qapp: QApplication) -> None:
    player = SoundPlayer(tmp_path / "sounds", enabled=False)
    started: list[str] = []
    player.on_play = started.append
    for cue in ("stamp", "reward", "warning", "error"):
        player.play(cue)
    assert (player.played, started) == ([], [])
    assert not (tmp_path / "sounds").exists()
    player.enabled = True
    player.player = None  # no system player here: Qt's beep, still through the hook
    player.play("warning")
    assert (player.played, started) == (["warning"], ["warning"])


@pytest.mark.parametrize("enabled", [True, False], ids=["sounds on", "sounds off"])
async def test_sounds_off_keeps_the_counter_silent(
    counter: Counter, member: dict[str, Any], enabled: bool
) -> None:
    counter.sounds.enabled = enabled
    counter.sounds.player = None  # Qt's beep: no system player is started by a test
    heard: list[str] = []
    counter.sounds.on_play = heard.append
    shown = expect(counter.controller.member_changed, lambda view: view is not None)
    counter.controller.scan(member["code"])
    await shown.wait()
    counter.window.action_panel.plus_one.click()
    counter.controller.scan(member["code"])  # the same card again at once: a warning
    asked = expect(counter.controller.prompt_changed, lambda prompt: prompt is not None)
    counter.window.action_panel.plus_one.click()
    await asked.wait()
    assert heard == (["success", "warning"] if enabled else [])


@pytest.mark.parametrize("name", ["high-contrast"])
def test_the_high_contrast_theme_reaches_aaa_for_every_text(name: str) -> None:
    palette = THEMES[name]
    low = {
        what: round(contrast_ratio(front, back), 2)
        for what, (front, back) in text_pairs(palette).items()
        if contrast_ratio(front, back) < 7.0
    }
    assert low == {}
    # Black, white and yellow, with thicker frames than the other themes.
    assert {palette.background, palette.text, palette.accent} == {"#000000", "#ffffff", "#ffff00"}
    assert palette.border_width > THEMES["light"].border_width


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_every_theme_reaches_aa() -> None:
    for palette in THEMES.values():
        low = {
            what: round(contrast_ratio(front, back), 2)
            for what, (front, back) in text_pairs(palette).items()
            if contrast_ratio(front, back) < 4.5
        }
        assert low == {}, palette.name


def test_text_scale_multiplies_every_font_size() -> None:
    sizes_at = {
        scale: sorted(
            int(part.split("pt")[0])
            for part in stylesheet(HIGH_CONTRAST, scale).split("font-size: ")[1:]
        )
        for scale in (100, 200)
    }
    assert sizes_at[200] == [2 * size for size in sizes_at[100]]
    assert stylesheet(HIGH_CONTRAST, 300) == stylesheet(HIGH_CONTRAST, 200)  # at most 200 %


def test_the_settings_keep_a_text_scale_within_100_to_200(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    store.path.write_text('theme = "high-contrast"\ntext_scale = 150\n')
    loaded = store.load()
    assert (loaded.theme, loaded.text_scale) == ("high-contrast", 150)
    store.path.write_text("text_scale = 250\n")
    assert store.load().text_scale == 100
    assert store.problems == ["setting text_scale = 250 is not valid; using the default"]


@pytest.mark.parametrize("name", list(THEMES))
def test_every_theme_shows_where_the_focus_is(name: str) -> None:
    sheet = stylesheet(THEMES[name])
    for focused in ("QPushButton:focus", "QLineEdit:focus", "QCheckBox:focus"):
        assert focused in sheet, (name, focused)
    if name == "high-contrast":
        assert "QComboBox:focus, QAbstractSpinBox:focus" in sheet


def test_a_widgets_own_style_sheet_takes_the_text_scale(qapp: QApplication) -> None:
    try:
        apply_theme(qapp, "high-contrast", 150)
        assert scale_points("#A { font-size: 30pt; } #B { font-size: 11pt; }") == (
            "#A { font-size: 45pt; } #B { font-size: 16pt; }"
        )
        assert current_palette() is HIGH_CONTRAST
    finally:
        apply_theme(qapp, "light", 100)
