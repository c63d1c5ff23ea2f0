"""Small helpers for building widgets."""

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str | None = None) -> W:
    """Give a widget its style-sheet name (and an accessible name for screen readers)."""
    widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget
