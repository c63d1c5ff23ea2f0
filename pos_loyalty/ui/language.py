"""The counter's language: Qt's translators behind ``pos_loyalty.domain.i18n``.

The catalogues are ``pos_loyalty/resources/i18n/pos_loyalty_LANG.qm``, built from the
committed ``.ts`` files by ``make i18n-qm`` (run, test and dist do it). A checkout or
an install without them builds them once into the user's cache with PySide6's
lrelease; failing that the counter speaks English and says so in one log line.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from platformdirs import user_cache_path
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from pos_loyalty.domain import i18n
from pos_loyalty.paths import APP_NAME
from pos_loyalty.resources import resource

log = logging.getLogger(__name__)

_QT_LANGUAGE = {
    "en": QLocale.Language.English,
    "nl": QLocale.Language.Dutch,
    "fr": QLocale.Language.French,
    "de": QLocale.Language.German,
}
# Qt date patterns per language (the English ones match domain.i18n's own).
_PATTERNS = {
    "de": {"date": "d. MMM yyyy", "day": "d. MMM", "day_time": "d. MMM HH:mm"},
    "nl": {"date": "d MMM yyyy", "day": "d MMM", "day_time": "d MMM HH:mm"},
    "fr": {"date": "d MMM yyyy", "day": "d MMM", "day_time": "d MMM HH:mm"},
}


def system_language() -> str:
    return i18n.choose_language("system", QLocale.system().uiLanguages())


def _packaged_folder() -> Path:
    return Path(str(resource("i18n")))


def _lrelease() -> list[str] | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return [str(beside)]
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    return [str(binary)] if binary.exists() else None


def catalogue(language: str, folder: Path | None = None) -> Path | None:
    """The .qm file of ``language``: the packaged one (or in ``folder``), or one built
    now from the .ts."""
    name = f"pos_loyalty_{language}"
    packaged = folder or _packaged_folder()
    if (packaged / f"{name}.qm").exists():
        return packaged / f"{name}.qm"
    source = packaged / f"{name}.ts"
    command = _lrelease()
    if not source.exists() or command is None:
        return None
    built = user_cache_path(APP_NAME, appauthor=False) / "i18n" / f"{name}.qm"
    try:
        if not built.exists() or built.stat().st_mtime < source.stat().st_mtime:
            built.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [*command, "-silent", "-nounfinished", str(source), "-qm", str(built)],
                check=True,
                capture_output=True,
                timeout=60,
            )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("the %s catalogue could not be built: %s", language, exc)
        return None
    return built


def _qt_translation_folders() -> list[str]:
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    ]


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    text = QCoreApplication.translate(context, source, disambiguation, n)
    if n >= 0 and "(s)" in text:  # a "%n stamp(s)" source without a catalogue entry
        text = text.replace("(s)", "" if n == 1 else "s")
    return text


class Language:
    """Installs one language at a time into the application; ``apply`` again to switch."""

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        self.app = app
        self.folder = folder  # where the .qm files are; None: the package's
        self._locale = QLocale()  # the default before any language was applied
        self.code = "en"
        self._translators: list[QTranslator] = []

    def apply(self, setting: str) -> str:
        """Speak the language ``setting`` names ("system", "en", "nl" …); the code used."""
        code = i18n.choose_language(setting, QLocale.system().uiLanguages())
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        ours = catalogue(code, self.folder)
        if ours is None:
            if code != "en":
                log.warning("no %s translations (.qm) found: the counter speaks English", code)
                code = "en"
        else:
            self._load(str(ours.parent), ours.stem)
        if code != "en":
            # Qt's own words (the standard buttons), where Qt says they are or, in the
            # bundle, beside PySide6; optional.
            for folder in _qt_translation_folders():
                if self._load(folder, f"qtbase_{code}"):
                    break
        self.code = code
        locale = QLocale(_QT_LANGUAGE[code])
        QLocale.setDefault(locale)
        i18n.install(_qt_translate)
        i18n.install_dates(None if code == "en" else _dates(code, locale))
        return code

    def _load(self, folder: str, name: str) -> bool:
        translator = QTranslator(self.app)
        if not translator.load(name, folder):
            return False
        self.app.installTranslator(translator)
        self._translators.append(translator)
        return True

    def reset(self) -> None:
        """English again, the Qt-free way (for tests and the end of the app)."""
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        self.code = "en"
        QLocale.setDefault(self._locale)
        i18n.install(None)
        i18n.install_dates(None)


def _dates(code: str, locale: QLocale) -> i18n.DateFormatter:
    patterns = _PATTERNS[code]

    def formatter(moment: date | datetime, style: i18n.DateStyle) -> str:
        if style == "time":
            return f"{moment:%H:%M}"
        day = QDate(moment.year, moment.month, moment.day)
        if isinstance(moment, datetime) and style == "day_time":
            at = QDateTime(day, QTime(moment.hour, moment.minute, moment.second))
            return locale.toString(at, patterns[style])
        return locale.toString(day, patterns[style if style != "day_time" else "day"])

    return formatter
