"""Moving a damaged file aside: the station starts on a fresh one, and the old one is kept."""

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path


def move_aside(path: Path, companions: Sequence[str] = (), now: datetime | None = None) -> Path:
    """Rename ``path`` to ``NAME.damaged-YYYYmmdd-HHMMSS`` beside it; returns the new path.

    ``companions`` are suffixes of files that belong to it (SQLite's ``-wal`` and
    ``-shm``): they keep their suffix after the new name, so the moved copy still
    opens with everything that was written to it.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while target.exists():  # two starts within a second must not overwrite the first copy
        target = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
        number += 1
    path.replace(target)
    for suffix in companions:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    return target
