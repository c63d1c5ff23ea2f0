"""Finding 1-D barcodes at any angle, cheaply, so only their crop is decoded hard.

Bars give strong gradients that all point one way. The structure tensor measures
both on a half-size image; the strongest such region, with its angle, is cut out
of the full frame and turned upright.
"""

from dataclasses import dataclass

import cv2
import numpy as np

from pos_loyalty.scanning.decoders import Image

WORK_WIDTH = 360
MIN_AREA = 0.004  # of the frame: smaller regions are print or texture
COHERENCE = 0.75
# Mean squared gradient of printed bars; camera noise and scenery stay far below it.
MIN_ENERGY = 20_000.0
MIN_ELONGATION = 1.8  # a barcode is longer across its bars than along them


@dataclass(frozen=True, slots=True)
class BarRegion:
    centre: tuple[float, float]
    size: tuple[float, float]  # along the bars' gradient, across it
    angle: float  # degrees to turn the crop so the bars stand upright


def find_bars(gray: Image, limit: int = 2) -> list[BarRegion]:
    width = gray.shape[1]
    scale = WORK_WIDTH / width if width > WORK_WIDTH else 1.0
    small = (
        cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        if scale < 1
        else gray
    )
    small = small.astype(np.float32)
    gx = cv2.Sobel(small, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(small, cv2.CV_32F, 0, 1, ksize=3)
    window = (9, 9)
    jxx = cv2.boxFilter(gx * gx, -1, window)
    jyy = cv2.boxFilter(gy * gy, -1, window)
    jxy = cv2.boxFilter(gx * gy, -1, window)
    energy = jxx + jyy
    coherence = np.sqrt((jxx - jyy) ** 2 + 4 * jxy**2) / (energy + 1e-6)
    strong = energy > MIN_ENERGY
    mask = ((coherence > COHERENCE) & strong).astype(np.uint8) * 255
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    min_area = MIN_AREA * small.shape[0] * small.shape[1]
    regions = []
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[: limit * 2]:
        if cv2.contourArea(contour) < min_area:
            break
        inside = np.zeros(mask.shape, np.uint8)
        cv2.drawContours(inside, [contour], -1, 255, -1)
        sel = inside > 0
        # The dominant gradient direction, across the bars.
        theta = 0.5 * np.arctan2(2 * jxy[sel].sum(), (jxx[sel] - jyy[sel]).sum())
        (cx, cy), (w, h), _ = cv2.minAreaRect(contour)
        if max(w, h) < MIN_ELONGATION * max(min(w, h), 1.0):
            continue  # squarish: a QR code (read by zxing already) or scenery
        regions.append(
            BarRegion(
                centre=(cx / scale, cy / scale),
                size=(max(w, h) / scale, min(w, h) / scale),
                angle=float(np.degrees(theta)),
            )
        )
    return regions[:limit]


def upright_crop(gray: Image, region: BarRegion, margin: float = 0.35) -> Image:
    """The region cut out and turned so that its bars stand vertically."""
    long_side = region.size[0] * (1 + margin) + 40
    side = int(min(max(long_side, 64), 2 * max(gray.shape)))
    turn = cv2.getRotationMatrix2D(region.centre, region.angle, 1.0)
    turn[0, 2] += side / 2 - region.centre[0]
    turn[1, 2] += side / 2 - region.centre[1]
    turned = cv2.warpAffine(gray, turn, (side, side), flags=cv2.INTER_LINEAR, borderValue=255)
    return np.asarray(turned, dtype=np.uint8)
