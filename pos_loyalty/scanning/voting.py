"""Believing a read: at once when it is sure, otherwise when frames agree.

The camera gives some 30 pictures a second, so a read the ladder is not sure of (a
lone Code 128 from a reworked picture, by one decoder) need not be trusted on its
own: the same text again in another of the last few frames confirms it, while a
fluke, which comes from noise, does not come back the same. Sure reads (error
corrected, the quick pass, or two decoders agreeing) pass at once: the easy case
waits for nothing.
"""

from collections import Counter, deque
from collections.abc import Iterable

from pos_loyalty.scanning.decoders import Detection


class FrameVoter:
    """Accepts a text when a frame reads it surely, or when ``needed`` of the last
    ``window`` frames read it at all."""

    def __init__(self, needed: int = 2, window: int = 6) -> None:
        if not 1 <= needed <= window:
            raise ValueError("needed must be between 1 and window")
        self.needed = needed
        self._recent: deque[frozenset[str]] = deque(maxlen=window)

    def frame(self, detections: Iterable[Detection]) -> list[Detection]:
        """The frame's detections that are believed, in their order; call once a frame."""
        read = [d for d in detections if d.decoded and d.text]
        self._recent.append(frozenset(d.text for d in read))
        seen = Counter(text for texts in self._recent for text in texts)
        believed: list[Detection] = []
        for detection in read:
            if detection.text in (b.text for b in believed):
                continue
            if detection.sure or seen[detection.text] >= self.needed:
                believed.append(detection)
        return believed
