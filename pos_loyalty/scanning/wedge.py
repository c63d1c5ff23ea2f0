"""Telling a keyboard-wedge scanner from a person typing, by timing alone.

A scanner "types" a whole code in a few milliseconds and ends with Enter or
Tab. A burst of at least ``min_length`` characters whose mean gap is at most
``max_mean_gap`` seconds is a scan, wherever the keyboard focus is.
"""

import itertools
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WedgeSettings:
    min_length: int = 6
    max_mean_gap: float = 0.030
    # A pause longer than this starts a new burst: what came before was typing.
    max_gap: float = 0.150


@dataclass(frozen=True, slots=True)
class Burst:
    """What ended with Enter or Tab, and whether it was fast enough to be a scan."""

    text: str
    mean_gap_ms: float
    duration_ms: float
    is_scan: bool


class WedgeDetector:
    def __init__(self, settings: WedgeSettings = WedgeSettings()) -> None:
        self.settings = settings
        self._chars: list[str] = []
        self._times: list[float] = []

    def key(self, char: str, at: float) -> None:
        """A printable character arrived at monotonic time ``at`` (seconds)."""
        if self._times and at - self._times[-1] > self.settings.max_gap:
            self._chars.clear()
            self._times.clear()
        self._chars.append(char)
        self._times.append(at)

    def end(self, at: float) -> Burst | None:
        """Enter or Tab arrived: the burst so far, judged; None when nothing was typed."""
        chars, times = self._chars, self._times
        self._chars, self._times = [], []
        if not chars:
            return None
        stamps = [*times, at]
        if at - times[-1] > self.settings.max_gap:
            stamps = times  # the terminator came late: judge the characters alone
        gaps = [b - a for a, b in itertools.pairwise(stamps)]
        mean_gap = sum(gaps) / len(gaps) if gaps else float("inf")
        is_scan = len(chars) >= self.settings.min_length and mean_gap <= self.settings.max_mean_gap
        return Burst(
            text="".join(chars),
            mean_gap_ms=mean_gap * 1000 if gaps else 0.0,
            duration_ms=(stamps[-1] - stamps[0]) * 1000,
            is_scan=is_scan,
        )

    def reset(self) -> None:
        self._chars.clear()
        self._times.clear()
