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

from collections.abc import Callable

Backend = Callable[[str, str, "str | None", int], str]


def _english(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return source.replace("%n", str(n)) if n >= 0 else source


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
