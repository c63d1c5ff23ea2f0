"""The decoding ladder: cheap passes first, harder ones only where a code seems to be.

A. zxing, quick, full resolution: decodes most codes (QR at any angle), and
   points at symbols it found but could not read.
B. Only if A saw nothing at all: a cheap search for bars at any angle (the
   structure tensor on a small copy); a region found is cut out, turned upright
   and decoded thoroughly (a Code 128 held at a slant).
C. Only around what A found but could not read: a crop tried thoroughly,
   contrast-equalised and sharpened, then by the second backend (pyzbar).
A frame with no code pays for A and the bar search; the thorough passes run
only on crops where something code-like was seen.
"""

import cv2
import numpy as np

from pos_loyalty.scanning.bar_finder import BarRegion, find_bars, upright_crop
from pos_loyalty.scanning.decoders import Decoder, Detection, Image, ZxingDecoder

MARGIN = 0.4  # around an unread symbol, as a share of its size


def to_gray(frame: Image) -> Image:
    if frame.ndim == 3:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), dtype=np.uint8)
    return frame


class DecodingLadder:
    def __init__(self, primary: Decoder | None = None, secondary: Decoder | None = None) -> None:
        self.primary = primary or ZxingDecoder()
        self.secondary = secondary

    def decode(self, frame: Image) -> list[Detection]:
        """Decoded symbols in ``frame`` (corners in its coordinates); [] if none."""
        gray = to_gray(frame)
        first = self.primary.decode(gray)
        decoded = [d for d in first if d.decoded]
        if decoded:
            return decoded
        unread = [d for d in first if not d.decoded]
        if unread:
            return self._around(gray, unread)
        return self._bars(gray)

    def _bars(self, gray: Image) -> list[Detection]:
        for region in find_bars(gray):
            crop = upright_crop(gray, region)
            for variant in _variants(crop):
                found = self._thorough(variant)
                if found:
                    # Corners of the region in the frame (the crop was turned).
                    return [_in_region(d, region) for d in found]
        return []

    def _thorough(self, image: Image) -> list[Detection]:
        found = [d for d in self.primary.decode(image, thorough=True) if d.decoded]
        if not found and self.secondary is not None:
            found = self.secondary.decode(image)
        return found

    def _around(self, gray: Image, unread: list[Detection]) -> list[Detection]:
        for symbol in unread:
            crop, (left, top) = _crop(gray, symbol)
            if crop.size == 0:
                continue
            for variant in _variants(crop):
                found = self._thorough(variant)
                if found:
                    return [d.shifted(left, top) for d in found]
        return []


def _crop(gray: Image, symbol: Detection) -> tuple[Image, tuple[int, int]]:
    xs = [p[0] for p in symbol.corners]
    ys = [p[1] for p in symbol.corners]
    pad_x = (max(xs) - min(xs)) * MARGIN + 8
    pad_y = (max(ys) - min(ys)) * MARGIN + 8
    height, width = gray.shape[:2]
    left, top = max(0, int(min(xs) - pad_x)), max(0, int(min(ys) - pad_y))
    right, bottom = min(width, int(max(xs) + pad_x)), min(height, int(max(ys) + pad_y))
    return gray[top:bottom, left:right], (left, top)


def _variants(crop: Image) -> list[Image]:
    """The crop as is, with equalised contrast, and sharpened."""
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(4, 4))
    equalised = np.asarray(clahe.apply(crop), dtype=np.uint8)
    blurred = cv2.GaussianBlur(equalised, (0, 0), 2.0)
    sharpened = np.asarray(cv2.addWeighted(equalised, 1.8, blurred, -0.8, 0), dtype=np.uint8)
    return [crop, equalised, sharpened]


def _in_region(found: Detection, region: BarRegion) -> Detection:
    """The region's rectangle as the detection's corners, in frame coordinates."""
    box = cv2.boxPoints((region.centre, region.size, -region.angle))
    corners = tuple((float(x), float(y)) for x, y in box)
    return Detection(found.text, found.format, corners, found.backend, True)
