"""Finding 1-D barcodes at any angle, cheaply, so only their crop is decoded hard.

Bars give strong gradients that all point one way. The structure tensor measures
both on a small copy of the frame; the strongest such regions are kept with their
angle. That angle is coarse (at a quarter of the size thin bars alias), so it is
measured again on the region at full resolution before the region is cut out and
turned upright: a 1-D reader scans along rows and forgives only a few degrees.
Gradients are squared, so light bars on a dark card are found like dark on light.
"""

from dataclasses import dataclass

import cv2
import numpy as np

from pos_loyalty.scanning.decoders import Image

WORK_WIDTH = 360
MIN_AREA = 0.002  # of the frame: smaller regions are print or texture
COHERENCE = 0.7
# Mean squared gradient of printed bars; camera noise and scenery stay far below it.
MIN_ENERGY = 12_000.0
MIN_ELONGATION = 1.8  # a barcode is longer across its bars than along them


@dataclass(frozen=True, slots=True)
class BarRegion:
    centre: tuple[float, float]
    size: tuple[float, float]  # along the bars' gradient, across it
    angle: float  # degrees to turn the crop so the bars stand upright


def find_bars(gray: Image, limit: int = 2) -> list[BarRegion]:
    # A whole factor: OpenCV's area averaging is several times faster then.
    step = max(1, round(gray.shape[1] / WORK_WIDTH))
    scale = 1.0 / step
    small = (
        cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        if step > 1
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
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[: limit * 3]:
        if cv2.contourArea(contour) < min_area:
            break
        (cx, cy), (w, h), _ = cv2.minAreaRect(contour)
        if max(w, h) < MIN_ELONGATION * max(min(w, h), 1.0):
            continue  # squarish: a QR code (read by zxing already) or scenery
        inside = np.zeros(mask.shape, np.uint8)
        cv2.drawContours(inside, [contour], -1, 255, -1)
        sel = inside > 0
        # The dominant gradient direction, across the bars.
        theta = 0.5 * np.arctan2(2 * jxy[sel].sum(), (jxx[sel] - jyy[sel]).sum())
        coarse = BarRegion(
            centre=(cx / scale, cy / scale),
            size=(max(w, h) / scale, min(w, h) / scale),
            angle=float(np.degrees(theta)),
        )
        regions.append(_refined(gray, coarse))
        if len(regions) == limit:
            break
    return regions


def _turn(region: BarRegion, angle: float, out: tuple[int, int]) -> np.ndarray:
    """The affine map that puts the region's centre in the middle of ``out``, turned."""
    turn = cv2.getRotationMatrix2D(region.centre, angle, 1.0)
    turn[0, 2] += out[0] / 2 - region.centre[0]
    turn[1, 2] += out[1] / 2 - region.centre[1]
    return np.asarray(turn)


def _refined(gray: Image, region: BarRegion) -> BarRegion:
    """The region's angle measured again on its middle at full resolution."""
    long_side, short_side = region.size
    out = (int(min(max(long_side * 0.8, 32), 800)), int(min(max(short_side * 0.8, 16), 400)))
    middle = cv2.warpAffine(
        gray, _turn(region, region.angle, out), out, flags=cv2.INTER_LINEAR, borderValue=255
    ).astype(np.float32)
    gx = cv2.Scharr(middle, cv2.CV_32F, 1, 0)
    gy = cv2.Scharr(middle, cv2.CV_32F, 0, 1)
    # Only the strong edges speak: flat paper between bars adds noise, not direction.
    weight = gx * gx + gy * gy
    keep = weight > np.percentile(weight, 60)
    jxx = float((gx * gx)[keep].sum())
    jyy = float((gy * gy)[keep].sum())
    jxy = float((gx * gy)[keep].sum())
    residual = 0.5 * np.degrees(np.arctan2(2 * jxy, jxx - jyy))
    return BarRegion(region.centre, region.size, region.angle + float(residual))


def upright_crop(gray: Image, region: BarRegion, margin: float = 0.35) -> Image:
    """The region cut out and turned so that its bars stand vertically."""
    long_side = region.size[0] * (1 + margin) + 40
    tall = region.size[1] * (1 + margin) + 24
    out = (int(min(max(long_side, 64), 2 * max(gray.shape))), int(min(max(tall, 48), long_side)))
    turned = cv2.warpAffine(
        gray, _turn(region, region.angle, out), out, flags=cv2.INTER_LINEAR, borderValue=255
    )
    return np.asarray(turned, dtype=np.uint8)


def region_corners(region: BarRegion) -> tuple[tuple[float, float], ...]:
    """The region's rectangle in frame coordinates."""
    box = cv2.boxPoints((region.centre, region.size, -region.angle))
    return tuple((float(x), float(y)) for x, y in box)
