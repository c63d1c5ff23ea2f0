"""The one way any layer marks a user-visible string for translation.

The station, API and domain layers must not import Qt, yet their messages
reach the counter and have to follow the chosen language. So every layer
calls :func:`translate`, and the UI installs Qt's translator as the backend
at start-up. Until then (CLI, server, tests) the English source is used.

Call it with literal arguments, positionally, so the string extractor finds
them: ``translate("Counter", "%n stamps", None, n)``. Use ``%n`` for the
count in plurals and ``{name}`` placeholders filled with ``str.format``
after translation, never f-strings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Literal

Backend = Callable[[str, str, "str | None", int], str]
# The languages the counter speaks; English is the source text.
LANGUAGES = ("en", "nl", "fr", "de")
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français", "de": "Deutsch"}


def _english(context: str, source: str, disambiguation: str | None, n: int) -> str:
    if n < 0:
        return source
    # A plural source may say "%n stamp(s)": without a catalogue, English reads it right.
    return source.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


_backend: Backend = _english


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text in the current language; ``%n`` becomes ``n`` when given."""
    return _backend(context, source, disambiguation, n)


def translate_noop(context: str, source: str) -> str:
    """Marks a string for extraction where it is only translated later."""
    del context
    return source


def install(backend: Backend | None) -> None:
    """Route :func:`translate` through ``backend``; ``None`` restores English."""
    global _backend
    _backend = backend or _english


def choose_language(setting: str, system: Sequence[str]) -> str:
    """The language to speak: the setting unless it is "system", else the first of the
    system's preferred languages (``"nl-BE"``, ``"de"`` …) the counter has; English
    when none is."""
    if setting in LANGUAGES:
        return setting
    for name in system:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


# Dates and times on the counter, in the chosen language's words and order.
DateStyle = Literal["time", "date", "day", "day_time"]
DateFormatter = Callable[["date | datetime", DateStyle], str]


def _english_date(moment: date | datetime, style: DateStyle) -> str:
    if style == "time":
        return f"{moment:%H:%M}"
    if style == "date":
        return f"{moment:%d %b %Y}"
    if style == "day":
        return f"{moment:%d %b}"
    return f"{moment.day} {moment:%b %H:%M}"


_date_formatter: DateFormatter = _english_date


def format_moment(moment: date | datetime, style: DateStyle) -> str:
    """``moment`` as the counter shows it (already in local time): "time" 14:02,
    "date" 03 Mar 2026, "day" 03 Mar, "day_time" 3 Mar 14:02 in English."""
    return _date_formatter(moment, style)


def install_dates(formatter: DateFormatter | None) -> None:
    """Route :func:`format_moment` through ``formatter``; ``None`` restores English."""
    global _date_formatter
    _date_formatter = formatter or _english_date
