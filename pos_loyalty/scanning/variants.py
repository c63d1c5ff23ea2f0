"""Other ways to look at a crop, for the hard passes: contrast, sharpness, scale, and
for bars the average along them.

A 1-D code is the same pattern on every row, so averaging the rows along the bars
removes most of the noise, JPEG blocks and blur ripple; the average is exact only
when the bars are aligned with the columns, so the crop is first sheared by the
angle that makes the averaged profile sharpest.
"""

from collections.abc import Iterator

import cv2
import numpy as np

from pos_loyalty.scanning.decoders import Image

PROFILE_ROWS = 24  # the averaged profile is repeated on this many rows for the reader
MAX_SHEAR_DEGREES = 12.0
# A member code's Code 128 has about 70 bars and spaces: 140 edges. A box's rim or a
# shadow has a handful; print, tiles and stripes rarely reach this many in a line.
MIN_EDGES = 30


def _u8(image: object) -> Image:
    return np.asarray(np.clip(np.asarray(image), 0, 255), dtype=np.uint8)


def bar_band(crop: Image) -> Image:
    """The rows of an upright crop that cross the bars (where columns change most)."""
    across = np.abs(np.diff(crop.astype(np.float32), axis=1)).mean(axis=1)
    across = np.convolve(across, np.ones(5) / 5, mode="same")
    peak = int(np.argmax(across))
    keep = across > 0.5 * across[peak]
    top = peak
    while top > 0 and keep[top - 1]:
        top -= 1
    bottom = peak
    while bottom < len(keep) - 1 and keep[bottom + 1]:
        bottom += 1
    # A little inside the edges: the ends of bars are the most smeared part.
    inset = (bottom - top) // 10
    return crop[top + inset : bottom - inset + 1]


def _sharpness(profile: np.ndarray) -> float:
    return float(np.square(np.diff(profile)).sum())


def _profile(rows: np.ndarray, shear: float) -> np.ndarray:
    height, width = rows.shape
    middle = (height - 1) / 2
    matrix = np.array([[1.0, shear, -shear * middle], [0.0, 1.0, 0.0]], np.float32)
    sheared = cv2.warpAffine(
        rows, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return np.asarray(np.asarray(sheared, np.float32).mean(axis=0), np.float32)


def edge_count(profile: np.ndarray) -> int:
    """How many times the profile crosses its local middle by a clear margin."""
    if len(profile) < 8:
        return 0
    local = np.convolve(profile, np.ones(25) / 25, mode="same")
    swing = float(np.percentile(profile, 95) - np.percentile(profile, 5))
    above = profile - local > 0.12 * swing
    below = profile - local < -0.12 * swing
    sides = np.where(above, 1, np.where(below, -1, 0))
    sides = sides[sides != 0]
    return int(np.count_nonzero(np.diff(sides)))


def bar_shear(band: Image) -> float:
    """The shear (columns per row) that lines the band's bars up with its columns."""
    height, width = band.shape
    if height < 3 or width < 16:
        return 0.0
    # Fewer, averaged rows make the search cheap; bars stay upright within a pixel.
    rows_kept = min(height, 32)
    rows = cv2.resize(band.astype(np.float32), (width, rows_kept), interpolation=cv2.INTER_AREA)
    # A shear per row of the small copy is the shear per original row times the step.
    step = height / rows_kept
    best, best_score = 0.0, -1.0
    limit = np.tan(np.radians(MAX_SHEAR_DEGREES))
    for span, count in ((limit, 17), (limit / 8, 9)):
        centre = best
        for shear in np.linspace(centre - span, centre + span, count):
            score = _sharpness(_profile(rows, float(shear) * step))
            if score > best_score:
                best, best_score = float(shear), score
    return best


def sheared(image: Image, shear: float) -> Image:
    height, width = image.shape
    middle = (height - 1) / 2
    matrix = np.array([[1.0, shear, -shear * middle], [0.0, 1.0, 0.0]], np.float32)
    return _u8(
        cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=(255.0,))
    )


def bar_variants(crop: Image) -> Iterator[Image]:
    """An upright crop of bars, its bars lined up with the columns: smoothed along
    the bars (noise, JPEG blocks), then also twice as wide (thin bars), equalised, and
    each inverted (light bars on a dark card)."""
    band = bar_band(crop)
    shear = bar_shear(band)
    if edge_count(_profile(band.astype(np.float32), shear)) < MIN_EDGES:
        return  # the edge of a box or a shadow, not a barcode
    straight = sheared(crop, shear)
    along = _u8(cv2.blur(straight, (1, 9)))
    wide = _u8(cv2.resize(along, None, fx=2, fy=1, interpolation=cv2.INTER_CUBIC))
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(2, 8))
    for image in (straight, along, wide, _u8(clahe.apply(wide))):
        yield image
        yield _u8(255 - image)


def area_variants(crop: Image) -> Iterator[Image]:
    """A crop around a 2-D symbol: equalised, sharpened, smoothed, thresholded, enlarged."""
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(4, 4))
    equalised = _u8(clahe.apply(crop))
    yield equalised
    blurred = cv2.GaussianBlur(equalised, (0, 0), 2.0)
    yield _u8(cv2.addWeighted(equalised, 1.8, blurred, -0.8, 0))
    yield _u8(cv2.GaussianBlur(crop, (0, 0), 1.0))  # noise and JPEG blocks
    block = max(15, (min(crop.shape) // 8) | 1)
    yield _u8(
        cv2.adaptiveThreshold(
            cv2.GaussianBlur(crop, (0, 0), 0.8),
            255,
            cv2.ADAPTIVE_THRESH_GAUSSIAN_C,
            cv2.THRESH_BINARY,
            block,
            2,
        )
    )
    if max(crop.shape) <= 600:  # small modules: give the reader more pixels each
        yield _u8(cv2.resize(crop, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC))
        yield _u8(cv2.resize(equalised, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC))
