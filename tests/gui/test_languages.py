"""The counter in English, Dutch, French and German: the language switch checked by
the text on screen (the widget tree, and the screenshot read back by OCR when
tesseract is installed), and no visible text left in English where a translation
exists.

The catalogues are compiled afresh from the .ts files for this run, so a stale
.qm in the package cannot hide a missing translation.
"""

import asyncio
import logging
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos_loyalty.api import Card, LoyaltyClient, RetryPolicy
from pos_loyalty.app import Station
from pos_loyalty.domain.i18n import format_moment, translate
from pos_loyalty.station.clock import ManualClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.settings import SecretStore, SettingsStore, StationSettings
from pos_loyalty.ui.counter_window import CounterWindow
from pos_loyalty.ui.customer_display import CustomerDisplay
from pos_loyalty.ui.first_run_dialog import FirstRunDialog
from pos_loyalty.ui.language import Language
from pos_loyalty.ui.screen_fit import FRAME_ALLOWANCE
from pos_loyalty.ui.settings_dialog import SettingsDialog
from pos_loyalty.ui.wedge_filter import WedgeFilter
from tests.gui.fit import TABLET, fit_problems, settle
from tests.i18n.catalogue import load_tool
from tests.support.counter_rig import CounterRig, build_counter
from tests.support.server import RunningServer

LANGUAGES = ["en", "nl", "fr", "de"]
# Words the counter shows in each language, written here by hand (not read from the
# catalogues), so a catalogue that is not loaded, or loaded for the wrong language,
# fails. The idle screen, then a member on screen.
IDLE = {
    "en": ["Scan a loyalty card", "Settings"],
    "nl": ["Scan een klantenkaart", "Instellingen"],
    "fr": ["Scannez une carte de fidélité", "Réglages"],
    "de": ["Kundenkarte scannen", "Einstellungen"],
}
MEMBER = {
    "en": ["+1 stamp", "Done  (Esc)", "0 of 10"],
    "nl": ["+1 stempel", "Klaar  (Esc)", "0 van 10"],
    "fr": ["+1 tampon", "Terminé  (Échap)", "0 sur 10"],
    "de": ["+1 Stempel", "Fertig  (Esc)", "0 von 10"],
}
SAVE_CANCEL = {
    "en": ("Save", "Cancel"),
    "nl": ("Opslaan", "Annuleren"),
    "fr": ("Enregistrer", "Annuler"),
    "de": ("Speichern", "Abbrechen"),
}
# One word per language that OCR must find in the screenshot (the Settings button).
OCR_WORD = {"en": "Settings", "nl": "Instellingen", "fr": "Réglages", "de": "Einstellungen"}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    load_tool().build(out=folder)
    return folder


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication, compiled: Path) -> Iterator[str]:
    speaker = Language(qapp, compiled)
    code = speaker.apply(request.param)
    assert code == request.param  # the catalogue was found and loaded
    yield code
    speaker.reset()  # the next tests read English again


@pytest.fixture
async def rig(
    language: str,
    qapp: QApplication,
    qtbot: QtBot,
    server: RunningServer,
    card: dict[str, Any],
    tmp_path: Path,
) -> AsyncIterator[CounterRig]:
    """The counter window built after the language was applied, as the app builds it."""
    conn = open_station_database(tmp_path / "station.sqlite3")
    retry = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)
    async with LoyaltyClient(server.base_url, server.key, server.secret, retry=retry) as client:
        program = next(c for c in await client.list_cards() if c.id == card["id"])
        built = build_counter(
            qapp, client, program, conn, ManualClock(), tmp_path / "sounds", idle_seconds=60
        )
        qtbot.addWidget(built.window)
        built.window.resize(1024, 600)  # the smallest tablet the counter is made for
        built.window.show()
        qtbot.waitExposed(built.window)
        yield built
        await built.controller.aclose()


def visible_texts(window: CounterWindow) -> list[str]:
    return visible_texts_of(window)


def visible_texts_of(window: QWidget) -> list[str]:
    """What a person can read or hear: labels, buttons, fields' hints, the title,
    tooltips and accessible names of every widget shown."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return [t.strip() for t in texts if t and t.strip()]


def left_in_english(texts: list[str], language: str) -> list[str]:
    """Texts that are an English source whose translation in ``language`` differs:
    shown untranslated. A source translated as itself ("OK", "DEMO") is fine."""
    tool = load_tool()
    translated = {
        e.source.strip(): e.forms[0].strip()
        for e in tool.read_ts(tool.ts_path(language))
        if e.state != "vanished" and not e.numerus
    }
    sources = {m.source.strip() for m in tool.extract()[0].values() if not m.numerus}
    return sorted({t for t in texts if t in sources and translated.get(t, t) not in ("", t)})


async def show_member(rig: CounterRig, code: str) -> None:
    task = rig.controller.scan(code)
    assert task is not None
    await task
    assert rig.controller.vm.view is not None


async def test_the_counter_speaks_the_chosen_language(
    rig: CounterRig, language: str, member: dict[str, Any], tmp_path: Path
) -> None:
    idle = visible_texts(rig.window)
    for word in IDLE[language]:
        assert any(word in text for text in idle), f"{word!r} not on the idle screen"
    await show_member(rig, member["code"])
    shown = visible_texts(rig.window)
    for word in MEMBER[language]:
        assert any(word in text for text in shown), f"{word!r} not on the member screen"
    if language == "en":
        # The check below can fail: in English the sources are on screen.
        assert len(left_in_english(idle + shown, "nl")) > 5
    else:
        assert left_in_english(idle + shown, language) == []
    # The longer words (German's above all) still fit the smallest tablet.
    rig.window.resize(TABLET - FRAME_ALLOWANCE)
    settle()
    assert rig.window.width() <= TABLET.width() - FRAME_ALLOWANCE.width()
    assert fit_problems(rig.window) == []
    screenshot = tmp_path / f"counter-{language}.png"
    assert rig.window.grab().save(str(screenshot))
    read = ocr(screenshot)
    assert plain(OCR_WORD[language]) in plain(read), f"OCR read: {read!r}"


def test_plurals_follow_the_language(language: str) -> None:
    one = translate("MemberView", "%n stamp(s)", None, 1)
    three = translate("MemberView", "%n stamp(s)", None, 3)
    assert (one, three) == {
        "en": ("1 stamp", "3 stamps"),
        "nl": ("1 stempel", "3 stempels"),
        "fr": ("1 tampon", "3 tampons"),
        "de": ("1 Stempel", "3 Stempel"),
    }[language]


def plain(text: str) -> str:
    """Lower case without accents: OCR's English model may read "Réglages" as "Reglages"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def ocr(image: Path) -> str:
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        pytest.skip("OCR of the screenshot needs tesseract: sudo apt-get install tesseract-ocr")
    done = subprocess.run(
        [tesseract, str(image), "stdout"], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


async def test_a_new_language_in_settings_applies_without_a_restart(
    qapp: QApplication, compiled: Path, tmp_path: Path
) -> None:
    """Settings → Language → Deutsch: the counter's window is rebuilt in German at
    once, and the choice is saved."""
    previous_hook = sys.excepthook
    store = SettingsStore(tmp_path / "settings.toml")
    station = Station(qapp, store, store.load(), data=tmp_path)
    station.language = Language(qapp, compiled)
    station.language.apply(station.settings.language)  # "system": English in the tests
    problems: list[str] = []
    station.show_problem = problems.append
    try:
        assert await station.start(), problems
        window = station.window
        assert window is not None
        assert "Settings" in window.settings_button.text()
        dialog = SettingsDialog(
            station.settings, station.core.cards, station.core.secrets, station.wedge, window
        )
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        station._settings_closed(dialog, QDialog.DialogCode.Accepted)
        await asyncio.gather(*station._tasks)
        assert station.window is not None
        assert station.window is not window
        assert "Einstellungen" in station.window.settings_button.text()
        assert "Restart" not in station.window.banner.text.text()
        assert SettingsStore(tmp_path / "settings.toml").load().language == "de"
    finally:
        await station.shutdown()
        station.language.reset()
        sys.excepthook = previous_hook


def test_without_catalogues_the_counter_speaks_english_and_says_so_once(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    speaker = Language(qapp, tmp_path)  # an empty folder: no .qm, no .ts
    try:
        with caplog.at_level(logging.WARNING, logger="pos_loyalty.ui.language"):
            assert speaker.apply("nl") == "en"
        assert translate("CounterWindow", "Settings") == "Settings"
        assert len(caplog.records) == 1
        assert "no nl translations" in caplog.records[0].getMessage()
    finally:
        speaker.reset()


def test_system_follows_the_system_locale(qapp: QApplication, compiled: Path) -> None:
    """The tests set LANGUAGE=en (tests/conftest.py), so "system" is English here
    whatever the machine's LANG; a setting overrides it."""
    speaker = Language(qapp, compiled)
    try:
        assert speaker.apply("system") == "en"
        assert speaker.apply("fr") == "fr"
        assert translate("CounterWindow", "Settings") == "Réglages"
    finally:
        speaker.reset()
    assert translate("CounterWindow", "Settings") == "Settings"


def test_dates_follow_the_language(language: str) -> None:
    """Dates on the counter (voided on …, the copy updated …) in the language's words."""
    moment = datetime(2026, 3, 4, 14, 2)
    assert (format_moment(moment, "date"), format_moment(moment, "day_time")) == {
        "en": ("04 Mar 2026", "4 Mar 14:02"),
        "nl": ("4 mrt 2026", "4 mrt 14:02"),
        "fr": ("4 mars 2026", "4 mars 14:02"),
        "de": ("4. März 2026", "4. März 14:02"),
    }[language]


def test_settings_fit_the_tablet_in_each_language(
    language: str, qtbot: QtBot, qapp: QApplication
) -> None:

    wedge = WedgeFilter()
    dialog = SettingsDialog(
        StationSettings(card_id=1), [Card(id=1, name="Coffee Club")], SecretStore(), wedge
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(TABLET - FRAME_ALLOWANCE)
    settle()
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        assert fit_problems(dialog) == [], tabs.tabText(index)
    if language != "en":
        assert left_in_english(visible_texts_of(dialog), language) == []
    # Qt's own standard buttons come from Qt's translations (qtbase_LANG.qm).
    buttons = {b.text().replace("&", "") for b in dialog.findChildren(QPushButton)}
    assert set(SAVE_CANCEL[language]) <= buttons


@pytest.mark.parametrize("kind", ["first run", "customer display"])
def test_other_windows_leave_nothing_in_english(
    language: str, kind: str, qtbot: QtBot, qapp: QApplication
) -> None:
    """The first-run guide and the customer display, built in each language."""
    window: QWidget
    if kind == "first run":
        window = FirstRunDialog(StationSettings(), SecretStore())
    else:
        window = CustomerDisplay()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    texts = visible_texts_of(window)
    if language == "en":
        assert left_in_english(texts, "nl") != []  # the check can fail
    else:
        assert left_in_english(texts, language) == []
