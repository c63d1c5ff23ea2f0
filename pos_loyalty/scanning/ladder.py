"""The decoding ladder: cheap passes first, harder ones only when the cheap ones fail.

A. zxing, quick, full resolution: decodes most codes (QR at any angle, upright or
   mirrored, dark on light or inverted), and points at symbols it found but could
   not read. Its reads are trusted at once: the easy case waits for nothing.
B. Around what A found but could not read: the crop equalised, sharpened,
   smoothed, thresholded and enlarged, each read by zxing and then by pyzbar.
C. A cheap search for bars at any angle (the structure tensor on a small copy);
   each region found is cut out, turned upright, its bars lined up with the
   columns and smoothed along them, widened, equalised, inverted, and each of
   those read by zxing and by pyzbar.
D. Only when A to C saw nothing: whole-frame passes for Aztec, with another
   binarizer, on a smoothed copy, and on enlarged tiles (a small code). A still image gets all of
   them; a camera spreads them over its frames, one a frame, so that a frame with
   no code stays cheap and a code held up for a few frames meets every pass.

A read from B to D is marked sure when error correction protects it (QR, PDF417,
Aztec) or when the other decoder reads the same text in the same picture; a lone
Code 128 read by one decoder from a reworked picture is returned unsure, and the
camera waits to see it again (``FrameVoter``).
"""

from collections.abc import Callable, Iterable

import cv2
import numpy as np
import zxingcpp

from pos_loyalty.scanning.bar_finder import find_bars, region_corners, upright_crop
from pos_loyalty.scanning.decoders import Decoder, Detection, Image, ZxingDecoder
from pos_loyalty.scanning.variants import area_variants, bar_variants

MARGIN = 0.4  # around an unread symbol, as a share of its size
# An upright crop is the bars and a margin: the code spans about 70 % of its width.
MIN_BAR_SHARE = 0.4
# The whole-frame passes look for QR only (what a card or wallet pass of ours
# carries): each other format would cost about as much again.
_QR = (zxingcpp.BarcodeFormat.QRCode,)
_BARS = (zxingcpp.BarcodeFormat.Code128,)
_AZTEC = (zxingcpp.BarcodeFormat.Aztec,)
TILES = 3  # the frame is enlarged a tile at a time: TILES x TILES tiles
TILE_OVERLAP = 0.25


def to_gray(frame: Image) -> Image:
    if frame.ndim == 3:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), dtype=np.uint8)
    return frame


Fallback = Callable[[Image], list[Detection]]


class DecodingLadder:
    """``spread``: run one whole-frame fallback per call, in turn (for a camera);
    otherwise all of them (for a still image)."""

    def __init__(
        self,
        primary: ZxingDecoder | None = None,
        secondary: Decoder | None = None,
        *,
        spread: bool = False,
    ) -> None:
        self.primary = primary or ZxingDecoder()
        self.secondary = secondary
        self.spread = spread
        self._other_binarizer = ZxingDecoder(zxingcpp.Binarizer.GlobalHistogram)
        self._fallbacks: list[Fallback] = [self._aztec, self._other_binarization, self._smoothed]
        self._fallbacks += [self._tile(n) for n in range(TILES * TILES)]
        self._turn = 0

    def decode(self, frame: Image) -> list[Detection]:
        """Decoded symbols in ``frame`` (corners in its coordinates); [] if none."""
        gray = to_gray(frame)
        first = self.primary.decode(gray)
        decoded = [_sure(d) for d in first if d.decoded]
        if decoded:
            return decoded
        unread = [d for d in first if not d.decoded]
        found = self._around(gray, unread) if unread else []
        if not found:
            found = self._bars(gray)
        if not found:
            found = self._fall_back(gray)
        return found

    # B

    def _around(self, gray: Image, unread: list[Detection]) -> list[Detection]:
        for symbol in unread[:2]:
            crop, (left, top) = _crop(gray, symbol)
            if crop.size == 0:
                continue
            for variant in area_variants(crop):
                found = self._read_2d(variant)
                if found:
                    scale = crop.shape[1] / variant.shape[1]
                    return [d.shifted(left, top, scale) for d in found]
        return []

    def _read_2d(self, image: Image) -> list[Detection]:
        found = [d for d in self.primary.decode(image, thorough=True) if d.decoded]
        if not found and self.secondary is not None:
            found = self.secondary.decode(image)
        return self._checked(image, found)

    # C

    def _bars(self, gray: Image) -> list[Detection]:
        for region in find_bars(gray):
            crop = upright_crop(gray, region)
            for variant in bar_variants(crop):
                found = self._read_bars(variant)
                if found:
                    return [d.with_corners(region_corners(region)) for d in found]
        return []

    def _read_bars(self, image: Image) -> list[Detection]:
        found = [
            d
            for d in self.primary.read(image, _BARS, rotate=False, invert=False, errors=False)
            if d.decoded
        ]
        if not found and self.secondary is not None:
            found = self.secondary.decode(image)
        # The bars found are the code's: a read over a small part of them is a
        # fragment (zbar reads a lone "h" out of a damaged code now and then).
        whole = [d for d in found if _extent(d) >= MIN_BAR_SHARE * image.shape[1]]
        return self._checked(image, whole)

    # D

    def _fall_back(self, gray: Image) -> list[Detection]:
        if not self.spread:
            for fallback in self._fallbacks:
                found = fallback(gray)
                if found:
                    return found
            return []
        fallback = self._fallbacks[self._turn % len(self._fallbacks)]
        self._turn += 1
        return fallback(gray)

    def _aztec(self, gray: Image) -> list[Detection]:
        found = self.primary.read(gray, _AZTEC, rotate=False, invert=False, errors=False)
        return [d for d in found if d.decoded]

    def _other_binarization(self, gray: Image) -> list[Detection]:
        found = self._other_binarizer.read(gray, _QR, rotate=False, invert=True, errors=False)
        return [d for d in found if d.decoded]

    def _smoothed(self, gray: Image) -> list[Detection]:
        smooth = np.asarray(cv2.GaussianBlur(gray, (0, 0), 1.2), np.uint8)
        found = self.primary.read(smooth, _QR, rotate=False, invert=True, errors=False)
        return [d for d in found if d.decoded]

    def _tile(self, n: int) -> Fallback:
        def enlarged(gray: Image) -> list[Detection]:
            (left, top), tile = _tile_of(gray, n)
            big = np.asarray(
                cv2.resize(tile, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC), np.uint8
            )
            found = self.primary.read(
                big, _QR, rotate=False, invert=True, errors=False, downscale=False
            )
            return [d.shifted(left, top, 0.5) for d in found if d.decoded]

        return enlarged

    # Agreement

    def _checked(self, image: Image, found: list[Detection]) -> list[Detection]:
        """Unsure reads made sure when the other decoder reads the same text."""
        return [d if d.sure else self._second_opinion(image, d) for d in found]

    def _second_opinion(self, image: Image, read: Detection) -> Detection:
        others: Iterable[Detection]
        if read.backend == self.primary.name:
            others = self.secondary.decode(image) if self.secondary is not None else []
        else:
            others = self.primary.decode(image, thorough=True)
        agreed = any(o.decoded and o.text == read.text for o in others)
        return _sure(read) if agreed else read


def _sure(detection: Detection) -> Detection:
    return (
        detection
        if detection.sure
        else Detection(
            detection.text,
            detection.format,
            detection.corners,
            detection.backend,
            detection.decoded,
            sure=True,
        )
    )


def _extent(detection: Detection) -> float:
    xs = [x for x, _ in detection.corners]
    return max(xs) - min(xs) if xs else 0.0


def _crop(gray: Image, symbol: Detection) -> tuple[Image, tuple[int, int]]:
    xs = [p[0] for p in symbol.corners]
    ys = [p[1] for p in symbol.corners]
    pad_x = (max(xs) - min(xs)) * MARGIN + 8
    pad_y = (max(ys) - min(ys)) * MARGIN + 8
    height, width = gray.shape[:2]
    left, top = max(0, int(min(xs) - pad_x)), max(0, int(min(ys) - pad_y))
    right, bottom = min(width, int(max(xs) + pad_x)), min(height, int(max(ys) + pad_y))
    return gray[top:bottom, left:right], (left, top)


def _tile_of(gray: Image, n: int) -> tuple[tuple[int, int], Image]:
    """The n-th of TILES x TILES overlapping tiles, and where it starts."""
    height, width = gray.shape[:2]
    row, column = divmod(n, TILES)
    tile_w = int(width / TILES * (1 + TILE_OVERLAP))
    tile_h = int(height / TILES * (1 + TILE_OVERLAP))
    left = min(int(column * width / TILES - tile_w * TILE_OVERLAP / 2), width - tile_w)
    top = min(int(row * height / TILES - tile_h * TILE_OVERLAP / 2), height - tile_h)
    left, top = max(left, 0), max(top, 0)
    return (left, top), gray[top : top + tile_h, left : left + tile_w]
